"""Schema migrations, registered with a decorator and recorded in the ``migrations`` table
(the sqlite-utils ``Migrations`` pattern): a store opened by a newer cercle is upgraded in place.

Add a migration by appending a decorated function; never edit one that has shipped.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Callable

MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = []


def migration(name: str):
    def register(fn: Callable[[sqlite3.Connection], None]):
        MIGRATIONS.append((name, fn))
        return fn
    return register


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded; returns their names."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            fn(conn)
            conn.execute("INSERT INTO migrations VALUES (?, ?)",
                         (name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


@migration("0001_initial")
def _initial(conn: sqlite3.Connection) -> None:
    run_script(conn, INITIAL)


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (``executescript`` would commit the open transaction)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            conn.execute(buf)
            buf = ""
    if buf.strip():
        conn.execute(buf)


INITIAL = """
CREATE TABLE articles (
  id TEXT PRIMARY KEY,                 -- first 16 hex digits of content_hash
  seq INTEGER NOT NULL UNIQUE,         -- ingest order
  content_hash TEXT NOT NULL UNIQUE,
  doc_id TEXT, path TEXT, title TEXT, url TEXT, source TEXT, date TEXT, lang TEXT,
  flags TEXT NOT NULL DEFAULT '[]',    -- JSON list of source-quality flags
  family_id TEXT NOT NULL,             -- near-duplicate family: id of its first article
  similarity REAL,                     -- estimated Jaccard with the family's first article
  minhash BLOB,
  ingested_at TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX articles_family ON articles(family_id);
CREATE TABLE article_bands (            -- MinHash LSH bands, to find near-duplicates in SQL
  band INTEGER NOT NULL, hash TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
  key TEXT NOT NULL,                   -- normalised canonical name (resolve/keys.py)
  surname TEXT,                        -- people: surname part of key
  type_votes TEXT NOT NULL DEFAULT '{}',
  sources INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT, last_seen TEXT, flags TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX entities_surname ON entities(surname) WHERE surname IS NOT NULL;
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE doc_entities (            -- an actor as one article names it; entity_id = resolution
  id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
  name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]', key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  rule TEXT NOT NULL, score REAL NOT NULL,
  UNIQUE (article_id, name)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
CREATE INDEX doc_entities_key ON doc_entities(key);
CREATE TABLE aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, key TEXT NOT NULL,
  kind TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX aliases_key ON aliases(key);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
  doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_doc_entity ON mentions(doc_entity_id);
CREATE TABLE ties (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, family TEXT NOT NULL, symmetric INTEGER NOT NULL,
  subject_id TEXT NOT NULL REFERENCES entities(id), object_id TEXT NOT NULL REFERENCES entities(id),
  status TEXT, date TEXT, role TEXT, share REAL,
  negated INTEGER NOT NULL DEFAULT 0,  -- 1 when no evidence states the tie positively
  confidence REAL NOT NULL DEFAULT 0, sources INTEGER NOT NULL DEFAULT 0,
  evidence_count INTEGER NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT
);
CREATE INDEX ties_subject ON ties(subject_id, type);
CREATE INDEX ties_object ON ties(object_id, type);
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY, tie_id TEXT NOT NULL REFERENCES ties(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  subject_doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
  object_doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence TEXT NOT NULL,
  rule TEXT, confidence REAL, role TEXT,
  amount_text TEXT, amount_value REAL, amount_currency TEXT, share REAL,
  date TEXT, status TEXT, attribution TEXT, negated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_tie ON evidence(tie_id);
CREATE INDEX evidence_article ON evidence(article_id);
CREATE VIRTUAL TABLE evidence_fts USING fts5(sentence, content='evidence', content_rowid='id');
CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN
  INSERT INTO evidence_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;
CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;
CREATE TABLE skipped (
  id INTEGER PRIMARY KEY, run_id TEXT, path TEXT, doc_id TEXT, reason TEXT NOT NULL,
  message TEXT, at TEXT NOT NULL
);
CREATE TABLE merges (                  -- audit log of resolution: automatic and by the user
  id INTEGER PRIMARY KEY, at TEXT NOT NULL,
  action TEXT NOT NULL,                -- "merge" | "split"
  actor TEXT NOT NULL,                 -- "resolver" | "user"
  rule TEXT NOT NULL, score REAL,
  entity_id TEXT, other_id TEXT,       -- merge: other_id was merged into entity_id
  names TEXT NOT NULL DEFAULT '[]',    -- JSON: the names involved
  keys TEXT NOT NULL DEFAULT '[]'      -- JSON: their keys (what a replay matches on)
);
CREATE VIEW tie_view AS
  SELECT t.id, t.type, t.family, s.name AS subject, t.subject_id, o.name AS object, t.object_id,
         t.status, t.date, t.role, t.share, t.negated, t.confidence, t.sources, t.evidence_count,
         t.first_seen, t.last_seen
  FROM ties t JOIN entities s ON s.id = t.subject_id JOIN entities o ON o.id = t.object_id;
CREATE VIEW evidence_view AS
  SELECT e.id, e.tie_id, t.type, s.name AS subject, o.name AS object, e.sentence, e.status,
         e.amount_text, e.share, e.date, e.attribution, e.negated, e.rule, e.confidence,
         a.title, a.url, a.source, a.date AS article_date, a.flags, e.article_id, e.start, e."end"
  FROM evidence e JOIN ties t ON t.id = e.tie_id JOIN entities s ON s.id = t.subject_id
  JOIN entities o ON o.id = t.object_id JOIN articles a ON a.id = e.article_id;
"""


@migration("0002_covering_tie_indexes")
def _covering_tie_indexes(conn: sqlite3.Connection) -> None:
    """`who` on an actor with thousands of ties reads its best few per type straight from the index,
    and `path` reads its edges without touching the table."""
    run_script(conn, """
DROP INDEX ties_subject;
DROP INDEX ties_object;
CREATE INDEX ties_subject ON ties(subject_id, type, negated, sources DESC, confidence DESC, object_id, id);
CREATE INDEX ties_object ON ties(object_id, type, negated, sources DESC, confidence DESC, subject_id, id);
""")


@migration("0003_writer_indexes")
def _writer_indexes(conn: sqlite3.Connection) -> None:
    """The writer's per-article queries stay index seeks as the store grows: an entity's names
    grouped by name, an article's metadata without its text, the user's corrections."""
    run_script(conn, """
CREATE INDEX doc_entities_entity_name ON doc_entities(entity_id, name, type);
CREATE INDEX articles_meta ON articles(id, family_id, seq, date, ingested_at);
CREATE INDEX merges_actor ON merges(actor, action);
""")


@migration("0004_tie_latest")
def _tie_latest(conn: sqlite3.Connection) -> None:
    """Which evidence row gives each tie its status, role and share (the latest that has one), so
    that an article adds its evidence to a tie without re-reading the tie's older evidence.
    A tie without a row here (a store written before this migration) is recomputed in full the
    next time an article touches it, which writes its row. The index lets the writer find the
    names of a key resolved to an entity of another key without reading every name of the key."""
    run_script(conn, """
CREATE TABLE tie_latest (
  tie_id TEXT PRIMARY KEY REFERENCES ties(id),
  status_evidence_id INTEGER, role_evidence_id INTEGER, share_evidence_id INTEGER
) WITHOUT ROWID;
CREATE INDEX doc_entities_entity_key ON doc_entities(entity_id, key);
""")


_ENTITY_NAME_ADD = """
  INSERT INTO entity_names (entity_id, name, n, type, last_id) VALUES (new.entity_id, new.name, 1, new.type, new.id)
  ON CONFLICT (entity_id, name) DO UPDATE SET n = n + 1,
    type = CASE WHEN excluded.last_id > last_id THEN excluded.type ELSE type END,
    last_id = max(last_id, excluded.last_id);"""
_ENTITY_NAME_DROP = """
  UPDATE entity_names SET n = n - 1 WHERE entity_id = old.entity_id AND name = old.name;
  DELETE FROM entity_names WHERE entity_id = old.entity_id AND name = old.name AND n <= 0;
  UPDATE entity_names SET (type, last_id) = (SELECT type, id FROM doc_entities
    WHERE entity_id = old.entity_id AND name = old.name ORDER BY id DESC LIMIT 1)
  WHERE entity_id = old.entity_id AND name = old.name AND last_id = old.id;"""


@migration("0005_entity_names")
def _entity_names(conn: sqlite3.Connection) -> None:
    """Per entity and name: how many articles' names, and the type of the latest one, kept by
    triggers on ``doc_entities``, so the writer weighs an entity's names without counting the
    thousands of rows a hub actor has."""
    run_script(conn, f"""
CREATE TABLE entity_names (
  entity_id TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL, type TEXT NOT NULL, last_id INTEGER NOT NULL,
  PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
INSERT INTO entity_names (entity_id, name, n, type, last_id)
  SELECT entity_id, name, count(*), type, max(id) FROM doc_entities GROUP BY entity_id, name;
CREATE TRIGGER doc_entities_names_ai AFTER INSERT ON doc_entities BEGIN {_ENTITY_NAME_ADD}
END;
CREATE TRIGGER doc_entities_names_au AFTER UPDATE OF entity_id, name, type ON doc_entities
WHEN old.entity_id IS NOT new.entity_id OR old.name IS NOT new.name OR old.type IS NOT new.type BEGIN {_ENTITY_NAME_DROP}
{_ENTITY_NAME_ADD}
END;
CREATE TRIGGER doc_entities_names_ad AFTER DELETE ON doc_entities BEGIN {_ENTITY_NAME_DROP}
END;
""")
