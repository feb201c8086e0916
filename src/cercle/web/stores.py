"""How the web app reaches the store: read-only by default, one connection per worker thread.

SQLite connections must stay on the thread that opened them, and the query
layer may cache things per store (a graph, say), so the app runs every query
on a small fixed pool of threads (``QueryRunner``), each with its own store.
A bounded pool also caps how hard a burst of requests can hit the database.
"""
from __future__ import annotations

import asyncio
import inspect
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

from ..errors import StoreError


class StoreMissing(StoreError):
    """The store file the server was pointed at does not exist."""


def check_store(db: str | Path) -> Path:
    """Fail early, with a hint, when there is no store to serve."""
    path = Path(db)
    if not path.is_file():
        raise StoreMissing(f"no store at {path}: build one first with `cercle ingest ARTICLES/ --db {path}`")
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise StoreError(f"{path} is not a SQLite store")
    return path


def readonly_uri(db: str | Path) -> str:
    """A SQLite URI that can only read: the server never writes unless --allow-edits."""
    return f"file:{Path(db).resolve().as_posix()}?mode=ro"


def open_store(db: str | Path, read_only: bool = True):
    """Open the real ``cercle.store.Store``, read-only unless edits are allowed."""
    from ..store import Store  # imported late: the web package must import without a store

    path = check_store(db)
    params = inspect.signature(Store).parameters
    extra = {"create": False} if "create" in params else {}
    if not read_only:
        return Store(str(path), **extra)
    for name in ("readonly", "read_only"):
        if name in params:
            return Store(str(path), **extra, **{name: True})
    # A Store without a read-only switch: hand it the read-only URI if it takes one.
    try:
        return Store(readonly_uri(path))
    except (sqlite3.Error, StoreError, TypeError) as exc:
        raise StoreError(f"cannot open {path} read-only: {exc}") from exc


class QueryRunner:
    """A fixed pool of threads, each holding its own store, that runs query functions."""

    def __init__(self, store_factory: Callable[[], Any], workers: int = 4):
        self._factory = store_factory
        self._local = threading.local()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cercle-query")
        self.write_lock = threading.Lock()  # SQLite has one writer: edits take turns

    def store(self):
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self._factory()
        return store

    async def run(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """Run ``fn(store, *args, **kwargs)`` on a pool thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(self.store(), *args, **kwargs))

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
