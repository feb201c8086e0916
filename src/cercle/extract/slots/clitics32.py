"""(s32-clitics32) The parties told by a clitic that mentions/clitics32.py made a mention of an organisation:

- "en" fills the "de" phrase of the title, post or share noun it completes, the predicate of a copula ("Y est
  une jeune pousse. X en est le président", "X en est devenu l'actionnaire principal") or the object of its
  verb ("X en a pris la tête", "qui en détient la majorité"): slot "prep:de" of the noun;
- "y" fills the "dans" phrase of a verb of money or stake put into something ("X n'y injectera plus un euro",
  "le fonds y a investi 20 millions", "X y détient 30 %"): slot "prep:dans" of the verb.

The noun and verb lists are mentions/data/clitics32.yaml (en_nouns, y_dans_verbs), shared with the mentions.
"""
from __future__ import annotations

from ...mentions.clitics32 import words
from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from .found import Found
from .gate import Readers, acts_on


def _linked(c, index: EntityIndex, word: str) -> str | None:
    if c.lower_ != word or c.pos_ != "PRON" or index.kinds.get(c.i) != "pronoun":
        return None
    return index.by_token.get(c.i)


def _en_of(t, index: EntityIndex) -> tuple[str, int] | None:
    """The organisation "en" stands for when it completes the noun t (see the module's head)."""
    for c in t.children:   # ("X en est le président": "en" hangs on the predicate)
        if c.i < t.i and (name := _linked(c, index, "en")) and any(k.dep_ == "cop" for k in t.children):
            return name, c.i
    h = t.head
    if t.dep_ in ("obj", "nsubj:pass", "xcomp") and h.i < t.i and h.pos_ in ("VERB", "AUX"):
        for c in h.children:
            if c.i < h.i and (name := _linked(c, index, "en")):
                return name, c.i
    return None


@acts_on(lambda w: not w.verbal and (fold(w.lower) in words()["en_nouns"] or fold(w.lem) in words()["en_nouns"]))
def en_complement(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "prep:de" of a title, post or share noun that "en" completes."""
    if verbal or "prep:de" in out:
        return
    nouns = words()["en_nouns"]
    if fold(t.lower_) not in nouns and fold(t.lemma_.lower()) not in nouns:
        return
    got = _en_of(t, index)
    if got is None:
        return
    out.put("prep:de", [got])
    if "head" not in out and "subj" not in out and any(c.dep_ == "cop" for c in t.children) \
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
        # ("Depuis 2021, X en est la présidente": the parser hangs the predicate on the name before "en")
        k = got[1] - 1
        who = index.by_token.get(k)
        if who is not None and who != got[0] and index.kinds.get(k) == "name" and t.head.i <= k \
                and index.by_token.get(t.head.i) == who:
            out.put("head", [(who, k)])   # (the copula's subject: what the title rules read)


@acts_on(lambda w: w.verbal and (fold(w.lemma) in words()["y_dans_verbs"] or fold(w.lem) in words()["y_dans_verbs"]))
def y_into(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "prep:dans" of a verb of money or stake put into what "y" stands for."""
    if not verbal or "prep:dans" in out:
        return
    verbs = words()["y_dans_verbs"]
    if fold(t.lemma_.lower()) not in verbs:
        from ..arguments import lemma_of
        if fold(lemma_of(t)) not in verbs:
            return
    for c in t.children:
        if c.i < t.i and (name := _linked(c, index, "y")):
            out.put("prep:dans", [(name, c.i)])
            return


@acts_on(lambda w: w.verbal and (fold(w.lemma) in words()["en_hold_verbs"] or fold(w.lem) in words()["en_hold_verbs"]))
def en_of_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "prep:de" of a verb of a stake held whose share object "en" completes."""
    if not verbal or "prep:de" in out or "en_held" in out:
        return
    verbs = words()["en_hold_verbs"]
    from ..arguments import lemma_of
    lemma = fold(lemma_of(t))
    if fold(t.lemma_.lower()) not in verbs and lemma not in verbs:
        return
    # ("X en garde 15 %", "en conserve la majorité": a stake kept, read by owns.kept)
    slot = "kept_in" if lemma in ("conserver", "garder") or fold(t.lemma_.lower()) in ("conserver", "garder") \
        else "prep:de"
    if slot in out:
        return
    nouns = words()["en_nouns"]
    if not any(c.dep_ == "obj" and c.i > t.i and (fold(c.lower_) in nouns or fold(c.lemma_.lower()) in nouns)
               for c in t.children):
        return
    for c in t.children:
        if c.i < t.i and (name := _linked(c, index, "en")):
            out.put(slot, [(name, c.i)])
            return


CLITICS32_READERS = Readers(en_complement, y_into, en_of_stake)
