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


def refresh_ties(conn: sqlite3.Connection, tie_ids: Iterable[str]) -> None:
    """Recompute the aggregates of some ties from their evidence; drop ties left without any."""
    ids = sorted(set(tie_ids))
    if not ids:
        return
    rows = conn.execute(
        f"SELECT e.tie_id, e.negated, e.confidence, e.status, e.date, e.role, e.share, a.family_id, "
        f"{SEEN} AS seen, a.seq, e.start FROM evidence e JOIN articles a ON a.id = e.article_id "
        f"WHERE e.tie_id IN (SELECT value FROM json_each(?)) ORDER BY e.tie_id", (json.dumps(ids),)
    ).fetchall()
    by_tie: dict[str, list] = {i: [] for i in ids}
    for r in rows:
        by_tie[r[0]].append(r)
    updates, empty = [], []
    for tie_id, ev in by_tie.items():
        if not ev:
            empty.append((tie_id,))
            continue
        positive = [r for r in ev if not r[1]]
        counted = positive or ev
        ordered = sorted(ev, key=lambda r: (r[4] or r[8] or "", r[9], r[10]))
        statuses = [r[3] for r in ordered if r[3] and not r[1]] or [r[3] for r in ordered if r[3]]
        roles = [r[5] for r in ordered if r[5]]
        shares = [r[6] for r in ordered if r[6] is not None]
        dates = sorted(r[4] for r in ev if r[4])
        seen = sorted(r[8] for r in ev if r[8])
        updates.append((
            statuses[-1] if statuses else None, dates[0] if dates else None,
            roles[-1] if roles else None, shares[-1] if shares else None,
            int(not positive), max((r[2] or 0.0) for r in counted), len({r[7] for r in counted}),
            len(ev), seen[0] if seen else None, seen[-1] if seen else None, tie_id))
    conn.executemany("UPDATE ties SET status=?, date=?, role=?, share=?, negated=?, confidence=?, "
                     "sources=?, evidence_count=?, first_seen=?, last_seen=? WHERE id=?", updates)
    conn.executemany("DELETE FROM ties WHERE id = ?", empty)


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
