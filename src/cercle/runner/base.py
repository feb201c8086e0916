"""The runner protocol: articles in, plain records out, in input order.

A runner turns inputs into ``DocumentResult`` (to store) or ``Skipped`` (to report)
records. It never writes to the store: the caller is the single writer
(``cercle.runner.ingest``), whatever the engine — local process, process pool, Ray.

Backends are swappable behind ``Runner``, like httpx transports; tests use the
``process=`` hook of the local runner to run without spaCy.
"""
from __future__ import annotations

import os
import sqlite3
from abc import ABC, abstractmethod
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from ..records import Article, DocumentResult, Skipped

#: Articles a worker gets at a time, per engine (``--batch-size``). Local: 16, because each chunk is one
#: ``nlp.pipe`` call: chunks of 8 cost 0.7–0.9 ms more of parse per article (best of three runs, twice),
#: chunks of 32 or 64 about as much as 16 but leave a worker idle longer at the end of a run
#: (docs/scaling.md). Ray: 8 files
#: per shard, so that shards spread over many actors.
DEFAULT_BATCH_SIZE = {"local": 16, "ray": 8}

#: Reason code of a Skipped record for an article whose cleaned text is already
#: stored (``cercle.pipeline.process_many`` uses the same literal). Not a failure.
ALREADY_STORED = "already_stored"

Record = DocumentResult | Skipped
Item = Article | Skipped
#: ``process(items, known) -> list of records``: the per-chunk work a runner farms out.
ProcessFn = Callable[[list[Item], "Callable[[str], bool] | None"], list[Record]]

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items, read lazily (the input is never materialised)."""
    it = iter(items)
    while chunk := list(islice(it, max(size, 1))):
        yield chunk


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_process(items: list[Item], known: Callable[[str], bool] | None) -> list[Record]:
    """The real work: clean → nlp → mentions → extract, with the model of this process."""
    from ..nlp import get_nlp
    from ..pipeline import process_many

    return list(process_many(items, get_nlp(), batch_size=max(len(items), 1), known=known))


class KnownHashes:
    """``known(content_hash) -> bool`` backed by the store, usable in worker processes.

    Each process opens its own read-only Store lazily (a SQLite connection must not
    cross a fork); it is dropped when pickled (Ray). If the store cannot be read (a
    Ray worker on another machine, no store yet), it answers False: the single
    writer's ``add_document`` still refuses duplicates, only the saving is lost.
    """

    def __init__(self, db: str | os.PathLike):
        self.db = os.fspath(db)
        self._store = None
        self._pid = -1

    def __getstate__(self):
        return {"db": self.db}

    def __setstate__(self, state):
        self.__init__(state["db"])

    def _open(self):
        if self._pid != os.getpid():
            self._pid, self._store = os.getpid(), None
            from ..errors import CercleError
            from ..store import Store

            try:
                if os.path.exists(self.db):
                    self._store = Store(self.db, create=False, readonly=True)
            except CercleError:
                self._store = None
        return self._store

    def __call__(self, content_hash: str) -> bool:
        store = self._open()
        if store is None:
            return False
        try:
            return store.has_article(content_hash)
        except sqlite3.Error:
            return False


class Runner(ABC):
    """Runs the per-article flow somewhere and yields records in input order."""

    name = "base"
    workers = 1

    @abstractmethod
    def run(self, items: Iterable[Item]) -> Iterator[Record]:
        """Process already-read items (Article or Skipped); yield one record per item."""

    def run_paths(self, paths: Sequence[str]) -> Iterator[Record]:
        """Read then process ``paths`` (files or folders). Engines that read on their
        workers (Ray) override this; the default reads here, streaming."""
        from ..read import iter_articles

        return self.run(iter_articles(paths))

    def start(self) -> None:
        """Load the model and start workers now (before threads or connections exist).
        Optional: ``run`` starts them when needed."""

    def close(self) -> None:
        """Release workers. Safe to call twice."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
