"""The SQLite store: one writer, one transaction per article, idempotent ingest.

See docs/store.md for the tables. Every sqlite3 error is wrapped in
``StoreError`` at this boundary.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import StoreError
from ..records import DocumentResult, Skipped
from . import dedup
from .entities import merge, now, split
from .migrations import apply_migrations
from .replay import replay_user_merges
from .write import write_yield


class Store:
    """``Store("cercle.db")`` creates or upgrades the store; ``create=False`` requires it to exist;
    ``readonly=True`` opens it read-only (web app, queries)."""

    def __init__(self, path: str | Path = "cercle.db", create: bool = True, readonly: bool = False):
        self.path = str(path)
        memory = self.path == ":memory:"
        if not memory and not create and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}: build one with `cercle ingest PATH --db {self.path}`")
        try:
            if readonly and not memory:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                if not memory:
                    self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                # each article is a SAVEPOINT: the original of every page it changes goes to a
                # sub-journal, which SQLite spills to a temporary file past 64 KiB (most articles):
                # ~0.5 ms of system time per article in write() calls. In memory it holds the pages
                # one article changes (a few hundred KiB), freed at each RELEASE.
                self.conn.execute("PRAGMA temp_store = MEMORY")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA cache_size = -65536")
            if not readonly:
                apply_migrations(self.conn)
            elif not self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ties'").fetchone():
                raise StoreError(f"{self.path} is not a cercle store")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self.readonly = readonly
        self._batch: tuple[float, int] | None = None
        self._batch_size, self._batch_seconds = 1, 0.0

    # -- writing ---------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One unit of work, all or nothing: a transaction, or a SAVEPOINT inside ``batched()``."""
        if self._batch is not None:
            yield from self._savepoint()
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"store write failed, nothing written: {exc}") from exc
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        if not self.conn.in_transaction:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write to {self.path}: {exc}") from exc
            self._batch = (time.monotonic(), 0)
        self.conn.execute("SAVEPOINT unit")
        try:
            yield self.conn
            self.conn.execute("RELEASE unit")
        except BaseException as exc:
            if not self.conn.in_transaction:
                # SQLite rolled the whole batch back (disk full, I/O error): the units released
                # before this one are lost too; stop rather than count them as written
                self._batch = (0.0, 0)
                raise StoreError(f"store write failed, the uncommitted batch is lost: {exc}") from exc
            self.conn.execute("ROLLBACK TO unit")
            self.conn.execute("RELEASE unit")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"store write failed, nothing written: {exc}") from exc
            raise
        started, n = self._batch
        self._batch = (started, n + 1)
        if n + 1 >= self._batch_size or time.monotonic() - started >= self._batch_seconds:
            self.commit()

    def commit(self) -> None:
        """Make the units written in ``batched()`` so far durable (a no-op outside one)."""
        if self._batch is not None and self.conn.in_transaction:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"store write failed, the uncommitted batch is lost: {exc}") from exc

    @contextmanager
    def batched(self, size: int = 32, seconds: float = 1.0) -> Iterator["Store"]:
        """Write many articles per SQLite transaction, each still all-or-nothing (a SAVEPOINT).

        A commit costs about as much as writing a small article (WAL frames of every page it
        touched); grouping up to ``size`` articles, or ``seconds`` of work, writes shared pages
        once. Readers see whole batches; a crash (``kill -9``, power cut) loses only the batch
        not yet committed, which a re-run redoes: the store is the one a clean run gives.
        On leaving — normally, on Ctrl-C or on an error — the whole articles written are committed.
        """
        if self._batch is not None:
            yield self
            return
        self._batch, self._batch_size, self._batch_seconds = (time.monotonic(), 0), max(1, size), seconds
        try:
            yield self
        finally:
            try:
                self.commit()
            finally:
                self._batch = None

    def has_article(self, content_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def add_document(self, result: DocumentResult) -> bool:
        """Write an article and everything it yields in one transaction; False if already stored."""
        art = result.article
        h = art.content_hash
        with self.transaction() as conn:
            if self.has_article(h):
                return False
            article_id = h[:16]
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            sig = dedup.signature(art.text)
            bands = dedup.bands(sig)
            family = dedup.find_family(conn, sig, bands)
            flags = list(dict.fromkeys(art.flags + (["near_duplicate"] if family else [])))
            conn.execute(
                "INSERT INTO articles (id, seq, content_hash, doc_id, path, title, url, source, date, lang, flags, "
                "family_id, similarity, minhash, ingested_at, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (article_id, seq, h, art.id, art.path, art.title, art.url, art.source, art.date, art.lang,
                 json.dumps(flags), family[0] if family else article_id, round(family[1], 3) if family else None,
                 dedup.to_blob(sig), now(), art.text))
            dedup.save_bands(conn, article_id, bands)
            conn.executemany('INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?,?,?,?,?)',
                             [(article_id, i, s.start, s.end, s.text) for i, s in enumerate(result.sentences)])
            write_yield(conn, article_id, result)
        return True

    def record_skip(self, skipped: Skipped, run_id: str | None = None) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO skipped (run_id, path, doc_id, reason, message, at) VALUES (?,?,?,?,?,?)",
                         (run_id, skipped.path, skipped.id, skipped.reason, skipped.message, now()))

    # -- corrections -----------------------------------------------------------
    def merge(self, a: str, b: str) -> str:
        """Merge entity ``b`` into ``a`` (ids) as a user correction; returns the surviving id."""
        with self.transaction() as conn:
            for eid in (a, b):
                if not conn.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone():
                    from ..errors import NotFound
                    raise NotFound(f"no entity with id {eid}")
            if a != b:
                merge(conn, a, b, "user", None, "user")
        return a

    def split(self, entity_id: str) -> list[str]:
        """Undo the merges of an entity: one entity per distinct name; returns their ids."""
        with self.transaction() as conn:
            if not conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone():
                from ..errors import NotFound
                raise NotFound(f"no entity with id {entity_id}")
            return split(conn, entity_id, "user")

    def corrections(self) -> list[dict]:
        """The user's merges and splits, oldest first, to carry over to a rebuilt store."""
        return [{"action": a, "names": json.loads(n), "keys": json.loads(k), "at": at}
                for a, n, k, at in self.conn.execute(
                    "SELECT action, names, keys, at FROM merges WHERE actor = 'user' ORDER BY id")]

    def import_corrections(self, corrections: list[dict]) -> None:
        """Record corrections from another store; merges apply now and whenever their names come in."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO merges (at, action, actor, rule, names, keys) VALUES (?, ?, 'user', 'user', ?, ?)",
                [(c.get("at") or now(), c["action"], json.dumps(c.get("names", []), ensure_ascii=False),
                  json.dumps(c["keys"], ensure_ascii=False)) for c in corrections])
            replay_user_merges(conn)

    # -- reading ---------------------------------------------------------------
    def stats(self) -> dict:
        q = lambda t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: E731
        return {"articles": q("articles"), "entities": q("entities"), "ties": q("ties"),
                "evidence": q("evidence"), "skipped": q("skipped"),
                "families": self.conn.execute("SELECT count(DISTINCT family_id) FROM articles").fetchone()[0],
                "merges": q("merges")}

    def check(self) -> list[str]:
        from .check import check
        return check(self.conn)

    def iter_entities(self) -> Iterator[dict]:
        from .read import iter_entities
        return iter_entities(self.conn)

    def iter_ties(self) -> Iterator[dict]:
        from .read import iter_ties
        return iter_ties(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
