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


_EV = f"""
  SELECT e.id, e.tie_id, e.negated AS neg, COALESCE(e.confidence, 0.0) AS conf, NULLIF(e.status, '') AS status,
         NULLIF(e.date, '') AS date, NULLIF(e.role, '') AS role, e.share, a.family_id AS fam,
         NULLIF({SEEN}, '') AS seen, COALESCE(NULLIF(e.date, ''), NULLIF({SEEN}, ''), '') AS k, a.seq, e.start
  FROM evidence e JOIN articles a INDEXED BY articles_meta ON a.id = e.article_id"""

_REFRESH_TIES = f"""
WITH ev AS MATERIALIZED ({_EV}
  WHERE e.tie_id IN (SELECT value FROM json_each(?))),
agg AS (
  SELECT tie_id, count(*) AS n, total(neg = 0) AS pos, min(date) AS date, min(seen) AS first, max(seen) AS last,
         max(CASE WHEN neg = 0 THEN conf END) AS pconf, max(conf) AS aconf,
         count(DISTINCT CASE WHEN neg = 0 THEN fam END) AS pfam, count(DISTINCT fam) AS afam
  FROM ev GROUP BY tie_id),
win AS (
  SELECT agg.*,
    (SELECT id FROM ev WHERE ev.tie_id = agg.tie_id AND status IS NOT NULL
     ORDER BY neg = 0 DESC, k DESC, seq DESC, start DESC, id DESC LIMIT 1) AS sid,
    (SELECT id FROM ev WHERE ev.tie_id = agg.tie_id AND role IS NOT NULL
     ORDER BY k DESC, seq DESC, start DESC, id DESC LIMIT 1) AS rid,
    (SELECT id FROM ev WHERE ev.tie_id = agg.tie_id AND share IS NOT NULL
     ORDER BY k DESC, seq DESC, start DESC, id DESC LIMIT 1) AS hid
  FROM agg)
SELECT
  (SELECT status FROM evidence WHERE id = sid), date, (SELECT role FROM evidence WHERE id = rid),
  (SELECT share FROM evidence WHERE id = hid),
  pos = 0, CASE WHEN pos > 0 THEN pconf ELSE aconf END, CASE WHEN pos > 0 THEN pfam ELSE afam END,
  n, first, last, tie_id, sid, rid, hid
FROM win"""

_UPDATE_TIE = ("UPDATE ties SET status=?, date=?, role=?, share=?, negated=?, confidence=?, "
               "sources=?, evidence_count=?, first_seen=?, last_seen=? WHERE id=?")
_UPDATE_LATEST = ("INSERT OR REPLACE INTO tie_latest (tie_id, status_evidence_id, role_evidence_id, "
                  "share_evidence_id) VALUES (?, ?, ?, ?)")


def refresh_ties(conn: sqlite3.Connection, tie_ids: Iterable[str]) -> None:
    """Recompute the aggregates of some ties from their evidence; drop ties left without any.

    status, role and share come from the latest evidence that has one (ordered by the evidence's
    date, else its article's, then ingest order and position), a positive statement winning
    over a negated one for the status; confidence and independent sources count positive
    evidence only, unless the tie is only ever denied. SQLite computes it all in one statement,
    so a tie with thousands of evidence rows does not send them through Python. Which evidence
    rows won is kept in ``tie_latest`` for ``add_article_to_ties``.
    """
    ids = sorted(set(tie_ids))
    if not ids:
        return
    rows = conn.execute(_REFRESH_TIES, (json.dumps(ids),)).fetchall()
    conn.executemany(_UPDATE_TIE, [r[:11] for r in rows])
    conn.executemany(_UPDATE_LATEST, [r[10:] for r in rows])
    kept = {r[10] for r in rows}
    gone = [(i,) for i in ids if i not in kept]
    conn.executemany("DELETE FROM tie_latest WHERE tie_id = ?", gone)
    conn.executemany("DELETE FROM ties WHERE id = ?", gone)


def _status_key(neg, k, seq, start, id):
    return (neg == 0, k, seq, start, id)


def _latest_key(neg, k, seq, start, id):
    return (k, seq, start, id)


def add_article_to_ties(conn: sqlite3.Connection, article_id: str, tie_ids: Iterable[str]) -> None:
    """Add the evidence rows an article just wrote to the aggregates of its ties.

    Before the article every tie's aggregates were exact (each article commits with them) and
    ``tie_latest`` named the evidence behind its status, role and share; the article's rows are
    folded in, reading only them and the three winners: the same result as ``refresh_ties``
    (``tests/store/test_incremental.py``) at a cost that does not grow with the tie's evidence.
    A tie the article created, or one without a ``tie_latest`` row, is recomputed in full.
    """
    ids = sorted(set(tie_ids))
    if not ids:
        return
    state = {r[0]: r[1:] for r in conn.execute(
        "SELECT t.id, t.status, t.date, t.role, t.share, t.negated, t.confidence, t.sources, t.evidence_count, "
        "t.first_seen, t.last_seen, l.status_evidence_id, l.role_evidence_id, l.share_evidence_id "
        "FROM ties t JOIN tie_latest l ON l.tie_id = t.id WHERE t.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),))}
    full = [i for i in ids if i not in state or state[i][7] == 0]
    todo = [i for i in ids if i in state and state[i][7] > 0]
    if todo:
        new: dict[str, list] = {}
        for row in conn.execute(f"SELECT * FROM ({_EV} WHERE e.article_id = ?1) "
                                f"WHERE tie_id IN (SELECT value FROM json_each(?2))",
                                (article_id, json.dumps(todo))):
            new.setdefault(row[1], []).append(row)
        winners = {w for i in todo for w in state[i][10:] if w is not None}
        known = {r[0]: r for r in conn.execute(f"SELECT * FROM ({_EV} WHERE e.id IN "
                                               f"(SELECT value FROM json_each(?)))", (json.dumps(sorted(winners)),))}
        ties, latest = [], []
        for tie_id in todo:
            rows = new.get(tie_id)
            if not rows:
                continue
            if any(w is not None and w not in known for w in state[tie_id][10:]):
                full.append(tie_id)  # a winner row is gone: never by the writer, but be safe
                continue
            ties.append(_fold(conn, tie_id, article_id, state[tie_id], rows, known))
            latest.append((tie_id, *ties[-1][11:]))
            del ties[-1][11:]
        conn.executemany(_UPDATE_TIE, ties)
        conn.executemany(_UPDATE_LATEST, latest)
    refresh_ties(conn, full)


def _fold(conn, tie_id, article_id, old, rows, known) -> list:
    """The aggregates of ``refresh_ties`` for one tie: old ones + the article's rows (``_EV`` columns)."""
    (status, date, role, share, negated, conf, sources, n, first, last, sid, rid, hid) = old
    # _EV columns: id, tie_id, neg, conf, status, date, role, share, fam, seen, k, seq, start
    fam, seen = rows[0][8], rows[0][9]
    positive = [r for r in rows if r[2] == 0]
    was_pos = not negated
    dates = [d for d in [date, *(r[5] for r in rows)] if d is not None]
    date = min(dates) if dates else None
    if seen is not None:
        first = min(first, seen) if first is not None else seen
        last = max(last, seen) if last is not None else seen
    counted = positive if (was_pos or positive) else rows
    if was_pos or not positive:
        conf = max([conf, *(r[3] for r in counted)])
        if counted and _new_family(conn, tie_id, article_id, fam, only_positive=was_pos):
            sources += 1
    else:  # the first positive statement of a tie only ever denied until now
        conf = max(r[3] for r in positive)
        sources = 1
    negated = int(not (was_pos or positive))

    def pick(current, col, key):
        best = known.get(current) if current is not None else None
        for r in rows:
            if r[col] is not None and (best is None or key(*_key_cols(r)) > key(*_key_cols(best))):
                best = r
        return best

    s = pick(sid, 4, _status_key)
    ro = pick(rid, 6, _latest_key)
    sh = pick(hid, 7, _latest_key)
    return [s[4] if s else None, date, ro[6] if ro else None, sh[7] if sh else None, negated, conf, sources,
            n + len(rows), first, last, tie_id,
            s[0] if s else None, ro[0] if ro else None, sh[0] if sh else None]


def _key_cols(r):
    return r[2], r[10], r[11], r[12], r[0]


def _new_family(conn, tie_id: str, article_id: str, family: str, only_positive: bool) -> bool:
    """Whether no other article of ``family`` already has (positive) evidence on the tie."""
    if family == article_id:  # the article starts its family: no earlier article is in it
        return True
    return conn.execute(
        "SELECT 1 FROM articles a JOIN evidence e ON e.article_id = a.id WHERE a.family_id = ? AND a.id != ? "
        f"AND e.tie_id = ? {'AND e.negated = 0' if only_positive else ''} LIMIT 1",
        (family, article_id, tie_id)).fetchone() is None


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
