"""(s32-plural32) A plural group in a lasting state towards each other: every member is tied to every other
(slot "plural_pair", or "plural_pair_former" with a time word of the past):

    "Les deux hommes restent proches", "A et B, réputés très proches, …", "Les deux femmes, autrefois très liées,
    …", "A et B sont devenus inséparables" (ALLY_OF, persons), "Les deux hommes sont brouillés" (OPPOSES),
    "Les deux groupes travaillent déjà ensemble", "A et B œuvrent main dans la main" (PARTNERS_WITH).

The group is two coordinated names or a plural noun the mentions resolved to its members ("les deux hommes":
``index.plural``); a group of one, a negated state or a "de" phrase naming someone else ("proches de C") gives
nothing. Cue words in data/plural32.yaml.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/plural32.yaml, each list a frozenset."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "plural32.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


_NEG = frozenset({"pas", "plus", "jamais", "guère", "point"})


def _group(tok, index: EntityIndex) -> list:
    """The members a subject phrase stands for, when it is a group of two or more; else []."""
    got = entities_at(tok, index)
    names = {n for name, i in got for n in index.plural.get(i, [name])}
    return got if len(names) >= 2 else []


def _negated(*toks) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _NEG for t in toks for c in t.children)


def _former(toks, w) -> bool:
    """A time word of the past on the state ("autrefois très proches", "longtemps restés alliés")."""
    for t in toks:
        if t.lower_ in w["former_words"]:
            return True
        for c in t.children:
            if c.dep_ in ("advmod", "obl:mod") and c.lower_ in w["former_words"]:
                return True
            if c.dep_ == "obl:mod" and " ".join(x.lower_ for x in c.subtree) in w["former_words"]:
                return True
    return False


def _state_group(t, index: EntityIndex, w) -> tuple[list, list]:
    """The group a state word is said of, and the words whose modifiers tell its time."""
    if any(c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "cop" for c in t.children):
        return [x for c in t.children if c.dep_ == "nsubj" for x in _group(c, index)], [t]
    if t.pos_ == "VERB" and any(c.dep_ == "aux:pass" and lemma_of(c) == "être" for c in t.children):
        # "Les deux élus sont désormais brouillés": the participle of a state, its subject taken for a passive one
        return [x for c in t.children if c.dep_ == "nsubj:pass" for x in _group(c, index)], [t]
    head = t.head
    if t.dep_ == "amod" and head.lower_ in w["former_words"] and head.dep_ == "nmod" and head.head.i < head.i \
            and any(x.text == "," for x in t.doc[head.head.i + 1:head.i]):
        # "les deux hommes, jadis inséparables, …": the time word taken for a name the adjective hangs on
        return _group(head.head, index), [t, head]
    if t.dep_ in ("xcomp", "amod") and head.pos_ in ("VERB", "AUX") and lemma_of(head) in w["state_verbs"]:
        # ("réputés très proches": the adjective hung on the participle as its complement or its modifier)
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subj:   # "Les deux hommes restent proches", "A et B sont devenus amis"
            return [x for c in subj for x in _group(c, index)], [t, head]
        if head.dep_ in ("acl", "amod") and head.i > head.head.i:   # "A et B, réputés très proches, …"
            return _group(head.head, index), [t, head]
        return [], []
    if t.dep_ in ("amod", "acl", "appos") and head.i < t.i and head.pos_ in ("NOUN", "PROPN") \
            and any(x.text == "," for x in t.doc[head.i + 1:t.i]):
        return _group(head, index), [t]   # "Les deux femmes, autrefois très liées, …"
    return [], []


@acts_on(lambda w: w.lower in words()["close_words"] or w.lower in words()["foe_words"])
def plural_state(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "plural_pair" / "plural_pair_former" of a state word (see the module's head)."""
    w = words()
    if t.lower_ not in w["close_words"] and t.lower_ not in w["foe_words"]:
        return
    if not out.wants("plural_pair", "plural_pair_former") or "plural_pair" in out or "plural_pair_former" in out:
        return
    if any(c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’", "avec") for c in t.children):
        return   # "proches de C", "liés à C"
    if any(c.dep_ in ("obl", "obl:arg") and case_of(c) in ("de", "du", "des", "avec", "à", "au", "aux")
           for c in t.children):
        return
    group, toks = _state_group(t, index, w)
    if not group or _negated(*toks):
        return
    out.put("plural_pair_former" if _former(toks, w) else "plural_pair", group)


def _together(verb, w) -> bool:
    """Whether a working verb carries a word of togetherness ("ensemble", "main dans la main")."""
    for c in verb.children:
        if c.lower_ in w["together_words"] and c.dep_ in ("advmod", "obj", "obl:mod", "obl", "xcomp"):
            return True
        if c.dep_ in ("obl:mod", "obl", "advmod", "obl:arg") and " ".join(x.lower_ for x in c.subtree) in w["together_words"]:
            return True
    # a phrase the parser splits ("main dans la main": "main" taken for a complement, the rest for a phrase)
    after = " ".join(x.lower_ for x in verb.doc[verb.i + 1:min(verb.i + 8, verb.sent.end)])
    return any(" " in p and (" " + p + " ") in (" " + after + " ") for p in w["together_words"])


@acts_on(lambda w: w.verbal and w.lemma in words()["work_verbs"])
def plural_together(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "together_pair": "Les deux groupes travaillent déjà ensemble", "A et B œuvrent de concert"."""
    w = words()
    if not verbal or lemma_of(t) not in w["work_verbs"] or "together_pair" in out or not out.wants("together_pair"):
        return
    if not _together(t, w) or _negated(t):
        return
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    group = [x for c in subj for x in _group(c, index)]
    if group:
        out.put("together_pair", group)


PLURAL32_READERS = Readers(plural_state, plural_together)
