"""(s32-heads32) Posts told with the clitic "en" for the organisation: "X, fondateur de Y, qui en a repris la
direction générale", "La société Y traverse une crise. X en a pris la présidence", "X a créé Y et en assure la
direction", "X en a quitté les commandes en 2020" (slot "en_of" of leads.post_en): the post noun is the object of a
verb that carries "en"; "en" stands for the one organisation named before it in its sentence, or, when the
sentence names none, the one the sentence before names (two candidates: no tie).

The post nouns and verbs are in data/heads32.yaml (post_nouns_en, post_verbs_en; shared with extract/heads32.py).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of, person_ending_at
from ..heads32 import words
from .found import Found
from .gate import Readers, acts_on

_ORGS = ("ORG", "GOV")


def _named_orgs(index: EntityIndex, lo: int, hi: int) -> list[tuple[str, int]]:
    """The distinct organisations named between tokens lo and hi (the last mention of each)."""
    got: dict[str, int] = {}
    for i in range(lo, hi):
        n = index.by_token.get(i)
        if n is not None and index.type_of(n) in _ORGS:
            got[n] = i
    return list(got.items())


def _en_antecedent(t, index: EntityIndex) -> list[tuple[str, int]]:
    sent = t.sent
    here = _named_orgs(index, sent.start, t.i)
    if len(here) == 1:
        return here
    if here:
        return []
    if sent.start == 0:
        return []
    before = t.doc[sent.start - 1].sent
    there = _named_orgs(index, before.start, before.end)
    return there if len(there) == 1 else []


@acts_on(lambda w: not w.verbal and w.lower in words()["post_nouns_en"])
def post_of_en(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "en_of" (see the module's head)."""
    if verbal or t.lower_ not in words()["post_nouns_en"] or not out.wants("en_of") or "en_of" in out:
        return
    if t.dep_ not in ("obj", "nsubj:pass"):
        return
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in words()["post_verbs_en"]:
        return
    if not any(c.lower_ == "en" and c.pos_ == "PRON" for c in verb.children):
        return
    # ("la direction de Y": a "de" phrase of its own is read by the rules)
    if any(c.dep_ == "nmod" and any(k.lower_ in ("de", "du", "des", "d'", "d’") for k in c.children)
           for c in t.children):
        return
    got = _en_antecedent(t, index)
    if got:
        out.put("en_of", got)


_AT = frozenset({"à", "au", "aux"})


@acts_on(lambda w: not w.verbal and w.lower in words()["helm_nouns"])
def helm_apposed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "head": "X, à la tête de Y, …", "de X, à la présidence de Y depuis mars": the helm's phrase put right
    after a person's name and its comma describes that person, wherever the parser hangs it."""
    if verbal or t.lower_ not in words()["helm_nouns"] or "head" in out or "subj" in out:
        return
    doc = t.doc
    k = t.i - 1
    if k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 2 or doc[k].lower_ not in _AT or doc[k - 1].text != ",":
        return
    found = person_ending_at(index, k - 2)
    if found is None:
        return
    who, first = found
    # (a title between the name and the phrase is another apposition: "X, PDG de Z, à la tête de …" is read by the
    # rules; here the phrase follows the name itself)
    out.put("head", [(who, first)])


_GERUND_VERBS = frozenset({"rester", "demeurer", "conserver", "garder", "prendre", "reprendre", "assurer", "occuper",
                           "cumuler", "exercer", "être"})


@acts_on(lambda w: not w.verbal and w.lower in words()["helm_nouns"])
def helm_gerund(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj": "X entend …, tout en restant à la tête de Y", "X a été élue tout en conservant la présidence de
    Y": the gerund's subject is its clause's subject (the parser makes "tout en restant" a fixed word)."""
    if verbal or t.lower_ not in words()["helm_nouns"] or "subj" in out or "head" in out:
        return
    v = t.head
    if v.pos_ not in ("VERB", "AUX") or not v.lower_.endswith("ant") or lemma_of(v) not in _GERUND_VERBS:
        return
    doc = t.doc
    if v.i < 1 or doc[v.i - 1].lower_ != "en":
        return
    # climb to the verb whose subject the gerund shares
    h, seen = v, 0
    while seen < 4:
        h = h.head
        seen += 1
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subj:
            c = subj[0]
            name = index.entity_at(c.i)
            if name is not None and index.type_of(name) == "PER" and index.kinds.get(c.i) == "name":
                out.put("subj", [(name, c.i)])
            return
        if h.head is h:
            return


HEADS32_READERS = Readers(post_of_en, helm_apposed, helm_gerund)
