"""Successions: "Elle succède à X", "Il remplace X, parti à la retraite". The one succeeded held the post
the successor now holds, and holds it no more: the successor's tie to an organisation (found in the same
sentence or in the one or two before it) is given to the predecessor with status "former".

Written by hand: it reads ties the rules already found (what post, at which organisation), which no
dependency pattern can see across sentences."""
from __future__ import annotations

import re

from ..records import Relation
from .arguments import _subject_of, case_of, entities_at, lemma_of
from .lexicon import doc_text, lowered

_SUCCEED = {"succéder", "remplacer"}
_POST_TYPES = ("LEADS", "WORKS_FOR", "BOARD_MEMBER")
_REACH = 2   # sentences back where the successor's post may be told ("X a été nommée … Elle succède à Y")
# Words by which a sentence says a post is taken (a post told by a sentence before the succession counts
# only then).
_TAKEN = re.compile(r"\b(?:nommée?s?|désignée?s?|élue?s?|choisie?s?|promue?s?|recrutée?s?|rejoin\w*|arrivée?|"
                    r"prend\w*|pris|devient|deviendra|est devenue?|prendra|accède|installée?|intronisée?)\b")


def _predecessors(verb, index) -> list[tuple[str, int]]:
    """"succéder à X" (the "à" phrase), "remplacer X" (the object)."""
    if lemma_of(verb) == "succéder":
        return [x for c in verb.children if c.dep_ in ("obl:arg", "obl", "obl:mod", "iobj") and case_of(c) == "à"
                for x in entities_at(c, index)]
    # (the parser may take the object for a subject after the verb: "Il remplace X, parti …")
    return [x for c in verb.children if c.dep_ == "obj" or (c.dep_ == "nsubj" and c.i > verb.i)
            for x in entities_at(c, index)]


def predecessors_posts(doc, index, found: list[Relation]) -> list[Relation]:
    low = lowered(doc_text(doc))
    if low is not None and "succ" not in low and "rempla" not in low:
        return []   # (most articles tell of no succession: one look at the text, no more)
    sents = list(doc.sents)
    if not any(t.pos_ == "VERB" and lemma_of(t) in _SUCCEED for t in doc):
        return []
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    for n, sent in enumerate(sents):
        for verb in sent:
            if verb.pos_ != "VERB" or lemma_of(verb) not in _SUCCEED or any(
                    c.dep_ == "aux:pass" for c in verb.children):
                continue
            successors = {name for name, _ in _subject_of(verb, index) if index.type_of(name) == "PER"}
            before = [(name, i) for name, i in _predecessors(verb, index) if index.type_of(name) == "PER"]
            if len(successors) != 1 or len(before) != 1:
                continue
            successor, (predecessor, _) = next(iter(successors)), before[0]
            if predecessor == successor:
                continue
            lo = sents[max(0, n - _REACH)].start_char
            # (a post told before the succession must be the one taken: "X a été nommée directrice
            # générale de Y. Elle succède à Z", not "Il était directeur financier de W. Il remplace Z")
            posts = [r for r in found if r.subject == successor and r.type in _POST_TYPES and not r.negated
                     and r.status != "former" and lo <= r.start <= sent.end_char
                     and (r.start >= sent.start_char or _TAKEN.search(r.evidence.lower()))]
            # (one post only: "X, PDG de A et administratrice de B, succède à Y" says not which Y held)
            posts = {(r.type, r.object) for r in posts}
            if len(posts) != 1:
                continue
            rtype, org = next(iter(posts))
            if (rtype, predecessor, org) in have or predecessor == org:
                continue
            have.add((rtype, predecessor, org))
            out.append(Relation(type=rtype, subject=predecessor, object=org, evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, status="former", confidence=0.55,
                                rule="succession.predecessor"))
    return out
