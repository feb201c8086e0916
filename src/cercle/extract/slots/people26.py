"""(s26-people26) Ties between people and bodies.

- "X, un ancien cadre de Z devenu député Y": the parser hangs the participle of becoming on the employer's name
  Z (the "de" complement of the earlier title) instead of on that title; the title one became then got Z as its
  holder ("Z member of Y"), or none once the types refused a company. The holder is the person the earlier
  title is set beside: the "head" slot takes that person instead of Z.
- "Fondée en 2023 par X, passé par Y, et par Z, la société …": the career participle set after the agent of an
  opening participle is parsed as a clause of its own (parataxis) with no subject; the person named right
  before its comma is who went through Y (slot "subj" for works_for.joined).
- "le ministre délégué chargé des Transports, X", "X, ministre d'État chargé des Outre-mer": the ministry the
  mention passes build after "chargé de" (mentions/candidates.py _charged_portfolio_at) is the one the minister
  leads (slot "charged_ministry", leads.minister_charged).
- "son poste d'administrateur de l'Institut de formation de Z (Ifz)": the acronym in brackets right after the
  body's name is that body's short name, which the title's holder slot took when the names were not merged
  ("Ifz board member of the Institut"). A holder written in brackets right after a name of the title's object
  slots, opening on that name's first letter, is dropped.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import entities_at, lemma_of, person_ending_at
from .found import Found
from .gate import Readers, acts_on


def _person_of_title(n, index: EntityIndex):
    """The person a title noun ``n`` is set beside: "X, (un) ancien cadre de Z" (appos) or "X est cadre"."""
    if n.dep_ == "appos":
        got = [(name, i) for name, i in entities_at(n.head, index) if index.type_of(name) == "PER"]
        return got
    return []


def _became_on_name(t):
    """The name the participle of becoming before the title ``t`` was hung on, or None: "Z devenu député"
    with "devenu" the participle over the title (obj, xcomp), or the title set in apposition to Z with
    "devenu" a stray word between them."""
    if t.dep_ in ("obj", "xcomp"):
        p = t.head
        if p is t or lemma_of(p) != "devenir" or p.dep_ not in ("amod", "acl") \
                or "Part" not in p.morph.get("VerbForm"):
            return None
        return p.head
    if t.dep_ == "appos" and t.left_edge.i > 0:
        p = t.doc[t.left_edge.i - 1]
        if p.lower_ in _BECAME and p.head.i == t.head.i and p.i == t.head.i + 1:
            return t.head
    return None


_BECAME = frozenset({"devenu", "devenue", "devenus", "devenues"})


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.dep in ("obj", "xcomp", "appos"))
def title_became_after_employer(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, ancien cadre de Z devenu député Y": the title's holder is X, not Z."""
    if verbal or t.dep_ not in ("obj", "xcomp", "appos"):
        return
    z = _became_on_name(t)   # the name the parser hung the participle on
    # (whatever Z's type: an invented company's name is often typed a person, and then held the title)
    if z is None or z.dep_ != "nmod" or z.head.pos_ != "NOUN" or z.head.i > z.i:
        return
    holders = _person_of_title(z.head, index)
    if holders:
        out["head"] = holders


_CAREER_PARTICIPLES = frozenset({"passé", "passée", "passés", "passées"})


@acts_on(lambda w: w.verbal and w.lower in _CAREER_PARTICIPLES)
def career_participle_after_name(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"…, X, passé par Y, …" parsed with no subject: X, the person whose name closes before the comma."""
    if not verbal or t.lower_ not in _CAREER_PARTICIPLES or out.get("subj") or out.get("appos_subject"):
        return
    if t.dep_ not in ("parataxis", "conj", "advcl", "dep") or any(c.dep_.startswith("nsubj") for c in t.children):
        return
    if t.i < 2 or t.doc[t.i - 1].text != ",":
        return
    found = person_ending_at(index, t.i - 2)
    if found is not None:
        out["subj"] = [found]


_CHARGED = frozenset({"chargé", "chargée"})


@acts_on(lambda w: not w.verbal and w.lower == "ministre")
def charged_ministry(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"ministre d'État chargé de Y", "ministre délégué chargé de Y": the ministry built from Y."""
    if verbal or t.lower_ != "ministre":
        return
    doc, n = t.doc, len(t.doc)
    k = t.i + 1
    if k + 1 < n and doc[k].lower_ in ("d'", "d’") and doc[k + 1].lower_ in ("état", "etat"):
        k += 2
    elif k < n and doc[k].lower_ in ("délégué", "déléguée"):
        k += 1
    else:
        return
    if k + 2 >= n or doc[k].lower_ not in _CHARGED:
        return
    for j in (k + 1, k + 2):
        name = index.entity_at(j)
        if name is not None and name.lower().startswith("ministère"):
            out.put("charged_ministry", [(name, j)])
            if not out.get("head"):
                # "Le ministre délégué chargé de Y, X, …": the parser hangs "délégué" and "chargé" on the
                # title as clauses, and the head reader no longer sees the name apposed after them
                out.put("head", [x for c in t.children if c.dep_ == "appos" and c.i > j
                                 for x in entities_at(c, index) if index.type_of(x[0]) == "PER"][:1])
            return


_OBJECT_SLOTS = ("prep:de", "prep:à", "prep:de_organ", "poss")


@acts_on(lambda w: not w.verbal and w.pos == "NOUN")
def acronym_not_holder(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"administrateur de l'Institut Y (Iy)": Iy, Y's acronym, holds no title of Y."""
    heads = out.get("head")
    if verbal or not heads:
        return
    doc = t.doc
    drop = []
    for name, i in heads:
        if i < 2 or doc[i - 1].text != "(":
            continue
        before = index.entity_at(i - 2)
        if before is None or before == name or not before[:1] or before[:1].lower() != name[:1].lower():
            continue
        if any(before == o for slot in _OBJECT_SLOTS for o, _ in out.get(slot, ())):
            drop.append((name, i))
    if drop:
        out.keep("head", lambda x: x not in drop)


PEOPLE26_READERS = Readers(title_became_after_employer, career_participle_after_name, charged_ministry,
                           acronym_not_holder)
