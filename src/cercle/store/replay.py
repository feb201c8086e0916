"""Resolution decisions that must keep holding as articles come in.

- A user's split forbids the keys it separated to be merged again (``forbidden_pairs``).
- A user's merge is applied again when both sides reappear apart, e.g. after re-ingesting into a
  store that imported the corrections (``replay_user_merges``).
- A short name resolved through a key that has since become ambiguous goes back to an entity of
  its own (``reconsider``).
"""
from __future__ import annotations

import json
import sqlite3

from ..resolve.keys import given_names, is_lone_surname, surname
from ..resolve.match import given_compatible
from .entities import log, merge, new_entity, rebuild_aliases, refresh_entities
from .ties import retie


def forbidden_pairs(conn: sqlite3.Connection) -> set[frozenset]:
    """Key pairs a user split apart: they must not be merged again."""
    pairs: set[frozenset] = set()
    for (keys,) in conn.execute("SELECT keys FROM merges WHERE actor = 'user' AND action = 'split'"):
        ks = json.loads(keys)
        pairs.update(frozenset((a, b)) for a in ks for b in ks if a != b)
    for (keys,) in conn.execute("SELECT keys FROM merges WHERE actor = 'user' AND action = 'merge'"):
        ks = json.loads(keys)  # a later user merge lifts an earlier split
        pairs.difference_update(frozenset((a, b)) for a in ks for b in ks if a != b)
    return pairs


def replay_user_merges(conn: sqlite3.Connection, keys: set[str] | None = None) -> None:
    """Apply the user's merges again where both sides exist as separate entities (after a re-ingest
    into a new store that imported the corrections, or when a merged name reappears apart)."""
    for (merge_keys,) in conn.execute(
            "SELECT keys FROM merges WHERE actor = 'user' AND action = 'merge' ORDER BY id").fetchall():
        ks = json.loads(merge_keys)
        if keys is not None and not keys.intersection(ks):
            continue
        holders = []
        for k in ks:
            found = {r[0] for r in conn.execute(
                "SELECT DISTINCT entity_id FROM aliases WHERE key = ? AND kind != 'descriptor'", (k,))}
            if len(found) != 1:
                break
            holders.append(found.pop())
        else:
            for other in holders[1:]:
                if other != holders[0]:
                    merge(conn, holders[0], other, "user_replay", None, "resolver")


def _lookups(conn: sqlite3.Connection, keys: list[str]) -> tuple[dict[str, set[str]], dict[str, list]]:
    """For ``reconsider``, in two statements: the entities holding each key (not as a descriptor), and
    the full names of people by surname, for the surnames the keys may ask about."""
    holders: dict[str, set[str]] = {k: set() for k in keys}
    for k, eid in conn.execute("SELECT key, entity_id FROM aliases WHERE key IN (SELECT value FROM json_each(?)) "
                               "AND kind != 'descriptor'", (json.dumps(keys),)):
        holders[k].add(eid)
    surnames = {k if " " not in k or is_lone_surname(k) else surname(k) for k in keys}
    full: dict[str, list] = {s: [] for s in surnames}
    for s, eid, key in conn.execute("SELECT surname, id, key FROM entities WHERE surname IN "
                                    "(SELECT value FROM json_each(?)) AND type = 'PER' AND key != surname",
                                    (json.dumps(sorted(surnames)),)):
        full[s].append((eid, key))
    return holders, full


def reconsider(conn: sqlite3.Connection, keys: set[str]) -> None:
    """Keep "a short name joins a full name only when unambiguous" true over time: when a key (a lone
    surname, initials, an acronym, a short name) now points at several entities, names that were
    resolved through it alone are moved back to an entity of their own."""
    todo = sorted(keys)
    holders_of, full_names = _lookups(conn, todo)  # read again after a key moves names
    for pos, k in enumerate(todo):
        holders = holders_of[k]
        full = full_names[k] if " " not in k or is_lone_surname(k) else []
        # whether a name resolved through ``k`` is now ambiguous depends only on its type: decide
        # first, and read the (many) names resolved through ``k`` only when one type is ambiguous
        if is_lone_surname(k):
            person = len({i for i, _k in full}) > 1
        elif given_names(k) and all(len(g) == 1 for g in given_names(k)):
            person = len([1 for _i, fk in full_names[surname(k)]
                          if fk != k and given_compatible(k, fk)]) > 1
        else:
            person = len(holders) > 1
        other = len(holders) > 1
        if not person and not other:
            continue
        # names with key k resolved to an entity of another key: such an entity holds k as an alias
        # (every name's key is one), so look only at those few entities, not at every name with
        # key k (thousands for a hub actor, nearly all resolved to the entity named k)
        rows = conn.execute(
            "SELECT d.id, d.name, d.type, d.entity_id FROM doc_entities d INDEXED BY doc_entities_entity_key "
            "WHERE d.key = ?1 AND d.entity_id IN (SELECT a.entity_id FROM aliases a JOIN entities e "
            "ON e.id = a.entity_id WHERE a.key = ?1 AND e.key != ?1) ORDER BY d.id", (k,)).fetchall()
        victims = [(de_id, name, type, eid) for de_id, name, type, eid in rows
                   if (person if type == "PER" else other)]
        if not victims:
            continue
        own = conn.execute("SELECT id FROM entities WHERE key = ? AND type = ?", (k, victims[0][2])).fetchone()
        target = own[0] if own else new_entity(conn, victims[0][1], victims[0][2])
        old = sorted({v[3] for v in victims})
        conn.executemany("UPDATE doc_entities SET entity_id = ?, rule = 'ambiguous_name', score = 0 WHERE id = ?",
                         [(target, v[0]) for v in victims])
        rebuild_aliases(conn, [target, *old])
        retie(conn, [target, *old])
        for eid in old:
            log(conn, "split", "resolver", "ambiguous_name", None, eid, target, [v[1] for v in victims], [k])
        refresh_entities(conn, [target, *old])
        holders_of, full_names = _lookups(conn, todo[pos + 1:])
