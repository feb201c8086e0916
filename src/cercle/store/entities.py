"""Entities in the store: resolving an article's actors, merging and splitting.

An entity is the set of per-article names (``doc_entities``) resolved to it; its
name, type, aliases and counts are recomputed from that set. Every merge is
written to the ``merges`` audit log with its rule and score.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime, timezone
from typing import Iterable

from ..records import DocEntity
from ..resolve.keys import alias_kind, is_lone_surname, make_id, name_key, surname
from ..resolve.match import candidate_of, find_links
from ..resolve.merge import TYPE_ORDER, better, canonical_name, name_rank, vote_type
from .ties import SEEN, retie


#: ``json.dumps(x, ensure_ascii=False)`` without building a JSONEncoder per call (the writer calls it
#: ~20 times per article); same output.
_dumps_unicode = json.JSONEncoder(ensure_ascii=False).encode


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def log(conn, action: str, actor: str, rule: str, score, entity_id, other_id, names, keys) -> None:
    conn.execute("INSERT INTO merges (at, action, actor, rule, score, entity_id, other_id, names, keys) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (now(), action, actor, rule, score, entity_id, other_id,
                  _dumps_unicode(names), _dumps_unicode(keys)))


def new_entity(conn: sqlite3.Connection, name: str, type: str) -> str:
    key = name_key(name, type)
    kind = "PER" if type == "PER" else "ORG"   # ORG/GOV/OTHER votes may flip; the id must not
    eid, n = make_id("entity", kind, key), 1
    while conn.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone():
        n += 1
        eid = make_id("entity", kind, key, n)
    conn.execute("INSERT INTO entities (id, name, type, key, surname) VALUES (?, ?, ?, ?, ?)",
                 (eid, name, type, key, surname(key) if type == "PER" else None))
    return eid


def add_aliases(conn: sqlite3.Connection, entity_id: str, names: Iterable[tuple[str, str, str]]) -> None:
    """Count (alias, key, kind) rows for an entity."""
    conn.executemany(
        "INSERT INTO aliases (entity_id, alias, key, kind) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity_id, alias) DO UPDATE SET count = count + 1",
        [(entity_id, a, k, kind) for a, k, kind in names if k])


def doc_entity_aliases(name: str, type: str, aliases: list[str]) -> list[tuple[str, str, str]]:
    rows = [(name, name_key(name, type), "name")]
    rows += [(a, name_key(a, type), alias_kind(a, type)) for a in aliases if a != name]
    return rows


def resolve(conn: sqlite3.Connection, article_id: str, de: DocEntity, forbidden: set[frozenset]
            ) -> tuple[int, str]:
    """Insert one article's actor, resolved to a new or existing entity: (doc_entity id, entity id)."""
    c = candidate_of(de.name, de.type, de.aliases)
    links = find_links(conn, c, forbidden)
    if links:
        primary = links[0]
        name, type = conn.execute("SELECT name, type FROM entities WHERE id = ?", (primary.entity_id,)).fetchone()
        if better(de.name, de.type, name, type) and primary.rule != "same_name":
            target = new_entity(conn, de.name, de.type)
            merge_into = links
        else:
            target = primary.entity_id
            merge_into = links[1:]
        rule, score = primary.rule, primary.score
    else:
        target, merge_into, rule, score = new_entity(conn, de.name, de.type), [], "new", 1.0
    cur = conn.execute(
        "INSERT INTO doc_entities (article_id, name, type, aliases, key, entity_id, rule, score) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, de.name, de.type, _dumps_unicode(de.aliases), c.key, target, rule, score))
    add_aliases(conn, target, doc_entity_aliases(de.name, de.type, de.aliases))
    for link in merge_into:
        if link.entity_id != target:
            merge(conn, target, link.entity_id, link.rule, link.score, "resolver")
    return cur.lastrowid, target


def merge(conn: sqlite3.Connection, winner: str, loser: str, rule: str, score: float | None,
          actor: str) -> None:
    """Merge entity ``loser`` into ``winner`` (both exist); logs the merge."""
    names = [r[0] for r in conn.execute("SELECT name FROM entities WHERE id IN (?, ?) ORDER BY id = ? DESC",
                                        (winner, loser, winner))]
    keys = [r[0] for r in conn.execute("SELECT key FROM entities WHERE id IN (?, ?) ORDER BY id = ? DESC",
                                       (winner, loser, winner))]
    conn.execute("UPDATE doc_entities SET entity_id = ? WHERE entity_id = ?", (winner, loser))
    rebuild_aliases(conn, [winner, loser])
    retie(conn, [winner, loser])
    conn.execute("DELETE FROM entities WHERE id = ?", (loser,))
    log(conn, "merge", actor, rule, score, winner, loser, names, keys)
    refresh_entities(conn, [winner])


def split(conn: sqlite3.Connection, entity_id: str, actor: str = "user") -> list[str]:
    """Split an entity into one entity per distinct name key; the keys are kept apart from now on."""
    groups: dict[str, list] = {}
    for de_id, name, type, key in conn.execute(
            "SELECT id, name, type, key FROM doc_entities WHERE entity_id = ? ORDER BY id", (entity_id,)):
        groups.setdefault(key, []).append((de_id, name, type))
    if len(groups) < 2:
        return [entity_id]
    own_key = conn.execute("SELECT key FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]
    keep = own_key if own_key in groups else next(iter(groups))
    ids, names = [], []
    for key, g in groups.items():
        name = canonical_name([(n, t) for _i, n, t in g])
        names.append(name)
        if key == keep:
            eid = entity_id            # the group that names the entity keeps its id
        else:
            eid = new_entity(conn, name, vote_type([t for _i, _n, t in g])[0])
            conn.executemany("UPDATE doc_entities SET entity_id = ? WHERE id = ?", [(eid, i) for i, _n, _t in g])
        ids.append(eid)
    rebuild_aliases(conn, ids)
    retie(conn, ids)
    log(conn, "split", actor, "user" if actor == "user" else "resolver", None, entity_id, None,
        names, list(groups))
    refresh_entities(conn, ids)
    return ids


def rebuild_aliases(conn: sqlite3.Connection, entity_ids: list[str]) -> None:
    conn.executemany("DELETE FROM aliases WHERE entity_id = ?", [(e,) for e in entity_ids])
    for eid in entity_ids:
        rows = conn.execute("SELECT name, type, aliases FROM doc_entities WHERE entity_id = ?", (eid,)).fetchall()
        for name, type, aliases in rows:
            add_aliases(conn, eid, doc_entity_aliases(name, type, json.loads(aliases)))


def refresh_entities(conn: sqlite3.Connection, entity_ids: Iterable[str]) -> None:
    """Recompute name, type (vote), key, counts and seen dates of entities from all their names.

    Aggregates are computed by SQLite (one row per distinct name, not per article), so a hub
    actor named in thousands of articles costs a few index scans, not thousands of rows in Python.
    """
    for eid in sorted(set(entity_ids)):
        names = _name_stats(conn, eid)
        if not names:
            continue
        votes = dict(conn.execute("SELECT type, count(*) FROM doc_entities WHERE entity_id = ? GROUP BY type",
                                  (eid,)).fetchall())
        sources, first, last = conn.execute(
            f"SELECT count(DISTINCT a.family_id), min(NULLIF({SEEN}, '')), max(NULLIF({SEEN}, '')) "
            f"FROM doc_entities d JOIN articles a INDEXED BY articles_meta ON a.id = d.article_id "
            f"WHERE d.entity_id = ?", (eid,)).fetchone()
        mentions = conn.execute("SELECT count(*) FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity_id "
                                "WHERE d.entity_id = ?", (eid,)).fetchone()[0]
        _write_entity(conn, eid, names, votes, sources, mentions, first, last)


def _name_stats(conn: sqlite3.Connection, eid: str, only: Iterable[str] | None = None) -> dict[str, tuple[int, str]]:
    """name → (how many articles' names, type of the latest one) for an entity's names."""
    # entity_names is kept by triggers on doc_entities (migration 0005): no count over the rows
    sql = "SELECT name, n, type FROM entity_names WHERE entity_id = ?"
    args: tuple = (eid,)
    if only is not None:
        sql += " AND name IN (SELECT value FROM json_each(?))"
        args = (eid, _dumps_unicode(sorted(set(only))))
    return {n: (c, t) for n, c, t in conn.execute(sql, args)}


def _write_entity(conn: sqlite3.Connection, eid: str, names: dict[str, tuple[int, str]], votes: dict[str, int],
                  sources: int, mentions: int, first: str | None, last: str | None) -> None:
    conn.execute(_UPDATE_ENTITY, _entity_row(eid, names, votes, sources, mentions, first, last))


_UPDATE_ENTITY = ("UPDATE entities SET name=?, type=?, key=?, surname=?, type_votes=?, sources=?, mentions=?, "
                  "first_seen=?, last_seen=?, flags=? WHERE id=?")


def _entity_row(eid: str, names: dict[str, tuple[int, str]], votes: dict[str, int], sources: int, mentions: int,
                first: str | None, last: str | None) -> tuple:
    """The parameters of ``_UPDATE_ENTITY``: an entity's aggregates from its names and counts."""
    type, votes = _vote(votes)
    name = max(names, key=lambda n: name_rank(n, names[n][1], names[n][0]))
    key = name_key(name, type)
    flags = []
    if len(votes) > 1:
        flags.append("type_disputed")
    if type == "PER" and is_lone_surname(key):
        flags.append("surname_only")
    return (name, type, key, surname(key) if type == "PER" else None, json.dumps(votes),
            sources, mentions, first, last, json.dumps(flags), eid)


def _vote(votes: dict[str, int]) -> tuple[str, dict[str, int]]:
    """``vote_type`` over counts (a hub actor has thousands of votes: no list of them)."""
    votes = {t: n for t, n in sorted(votes.items()) if n > 0}
    best = max(votes, key=lambda t: (votes[t], -TYPE_ORDER.index(t) if t in TYPE_ORDER else -9))
    return best, votes


def add_article_to_entities(conn: sqlite3.Connection, article_id: str, dirty: set[str]) -> None:
    """Bring the entities named by a just-written article up to date, touching only its rows.

    Before the article every entity's aggregates were exact (each article commits with them).
    An entity the article created, or whose names moved during the article (a merge, a split,
    an ambiguous short name sent back: ``dirty``), is recomputed in full; any other one gets the
    article's names added to what it holds: the same result as ``refresh_entities``, without
    reading the thousands of names a hub actor has.
    """
    family, seen = conn.execute(f"SELECT a.family_id, NULLIF({SEEN}, '') FROM articles a WHERE a.id = ?",
                                (article_id,)).fetchone()
    rows: dict[str, list] = {}
    for eid, name, type, n_mentions in conn.execute(
            "SELECT d.entity_id, d.name, d.type, (SELECT count(*) FROM mentions m WHERE m.doc_entity_id = d.id) "
            "FROM doc_entities d WHERE d.article_id = ?", (article_id,)):
        rows.setdefault(eid, []).append((name, type, n_mentions))
    full = sorted(eid for eid in rows if eid in dirty)
    # what the loop below reads, for all the article's other entities at once (it writes only their
    # ``entities`` rows, one each, after reading them). ``before``: the type of the latest name the
    # entity had under its current name before this article, read only when the article uses that name
    state = {r[0]: r[1:] for r in conn.execute(
        "SELECT e.id, e.name, e.type_votes, e.sources, e.mentions, e.first_seen, e.last_seen, "
        "CASE WHEN EXISTS (SELECT 1 FROM doc_entities d WHERE d.article_id = ?2 AND d.name = e.name "
        "AND d.entity_id = e.id) THEN (SELECT d.type FROM doc_entities d WHERE d.entity_id = e.id "
        "AND d.name = e.name AND d.article_id != ?2 ORDER BY d.id DESC LIMIT 1) END "
        "FROM entities e WHERE e.id IN (SELECT value FROM json_each(?1))",
        (json.dumps([eid for eid in rows if eid not in dirty]), article_id))}
    stats = _names_of(conn, [(eid, n) for eid in rows if eid in state
                             for n in dict.fromkeys([state[eid][0], *(r[0] for r in rows[eid])])])
    updates = []
    for eid in sorted(rows):
        if eid in dirty or eid not in state:
            continue
        old_name, votes, sources, mentions, first, last, before = state[eid]
        mine = rows[eid]
        names = stats.get(eid, {})
        if old_name not in names:
            full.append(eid)
            continue
        if any(r[0] == old_name for r in mine):
            # the current name gained a row: if its latest type changed, its rank may have dropped
            # below a name not looked at here, so weigh all the entity's names (an index scan)
            if before is None or before != names[old_name][1]:
                names = _name_stats(conn, eid)
        votes = json.loads(votes)
        for _n, t, _m in mine:
            votes[t] = votes.get(t, 0) + 1
        if family == article_id or not conn.execute(
                "SELECT 1 FROM articles a JOIN doc_entities d ON d.article_id = a.id "
                "WHERE a.family_id = ? AND a.id != ? AND +d.entity_id = ? LIMIT 1",
                (family, article_id, eid)).fetchone():
            sources += 1
        mentions += sum(r[2] for r in mine)
        if seen:
            first = min(first, seen) if first else seen
            last = max(last, seen) if last else seen
        updates.append(_entity_row(eid, names, votes, sources, mentions, first, last))
    conn.executemany(_UPDATE_ENTITY, updates)
    refresh_entities(conn, full)


def _names_of(conn: sqlite3.Connection, pairs: list[tuple[str, str]]) -> dict[str, dict[str, tuple[int, str]]]:
    """``_name_stats`` of many (entity, name) pairs in one statement: entity → name → (count, type)."""
    found: dict[str, dict[str, tuple[int, str]]] = {}
    for eid, name, n, type in conn.execute(
            "SELECT n.entity_id, n.name, n.n, n.type FROM json_each(?) j JOIN entity_names n "
            "ON n.entity_id = json_extract(j.value, '$[0]') AND n.name = json_extract(j.value, '$[1]')",
            (_dumps_unicode(pairs),)):
        found.setdefault(eid, {})[name] = (n, type)
    return found


def most_common(values: Iterable[str]) -> str | None:
    c = Counter(v for v in values if v)
    return c.most_common(1)[0][0] if c else None
