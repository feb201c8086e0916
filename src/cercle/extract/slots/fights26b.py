"""(s26-fights26b) Conflict gaps of French, second round:

- a fine told as an amount: "X a infligé à Y plus de 7,5 millions d'euros d'amendes", "X inflige 2 millions
  d'euros d'amende à Y": the parser makes the amount the verb's object and hangs "d'amende(s)" on the currency,
  so the fine noun is no object of "infliger" and opposes.fine's readers (slots/speech._fined,
  slots/bonds._fined_noun_phrase) never see it; the verb's subject imposes the fine, its "à" phrase (on the verb
  or on the amount) is fined (slots "fine_imposer" and "fined" of opposes.fine_imposer; read26 ho-729 and the
  invented headlines "X inflige N millions d'euros d'amende à Y"; a plain sentence reproduces it).
"""
from __future__ import annotations

from ...mentions.demonyms import countries_by_seat
from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_FINE_NOUNS = frozenset({"amende", "amendes", "pénalité", "pénalités"})
_FINE_VERBS = frozenset({"infliger", "imposer"})
_MONEY = frozenset({"euros", "euro", "dollars", "dollar", "francs", "livres", "€", "$", "millions", "million",
                    "milliards", "milliard"})
_TO = ("à", "au", "aux")


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _FINE_NOUNS and w.dep == "nmod")
def fine_in_amount(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a infligé à Y 7,5 millions d'euros d'amendes": the amount above "d'amendes" is the verb's object."""
    if t.pos_ != "NOUN" or t.lower_ not in _FINE_NOUNS or t.dep_ != "nmod" or case_of(t) not in ("de", "d'", "d’"):
        return
    chain, h = [], t.head
    for _ in range(3):   # ("amendes" → "euros" → "millions" → the verb)
        if h.lower_ not in _MONEY and not h.like_num:
            return
        chain.append(h)
        if h.dep_ == "obj" and h.head.pos_ == "VERB":
            break
        if h.dep_ != "nmod":
            return
        h = h.head
    top = chain[-1]
    verb = top.head
    if top.dep_ != "obj" or verb.pos_ != "VERB" or lemma_of(verb) not in _FINE_VERBS:
        return
    fined = [x for c in verb.children if c.dep_ == "iobj" or (
        case_of(c) in _TO and c.dep_ in ("obl", "obl:arg", "obl:mod", "xcomp")) for x in entities_at(c, index)]
    fined += [x for a in chain for c in a.children if c.dep_ == "nmod" and case_of(c) in _TO and c.i > a.i
              for x in entities_at(c, index)]
    # (a seat of power, "Bruxelles inflige 1,8 milliard d'euros d'amende à Y", is the headline's way to name the
    # body the text names in full where it tells the fine again: a second entity for one body, left to the text)
    seats = countries_by_seat()
    imposer = [x for x in _subject_of(verb, index) if x not in fined and fold(x[0]) not in seats]
    if fined and imposer:
        out.put("fine_imposer", imposer)
        out.put("fined", fined)


FIGHTS26B_READERS = Readers(fine_in_amount)
