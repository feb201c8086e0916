""""X, PDG du groupe éponyme": the company that bears the person's (family) name.

Press says "le groupe éponyme", "la maison éponyme", "la société éponyme" for a company named after the
person the sentence is about; the noun names no one, the name does. Written by hand: the tie is between the
title's person and the organisation whose name is that person's surname, a match of names no dependency
pattern makes.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from .found import Found

_EPONYM = frozenset({"éponyme", "éponymes"})


def eponymous_company(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "prep:de" of a title whose "de" noun is called "éponyme": the organisation named as the title's
    person ("Marc Kestrel, PDG du groupe éponyme" → the group Kestrel), when the text names it; else none
    (not the last group named, which the noun's coreference would give)."""
    if verbal or not out.get("head"):
        return
    noun = next((c for c in t.children if c.dep_ == "nmod" and any(a.lower_ in _EPONYM for a in c.children)), None)
    if noun is None:
        return
    for person, _ in out["head"]:
        if index.type_of(person) != "PER":
            continue
        surname = person.split()[-1]
        same = [n for n, e in index.entities.items() if e.type == "ORG" and (surname in (n, n.split()[-1]) or surname in e.aliases)]
        if len(same) == 1:
            out["prep:de"] = [(same[0], noun.i)]
            return
    out.pop("prep:de", None)
