"""(s26-people26) Ties between people and bodies.

- "X, un ancien cadre de Z devenu député Y": the parser hangs the participle of becoming on the employer's name
  Z (the "de" complement of the earlier title) instead of on that title; the title one became then got Z as its
  holder ("Z member of Y"), or none once the types refused a company. The holder is the person the earlier
  title is set beside: the "head" slot takes that person instead of Z.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


def _person_of_title(n, index: EntityIndex):
    """The person a title noun ``n`` is set beside: "X, (un) ancien cadre de Z" (appos) or "X est cadre"."""
    if n.dep_ == "appos":
        got = [(name, i) for name, i in entities_at(n.head, index) if index.type_of(name) == "PER"]
        return got
    return []


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.dep in ("obj", "xcomp"))
def title_became_after_employer(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, ancien cadre de Z devenu député Y": the title's holder is X, not Z."""
    if verbal or t.dep_ not in ("obj", "xcomp"):
        return
    p = t.head
    if p is t or lemma_of(p) != "devenir" or p.dep_ not in ("amod", "acl") or "Part" not in p.morph.get("VerbForm"):
        return
    z = p.head   # the name the parser hung the participle on
    if z.dep_ != "nmod" or z.head.pos_ != "NOUN" or z.head.i > z.i:
        return
    if not any(index.type_of(name) != "PER" for name, _ in entities_at(z, index)):
        return
    holders = _person_of_title(z.head, index)
    if holders:
        out["head"] = holders


PEOPLE26_READERS = Readers(title_became_after_employer)
