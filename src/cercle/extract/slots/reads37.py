"""(s37-reads37) Phrases left unread once both parties are resolved (data/reads37.yaml, French words only):

- possessed_conjunct: "A et son rival B ont annoncé …", "A et son concurrent allemand B …": the parser makes the
  possessed relation noun and the name after it two conjuncts of A, so the noun has no name of its own and the
  rival rules (competes.rival_of, opposes.rival_of …, which read the noun's "head" and its possessive "poss") find
  no party. The name that follows the noun right away (adjectives between allowed, no comma nor "et") is the
  noun's: slot "head".
- possessed_apposed: "X domine le marché face à son concurrent breton, les Ateliers Y.": the name apposed to the
  possessed noun after a comma is hung by the parser on the verb ("dep"); it is the noun's (slot "head"), when its
  phrase closes the sentence or a comma closes it.
- subject_on_stressed_pronoun: "X s'est lui aussi rangé derrière Y", "X a elle aussi apporté son soutien à Y": the
  parser hangs the subject on the stressed pronoun that repeats it ("lui", "elle" taken as an adverb of the verb):
  the verb's slot "subj" (only when it has none).
- close_in_relative: "… le ministre Y, dont il restera un proche jusqu'à sa mort": a closeness noun that a verb of
  staying or becoming takes as its object in a "dont" relative (the parser hangs "dont" on the verb, so the noun has
  no "de" phrase): slots "head" (the verb's subject) and "prep:de" (the relative's antecedent), read by ally.noun.

The other phrases of this session's list were read already, or nearly: "X est en froid avec Z" (a copular state,
slots/stands.py _feud_in_clause) and "X a obtenu gain de cause contre Y" only in a legal frame, with status
completed (slots/speech.py _won_against, rules.yaml sues.won).
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "reads37.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x).lower() for x in (v or [])) for k, v in raw.items()}


def _after_possessed(t) -> int | None:
    """The index of the word after a possessed noun and its adjectives ("son concurrent allemand …"), or None
    when the noun has no possessive of its own ("son rival", "leur partenaire")."""
    if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") and c.i < t.i for c in t.children):
        return None
    doc = t.doc
    j = t.i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].head.i == t.i:
        j += 1
    return j


@acts_on(lambda w: w.dep == "conj" and w.lower in words()["possessed_nouns"])
def possessed_conjunct(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "head" (see the module's head)."""
    w = words()
    if t.dep_ != "conj" or t.lower_ not in w["possessed_nouns"] or out.get("head"):
        return
    j = _after_possessed(t)
    doc = t.doc
    if j is None or j >= len(doc) or doc[j].lower_ in w["phrase_breaks"] or index.kinds.get(j) != "name":
        return
    name = index.by_token.get(j)
    first = index.by_token.get(t.head.i) if index.kinds.get(t.head.i) == "name" else None
    if name is None or name == first:
        return
    # (the name's token a sibling conjunct or a dependent of the noun: nothing else is read so)
    tok = doc[j]
    while tok.dep_ == "flat:name" and tok.head.i < tok.i:
        tok = tok.head
    if not ((tok.dep_ == "conj" and tok.head.i == t.head.i) or tok.head.i == t.i):
        return
    out.put("head", [(name, j)])


@acts_on(lambda w: w.lower in words()["possessed_nouns"] and w.pos == "NOUN")
def possessed_apposed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "head" (see the module's head)."""
    w = words()
    if t.pos_ != "NOUN" or t.lower_ not in w["possessed_nouns"] or out.get("head"):
        return
    j = _after_possessed(t)
    doc = t.doc
    if j is None or j + 1 >= len(doc) or doc[j].text != ",":
        return
    j += 1
    if doc[j].pos_ == "DET" and index.kinds.get(j) != "name":
        j += 1
    if j >= len(doc) or index.kinds.get(j) != "name":
        return
    name = index.by_token.get(j)
    if name is None:
        return
    end = j
    while end + 1 < len(doc) and index.kinds.get(end + 1) == "name" and index.by_token.get(end + 1) == name:
        end += 1
    # (the name's phrase closes the sentence, or a comma closes it: an apposition, not a new clause's subject)
    if end + 1 < len(doc) and doc[end + 1].text not in (",", ".", ";", ")", "»") and not doc[end + 1].is_sent_end:
        return
    # (the parser hung the name's phrase on the clause's verb, as a loose "dep" / "appos", or on the noun itself)
    top = doc[j]
    for k in range(j, end + 1):
        if not (j <= doc[k].head.i <= end) or doc[k].head.i == doc[k].i:
            top = doc[k]
            break
    if not (top.head.i == t.i or (top.dep_ in ("dep", "appos") and top.head.i == t.head.i)):
        return
    out.put("head", [(name, j)])


@acts_on(lambda w: w.lower in words()["relative_close_nouns"] and w.pos == "NOUN" and w.dep in ("obj", "xcomp"))
def close_in_relative(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "head", "prep:de" (see the module's head)."""
    w = words()
    if t.pos_ != "NOUN" or t.lower_ not in w["relative_close_nouns"] or t.dep_ not in ("obj", "xcomp"):
        return
    if out.get("head"):
        return
    verb = t.head
    if verb.dep_ != "acl:relcl" or lemma_of(verb) not in w["relative_staying_verbs"]:
        return
    if not any(c.lower_ == "dont" and c.i < verb.i for c in verb.children):
        return
    if any(c.dep_ == "nmod" and case_of(c) in ("de", "d'", "du", "des") or "Yes" in c.morph.get("Poss")
           for c in t.children):
        return   # (the noun has an owner of its own: "dont il restera le proche de Z", "son proche")
    holder = [x for x in _subject_of(verb, index) if x[1] >= 0]
    if not holder and any(c.dep_ == "nsubj" and c.lower_ in ("il", "elle") for c in verb.children):
        # ("X a rencontré Y, dont il restera un proche": the pronoun left unresolved inside the relative is the
        # subject of the clause the antecedent belongs to, a person)
        main = verb.head
        while main.pos_ != "VERB" and main.head.i != main.i:
            main = main.head
        holder = [x for x in _subject_of(main, index) if x[1] >= 0 and index.type_of(x[0]) == "PER"] \
            if main.pos_ == "VERB" else []
    other = entities_at(verb.head, index)
    holder = [x for x in holder if x[0] not in {n for n, _ in other}]
    if holder and other:
        out.put("head", holder)
        out.put("prep:de", other)


@acts_on(lambda w: w.pos == "VERB")
def subject_on_stressed_pronoun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj" (see the module's head)."""
    if t.pos_ != "VERB" or out.get("subj") or any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
        return
    w = words()
    for p in t.children:
        if p.dep_ == "advmod" and p.pos_ == "PRON" and p.lower_ in w["stressed_pronouns"] and p.i < t.i:
            subj = [x for c in p.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < p.i
                    for x in entities_at(c, index)]
            if subj:
                out.put("subj", subj)
            return


READS37_READERS = Readers(possessed_conjunct, possessed_apposed, subject_on_stressed_pronoun, close_in_relative)
