"""Ties across articles: one row per (subject, type, object) with aggregates computed from its
evidence rows (independent sources, first/last seen, latest status, confidence).

A tie's ends are derived from its evidence: each evidence row points at the two
per-article names (``doc_entities``) it links, and those point at entities. After
a merge or a split, ``retie`` moves the evidence to the ties its names now give.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable

from ..model import load_model
from ..resolve.keys import make_id

SEEN = "COALESCE(a.date, substr(a.ingested_at, 1, 10))"


def tie_ends(tie_type: str, subject_id: str, object_id: str) -> tuple[str, str, str]:
    """(tie id, subject, object); symmetric types keep their ends in a canonical order."""
    if load_model().is_symmetric(tie_type) and object_id < subject_id:
        subject_id, object_id = object_id, subject_id
    return make_id("tie", tie_type, subject_id, object_id), subject_id, object_id


def ensure_tie(conn: sqlite3.Connection, tie_type: str, subject_id: str, object_id: str) -> str:
    tie_id, s, o = tie_ends(tie_type, subject_id, object_id)
    model = load_model()
    conn.execute("INSERT OR IGNORE INTO ties (id, type, family, symmetric, subject_id, object_id) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
                 (tie_id, tie_type, model.family(tie_type), int(model.is_symmetric(tie_type)), s, o))
    return tie_id


_REFRESH_TIES = f"""
WITH ev AS MATERIALIZED (
  SELECT e.id, e.tie_id, e.negated AS neg, COALESCE(e.confidence, 0.0) AS conf, NULLIF(e.status, '') AS status,
         NULLIF(e.date, '') AS date, NULLIF(e.role, '') AS role, e.share, a.family_id AS fam,
         NULLIF({SEEN}, '') AS seen, COALESCE(NULLIF(e.date, ''), NULLIF({SEEN}, ''), '') AS k, a.seq, e.start
  FROM evidence e JOIN articles a INDEXED BY articles_meta ON a.id = e.article_id
  WHERE e.tie_id IN (SELECT value FROM json_each(?))),
agg AS (
  SELECT tie_id, count(*) AS n, total(neg = 0) AS pos, min(date) AS date, min(seen) AS first, max(seen) AS last,
         max(CASE WHEN neg = 0 THEN conf END) AS pconf, max(conf) AS aconf,
         count(DISTINCT CASE WHEN neg = 0 THEN fam END) AS pfam, count(DISTINCT fam) AS afam
  FROM ev GROUP BY tie_id)
SELECT
  (SELECT status FROM ev WHERE ev.tie_id = agg.tie_id AND status IS NOT NULL
   ORDER BY neg = 0 DESC, k DESC, seq DESC, start DESC, id DESC LIMIT 1),
  date,
  (SELECT role FROM ev WHERE ev.tie_id = agg.tie_id AND role IS NOT NULL
   ORDER BY k DESC, seq DESC, start DESC, id DESC LIMIT 1),
  (SELECT share FROM ev WHERE ev.tie_id = agg.tie_id AND share IS NOT NULL
   ORDER BY k DESC, seq DESC, start DESC, id DESC LIMIT 1),
  pos = 0, CASE WHEN pos > 0 THEN pconf ELSE aconf END, CASE WHEN pos > 0 THEN pfam ELSE afam END,
  n, first, last, tie_id
FROM agg"""


def refresh_ties(conn: sqlite3.Connection, tie_ids: Iterable[str]) -> None:
    """Recompute the aggregates of some ties from their evidence; drop ties left without any.

    status, role and share come from the latest evidence that has one (ordered by the evidence's
    date, else its article's, then ingest order and position), a positive statement winning
    over a negated one for the status; confidence and independent sources count positive
    evidence only, unless the tie is only ever denied. SQLite computes it all in one statement,
    so a tie with thousands of evidence rows does not send them through Python.
    """
    ids = sorted(set(tie_ids))
    if not ids:
        return
    updates = conn.execute(_REFRESH_TIES, (json.dumps(ids),)).fetchall()
    conn.executemany("UPDATE ties SET status=?, date=?, role=?, share=?, negated=?, confidence=?, "
                     "sources=?, evidence_count=?, first_seen=?, last_seen=? WHERE id=?", updates)
    kept = {u[-1] for u in updates}
    conn.executemany("DELETE FROM ties WHERE id = ?", [(i,) for i in ids if i not in kept])


def retie(conn: sqlite3.Connection, entity_ids: Iterable[str]) -> None:
    """Move the evidence of ties touching ``entity_ids`` to the ties their names now resolve to."""
    ids = json.dumps(sorted(set(entity_ids)))
    rows = conn.execute(
        "SELECT e.id, e.tie_id, t.type, s.entity_id, o.entity_id FROM ties t "
        "JOIN evidence e ON e.tie_id = t.id "
        "JOIN doc_entities s ON s.id = e.subject_doc_entity_id "
        "JOIN doc_entities o ON o.id = e.object_doc_entity_id "
        "WHERE t.subject_id IN (SELECT value FROM json_each(?1)) "
        "   OR t.object_id IN (SELECT value FROM json_each(?1))", (ids,)).fetchall()
    touched: set[str] = set()
    moves = []
    for ev_id, tie_id, tie_type, s, o in rows:
        new_id = ensure_tie(conn, tie_type, s, o)
        touched.update((tie_id, new_id))
        if new_id != tie_id:
            moves.append((new_id, ev_id))
    conn.executemany("UPDATE evidence SET tie_id = ? WHERE id = ?", moves)
    refresh_ties(conn, touched)
