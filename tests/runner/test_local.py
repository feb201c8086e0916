"""The local engine and the single-writer loop, with a fake per-article flow (no spaCy)."""
from __future__ import annotations

import itertools
import json

import pytest

from cercle.records import Article, DocumentResult, Skipped
from cercle.runner import LocalRunner, ingest
from cercle.runner.base import Runner

from .fakes import FakeStore, fake_process


def articles(n, start=0):
    for i in range(start, start + n):
        yield Article(id=f"a{i}", text=f"Alpha{i} conclut un accord avec Beta{i}.", path=f"a{i}.txt")


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers):
    items = list(articles(30))
    items.insert(5, Skipped("bad.bin", "binary", "not text"))
    with LocalRunner(workers=workers, batch_size=4, process=fake_process) as runner:
        out = list(runner.run(items))
    ids = [r.article.id if isinstance(r, DocumentResult) else r.path for r in out]
    assert ids == [i.id if isinstance(i, Article) else i.path for i in items]
    assert isinstance(out[5], Skipped) and out[5].reason == "binary"


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_read_lazily_with_a_bounded_window(workers):
    pulled = 0

    def endless():
        nonlocal pulled
        for a in articles(10**9):
            pulled += 1
            yield a

    runner = LocalRunner(workers=workers, batch_size=4, process=fake_process)
    try:
        out = list(itertools.islice(runner.run(endless()), 10))
    finally:
        runner.close()
    assert len(out) == 10
    # at most 2 × workers chunks of 4 in flight beyond what was returned
    assert pulled <= 10 + 4 + 2 * workers * 4


def test_a_crashing_worker_costs_only_its_article():
    items = list(articles(12))
    items[6] = Article(id="boom", text="CRASH here", path="boom.txt")
    runner = LocalRunner(workers=2, batch_size=3, process=fake_process)
    with runner:
        out = list(runner.run(items))
    assert len(out) == 12
    crashed = [r for r in out if isinstance(r, Skipped)]
    assert [(r.id, r.reason) for r in crashed] == [("boom", "worker_crashed")]
    assert runner.crashes >= 1


class ListRunner(Runner):
    """Feeds prepared items through the fake flow, in this process."""

    def __init__(self, items):
        self.items = items
        self.inner = LocalRunner(workers=1, batch_size=2, process=fake_process)

    def run(self, items):
        return self.inner.run(items)

    def run_paths(self, paths):
        return self.run(self.items)


def test_ingest_counts_writes_and_reports(tmp_path):
    items = list(articles(5)) + [Skipped("e.txt", "empty", "empty file"),
                                 Skipped("x.json", "bad_json", "line 3: Expecting value")]
    items.append(Article(id="dup", text=items[0].text, path="dup.txt"))
    store = FakeStore()
    report = tmp_path / "report.json"
    stats, summary = ingest(["in/"], store, ListRunner(items), report=str(report))
    assert (stats.read, stats.stored, stats.already_present) == (8, 5, 1)
    assert dict(stats.skipped) == {"empty": 1, "bad_json": 1}
    assert stats.exit_code == 3 and summary["exit_code"] == 3
    assert stats.ties == 5 and stats.entities == 10
    assert [s.reason for s, _ in store.skips] == ["empty", "bad_json"]
    data = json.loads(report.read_text())
    assert [s["path"] for s in data["skipped"]] == ["e.txt", "x.json"]
    assert data["skipped"][1]["message"] == "line 3: Expecting value"
    assert data["counts"]["stored"] == 5 and data["skipped_by_reason"] == {"bad_json": 1, "empty": 1}
    assert not (tmp_path / "report.json.part").exists()

    # a second run over the same inputs: everything already there, nothing new written
    store.skips.clear()
    known = LocalRunner(workers=1, batch_size=2, process=fake_process, known=store.has_article)
    runner = ListRunner(list(articles(5)))
    runner.inner = known
    stats, _ = ingest(["in/"], store, runner)
    assert (stats.stored, stats.already_present, stats.exit_code) == (0, 5, 0)


def test_batch_size_defaults_per_engine():
    from cercle.runner import DEFAULT_BATCH_SIZE, make_runner

    assert make_runner("local", workers=1).batch_size == DEFAULT_BATCH_SIZE["local"] == 16
    assert LocalRunner(workers=1).batch_size == DEFAULT_BATCH_SIZE["local"]
    assert make_runner("local", workers=1, batch_size=3).batch_size == 3
