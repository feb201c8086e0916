"""An actor's card, its ties, the ties between two actors, and its timeline."""
from __future__ import annotations

import json

from ..model import load_model
from ..store.read import entity_dicts, tie_dicts
from .lookup import resolve_name


def _with_other(tie: dict, entity_id: str) -> dict:
    out = tie["subject_id"] == entity_id
    other = ("object" if out else "subject")
    tie["other"] = {"id": tie[f"{other}_id"], "name": tie[other], "type": tie[f"{other}_type"]}
    tie["direction"] = "both" if tie["symmetric"] else ("out" if out else "in")
    return tie


def _types(types=None, family=None) -> list[str] | None:
    model = load_model()
    if family:
        fams = [family] if isinstance(family, str) else list(family)
        chosen = [t for f in fams for t in model.types_in_family(f)]
        types = [t for t in chosen if not types or t in types]
    return list(types) if types else None


def entity_ties(store, entity_id: str, types=None, family=None, min_sources: int = 1, date_from=None,
                date_to=None, limit: int = 200, evidence_limit: int | None = 3,
                min_confidence: float = 0.0) -> list[dict]:
    """Ties of one entity (most sources first), each with ``other`` and ``direction``; with
    ``min_confidence``, only ties whose (calibrated, docs/confidence.md) confidence reaches it."""
    tys = _types(types, family)
    where = ["sources >= :min_sources"]
    args = {"eid": entity_id, "min_sources": min_sources, "types": json.dumps(tys),
            "date_from": date_from, "date_to": date_to, "min_confidence": min_confidence}
    if min_confidence > 0:
        where.append("confidence >= :min_confidence")
    if tys is not None:
        where.append("type IN (SELECT value FROM json_each(:types))")
    if date_from:
        where.append("last_seen >= :date_from")
    if date_to:
        where.append("first_seen <= :date_to")
    cond = " AND ".join(where)
    sql = (f"SELECT id, sources, confidence FROM ties WHERE subject_id = :eid AND {cond} "
           f"UNION SELECT id, sources, confidence FROM ties WHERE object_id = :eid AND {cond} "
           f"ORDER BY 2 DESC, 3 DESC, 1 LIMIT {int(limit)}")
    ids = [r[0] for r in store.conn.execute(sql, args)]
    return [_with_other(t, entity_id) for t in tie_dicts(store.conn, ids, evidence_limit)]


def who(store, name_or_id: str, per_type: int = 5, evidence_limit: int = 3) -> dict:
    """The card: the entity, and its ties grouped by type with counts and the best-sourced items."""
    eid = resolve_name(store, name_or_id)
    card = entity_dicts(store.conn, [eid])[0]
    counts = dict(store.conn.execute(
        "SELECT type, sum(n) FROM (SELECT type, count(*) n FROM ties WHERE subject_id = ?1 GROUP BY type "
        "UNION ALL SELECT type, count(*) FROM ties WHERE object_id = ?1 AND subject_id != ?1 GROUP BY type) "
        "GROUP BY type", (eid,)).fetchall())
    ids = []
    for tie_type in counts:  # per type and side, the index gives the best-sourced ties first
        best = []
        for end_col in ("subject_id", "object_id"):
            best += store.conn.execute(
                f"SELECT negated, -sources, -confidence, id FROM ties WHERE {end_col} = ? AND type = ? "
                f"ORDER BY negated, sources DESC, confidence DESC LIMIT ?", (eid, tie_type, per_type)).fetchall()
        ids += [r[3] for r in sorted(set(best))[:per_type]]
    grouped: dict[str, dict] = {}
    for tie in tie_dicts(store.conn, ids, evidence_limit):
        g = grouped.setdefault(tie["type"], {"count": counts.get(tie["type"], 0), "items": []})
        g["items"].append(_with_other(tie, eid))
    order = list(load_model().relations)
    card["ties"] = {t: grouped[t] for t in sorted(grouped, key=order.index)}
    return card


def ties(store, a: str, b: str) -> list[dict]:
    """Every tie between two actors, with all its evidence (most sources first)."""
    ea, eb = resolve_name(store, a), resolve_name(store, b)
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM ties WHERE subject_id = ?1 AND object_id = ?2 UNION "
        "SELECT id FROM ties WHERE subject_id = ?2 AND object_id = ?1", (ea, eb))]
    found = tie_dicts(store.conn, ids)
    found.sort(key=lambda t: (t["negated"], -t["sources"], t["type"]))
    return [_with_other(t, ea) for t in found]


def timeline(store, name: str, limit: int = 500) -> list[dict]:
    """Dated events of an actor in order: one entry per tie and date it is reported on, with the
    status reported that day and that day's sentences."""
    eid = resolve_name(store, name)
    entries = []
    for tie in entity_ties(store, eid, limit=limit, evidence_limit=None):
        by_date: dict[str, list] = {}
        for ev in tie["evidence"]:
            by_date.setdefault(ev["date"] or tie["first_seen"] or "", []).append(ev)
        for date, evs in by_date.items():
            status = next((s["status"] for s in reversed(tie["statuses"]) if s["date"] == date), None)
            entries.append({"date": date or None, "status": status, "tie": {**tie, "evidence": evs}})
    entries.sort(key=lambda e: (e["date"] or "9999", e["tie"]["type"], e["tie"]["id"]))
    return entries
