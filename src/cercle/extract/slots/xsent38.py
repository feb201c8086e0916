"""(s38-xsent38) Ties whose person the sentence names only by a title the coreference pass already resolved.

- titled_second_reference: "Côté vendeur, X se félicite. Le directeur général de Y, ancien de Z, veut …": the
  coreference pass (mentions/coref.py) links the title noun "directeur" to X, a person named before; no title reader
  then gives the post, as the title is not set beside a name ("X, PDG de Y") and its sentence names no person. The
  title noun stands for that person, so slot "head" is that person (the title rules read it with the title's own
  "de Y": LEADS X → Y, FOUNDED for "le fondateur de Y", status former for "l'ancien patron de Y").
  Only when the link is to a person (PER), the noun is a title of data/xsent38.yaml, and no reader put a person in
  "head" (an organisation there, a name the parser hung on the title, gives way).

- demonstrative_subject: "A a remplacé B. Ce dernier dirigeait Y depuis 2015": the coreference pass links "ce dernier"
  to B, but the parser reads "Ce dernier" as a determiner and an adjective hung on the verb, so the verb has no
  subject. The linked demonstrative right before the verb (past auxiliaries, negation, adverbs and object clitics),
  opening its clause, is the verb's subject: slot "subj" ("pass" for a passive verb). Only when the verb has no
  subject of its own.

Lexicons in extract/data/xsent38.yaml.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "xsent38.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x).lower() for x in (v or [])) for k, v in raw.items()}


_ACTORS = ("PER", "ORG", "GOV")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj", "csubj")


def _skippable(tok, w) -> bool:
    """A word between a subject and its verb: an auxiliary, an adverb, the negation, an object clitic."""
    return tok.pos_ in ("AUX", "ADV") or tok.lower_ in w["between_subject_and_verb"]


@acts_on(lambda w: w.pos in ("VERB", "AUX"))
def demonstrative_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj" or "pass" (see the module's head)."""
    if t.pos_ not in ("VERB", "AUX") or "subj" in out or "pass" in out:
        return
    if any(c.dep_ in _SUBJECT_DEPS for c in t.children):
        return
    w = words()
    doc, start = t.doc, t.sent.start
    k = t.i - 1
    while k >= start and _skippable(doc[k], w):
        k -= 1
    if k < start or doc[k].lower_ not in w["demonstrative_ends"] or index.kinds.get(k) != "pronoun":
        return
    actor = index.by_token.get(k)
    if actor is None or index.type_of(actor) not in _ACTORS:
        return
    # (the linked phrase opens its clause: "Ce dernier …", "…, et celui-ci …"; and the parser hangs it on this verb)
    first = k
    while first - 1 >= start and index.by_token.get(first - 1) == actor and index.kinds.get(first - 1) == "pronoun":
        first -= 1
    if first > start and doc[first - 1].lower_ not in w["clause_openers"]:
        return
    if not any(doc[j].head.i == t.i for j in range(first, k + 1)):
        return
    passive = any(c.dep_ == "aux:pass" for c in t.children)
    out.put("pass" if passive else "subj", [(actor, k)])


@acts_on(lambda w: w.pos == "NOUN" and w.lower in words()["title_nouns"])
def titled_second_reference(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "head" (see the module's head)."""
    if t.pos_ != "NOUN" or t.lower_ not in words()["title_nouns"]:
        return
    if any(index.type_of(n) == "PER" for n, _ in out.get("head", [])):
        return   # (a reader found the holder: "La présidente du directoire, X, …")
    if index.kinds.get(t.i) != "descriptor":
        return
    person = index.by_token.get(t.i)
    if person is None or index.type_of(person) != "PER":
        return
    # (a name the parser hung on the title, "ancien du Boston Consulting Group", is no holder of the post)
    out["head"] = [(person, t.i)]


XSENT38_READERS = Readers(titled_second_reference, demonstrative_subject)
