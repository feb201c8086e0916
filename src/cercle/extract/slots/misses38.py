"""(s38-misses38) Phrases left unread although both parties are named (data/misses38.yaml, French words only):

- object_after_since: "X a depuis racheté Y", "X a depuis cédé Y": the adverb "depuis" between the auxiliary and
  the participle is taken by the parser for a preposition of the verb, so the object after the participle hangs
  on the verb as a loose "nmod" (no case of its own): it is the verb's object (slot "obj").
- apposed_noun_tagged_verb: "X, sponsor maillot du club Y, …": a noun no verb form spells (misses38.yaml
  nouns_never_verbs) that the tagger took for a verb hung on X right after a comma: X is its head (slot "head"),
  as for the noun;
- listed_subjects: "A, B et C ont signé un protocole d'accord": the parser hangs B on A as a loose "nmod" (no
  case) and C as B's conjunct, so the subject slot holds A alone; B and C join it (same entity type as A only);
- fronted_possessive: "Contrairement à son concurrent X, Y n'a jamais …": the possessive of a fronted comparison
  stands for the clause's subject named right after the phrase's comma (slot "poss"), not for an earlier actor.
"""
from __future__ import annotations

import functools

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at
from ..misses38 import nouns_never_verbs, words
from .found import Found
from .gate import Readers, acts_on


@acts_on(lambda w: w.verbal and w.pos == "VERB")
def object_after_since(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "obj" (see the module's head)."""
    if not verbal or t.pos_ != "VERB":
        return
    kids = list(t.children)
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "obj" and c.i <= t.i + 2 for c in kids):
        return   # (an object of its own right after it)
    aux = [c for c in kids if c.dep_ == "aux:tense" and c.i < t.i]
    since = [c for c in kids if c.dep_ == "case" and c.lower_ == "depuis" and c.i == t.i - 1]
    if not aux or not since or aux[0].i != since[0].i - 1:
        return   # (only "a depuis racheté": "depuis" right between the auxiliary and the participle)
    doc = t.doc
    j = t.i + 1
    if j < len(doc) and doc[j].pos_ == "DET" and index.kinds.get(j) != "name":
        j += 1
    if j >= len(doc) or index.kinds.get(j) not in ("name", "introducer"):
        return
    top = doc[j]
    while top.head.i != t.i and top.head.i != top.i and top.dep_ in ("flat:name", "det", "amod", "nmod") \
            and top.head.i > t.i:
        top = top.head
    if top.head.i != t.i or top.dep_ not in ("nmod", "obl", "obl:mod") or case_of(top) is not None:
        return
    got = entities_at(top, index)
    if got and not out.get("obj"):
        out["obj"] = got


@acts_on(lambda w: w.pos == "VERB" and w.lower in nouns_never_verbs())
def apposed_noun_tagged_verb(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "head" (see the module's head)."""
    if t.pos_ != "VERB" or t.lower_ not in nouns_never_verbs() or out.get("head"):
        return
    doc = t.doc
    if t.dep_ not in ("nmod", "appos", "acl", "dep") or t.head.i >= t.i or t.i == 0 or doc[t.i - 1].text != ",":
        return
    if index.kinds.get(t.head.i) != "name":
        return
    got = entities_at(t.head, index)
    if got:
        out.put("head", got)


@acts_on(lambda w: w.verbal or w.dep == "obj")
def listed_subjects(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj" (see the module's head)."""
    have = out.get("subj")
    if not have:
        return
    verb = t if verbal else t.head if t.dep_ == "obj" else None
    if verb is None:
        return
    doc = t.doc
    for s in verb.children:
        if s.dep_ not in ("nsubj", "nsubj:pass") or index.kinds.get(s.i) != "name":
            continue
        first = index.entity_at(s.i)
        if first not in {n for n, _ in have}:
            return
        kind = index.type_of(first)
        for n in s.children:
            if n.dep_ != "nmod" or case_of(n) is not None or n.i <= s.i or doc[n.left_edge.i - 1].text != "," \
                    or index.kinds.get(n.i) != "name":
                continue
            tail = [c for c in n.children if c.dep_ == "conj" and index.kinds.get(c.i) == "name"
                    and any(k.dep_ == "cc" and k.lower_ == "et" for k in c.children)]
            if len(tail) != 1:
                continue
            got = entities_at(n, index) + entities_at(tail[0], index)
            if got and all(index.type_of(x[0]) == kind for x in got):
                out.put("subj", got)
        return


@acts_on(lambda w: w.lower in _fronted()[1])
def fronted_possessive(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "poss" (see the module's head)."""
    openers, nouns = _fronted()
    if t.lower_ not in nouns:
        return
    doc = t.doc
    start = t.sent.start
    if not (start + 2 <= t.i <= start + 5) or doc[t.i - 1].lower_ not in ("son", "sa", "leur"):
        return
    head = " ".join(x.lower_ for x in doc[start:t.i - 1]).replace(" '", "'").replace("' ", "'")
    if not any(head == o + " à" or head == o + " de" or head == o + " à l'" or head == o
               for o in openers):
        return
    # (the phrase: the noun, its name, up to the first comma; the clause's subject named right after it)
    j = t.i + 1
    while j < t.sent.end and doc[j].text != "," and j < t.i + 8:
        j += 1
    if j + 1 >= t.sent.end or doc[j].text != ",":
        return
    k = j + 1
    if doc[k].pos_ == "DET" and index.kinds.get(k) != "name":
        k += 1
    if index.kinds.get(k) not in ("name", "introducer"):
        return
    subject = index.by_token.get(k)
    inner = {index.by_token.get(i) for i in range(t.i + 1, j) if index.kinds.get(i) in ("name", "introducer")}
    if subject is None or subject in inner or not inner:
        return
    out["poss"] = [(subject, t.i - 1)]   # (at the possessive, as the pronoun readers put it)


@functools.lru_cache(maxsize=1)
def _fronted() -> tuple[frozenset, frozenset]:
    w = words()
    return frozenset(w["fronted_openers"]), frozenset(w["fronted_possessed_nouns"])


MISSES38_READERS = Readers(object_after_since, apposed_noun_tagged_verb, listed_subjects, fronted_possessive)
