"""Latency of ``cercle serve`` on a store of ~10,000 articles' worth of ties.

1. Builds (once, then reuses) a synthetic store through the real write path
   (``Store.add_document``): invented actors, a few popular ones and a long
   tail, 3–6 typed ties per article, dates over ten years.
2. Starts ``cercle serve`` in its own process on a free loopback port.
3. From this process, drives a load with httpx for a fixed time per endpoint
   (bounded), at each concurrency level, and prints p50/p95 per endpoint,
   with the ratio to the same questions asked of ``cercle.query`` directly
   (what the web layer — HTTP, validation, shaping, JSON — adds).

    python benchmarks/web.py                       # 10,000 articles, 4 s per endpoint, 1 and 4 clients
    python benchmarks/web.py --articles 2000 --duration 2 --concurrency 1

Numbers are from one run on one machine; the server and the client share its cores.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from urllib.parse import urlencode

import httpx

from cercle.store import Store
from cercle.store.build import document

SYL = ["ar", "bel", "cor", "dan", "el", "fav", "gar", "hel", "is", "jor", "kal", "lem", "mar", "nor", "or",
       "pal", "quin", "ros", "sal", "tor", "ul", "val", "wen", "xa", "yor", "zel"]
FIRST = ["Jeanne", "Paul", "Claire", "Marc", "Sophie", "Louis", "Emma", "Hugo", "Léa", "Hector", "Inès",
         "Théo", "Zoé", "Nina", "Yves", "Anne", "Rémi", "Lucie", "Omar", "Sarah"]
ORG_FORMS = ["Groupe {}", "{} Capital", "{} Industries", "Banque {}", "{} Médias", "Fonds {}", "{} Énergie"]
GOV_FORMS = ["ministère de la {}", "Agence {}", "Autorité {}", "région {}"]
TEMPLATES = {
    "LEADS": "{a} dirige {b} depuis {y}.", "WORKS_FOR": "{a} travaille pour {b}.",
    "BOARD_MEMBER": "{a} siège au conseil d'administration de {b}.", "FOUNDED": "{a} a fondé {b} en {y}.",
    "OWNS": "{a} détient 12 % de {b}.", "INVESTS_IN": "{a} a investi dans {b}.",
    "MEMBER_OF": "{a} est membre de {b}.", "ACQUIRES": "{a} a racheté {b} pour {m} millions d'euros.",
    "BIDS_FOR": "{a} a déposé une offre sur {b}.", "FUNDS": "{a} finance {b}.",
    "PARTNERS_WITH": "{a} a signé un accord avec {b}.", "COMPETES_WITH": "{a} est un concurrent de {b}.",
    "ALLY_OF": "{a} est un proche de {b}.", "OPPOSES": "{a} s'oppose à {b}.", "ACCUSES": "{a} accuse {b}.",
    "SUES": "{a} poursuit {b} en justice.", "MEETS": "{a} a rencontré {b} mardi.",
}
PER_SUBJECT = {"LEADS", "WORKS_FOR", "BOARD_MEMBER", "FOUNDED", "MEMBER_OF", "ALLY_OF", "MEETS", "ACCUSES"}


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def actors(rng: random.Random, n_per: int, n_org: int, n_gov: int) -> dict[str, list[str]]:
    def unique(make, n):
        out: dict[str, None] = {}
        while len(out) < n:
            out[make()] = None
        return list(out)
    return {"PER": unique(lambda: f"{rng.choice(FIRST)} {word(rng, 3)}", n_per),
            "ORG": unique(lambda: rng.choice(ORG_FORMS).format(word(rng, 3)), n_org),
            "GOV": unique(lambda: rng.choice(GOV_FORMS).format(word(rng, 2)), n_gov)}


def popular(rng: random.Random, names: list[str]) -> str:
    return names[int(len(names) * rng.random() ** 3)]  # a few hubs, a long tail


def article(rng: random.Random, pool: dict[str, list[str]], i: int):
    ents: dict[str, str] = {}
    ties, sentences = [], []
    for _ in range(rng.randint(3, 6)):
        tie_type = rng.choice(list(TEMPLATES))
        a_type = "PER" if tie_type in PER_SUBJECT else rng.choice(["ORG", "ORG", "GOV"])
        b_type = "PER" if tie_type in {"ALLY_OF", "MEETS"} and rng.random() < .5 else rng.choice(["ORG", "ORG", "GOV"])
        a, b = popular(rng, pool[a_type]), popular(rng, pool[b_type])
        if a == b or a in ents and ents[a] != a_type or b in ents and ents[b] != b_type:
            continue
        ents[a], ents[b] = a_type, b_type
        sentences.append(TEMPLATES[tie_type].format(a=a, b=b, y=rng.randint(1990, 2023), m=rng.randint(2, 900)))
        ties.append((tie_type, a, b, {"evidence": sentences[-1]}))
    year = rng.randint(2015, 2024)
    text = f"Article {i} : {word(rng, 4)} {word(rng, 3)}. " + " ".join(sentences)
    return document(text, [(n, t) for n, t in ents.items()], ties, id=f"bench-{i}",
                    title=f"Dépêche {i}", url=f"https://exemple.fr/{i}", source=f"Journal {i % 40}",
                    date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")


def build(db: Path, n_articles: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = actors(rng, n_per=4000, n_org=3000, n_gov=300)
    store = Store(db)
    t0 = time.perf_counter()
    try:
        for i in range(n_articles):
            store.add_document(article(rng, pool, i))
            if (i + 1) % 1000 == 0:
                print(f"  {i + 1} articles ({time.perf_counter() - t0:.0f} s)", flush=True)
        print(f"built {db}: {store.stats()} in {time.perf_counter() - t0:.0f} s")
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "cercle", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server did not start: {proc.stderr.read().decode()[-2000:]}")


def targets(db: Path, rng: random.Random) -> dict[str, list[tuple[str, tuple | None]]]:
    """Per endpoint: (URL, the same question as a direct ``cercle.query`` call or None), on a mix of
    hub and ordinary actors that exist in the store."""
    store = Store(db, readonly=True)
    try:
        rows = store.conn.execute("SELECT id, name, sources FROM entities ORDER BY sources DESC").fetchall()
        pairs = store.conn.execute("SELECT subject_id, object_id FROM ties ORDER BY random() LIMIT 200").fetchall()
    finally:
        store.close()
    picks = rows[:50] + rng.sample(rows, min(150, len(rows)))
    ids = [r[0] for r in picks]
    prefixes = [r[1][: rng.randint(2, 6)] for r in picks]
    ends = [(rng.choice(ids), rng.choice(ids)) for _ in range(100)]
    return {
        "page /": [("/", None)],
        "page /acteur": [(f"/acteur/{i}", None) for i in ids],
        "search": [("/api/search?" + urlencode({"q": p}), ("search", p)) for p in prefixes],
        "entity": [(f"/api/entity/{i}", ("who", i)) for i in ids],
        "entity ties": [(f"/api/entity/{i}/ties", ("entity_ties", i)) for i in ids],
        "ties a-b": [(f"/api/ties?a={a}&b={b}", ("ties", a, b)) for a, b in pairs],
        "path": [(f"/api/path?from={a}&to={b}&k=3&max_depth=4", ("path", a, b, 3, None, 1, 4)) for a, b in ends],
        "timeline": [(f"/api/timeline/{i}", ("timeline", i)) for i in ids],
        "neighbourhood": [(f"/api/neighbourhood/{i}", ("neighbourhood", i)) for i in ids],
    }


def direct(db: Path, calls: list[tuple], duration: float) -> list[float]:
    """The same questions asked of ``cercle.query`` in this process, without the web layer."""
    from cercle import query
    from cercle.errors import NotFound

    store = Store(db, readonly=True)
    rng = random.Random(0)
    latencies: list[float] = []
    stop = time.monotonic() + duration
    try:
        while time.monotonic() < stop:
            name, *call_args = rng.choice(calls)
            t0 = time.perf_counter()
            try:
                getattr(query, name)(store, *call_args)
            except NotFound:
                pass
            latencies.append(time.perf_counter() - t0)
    finally:
        store.close()
    return latencies


def load(base: str, urls: list[str], duration: float, concurrency: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def worker(n: int) -> None:
        nonlocal errors
        rng = random.Random(n)
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop:
                url = rng.choice(urls)
                t0 = time.perf_counter()
                r = client.get(url)
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    errors += r.status_code >= 400 and r.status_code != 422  # 422: a path from X to X

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[p - 1] * 1000 if len(values) > 1 else values[0] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=Path("out/bench-web.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--duration", type=float, default=4.0, help="seconds of load per endpoint and level")
    ap.add_argument("--concurrency", default="1,4", help="client threads, comma-separated levels")
    args = ap.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
        build(args.db, args.articles)
    work = targets(args.db, random.Random(1))
    print(f"\ncercle.query called directly in this process, 1 thread, {args.duration:.0f} s per endpoint")
    query_p50 = {}
    for name, items in work.items():
        calls = [c for _, c in items if c]
        if calls:
            lat = direct(args.db, calls, args.duration)
            query_p50[name] = pct(lat, 50)
            print(f"{name:<16}{len(lat):>9} calls   p50 {pct(lat, 50):>7.1f} ms   p95 {pct(lat, 95):>7.1f} ms")
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        for level in [int(c) for c in args.concurrency.split(",")]:
            print(f"\n{level} client(s), {args.duration:.0f} s per endpoint, server in another process on loopback "
                  f"(load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
            print(f"{'endpoint':<16}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'errors':>8}"
                  f"{'p50 / query p50':>17}")
            everything = []
            for name, items in work.items():
                endpoint_urls = [u for u, _ in items]
                load(base, endpoint_urls[:5], 0.3, 1)  # warm-up: connections, first queries
                lat, errors = load(base, endpoint_urls, args.duration, level)
                everything += lat
                ratio = f"{pct(lat, 50) / query_p50[name]:>17.1f}" if name in query_p50 else f"{'-':>17}"
                print(f"{name:<16}{len(lat):>9}{len(lat) / args.duration:>8.0f}{pct(lat, 50):>9.1f}"
                      f"{pct(lat, 95):>9.1f}{max(lat) * 1000:>9.1f}{errors:>8}{ratio}")
            print(f"{'all':<16}{len(everything):>9}{'':>8}{pct(everything, 50):>9.1f}{pct(everything, 95):>9.1f}"
                  f"{max(everything) * 1000:>9.1f}")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
