"""(s31-legal31) A report to an authority is a legal action against the one reported (SUES, slots "referrer",
"referred" of sues.reported_to_authority):

    "Le syndicat a signalé l'entreprise à l'inspection du travail", "X a dénoncé au parquet les pratiques de Y",
    "X a saisi la CNIL du cas de Y", "Y a été signalé au procureur par X", "X a fait un signalement au procureur
    contre Y", "X a déféré Y devant la commission de discipline".

The authority is the head word of the "à / au / auprès de / devant" phrase or a public body whose name opens on an
authority's word (data/legal31.yaml authority_words); without one, a "signal" or a "denunciation" is no legal act
("X a signalé à Y un problème", "X dénonce Y": ACCUSES, read by the rules).
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/legal31.yaml (shared with extract/legal31.py), each list a frozenset."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "legal31.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


_PHRASE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "iobj", "nmod"})
_TO = frozenset({"à", "au", "aux", "auprès", "devant"})
_DE = frozenset({"de", "du", "des", "d'", "d’"})
_PARTIES = ("PER", "ORG", "GOV")


def _authority(c, index: EntityIndex) -> bool:
    """Whether the word ``c`` names an authority: its own word, or a public body whose name opens on one."""
    w = words()["authority_words"]
    if c.lower_ in w:
        return True
    name = index.entity_at(c.i)
    return name is not None and index.type_of(name) == "GOV" and fold(name).split()[0].strip("l'") in {fold(x) for x in w}


def _reported_at(c, index: EntityIndex) -> list:
    """The actor a reported phrase stands for: its name, or the "de" name of a case noun ("le cas de Y")."""
    if c.lower_ in words()["case_nouns"]:
        return [x for k in c.children if k.dep_ == "nmod" and case_of(k) in _DE
                for x in entities_at(k, index) if index.type_of(x[0]) in _PARTIES]
    return [x for x in entities_at(c, index) if index.type_of(x[0]) in _PARTIES]


def _cases_in(heads) -> list:
    """The case nouns ("le cas de Y", "le dossier de Y") in the phrases of ``heads``, after them, introduced by
    "de" or by an article (the parser may hang them on the authority's phrase)."""
    nouns = words()["case_nouns"]
    return [k for h in heads for k in h.subtree if k.i > h.i and k.lower_ in nouns and k.pos_ == "NOUN"]


@acts_on(lambda w: (w.verbal and w.lemma in words()["report_verbs"]) or w.lower in words()["report_nouns"])
def reported_to_authority(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "referrer", "referred" (see the module's head)."""
    if not out.wants("referrer", "referred") or "referrer" in out:
        return
    w = words()
    if t.lower_ in w["report_nouns"] and t.pos_ == "NOUN":
        verb = t.head
        if t.dep_ != "obj" or verb.pos_ != "VERB":
            return
        places = [c for h in (t, verb) for c in h.children if c.dep_ in _PHRASE_DEPS]
        if not any(case_of(c) in _TO and _authority(c, index) for c in places):
            return
        reported = [x for c in places if case_of(c) in ("contre", "visant", "concernant")
                    for x in _reported_at(c, index)]
        reported += [x for c in t.children if c.dep_ == "acl" and c.lower_ in ("visant", "concernant")
                     for k in c.children if k.dep_ == "obj" for x in _reported_at(k, index)]
        reporter = _subject_of(verb, index)
    else:
        if not verbal or lemma_of(t) not in w["report_verbs"]:
            return
        kids = [c for c in t.children]
        passive = any(c.dep_ == "aux:pass" for c in kids)
        objs = [c for c in kids if c.dep_ in ("nsubj:pass" if passive else "obj",)]
        if lemma_of(t) == "saisir":
            # "X a saisi la CNIL du cas de Y": the authority is the object, the one reported its "de" phrase
            if not objs or not all(_authority(o, index) for o in objs):
                return
            # (not "X a saisi le tribunal contre Y": a court seized, read by the rules, with its own conventions)
            places = _cases_in([t, *objs])
            reported = [x for c in places for x in _reported_at(c, index)]
        else:
            places = [c for c in kids if c.dep_ in _PHRASE_DEPS and case_of(c) in _TO]
            places += [k for o in objs for k in o.children if k.dep_ == "nmod" and case_of(k) in _TO]
            if not any(_authority(c, index) for c in places):
                return
            reported = [x for o in objs if not _authority(o, index) for x in _reported_at(o, index)]
            if not objs:   # ("a transmis au parquet le dossier de Y": the parser hangs the case on the authority)
                reported = [x for c in _cases_in(places) for x in _reported_at(c, index)]
        if passive:
            reporter = [x for c in kids if c.dep_ == "obl:agent" for x in entities_at(c, index)]
        else:
            reporter = _subject_of(t, index)
        if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais") for c in kids):
            return
    reporter = [x for x in reporter if index.type_of(x[0]) in _PARTIES]
    reported = [x for x in reported if x[0] not in {n for n, _ in reporter}]
    named = [x for x in (*reporter[:1], *reported[:2]) if x[1] >= 0 and index.kinds.get(x[1]) in ("name", "introducer")]
    if reporter and reported and named:   # (two descriptions: two guesses of coreference, no tie drawn on them)
        out.put("referrer", reporter[:1])
        out.put("referred", reported[:2])
        out["_no_linear"] = []


LEGAL31_READERS = Readers(reported_to_authority)
