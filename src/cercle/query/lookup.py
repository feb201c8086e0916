"""Finding an entity from what a user types: an id, a name, an alias, or something close."""
from __future__ import annotations

import json

from rapidfuzz import fuzz, process

from ..errors import NotFound
from ..resolve.keys import name_key
from ..store.read import entity_dicts


def _keys(q: str) -> list[str]:
    return list(dict.fromkeys(k for k in (name_key(q, "PER"), name_key(q, "ORG")) if k))


def _all_keys(store) -> tuple[list[str], list[str]]:
    """Alias keys and their entity ids, cached on the store until it changes."""
    version = store.conn.execute("SELECT count(*), COALESCE(max(rowid), 0) FROM aliases").fetchone()
    cached = getattr(store, "_alias_keys", None)
    if cached is None or cached[0] != version:
        rows = store.conn.execute("SELECT key, entity_id FROM aliases WHERE kind != 'descriptor'").fetchall()
        cached = (version, [r[0] for r in rows], [r[1] for r in rows])
        store._alias_keys = cached
    return cached[1], cached[2]


def search(store, q: str, limit: int = 10, cutoff: float = 75) -> list[dict]:
    """Entities whose name or alias starts with, or is close to, ``q`` (most sources first)."""
    found: dict[str, float] = {}
    for k in _keys(q):
        for eid, akey in store.conn.execute(
                "SELECT entity_id, key FROM aliases WHERE key >= ? AND key < ? AND kind != 'descriptor' LIMIT 200",
                (k, k + "\uffff")):
            found[eid] = max(found.get(eid, 0), 100.0 if akey == k else 95.0)
    if len(found) < limit and _keys(q):
        keys, ids = _all_keys(store)
        for _k, score, i in process.extract(_keys(q)[0], keys, scorer=fuzz.WRatio, limit=limit * 3,
                                            score_cutoff=cutoff):
            found[ids[i]] = max(found.get(ids[i], 0), float(score))
    ents = entity_dicts(store.conn, found)
    ents.sort(key=lambda e: (-found[e["id"]], -e["sources"], e["name"]))
    return [{"id": e["id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"][:10],
             "sources": e["sources"]} for e in ents[:limit]]


def resolve_name(store, name: str) -> str:
    """The id of the entity ``name`` designates (an id, a name or an alias); ``NotFound`` otherwise,
    with close names in the message."""
    name = name.strip()
    if store.conn.execute("SELECT 1 FROM entities WHERE id = ?", (name,)).fetchone():
        return name
    keys = json.dumps(_keys(name))
    rows = store.conn.execute(
        "SELECT e.id, e.key = a.key AS canonical, e.sources, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.key IN (SELECT value FROM json_each(?)) AND a.kind != 'descriptor' "
        "GROUP BY e.id ORDER BY canonical DESC, e.sources DESC", (keys,)).fetchall()
    canonical = [r for r in rows if r[1]]
    if canonical:
        return canonical[0][0]
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        raise NotFound(f"{name!r} is ambiguous: " + ", ".join(f"{r[3]} ({r[0]})" for r in rows[:8]),
                       )
    close = search(store, name, limit=5, cutoff=60)
    hint = ("; did you mean: " + ", ".join(c["name"] for c in close)) if close else ""
    raise NotFound(f"no actor named {name!r} in the store{hint}")
