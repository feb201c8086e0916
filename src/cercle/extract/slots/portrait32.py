"""(s32-portrait32) The portrait and the appointment story as genres: a text about one person speaks of that
person in sentences that do not name them, and in phrases a parser reads poorly. Lexicons in data/portrait32.yaml.

- a stage of a life set at the head of a sentence with no verb, before the clause's subject: "Compagne de Y,
  elle fuit les dîners", "Lui-même administrateur de Y, il …", "Longtemps membre du parti Y, élu de Z, il a
  quitté …", "Ancienne directrice de Y, Lina X …", "Fils aîné de Y, le dirigeant …": the noun's holder (slot
  "head") is the main clause's subject (a name, or "il" / "elle": coreference's, else the portrait's person as
  protag30.portrait_pronoun reads it). Appositions and relatives set off by commas between the phrase and the
  subject are skipped ("Compagne de Y, le fondateur de Z, avec qui elle a deux enfants, elle …").
- a post's noun tagged as a passive participle after "être": "Elle a été directrice générale de Y", "il fut
  administrateur de Y" (the parser reads "directrice" as a participle, "été" as its passive auxiliary): mended in
  the view to a noun with its copula (mend_stage_nouns, run with people31.mend_person_nouns).
- an object after a time adverb: "X dirigeait jusqu'ici Y", "X pilotait jusqu'à présent Y", "X présidait
  jusqu'alors Y" (the parser hangs the name on the adverb): the verb's object (slot "obj").
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...nlp.docview import rehang
from ...yamldata import load_yaml
from ..arguments import case_of, entities_at
from .found import Found
from .gate import Readers, acts_on
from .protag30 import portrait_pronoun


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/portrait32.yaml, each list a frozenset."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "portrait32.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


_PRONOUNS = frozenset({"il", "elle"})
_RELATIVES = frozenset({"qui", "dont", "que", "qu'", "qu’", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
_STOPS = frozenset({";", ":", "«", "»", "(", ")", "\"", "?", "!"})
# endings of real past participles ("élue", "nommé", "promue", "choisi"): never mended into a noun
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "int",
                       "inte")


def mend_stage_nouns(tv) -> None:
    """"Elle a été directrice générale de Y": a post's noun the tagger made a passive participle of "être" is a
    noun with its copula ("été" cop, the subject nsubj), as "Elle a été présidente de Y" is parsed."""
    nouns = words()["stage_nouns"]
    for t in tv:
        low = t.lower_
        if t.pos_ != "VERB" or low not in nouns or low.endswith(_PARTICIPLE_ENDINGS):
            continue
        aux = [c for c in t.children if c.dep_ == "aux:pass"]
        if not aux or any(c.lemma_ != "être" for c in aux):
            continue
        t.pos_ = "NOUN"
        t.lemma_ = low
        for c in list(t.children):
            if c.dep_ == "aux:pass":
                rehang(c, t, "cop")
            elif c.dep_ == "nsubj:pass":
                rehang(c, t, "nsubj")


def _opens_sentence(t) -> bool:
    """Whether only opening words ("Ancien", "Longtemps", "Lui-même", "Un temps") come before ``t`` in its
    sentence (at most four)."""
    doc, start = t.doc, t.sent.start
    if t.i - start > 4:
        return False
    openers = words()["stage_openers"]
    return all(doc[j].lower_ in openers or doc[j].is_space for j in range(start, t.i))


def _subject_after(t, index: EntityIndex):
    """The main clause's subject after the phrase opened by ``t``: (name, token) or None. Appositions and
    relatives set off by commas are skipped; a finite verb or a quote before the subject ends the search."""
    doc = t.doc
    end = min(t.sent.end, t.i + 40)
    k = t.i + 1
    in_relative = False
    while k < end:
        w = doc[k]
        if w.text in _STOPS:
            return None
        if w.text == ",":
            in_relative = False
            n = k + 1
            if n >= end:
                return None
            nxt = doc[n]
            if nxt.lower_ in _RELATIVES or (n + 1 < end and nxt.pos_ == "ADP" and doc[n + 1].lower_ in _RELATIVES):
                in_relative = True
                k = n + 1
                continue
            who = _clause_subject(nxt, index)
            if who is not None:
                return who
            k = n
            continue
        if not in_relative and (w.pos_ == "AUX" or w.pos_ == "VERB" and "Fin" in w.morph.get("VerbForm")):
            return None
        k += 1
    return None


def _clause_subject(w, index: EntityIndex):
    """(name, token) when ``w`` opens a clause as its subject: "il" / "elle" (coreference's person, else the
    portrait's) or a person's name, followed by its verb (or "ne", an adverb, a clitic)."""
    doc = w.doc
    if w.lower_ in _PRONOUNS and w.pos_ == "PRON":
        n = index.entity_at(w.i)
        if n is not None and index.type_of(n) != "PER":
            return None
        n = n or portrait_pronoun(w, index)
        if n is None:
            return None
        who, last = (n, w.i), w.i
    else:
        n = index.entity_at(w.i)
        if n is None or index.type_of(n) != "PER" or index.kinds.get(w.i) != "name":
            return None
        last = w.i
        while last + 1 < w.sent.end and index.entity_at(last + 1) == n:
            last += 1
        who = (n, w.i)
    if last + 1 >= w.sent.end:
        return None
    nxt = doc[last + 1]
    if nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in ("ne", "n'", "n’") or nxt.pos_ in ("ADV", "PRON") and \
            nxt.head.pos_ in ("VERB", "AUX"):
        return who
    return None


@acts_on(lambda w: w.pos in ("NOUN", "PROPN", "ADJ", "VERB") and w.lower in words()["stage_nouns"])
def fronted_stage(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Compagne de Y, elle …", "Lui-même administrateur de Y, il …", "Longtemps membre du parti Y, il …": the
    holder of the stage opening the sentence is the main clause's subject (slot "head")."""
    if t.lower_ not in words()["stage_nouns"] or out.get("head") or not _opens_sentence(t):
        return
    if t.pos_ == "VERB" and any(c.dep_.startswith(("aux", "nsubj")) for c in t.children):
        return
    who = _subject_after(t, index)
    if who is None:
        return
    # (the subject after the comma is no complement of the noun)
    for key in [key for key in out if key.startswith("prep:")]:
        out[key] = [x for x in out[key] if x[0] != who[0]]
        if not out[key]:
            del out[key]
    out.put("head", [who])


_NAME_DEPS = frozenset({"advmod", "obl:arg", "obl", "obl:mod", "nmod", "amod", "appos", "obj", "flat:name", "dep", "nummod"})


@acts_on(lambda w: w.verbal)
def object_past_time_adverb(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X dirigeait jusqu'ici Y", "X pilotait jusqu'à présent Y": Y, hung on the adverb, is the verb's object."""
    if not verbal or out.get("obj"):
        return
    adverbs = words()["time_adverbs"]
    for c in t.children:
        if c.i <= t.i or c.lower_ not in adverbs or c.dep_ not in ("advmod", "obl:mod", "obl", "obl:arg"):
            continue
        for k in c.children:
            if k.i <= c.i or k.dep_ not in _NAME_DEPS or any(x.dep_ == "case" for x in k.children):
                continue
            # (nothing but the time phrase between the verb and the name)
            if any(not (w.i in range(c.left_edge.i, c.i + 1) or w.is_space) for w in t.doc[t.i + 1:k.left_edge.i]):
                continue
            found = [x for x in entities_at(k, index) if index.kinds.get(x[1]) == "name"]
            if found:
                out.put("obj", found[:1])
                return


PORTRAIT32_READERS = Readers(fronted_stage, object_past_time_adverb)
