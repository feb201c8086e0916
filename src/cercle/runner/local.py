"""The local engine: in this process for one worker, a fork pool for more.

Why a hand-made window over ``concurrent.futures`` rather than ``Pool.imap`` or
``nlp.pipe(n_process=…)``: ``imap`` reads its whole input ahead (memory grows with
the corpus), and ``nlp.pipe`` sends whole Docs back to the parent, which then spends
its time deserialising them (FACTS.md). Here the parent loads the model once, forks
N workers that inherit it, sends chunks of articles and gets small DocumentResult
records back; at most ``2 × workers`` chunks are in flight, so memory is bounded.

A worker that dies (out of memory, a crash in C code) breaks the pool: the chunks in
flight are then replayed one article at a time on a fresh pool, so the article that
kills a worker is reported as ``worker_crashed`` and every other one still goes on.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from ..records import Skipped
from .base import DEFAULT_BATCH_SIZE, Item, ProcessFn, Record, Runner, chunked, default_process, default_workers

# Set in the parent just before forking; the children inherit it (nothing is pickled).
_WORK: tuple[ProcessFn, Callable[[str], bool] | None] | None = None


def _init_worker() -> None:
    # Ctrl-C goes to the whole process group: only the parent handles it, cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()


def _die_with_parent() -> None:
    """Orphan workers would sit on ~500 MB each after a `kill -9` of the parent."""
    parent = os.getppid()
    try:  # Linux: the kernel kills us when the parent dies (PR_SET_PDEATHSIG = 1)
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass

    def watch() -> None:  # everywhere else (and a race-free backstop): poll
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _work(items: list[Item]) -> list[Record]:
    process, known = _WORK
    return process(items, known)


class LocalRunner(Runner):
    """``workers=1``: in this process. ``workers>1``: a fork pool of that size."""

    name = "local"

    def __init__(self, workers: int | None = None, batch_size: int = DEFAULT_BATCH_SIZE["local"],
                 known: Callable[[str], bool] | None = None,
                 process: ProcessFn | None = None, preload: bool = True):
        self.workers = max(1, workers or default_workers())
        self.batch_size = max(1, batch_size)
        self.known = known
        self.process = process or default_process
        self.preload = preload and process is None
        self._pool: ProcessPoolExecutor | None = None
        self.crashes = 0

    # -- one process ------------------------------------------------------------
    def run(self, items: Iterable[Item]) -> Iterator[Record]:
        if self.workers == 1:
            for chunk in chunked(items, self.batch_size):
                yield from self.process(chunk, self.known)
            return
        yield from self._run_pool(items)

    # -- a pool of forked workers -------------------------------------------------
    def start(self) -> None:
        """Load the model here, then fork the workers so they share it (copy on write)."""
        global _WORK
        if self.preload:  # cached: loads once per process
            from ..nlp import get_nlp

            get_nlp()
        if self.workers == 1 or self._pool is not None:
            return
        _WORK = (self.process, self.known)
        # Objects that exist now (the model: ~500 MB) move to a permanent generation the
        # collector never walks, so the workers' GC does not write to — and privately copy —
        # the pages they share with this process.
        gc.collect()
        gc.freeze()
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                         initializer=_init_worker)
        # Fork every worker now, before the caller starts threads (progress bar) or
        # opens connections: forking a threaded process is unsafe.
        list(self._pool.map(int, range(self.workers)))

    def _restart(self) -> None:
        self.crashes += 1
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self.start()

    def _submit(self, chunk: list[Item]) -> Future:
        self.start()
        return self._pool.submit(_work, chunk)

    def _run_pool(self, items: Iterable[Item]) -> Iterator[Record]:
        window: deque[tuple[Future, list[Item]]] = deque()
        limit = 2 * self.workers
        for chunk in chunked(items, self.batch_size):
            window.append((self._submit(chunk), chunk))
            while len(window) >= limit:
                yield from self._collect(window)
        while window:
            yield from self._collect(window)

    def _collect(self, window: deque) -> Iterator[Record]:
        future, chunk = window.popleft()
        try:
            results = future.result()
        except BrokenProcessPool:
            # Every chunk in flight is lost with the pool: replay them one article at
            # a time so that only the culprit is reported.
            pending = chunk + [item for _, c in window for item in c]
            window.clear()
            self._restart()
            yield from self._replay(pending)
            return
        yield from results

    def _replay(self, items: list[Item]) -> Iterator[Record]:
        for item in items:
            try:
                yield from self._submit([item]).result()
            except BrokenProcessPool:
                self._restart()
                yield Skipped(getattr(item, "path", ""), "worker_crashed",
                              "the worker process died while analysing this article "
                              "(out of memory or a crash in native code)", getattr(item, "id", None))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
