"""The Ray engine: read → clean → nlp → extract on Ray actors; this process writes.

Each actor loads the French model once and keeps it (a Ray task would reload it
whenever Ray starts a fresh worker). The input is cut into shards, in input order:

- folders and files: shards of ``batch_size`` files, read on the actor (the files
  must be visible from every node: a shared or replicated file system);
- JSON-lines and Parquet files: streamed here (JSON lines one by one, Parquet one row
  group at a time) and sent as chunks of ``batch_size`` articles (decoding a line or a
  row costs microseconds, parsing its French ~0.1 s, so one reader feeds many actors
  and such an archive needs no shared file system).

Shards are handed to the least busy actor, at most two per actor in flight (memory
stays bounded), and results come back in input order: with deterministic ids the
store is the same as with the local engine (tests/runner/test_ray.py).
"""
from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..errors import CercleError
from ..records import Article, Skipped
from .base import Item, KnownHashes, Record, Runner, chunked, default_process

STREAMED_SUFFIXES = (".jsonl", ".ndjson", ".parquet")


def _import_ray():
    try:
        import ray
    except ImportError as exc:
        raise CercleError("the Ray engine needs Ray: pip install 'cercle[ray]' "
                          "(or pip install 'ray[default]>=2.40')") from exc
    return ray


class _Worker:
    """One Ray actor: a model loaded once, then shard after shard."""

    def __init__(self, db: str | None, cwd: str | None):
        if cwd and os.path.isdir(cwd):  # relative input paths mean what they meant on the driver
            os.chdir(cwd)
        from ..nlp import get_nlp

        get_nlp()
        self.known = KnownHashes(db) if db else None

    def ready(self) -> int:
        return os.getpid()

    def articles(self, items: list[Item]) -> list[Record]:
        return default_process(items, self.known)

    def files(self, paths: list[str]) -> list[Record]:
        from ..nlp import get_nlp
        from ..pipeline import process_many
        from ..read import iter_articles

        return list(process_many(iter_articles(paths), get_nlp(), known=self.known))


def _units(paths: Sequence[str], batch_size: int) -> Iterator[tuple[str, list]]:
    """("files", [path, …]) read by an actor, or ("articles", [Article|Skipped, …]) read here."""
    from ..read import iter_articles
    from ..read import sources

    # the reader's own walk, so the order is exactly the local engine's
    walk = getattr(sources, "iter_files", None) or sources._walk
    files: list[str] = []
    for given in paths:
        p = Path(given)
        for f in (walk(p) if p.is_dir() else [p]):
            if f.suffix.lower() in STREAMED_SUFFIXES:
                if files:
                    yield "files", files
                    files = []
                for chunk in chunked(iter_articles([f]), batch_size):
                    yield "articles", chunk
            else:
                files.append(str(f))
                if len(files) >= batch_size:
                    yield "files", files
                    files = []
    if files:
        yield "files", files


class RayRunner(Runner):
    """``address=None`` starts a local Ray with ``workers`` CPUs; otherwise joins a cluster."""

    name = "ray"

    def __init__(self, workers: int | None = None, address: str | None = None,
                 batch_size: int = 8, db: str | os.PathLike | None = None,
                 init_kwargs: dict | None = None):
        self.address = address
        self.batch_size = max(1, batch_size)
        self.db = os.path.abspath(db) if db is not None else None
        self.init_kwargs = init_kwargs or {}
        self._workers = workers
        self._actors: list = []
        self._started_ray = False

    @property
    def workers(self) -> int:
        if self._actors:
            return len(self._actors)
        if self._workers:
            return self._workers
        from .base import default_workers

        return default_workers() if self.address is None else 0  # 0: the cluster's CPUs

    def start(self) -> None:
        if self._actors:
            return
        ray = _import_ray()
        if not ray.is_initialized():
            kwargs = {"include_dashboard": False, "logging_level": "WARNING"}
            if self.address:
                kwargs["address"] = self.address
            else:
                kwargs["num_cpus"] = self._workers or self.workers
            ray.init(**{**kwargs, **self.init_kwargs})
            self._started_ray = True
        n = self._workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        # a dead actor is restarted (model reloaded); only its shard in flight is reported
        actor = ray.remote(num_cpus=1, max_restarts=3, max_task_retries=0)(_Worker)
        self._actors = [actor.remote(self.db, os.getcwd()) for _ in range(n)]
        ray.get([a.ready.remote() for a in self._actors])  # fail now if a node cannot load the model

    def run(self, items: Iterable[Item]) -> Iterator[Record]:
        return self._run(("articles", chunk) for chunk in chunked(items, self.batch_size))

    def run_paths(self, paths: Sequence[str]) -> Iterator[Record]:
        return self._run(_units(paths, self.batch_size))

    def _run(self, units: Iterable[tuple[str, list]]) -> Iterator[Record]:
        ray = _import_ray()
        self.start()
        busy = [0] * len(self._actors)
        window: deque = deque()
        for kind, payload in units:
            i = min(range(len(busy)), key=busy.__getitem__)
            ref = getattr(self._actors[i], kind).remote(payload)
            busy[i] += 1
            window.append((ref, i, kind, payload))
            while len(window) >= 2 * len(self._actors):
                yield from self._collect(ray, window, busy)
        while window:
            yield from self._collect(ray, window, busy)

    def _collect(self, ray, window: deque, busy: list[int]) -> Iterator[Record]:
        ref, i, kind, payload = window.popleft()
        busy[i] -= 1
        try:
            results = ray.get(ref)
        except ray.exceptions.RayError as exc:  # an actor died: report its shard, go on
            results = _failed(kind, payload, exc)
        yield from results

    def close(self) -> None:
        if not self._actors and not self._started_ray:
            return
        ray = _import_ray()
        for a in self._actors:
            ray.kill(a)
        self._actors = []
        if self._started_ray:
            ray.shutdown()
            self._started_ray = False


def _failed(kind: str, payload: list, exc: Exception) -> list[Skipped]:
    message = f"the Ray worker failed on this shard: {type(exc).__name__}"
    if kind == "files":
        return [Skipped(p, "worker_crashed", message) for p in payload]
    return [item if isinstance(item, Skipped) else
            Skipped(item.path, "worker_crashed", message, item.id) for item in payload
            if isinstance(item, (Article, Skipped))]
