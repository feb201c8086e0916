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


def _passive_pair(verb, index) -> tuple[set[str], list[tuple[str, int]]]:
    """"X sera remplacé par Y", "son PDG X, remplacé en mars par Y": the agent is the successor, the passive
    subject (or the name the participle hangs on) the one succeeded."""
    # (the parser may hang the agent on a date before it: "remplacé en mars par Y")
    agents = [c for c in verb.children if c.dep_ == "obl:agent"] or [
        k for c in verb.children if c.dep_.startswith("obl") for k in c.children
        if k.dep_ == "nmod" and case_of(k) == "par"]
    successors = {x[0] for c in agents for x in entities_at(c, index) if index.type_of(x[0]) == "PER"}
    doc = verb.doc
    if any(c.dep_ == "aux:pass" for c in verb.children):
        before = [x for c in verb.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    elif verb.dep_ == "acl" and verb.i > verb.head.i:
        before = entities_at(verb.head, index)
    elif verb.i > 1 and doc[verb.i - 1].text == "," and index.entity_at(doc[verb.i - 2].i):
        # (", remplacé par Y" hung on the main verb: the participle describes the name before its comma)
        before = [(index.entity_at(doc[verb.i - 2].i), verb.i - 2)]
    else:
        before = []
    return successors, [x for x in before if index.type_of(x[0]) == "PER"]


def _left_post(predecessor: str, lo: int, hi: int, found: list[Relation]):
    """The one post the one succeeded held, told in the succession's sentence or just before it; of several
    (the board seat kept while the executive post is left), the one LEADS."""
    posts = {(r.type, r.object) for r in found if r.subject == predecessor and r.type in _POST_TYPES
             and not r.negated and lo <= r.start <= hi}
    if len(posts) > 1:
        posts = {p for p in posts if p[0] == "LEADS"}
    return next(iter(posts)) if len(posts) == 1 else None


def successors_posts(doc, index, found: list[Relation]) -> list[Relation]:
    """"X quittera la direction générale de A. Il sera remplacé par Y": the successor takes the post the
    one succeeded leaves (the passive tells the succession from the side of the one who goes)."""
    low = lowered(doc_text(doc))
    if low is not None and "rempla" not in low and "succéd" not in low:
        return []
    sents = list(doc.sents)
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    for n, sent in enumerate(sents):
        for verb in sent:
            if verb.pos_ != "VERB" or lemma_of(verb) not in _SUCCEED:
                continue
            successors, before = _passive_pair(verb, index)
            if len(successors) != 1 or len({x[0] for x in before}) != 1:
                continue
            successor, predecessor = next(iter(successors)), before[0][0]
            if predecessor == successor:
                continue
            post = _left_post(predecessor, sents[max(0, n - _REACH)].start_char, sent.end_char, found)
            if post is None or (post[0], successor, post[1]) in have or successor == post[1]:
                continue
            have.add((post[0], successor, post[1]))
            out.append(Relation(type=post[0], subject=successor, object=post[1], evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.55,
                                rule="succession.successor"))
    return out


def predecessors_posts(doc, index, found: list[Relation]) -> list[Relation]:
    low = lowered(doc_text(doc))
    if low is not None and "succ" not in low and "rempla" not in low:
        return []   # (most articles tell of no succession: one look at the text, no more)
    sents = list(doc.sents)
    if not any((t.pos_ == "VERB" and lemma_of(t) in _SUCCEED) or t.lower_ == "remplacement" for t in doc):
        return []
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    for n, sent in enumerate(sents):
        for verb in sent:
            if verb.lower_ == "remplacement" and verb.pos_ == "NOUN":
                # (s20-gapA3) "X, élue à la tête de Y en remplacement de Z": Z held the post X takes
                before = [x for c in verb.children if c.dep_ == "nmod" and case_of(c) in ("de", "d'")
                          for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
                successors = _clause_person(verb, index) if len(before) == 1 else set()
                if len(successors) == 1 and len({x[0] for x in before}) == 1:
                    _give_post(next(iter(successors)), before[0][0], sents, n, found, have, out,
                               prefer=_name_before(doc, verb.i - 1, index))
                continue
            if verb.pos_ != "VERB" or lemma_of(verb) not in _SUCCEED or any(
                    c.dep_ == "aux:pass" for c in verb.children):
                continue
            successors = {name for name, _ in _subject_of(verb, index) if index.type_of(name) == "PER"}
            prefer = None
            if any(c.dep_ == "nsubj" and c.lower_ in ("il", "elle") and c.i < verb.i for c in verb.children) \
                    and any(c.lower_ == "où" for c in verb.children):
                # (s20-gapA3) "X prend la tête de Y, où elle succède à Z", "Élue à la tête de Y, où elle a
                # succédé à Z, X …": the pronoun of the "où" clause is the person of the clause it hangs in
                # (a name after the verb is its object, even when parsed as a second subject)
                successors = _clause_person(verb, index)
                where = next(c for c in verb.children if c.lower_ == "où")
                prefer = _name_before(doc, where.i, index)
            before = [(name, i) for name, i in _predecessors(verb, index) if index.type_of(name) == "PER"]
            if len(successors) != 1 or len(before) != 1:
                continue
            taken = _post_taken(verb, index)   # (s21-prec21)
            if taken is not None:
                if not taken:
                    continue
                prefer = taken
            successor, (predecessor, _) = next(iter(successors)), before[0]
            if predecessor == successor:
                continue
            _give_post(successor, predecessor, sents, n, found, have, out, prefer=prefer)
    return out


def _post_taken(verb, index) -> str | None:
    """(s21-prec21) "X, secrétaire général de A, prend le Quai d'Orsay, succédant à Z": the participle of
    succession hangs on a clause that names the post taken (a proper name, or "la tête de …"); Z held that
    post, not the title X's apposition gives. Returns the body named there, "" when the post taken names none
    that was read, None when the clause names no post."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "conj", "acl") or head.pos_ != "VERB" or head.i == verb.i:
        return None
    obj = next((c for c in head.children if c.dep_ == "obj"), None)
    if obj is None:
        return None
    span = [x for x in obj.subtree if x.i < verb.i]
    named = next((n for n in (index.entity_at(x.i) for x in span) if n), None)
    if named is not None:
        return named
    described = any(x.pos_ == "PROPN" or x.text[:1].isupper() and x.i > obj.left_edge.i for x in span) or (
        obj.lemma_.lower() in _TAKEN_POSTS and any(case_of(c) in ("de", "du", "d'") for c in obj.children))
    return "" if described else None


# Nouns of a post taken whose "de" complement names where ("la tête de la diplomatie").
_TAKEN_POSTS = frozenset({"tête", "présidence", "direction", "barre", "rênes", "commande", "commandes"})


def _clause_person(tok, index) -> set[str]:
    """(s20-gapA3) The one person named subject of the nearest clause above ``tok`` that has one (a participle
    set beside a name counts: "X, élue à la tête de Y en remplacement de Z")."""
    for up in tok.ancestors:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        if up.dep_ == "acl" and up.head.i < up.i:
            got = {n for n, _ in entities_at(up.head, index) if index.type_of(n) == "PER"}
        else:
            got = {n for n, _ in _subject_of(up, index) if index.type_of(n) == "PER"} or {
                n for c in up.children if c.dep_ == "nsubj:pass" for n, _ in entities_at(c, index)
                if index.type_of(n) == "PER"}
        if got:
            return got if len(got) == 1 else set()
    return set()


def _name_before(doc, i: int, index) -> str | None:
    """(s20-gapA3) The name that ends right before token ``i`` (a comma between them allowed): what "où" or
    "en remplacement de" follows, the body whose post is taken ("la tête de Y, où elle succède à Z")."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return index.entity_at(j) if j >= 0 else None


def _give_post(successor: str, predecessor: str, sents, n: int, found, have: set, out: list,
               prefer: str | None = None) -> None:
    """The predecessor held, and holds no more, the one post the successor takes in the succession's sentence
    (or in one of the two before it, told as taken)."""
    if predecessor == successor:
        return
    sent = sents[n]
    lo = sents[max(0, n - _REACH)].start_char
    # (a post told before the succession must be the one taken: "X a été nommée directrice
    # générale de Y. Elle succède à Z", not "Il était directeur financier de W. Il remplace Z")
    posts = [r for r in found if r.subject == successor and r.type in _POST_TYPES and not r.negated
             and r.status != "former" and lo <= r.start <= sent.end_char
             and (r.start >= sent.start_char or _TAKEN.search(r.evidence.lower()))]
    # (one post only: "X, PDG de A et administratrice de B, succède à Y" says not which Y held)
    posts = {(r.type, r.object) for r in posts}
    if len({org for _, org in posts}) == 1 and len(posts) > 1:
        # (one organisation read twice, "présidente" as a post and as a job there: the post that leads)
        posts = {p for p in posts if p[0] == "LEADS"}
    if prefer is not None:
        # (s20-gapA3) "X, maire de A, prend la tête de Y, où elle remplace Z": the post at the body "où" follows
        # (none when that post was not read: Z held no post at A)
        posts = {p for p in posts if p[1] == prefer}
    if len(posts) != 1:
        return
    rtype, org = next(iter(posts))
    if (rtype, predecessor, org) in have or predecessor == org:
        return
    have.add((rtype, predecessor, org))
    out.append(Relation(type=rtype, subject=predecessor, object=org, evidence=sent.text,
                        start=sent.start_char, end=sent.end_char, status="former", confidence=0.55,
                        rule="succession.predecessor"))
