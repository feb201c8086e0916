"""Accusation, opposition and lawsuit constructions the generic readers miss: the actor behind an
event one opposes ("s'opposer à l'entrée de X", "à ce que X …", "au rachat de Y par X"), a target
named after "à l'encontre de" wherever the parser hung it, a critical look ("voir d'un œil critique
les projets de X"). Word lists: data/speech.yaml."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import CONDUCT, _subject_of, case_of, entities_at, lemma_of
from .found import Found


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/speech.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


def speech_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    w = words()
    lemma, low = lemma_of(t), t.lower_
    if lemma in w["opposition_words"] or low in w["opposition_words"]:
        _opposed_actors(t, index, out)
    if t.pos_ == "NOUN" and (low in w["encontre_nouns"] or lemma in w["encontre_nouns"]) \
            and "prep:encontre" not in out:
        _encontre_after(t, index, out)
    if t.pos_ == "NOUN" and lemma in w["eye_words"]:
        _critical_eye(t, index, out)


def event_actors(c, index: EntityIndex) -> list[tuple[str, int]]:
    """The actor of an event noun: "l'entrée de X", "les projets de X", "le rachat de Y par X" (X)."""
    w = words()
    lem = c.lemma_.lower()
    if lem in w["purchase_nouns"] or c.lower_ in w["purchase_nouns"]:
        if lem == "prise" and not any(k.lemma_.lower() == "contrôle" for k in c.children):
            return []
        got = [x for k in c.children if k.dep_ in ("nmod", "obl:agent") and case_of(k) == "par"
               for x in entities_at(k, index)]
        if not got and c.head.pos_ == "VERB" and not any(k.dep_ in ("aux:pass", "nsubj:pass") for k in c.head.children):
            # "non au rachat de Y par X" with "par X" hung on the verb, right after the noun's phrase
            end = max(x.i for x in c.subtree) + 1
            got = [x for k in c.head.children if k.i > c.i and case_of(k) == "par"
                   and min(x.i for x in k.subtree) == end for x in entities_at(k, index)]
        return got
    if lem in w["actor_event_nouns"] or c.lower_ in w["actor_event_nouns"]:
        # "l'entrée de la Suède et de la Finlande": the second "de" phrase is often the noun's conjunct
        return [x for k in c.children if (k.dep_ == "nmod" or (k.dep_ == "conj" and k.pos_ == "PROPN"))
                and case_of(k) == "de" for x in entities_at(k, index)]
    return []


def _clause_subject(ce, index: EntityIndex) -> list[tuple[str, int]]:
    """"à ce que X vende…": the subject of the clause "ce" announces."""
    tv = tokens_of(ce.doc)
    for k in ce.children:
        if any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’") for m in k.children):
            if k.pos_ in ("VERB", "AUX"):
                return [x for s in k.children if s.dep_ in ("nsubj", "nsubj:pass") for x in entities_at(s, index)]
            return entities_at(k, index)
    # misparsed: the name right after "que"
    j = ce.i + 1
    if j + 1 < len(ce.doc) and tv[j].lower_ in ("que", "qu'", "qu’"):
        j += 1
        while j < len(ce.doc) and tv[j].pos_ == "DET":
            j += 1
        if j < len(ce.doc) and index.kinds.get(j) == "name":
            return [(index.entity_at(j), j)]
    return []


def _opposed_actors(t, index: EntityIndex, out: Found) -> None:
    """"s'opposer à ce que X …", "bloquer l'entrée de X", "son veto à l'adhésion de X": X."""
    for c in t.children:
        p = case_of(c)
        if c.dep_ == "obj":
            slot = "obj"
        elif p in ("à", "contre") and c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "iobj"):
            slot = f"prep:{p}"
        else:
            continue
        if c.lower_ == "ce" and c.pos_ == "PRON":
            out.put(slot, _clause_subject(c, index))
        elif not entities_at(c, index):
            out.put(slot, event_actors(c, index))


def _encontre_after(t, index: EntityIndex, out: Found) -> None:
    """"ses griefs à l'encontre de X" with "à l'encontre" hung anywhere: read right after the noun."""
    tv = tokens_of(t.doc)
    end = t.sent.end
    j = t.i + 1
    while j < min(t.i + 4, end) and (tv[j].pos_ in ("ADJ", "ADV") and tv[j].dep_ in ("amod", "advmod")):
        j += 1
    if not (j + 2 < end and tv[j].lower_ in ("à", "a") and tv[j + 1].lower_ in ("l'", "l’", "l")
            and tv[j + 2].lower_ == "encontre"):
        return
    k = j + 3
    while k < min(j + 7, end) and (tv[k].lower_ in ("de", "d'", "d’", "d", "'", "’", "du", "des") or tv[k].pos_ == "DET"):
        k += 1
    if k < end and index.entity_at(k) is not None and index.kinds.get(k) in ("name", "introducer", "descriptor"):
        out.put("prep:encontre", [(index.entity_at(k), k)])


def _critical_eye(t, index: EntityIndex, out: Found) -> None:
    """"X voit d'un œil critique les projets de Y", "regarde d'un mauvais œil Y"."""
    w = words()
    tv = tokens_of(t.doc)
    critical = any(c.dep_ == "amod" and c.lemma_.lower() in w["critical_eye"] for c in t.children) or (
        t.i > 0 and tv[t.i - 1].lower_ in w["critical_eye"])
    verb = t.head
    if not critical or verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in w["looking_verbs"]:
        return
    looked = [c for c in verb.children if c.dep_ == "obj" and c.i != t.i] + \
        [c for c in t.children if c.dep_ in ("nmod", "flat:name", "appos") and c.i > t.i and case_of(c) is None]
    blamed = []
    for c in looked:
        blamed += entities_at(c, index) or event_actors(c, index) or [
            x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" and c.lemma_.lower() in CONDUCT
            for x in entities_at(k, index)]
    if blamed:
        out.put("blamer", _subject_of(verb, index))
        out.put("blamed", blamed)

