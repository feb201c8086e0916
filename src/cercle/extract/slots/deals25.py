"""(s25-deals25) Ownership ties the earlier readers miss.

- "via ses filiales A et B", "ses marques A, B et C": a plural unit noun with its names listed right after it
  describes each of them (slot "head"; the earlier readers keep the first name only, the parser hanging the
  others on it as conjuncts or elsewhere).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import extend_list
from .found import Found
from .gate import Readers, acts_on

# plural nouns of a group's units, brands and titles (owns.own_subsidiary_firm, owns.subsidiary's nouns)
_UNIT_PLURALS = frozenset({"filiales", "divisions", "chaînes", "marques", "griffes", "enseignes", "pôles"})


@acts_on(lambda w: not w.verbal and w.lower in _UNIT_PLURALS)
def listed_units(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"ses filiales A et B": A and B (slot "head")."""
    if t.lower_ not in _UNIT_PLURALS or not out.wants("head"):
        return
    head = out.get("head")
    if not head or len(head) != 1 or head[0][1] <= t.i or head[0][1] > t.i + 3:
        return   # (the names right after the noun only: "ses filiales, dont A" is read elsewhere)
    got = extend_list(t.doc, index, head)
    if len(got) > 1:
        out.put("head", got[1:])


DEALS25_READERS = Readers(listed_units)
