"""Candidate entities for an actor named in a new article, and why they match.

Links, strongest first (``score`` is recorded in the store with the rule):

- ``same_name``      the name's key is the entity's key ("Vivendi SE" → "Vivendi")      1.0
- ``known_alias``    the name is a recorded name/acronym of the entity ("LFP")          0.95
- ``alias_is_name``  an alias the article grouped with the name is the entity's name     0.9
- ``initial``        "X. Niel" ↔ "Xavier Niel", the only compatible person               0.85
- ``fuzzy``          organisations whose keys differ by a typo (rapidfuzz ratio ≥ 92)     ratio

Two names that only share an *alias* never match (two people both called
"Lagardère" by their articles stay apart), people's given names must agree,
and a lone surname joins a full name only when an article called that person
by it and no other person in the store has that surname. Splits made by a user forbid the keys they separated from
matching again.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .keys import alias_kind, given_names, is_acronym, is_lone_surname, name_key, surname

STRONG = ("same_name", "known_alias", "alias_is_name")


@dataclass
class Link:
    entity_id: str
    rule: str
    score: float


@dataclass
class Candidate:
    key: str                    # the actor's key in this article
    type: str
    alias_keys: set[str]        # keys of the aliases that are names or acronyms
    acronym: bool = False       # the name is an acronym ("ARP")


def candidate_of(name: str, type: str, aliases: list[str]) -> Candidate:
    keys = {name_key(a, type) for a in aliases if alias_kind(a, type) != "descriptor"}
    key = name_key(name, type)
    keys.discard(key)
    keys.discard("")
    return Candidate(key, type, keys, is_acronym(name))


def types_compatible(a: str, b: str, key: str) -> bool:
    """Organisations, public bodies and others are often confused with each other by NER; a person
    and an organisation only share an entity on an exact name of two words or more."""
    if a == b or (a != "PER" and b != "PER"):
        return True
    return len(key.split()) >= 2 and not is_lone_surname(key)


def given_compatible(a: str, b: str) -> bool:
    """Given names agree: equal, or one side writes initials of the other ("J.-L." ~ "Jean-Luc")."""
    ga, gb = given_names(a), given_names(b)
    if not ga or not gb or ga == gb:
        return True
    if len(ga) != len(gb):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(ga, gb))


def full_names_with_surname(conn: sqlite3.Connection, s: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT id, key FROM entities WHERE surname = ? AND type = 'PER' AND key != surname", (s,))]


def find_links(conn: sqlite3.Connection, c: Candidate, forbidden: set[frozenset]) -> list[Link]:
    """Links of a candidate to stored entities; the first is the one to join, the others (strong
    links only) are entities the article shows to be the same actor."""
    keys = [c.key, *sorted(c.alias_keys)]
    rows = conn.execute(
        "SELECT a.entity_id, a.key, e.type, e.key FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.key IN (SELECT value FROM json_each(?)) AND a.kind != 'descriptor'",
        (_json(keys),)).fetchall()
    links: dict[str, Link] = {}
    for eid, akey, etype, ekey in rows:
        if not types_compatible(c.type, etype, c.key):
            continue
        if akey == c.key and ekey != c.key and c.acronym and etype != c.type:
            continue   # "ARP" the regulator (GOV) is not the residents' association whose acronym it is (ORG)
        if akey == c.key:
            link = Link(eid, "same_name", 1.0) if ekey == c.key else Link(eid, "known_alias", 0.95)
        elif ekey == akey:
            link = Link(eid, "alias_is_name", 0.9)
        else:
            continue  # alias ↔ alias only: not enough
        if c.type == "PER" and etype == "PER" and not _person_ok(conn, c, ekey, eid):
            continue
        if _forbidden(conn, c.key, eid, forbidden):
            continue
        if eid not in links or link.score > links[eid].score:
            links[eid] = link
    result = sorted(links.values(), key=lambda l: (-l.score, l.entity_id))
    if sum(l.rule == "known_alias" for l in result) > 1:
        # the name is an alias of several entities ("ARP" for two bodies): ambiguous
        result = [l for l in result if l.rule != "known_alias"]
    if c.type == "PER":
        # a lone surname or initials that point at several different people: ambiguous
        people = [l for l in result if l.rule != "same_name"]
        if len(people) > 1 and (is_lone_surname(c.key) or any(len(g) == 1 for g in given_names(c.key))):
            result = [l for l in result if l.rule == "same_name"]
    if not result:
        result = _weak_links(conn, c, forbidden)
    if result and result[0].rule not in STRONG:
        return result[:1]
    return [result[0], *[l for l in result[1:] if l.rule in STRONG]] if result else []


def _person_ok(conn: sqlite3.Connection, c: Candidate, ekey: str, eid: str) -> bool:
    lone_c, lone_e = is_lone_surname(c.key), is_lone_surname(ekey)
    if not lone_c and not lone_e:
        return c.key == ekey or (surname(c.key) == surname(ekey) and given_compatible(c.key, ekey))
    if lone_c and lone_e:
        return c.key == ekey
    s = c.key if lone_c else ekey
    full = ekey if lone_c else c.key
    if surname(full) != s:
        return False
    others = {k for _id, k in full_names_with_surname(conn, s) if k != full and _id != eid}
    return not others


def _weak_links(conn: sqlite3.Connection, c: Candidate, forbidden: set[frozenset]) -> list[Link]:
    found: list[Link] = []
    if c.type == "PER":
        # A lone surname needs an article that called the full name by it (``known_alias``): the
        # store may simply not know yet the other people who share it. Initials are specific enough.
        if not is_lone_surname(c.key):
            full = [(i, k) for i, k in full_names_with_surname(conn, surname(c.key))
                    if k != c.key and given_compatible(c.key, k)]
            if len(full) == 1:
                found = [Link(full[0][0], "initial", 0.85)]
    elif len(c.key) >= 8:
        first, n = c.key.split()[0], len(c.key)
        rows = conn.execute("SELECT id, key FROM entities WHERE key >= ? AND key < ? AND type != 'PER' "
                            "AND length(key) BETWEEN ? AND ?", (first, first + "\uffff", n - 2, n + 2)).fetchall()
        close = process.extract(c.key, [r[1] for r in rows], scorer=fuzz.ratio, score_cutoff=92, limit=3)
        scored = [Link(rows[i][0], "fuzzy", round(ratio / 100, 3)) for key, ratio, i in close
                  if len(key.split()) == len(c.key.split()) and _digits(key) == _digits(c.key)]
        if len(scored) == 1:
            found = scored
    return [l for l in found if not _forbidden(conn, c.key, l.entity_id, forbidden)]


def _forbidden(conn: sqlite3.Connection, key: str, eid: str, forbidden: set[frozenset]) -> bool:
    if not forbidden:
        return False
    ekeys = {r[0] for r in conn.execute(
        "SELECT key FROM aliases WHERE entity_id = ? AND kind != 'descriptor'", (eid,))}
    return any(frozenset((key, k)) in forbidden for k in ekeys if k != key)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


#: ``json.dumps(x, ensure_ascii=False)`` without building a JSONEncoder per call; same output.
_json_encode = json.JSONEncoder(ensure_ascii=False).encode


def _json(values) -> str:
    return _json_encode(list(values))
