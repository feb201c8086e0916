"""Ingest: inputs → runner → the single writer (the store), with counts and a report.

The runner yields plain records in input order; this loop is the only code that
writes. Each ``Store.add_document`` is all or nothing (a SAVEPOINT), and articles are
committed in small batches (``Store.batched``: up to 32 articles or 1 s of work), so a
run killed at any point leaves only whole articles — at most the last batch is lost —
and re-running the same command resumes: articles whose cleaned text is stored are
recognised before parsing (``already_stored``).
"""
from __future__ import annotations

import time
import uuid
from contextlib import nullcontext
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Sequence

from ..records import DocumentResult, Skipped
from .base import ALREADY_STORED, Runner
from .report import ReportWriter

#: Exit codes of ``cercle ingest`` (docs/ingest.md).
EXIT_OK = 0            # every input stored or already present
EXIT_ERROR = 1         # the run could not start or stopped (store, model, paths)
EXIT_USAGE = 2         # bad options (click)
EXIT_SKIPPED = 3       # the run finished but some inputs were skipped: see the report
EXIT_INTERRUPTED = 130  # Ctrl-C: what was committed stays; re-run to resume


@dataclass
class IngestStats:
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    read: int = 0             # records out of the runner (articles + unreadable inputs)
    stored: int = 0           # new articles written
    already_present: int = 0  # same cleaned text already in the store
    entities: int = 0         # entities in the stored articles (per article, before resolution)
    ties: int = 0             # relations extracted from the stored articles
    skipped: Counter = field(default_factory=Counter)  # reason → count
    started: float = field(default_factory=time.time)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_SKIPPED if self.n_skipped else EXIT_OK

    @property
    def rate(self) -> float:
        """Articles per second (stored or recognised as present)."""
        return (self.stored + self.already_present) / self.seconds if self.seconds else 0.0

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "stored": self.stored, "already_present": self.already_present,
                "skipped": self.n_skipped, "entities": self.entities, "ties": self.ties}


def ingest(paths: Sequence[str], store, runner: Runner, report: str | None = None,
           on_record: Callable[[IngestStats], None] | None = None,
           meta: dict[str, Any] | None = None) -> tuple[IngestStats, dict[str, Any]]:
    """Run ``runner`` over ``paths`` and write every record with ``store``.

    Returns the stats and the summary dict (also the tail of the JSON report).
    KeyboardInterrupt stops cleanly: committed articles stay, the report says so.
    """
    stats = IngestStats()
    writer = ReportWriter(report) if report else None
    try:
        try:
            # stores without batching (test doubles) write one transaction per article
            with getattr(store, "batched", nullcontext)():
                for record in runner.run_paths(list(paths)):
                    stats.read += 1
                    if isinstance(record, DocumentResult):
                        if store.add_document(record):
                            stats.stored += 1
                            stats.entities += len(record.entities)
                            stats.ties += len(record.relations)
                        else:  # a duplicate inside this run, or stored by a concurrent run
                            stats.already_present += 1
                    elif isinstance(record, Skipped):
                        if record.reason == ALREADY_STORED:
                            stats.already_present += 1
                        else:
                            stats.skipped[record.reason] += 1
                            store.record_skip(record, run_id=stats.run_id)
                            if writer:
                                writer.add(record)
                    if on_record:
                        on_record(stats)
        except KeyboardInterrupt:
            stats.interrupted = True
        finally:
            runner.close()
        stats.seconds = time.time() - stats.started
        summary = summarise(stats, store, paths, meta)
        if writer:
            writer.finish(summary)
        return stats, summary
    except BaseException:
        if writer:
            writer.abort()
        raise


def summarise(stats: IngestStats, store, paths: Sequence[str], meta: dict | None) -> dict[str, Any]:
    def iso(t: float) -> str:
        return datetime.fromtimestamp(t, timezone.utc).isoformat(timespec="seconds")

    summary: dict[str, Any] = {"run_id": stats.run_id, **(meta or {}),
                               "paths": [str(p) for p in paths],
                               "started": iso(stats.started),
                               "finished": iso(stats.started + stats.seconds),
                               "seconds": round(stats.seconds, 3),
                               "articles_per_second": round(stats.rate, 2),
                               "counts": stats.counts(),
                               "skipped_by_reason": dict(sorted(stats.skipped.items())),
                               "interrupted": stats.interrupted}
    try:
        summary["store"] = store.stats()
    except Exception as exc:  # the summary must not hide the run's outcome
        summary["store"] = {"error": str(exc)}
    summary["exit_code"] = stats.exit_code
    return summary
