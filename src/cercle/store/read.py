"""Reading ties and entities back as the plain dicts of the store contract (docs/store.md)."""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator

from .ties import SEEN

TIE_SQL = ("SELECT t.id, t.type, t.family, t.symmetric, t.subject_id, t.object_id, s.name, o.name, "
           "s.type, o.type, t.status, t.date, t.role, t.share, t.negated, t.confidence, t.sources, "
           "t.evidence_count, t.first_seen, t.last_seen FROM ties t "
           "JOIN entities s ON s.id = t.subject_id JOIN entities o ON o.id = t.object_id ")
EVIDENCE_SQL = (
    f'SELECT e.tie_id, e.sentence, e.start, e."end", e.article_id, a.title, a.url, a.source, a.date, '
    f"e.attribution, e.rule, e.confidence, a.flags, e.status, e.date, {SEEN}, e.negated, e.role, "
    f"e.amount_text, e.amount_value, e.amount_currency, e.share, a.seq "
    f"FROM evidence e JOIN articles a ON a.id = e.article_id ")


def _tie(row) -> dict:
    return {"id": row[0], "type": row[1], "family": row[2], "symmetric": bool(row[3]),
            "subject_id": row[4], "object_id": row[5], "subject": row[6], "object": row[7],
            "subject_type": row[8], "object_type": row[9], "status": row[10], "statuses": [],
            "amounts": [], "share": row[13], "role": row[12], "date": row[11], "negated": bool(row[14]),
            "confidence": row[15], "sources": row[16], "evidence_count": row[17],
            "first_seen": row[18], "last_seen": row[19], "evidence": []}


def _evidence(r) -> dict:
    return {"sentence": r[1], "start": r[2], "end": r[3], "article_id": r[4], "title": r[5], "url": r[6],
            "source": r[7], "date": r[8], "attribution": r[9], "rule": r[10], "confidence": r[11],
            "flags": json.loads(r[12]), "status": r[13], "negated": bool(r[16]), "role": r[17],
            "amount": ({"text": r[18], "value": r[19], "currency": r[20]} if r[18] else None),
            "share": r[21]}


def tie_dicts(conn: sqlite3.Connection, ids: Iterable[str], evidence_limit: int | None = None) -> list[dict]:
    """Full tie dicts for ``ids`` in the order given; ``evidence_limit`` keeps the best few sentences
    (statuses and amounts always come from all the evidence)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    arg = json.dumps(ids)
    ties = {r[0]: _tie(r) for r in conn.execute(TIE_SQL + "WHERE t.id IN (SELECT value FROM json_each(?))", (arg,))}
    rows = conn.execute(EVIDENCE_SQL + "WHERE e.tie_id IN (SELECT value FROM json_each(?))", (arg,)).fetchall()
    rows.sort(key=lambda r: (r[14] or r[15] or "", r[22], r[2]))  # date order
    by_tie: dict[str, list] = {}
    for r in rows:
        by_tie.setdefault(r[0], []).append(r)
    for tie_id, ev in by_tie.items():
        t = ties.get(tie_id)
        if t is None:
            continue
        seen_amounts = set()
        for r in ev:
            if r[13]:
                t["statuses"].append({"status": r[13], "date": r[14] or r[15], "article_id": r[4]})
            if r[18] and (r[18], r[19], r[20]) not in seen_amounts:
                seen_amounts.add((r[18], r[19], r[20]))
                t["amounts"].append({"text": r[18], "value": r[19], "currency": r[20],
                                     "date": r[14] or r[15], "article_id": r[4]})
        chosen = ev
        if evidence_limit is not None and len(ev) > evidence_limit:
            best = sorted(ev, key=lambda r: (r[16], -(r[11] or 0), r[22]))[:evidence_limit]
            keep = {id(r) for r in best}
            chosen = [r for r in ev if id(r) in keep]
        t["evidence"] = [_evidence(r) for r in chosen]
    return [ties[i] for i in ids if i in ties]


def iter_ties(conn: sqlite3.Connection, batch: int = 500) -> Iterator[dict]:
    last = ""
    while True:
        ids = [r[0] for r in conn.execute("SELECT id FROM ties WHERE id > ? ORDER BY id LIMIT ?", (last, batch))]
        if not ids:
            return
        yield from tie_dicts(conn, ids)
        last = ids[-1]


def entity_dicts(conn: sqlite3.Connection, ids: Iterable[str]) -> list[dict]:
    ids = list(dict.fromkeys(ids))
    arg = json.dumps(ids)
    rows = {r[0]: r for r in conn.execute(
        "SELECT id, name, type, sources, first_seen, last_seen, flags, type_votes, mentions FROM entities "
        "WHERE id IN (SELECT value FROM json_each(?))", (arg,))}
    aliases: dict[str, list] = {}
    for eid, alias in conn.execute(
            "SELECT entity_id, alias FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY entity_id, count DESC, alias", (arg,)):
        aliases.setdefault(eid, []).append(alias)
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        out.append({"id": r[0], "name": r[1], "type": r[2],
                    "aliases": [a for a in aliases.get(i, []) if a != r[1]], "sources": r[3],
                    "first_seen": r[4], "last_seen": r[5], "flags": json.loads(r[6]),
                    "type_votes": json.loads(r[7]), "mentions": r[8]})
    return out


def iter_entities(conn: sqlite3.Connection, batch: int = 1000) -> Iterator[dict]:
    last = ""
    while True:
        ids = [r[0] for r in conn.execute("SELECT id FROM entities WHERE id > ? ORDER BY id LIMIT ?", (last, batch))]
        if not ids:
            return
        yield from entity_dicts(conn, ids)
        last = ids[-1]
