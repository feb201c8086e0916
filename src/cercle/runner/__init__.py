"""runner: where the per-article flow runs — this process, a local fork pool, or Ray.

Every engine yields the same plain records (DocumentResult or Skipped) in input
order, and ``ingest`` is their single writer, so the store is the same whatever the
engine (tests/runner/test_ray.py proves it).
"""
from __future__ import annotations

import os

from .base import ALREADY_STORED, DEFAULT_BATCH_SIZE, KnownHashes, Runner, default_workers
from .ingest import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_SKIPPED, IngestStats, ingest
from .local import LocalRunner

ENGINES = ("local", "ray")

__all__ = ["ALREADY_STORED", "DEFAULT_BATCH_SIZE", "ENGINES", "EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SKIPPED",
           "IngestStats", "KnownHashes", "LocalRunner", "Runner", "default_workers", "ingest",
           "make_runner"]


def make_runner(engine: str = "local", workers: int | None = None, db: str | os.PathLike | None = None,
                batch_size: int | None = None, address: str | None = None) -> Runner:
    """The runner for ``cercle ingest --engine``; ``db`` lets workers skip stored articles;
    ``batch_size`` defaults to the engine's ``DEFAULT_BATCH_SIZE``."""
    batch_size = batch_size or DEFAULT_BATCH_SIZE.get(engine, 8)
    known = KnownHashes(db) if db is not None else None
    if engine == "local":
        return LocalRunner(workers=workers, batch_size=batch_size, known=known)
    if engine == "ray":
        from .ray_engine import RayRunner  # imports ray only when asked for

        return RayRunner(workers=workers, address=address, batch_size=batch_size, db=db)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
