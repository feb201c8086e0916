"""Nothing lost, nothing half-written: a real `cercle ingest` subprocess is read while it
writes (WAL), killed with SIGKILL mid-run, checked, resumed, and compared with a clean run."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cercle.runner.synthetic import write_dir

from .dump import diff, dump

pytestmark = pytest.mark.slow
N_ARTICLES = 40
CERCLE = [sys.executable, "-m", "cercle"]


def ingest_cmd(src: Path, db: Path, workers: int) -> list[str]:
    return CERCLE + ["ingest", str(src), "--db", str(db), "--workers", str(workers),
                     "--batch-size", "2"]


def article_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(x) for x in out.stdout.split()]


class Reader(threading.Thread):
    """Reads like `cercle serve` does (read-only Store) as often as it can, and records,
    per read transaction, each article's sentence and evidence counts."""

    def __init__(self, db: Path):
        super().__init__(daemon=True)
        self.db, self.stop, self.snapshots, self.errors = db, threading.Event(), [], []

    def run(self):
        from cercle.store import Store

        while not self.stop.is_set() and not self.db.exists():
            time.sleep(0.05)
        store = None
        while not self.stop.is_set():
            try:
                if store is None:
                    store = Store(self.db, create=False, readonly=True)
                conn = store.conn
                conn.execute("BEGIN")  # one consistent snapshot for the three queries
                seqs = [r[0] for r in conn.execute("SELECT seq FROM articles ORDER BY seq")]
                ev = dict(conn.execute("SELECT article_id, count(*) FROM evidence GROUP BY article_id"))
                se = dict(conn.execute("SELECT article_id, count(*) FROM sentences GROUP BY article_id"))
                ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
                conn.execute("COMMIT")
                self.snapshots.append((seqs, {i: (se.get(i, 0), ev.get(i, 0)) for i in ids}))
            except Exception as exc:  # noqa: BLE001 — any failure to read is what we test for
                if store is None and "not a cercle store" in str(exc):
                    time.sleep(0.05)  # the writer has not created the schema yet
                    continue
                self.errors.append(repr(exc))
            time.sleep(0.01)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    src = tmp_path_factory.mktemp("articles")
    write_dir(src, N_ARTICLES, sentences=(3, 6))  # short: the suite stays fast
    return src


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory):
    """A clean ingest subprocess, read concurrently all along."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    reader = Reader(db)
    reader.start()
    proc = subprocess.run(ingest_cmd(corpus, db, workers=1), capture_output=True, text=True,
                          timeout=600)
    reader.stop.set()
    reader.join(10)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return db, reader


def test_reads_during_an_ingest_never_fail_or_see_half_an_article(clean_run):
    db, reader = clean_run
    assert reader.errors == []
    conn = sqlite3.connect(db)
    final_counts = {i: (s, e) for i, s, e in conn.execute(
        "SELECT a.id, (SELECT count(*) FROM sentences WHERE article_id = a.id), "
        "(SELECT count(*) FROM evidence WHERE article_id = a.id) FROM articles a")}
    assert len(final_counts) == N_ARTICLES
    growing = [snap for snap in reader.snapshots if 0 < len(snap[1]) < N_ARTICLES]
    assert len(growing) >= 3, "the reader should have seen the store while it grew"
    for seqs, counts in reader.snapshots:
        assert seqs == list(range(1, len(seqs) + 1))         # whole articles, in order
        for article_id, seen in counts.items():
            assert seen == final_counts[article_id]           # never part of an article


def test_kill_9_mid_run_then_resume_gives_the_clean_store(corpus, clean_run, tmp_path):
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(ingest_cmd(corpus, db, workers=2), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.time() + 300
    while article_count(db) < 5 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    workers = children_of(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    stored = article_count(db)
    assert 5 <= stored < N_ARTICLES, "the kill should land mid-run"
    # forked workers die with their parent instead of lingering
    time.sleep(2)
    assert [p for p in workers if Path(f"/proc/{p}").exists()
            and "zombie" not in Path(f"/proc/{p}/status").read_text().lower()] == []

    check = subprocess.run(CERCLE + ["check", "--db", str(db)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr

    again = subprocess.run(ingest_cmd(corpus, db, workers=2) + ["--json"], capture_output=True,
                           text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    counts = json.loads(again.stdout)["counts"]
    assert counts["already_present"] == stored
    assert counts["stored"] == N_ARTICLES - stored
    assert diff(dump(clean_run[0]), dump(db)) == []
