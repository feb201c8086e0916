"""(s35-carry35) Ties whose party is not written in the clause: the subject carried to a verb that has none.

- "Passé par Y, où il a piloté l'export, il rejoint Z", "Né à Lyon, passé par Y, X rejoint Z", "Recrutée par Y en
  2004, elle a pris la tête de Z": a participle phrase opening the sentence (the parse mended by nlp/carry35.py)
  describes the main clause's subject, whatever that subject is (a name, a pronoun whose antecedent coreference
  found, a descriptor), and whichever of a chain of openings the participle is (slots/verbs.py reads the first one,
  with a name, and drops a pronoun named again inside the opening phrase: "où il a piloté…"). Slot "pass" of the
  participle, only when no reader filled its subject. A descriptor subject ("l'entreprise") is kept only when it
  stands for an actor the opening phrases do not name themselves ("Fondée par A, ancien de B, l'entreprise …" is
  not B).

The participles' word family is in data/carry35.yaml (the repair's lexicon); the reader acts on any past participle
the parse hangs on the main verb.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import entities_at, lemma_of
from ..heads32 import words as post_words
from .found import Found
from .gate import Readers, acts_on

_OPEN_DEPS = frozenset({"advcl", "obl:mod", "obl", "acl", "dep"})
_OPENERS = frozenset({"«", "\"", "“", "-", "–", "—", "("})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})


def _opening_of(t):
    """The main verb whose subject the opening participle ``t`` describes, with that subject, or None."""
    main = t.head
    if main is t or main.i < t.i or main.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.i < t.i:
        return None   # (not subj.i < t.right_edge.i: the parser may hang the sentence's full stop on the participle)
    start = t.sent.start
    toks = t.doc
    while start < subj.i and (toks[start].is_space or toks[start].text in _OPENERS):
        start += 1
    before = [c for c in main.children if c.i < subj.left_edge.i]
    if not before:
        return None
    for c in before:
        if c.dep_ == "punct":
            continue
        if c.dep_ not in _OPEN_DEPS or c.pos_ != "VERB" or "Part" not in c.morph.get("VerbForm") \
                or any(k.dep_.startswith(("aux", "nsubj")) for k in c.children):
            return None   # (something else than opening participles before the subject: an adverbial, a clause)
    first = min(before, key=lambda c: c.left_edge.i)
    if first.left_edge.i != start:
        return None
    return main, subj, before


@acts_on(lambda w: w.verbal and w.dep in _OPEN_DEPS)
def opening_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Passé par Y, (où il …,) il rejoint Z": the main clause's subject went through Y (slot "pass")."""
    if not verbal or t.dep_ not in _OPEN_DEPS or "subj" in out or "pass" in out:
        return
    if t.pos_ != "VERB" or "Part" not in t.morph.get("VerbForm") or "Pres" in t.morph.get("Tense"):
        return
    got = _opening_of(t)
    if got is None:
        return
    main, subj, before = got
    described = entities_at(subj, index)
    if not described and subj.lower_ in _SUBJECT_PRONOUNS:
        # ("Passé par Y, où il a piloté l'export, il rejoint Z": the same pronoun inside the opening phrase stands
        # for the same actor, the one the phrase describes; coreference may resolve only the first)
        described = _twin_pronoun(subj, min(c.left_edge.i for c in before), index)
    if not described:
        return
    # the names the opening phrases write themselves (a descriptor subject may not stand for one of them)
    named = {index.entity_at(k) for c in before for k in range(c.left_edge.i, c.right_edge.i + 1)
             if index.kinds.get(k) == "name"}
    kept = [x for x in described if index.kinds.get(x[1]) in ("name", "pronoun") or x[0] not in named]
    # (never the participle's own party: "Passé par Y, Y …" is no tie)
    own = {index.entity_at(k) for k in range(t.i, subj.left_edge.i) if index.kinds.get(k) == "name"}
    kept = [x for x in kept if x[0] not in own]
    if kept:
        out.put("pass", kept)


def _twin_pronoun(subj, start: int, index: EntityIndex) -> list:
    """The actor the same subject pronoun stands for earlier in the opening phrases (from ``start``), or []."""
    toks = subj.doc
    return [(index.entity_at(k), k) for k in range(start, subj.i)
            if toks[k].lower_ == subj.lower_ and index.kinds.get(k) == "pronoun"
            and index.entity_at(k) is not None][:1]


@acts_on(lambda w: w.verbal and w.dep == "ROOT")
def main_after_opening(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Passée chez Y, où elle a dirigé le marketing, elle rejoint Z": the main clause's pronoun subject is the one
    the opening phrase's own pronoun stands for, when coreference resolved only that one (slot "subj")."""
    if not verbal or t.dep_ != "ROOT" or "subj" in out:
        return
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.lower_ not in _SUBJECT_PRONOUNS or index.entity_at(subj.i) is not None:
        return
    opening = next((c for c in t.children if c.i < subj.i and c.dep_ in _OPEN_DEPS and c.pos_ == "VERB"
                    and "Part" in c.morph.get("VerbForm")), None)
    if opening is None or _opening_of(opening) is None:
        return
    _, _, before = _opening_of(opening)
    got = _twin_pronoun(subj, min(c.left_edge.i for c in before), index)
    if got:
        out.put("subj", got)


_CLAUSE_LINKS = frozenset({"advcl", "xcomp", "conj"})
_OBJECT_LINKS = frozenset({"obj", "obl", "obl:mod", "obl:arg", "iobj", "xcomp"})


@acts_on(lambda w: not w.verbal and w.lower in post_words()["post_nouns_en"])
def post_en_of_governing_verb(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"il rejoint Y en 1997, avant d'en prendre la présidence", "elle entre chez Y et en devient la directrice
    générale": the clitic "en" of a post verb subordinated or coordinated to the verb before stands for that verb's
    own organisation (its object or its "chez / à" phrase), when the sentence names other organisations too (an
    opening phrase's: "Passé par Z, il rejoint Y, avant d'en prendre la présidence"), which heads32 leaves alone
    (slot "en_of" of leads.post_en, only when no reader filled it)."""
    w = post_words()
    if verbal or t.lower_ not in w["post_nouns_en"] or "en_of" in out or not out.wants("en_of"):
        return
    if t.dep_ not in ("obj", "nsubj:pass"):
        return
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in w["post_verbs_en"] or verb.dep_ not in _CLAUSE_LINKS:
        return
    en = next((c for c in verb.children if c.lower_ == "en" and c.pos_ == "PRON"), None)
    gov = verb.head
    if en is None or gov is verb or gov.i > verb.i or gov.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ == "nmod" and any(k.lower_ in ("de", "du", "des", "d'", "d’") for k in c.children)
           for c in t.children):
        return   # ("la direction de Y": the rules read its own "de" phrase)
    got = {}
    for c in gov.children:
        if c.dep_ in _OBJECT_LINKS and c.i < en.i:
            for name, i in entities_at(c, index):
                if index.type_of(name) in ("ORG", "GOV") and index.kinds.get(i) == "name":
                    got.setdefault(name, i)
    if len(got) == 1:
        out.put("en_of", list(got.items()))


def _opening_span(sent_root, index: EntityIndex):
    """(first, last) token of the opening participle phrases of the clause of ``sent_root``, or None."""
    subj = next((c for c in sent_root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None:
        return None
    opening = next((c for c in sent_root.children if c.i < subj.i and c.dep_ in _OPEN_DEPS and c.pos_ == "VERB"
                    and "Part" in c.morph.get("VerbForm")), None)
    if opening is None or _opening_of(opening) is None:
        return None
    _, _, before = _opening_of(opening)
    return min(c.left_edge.i for c in before), subj.left_edge.i


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.dep in ("obj", "nsubj:pass", "xcomp"))
def en_not_the_opening(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Formée chez Z, elle entre chez Y en 2004 et en devient la directrice générale": a clitic "en" that coreference
    took for an organisation named only inside the sentence's opening participle phrase (a past step of the
    subject's, told before the main clause) stands for the one organisation the main clause names before it (Y);
    with none or several there, for none (the slot item is dropped)."""
    if verbal or t.pos_ != "NOUN" or t.dep_ not in ("obj", "nsubj:pass", "xcomp") or not out:
        return
    toks = t.doc
    for slot, items in list(out.items()):
        if not isinstance(items, list):
            continue
        bad = [x for x in items if isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], int) and 0 <= x[1] < len(toks)
               and toks[x[1]].lower_ == "en" and toks[x[1]].pos_ == "PRON" and index.kinds.get(x[1]) == "pronoun"]
        if not bad:
            continue
        root = next((x for x in toks[t.sent.start:t.sent.end] if x.head is x), None)
        span = _opening_span(root, index) if root is not None else None
        if span is None:
            continue
        first, last = span
        for name, i in bad:
            named = [k for k in range(t.sent.start, i) if index.entity_at(k) == name and index.kinds.get(k) == "name"]
            if not named or any(not first <= k < last for k in named):
                continue   # (named outside the opening too: coreference's reading stands)
            after = {}
            for k in range(last, i):
                n = index.entity_at(k)
                if n is not None and n != name and index.kinds.get(k) == "name" and index.type_of(n) in ("ORG", "GOV"):
                    after.setdefault(n, k)
            keep = [x for x in out[slot] if x != (name, i)]
            if len(after) == 1:
                keep += list(after.items())
            if keep:
                out[slot] = keep
            else:
                out.pop(slot, None)


CARRY35_READERS = Readers(opening_subject, main_after_opening, post_en_of_governing_verb, en_not_the_opening)
