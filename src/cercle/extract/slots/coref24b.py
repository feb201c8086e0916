"""(s24-coref24b) Where a second reference sits when the parser hangs it on another word.

"X a injecté plus de 10 milliards de dollars dans la start-up": with no name after the descriptor, the parser
hangs "dans la start-up" on the amount (nmod of "milliards"), not on the verb; the verb's "dans" slot stays
empty although the descriptor is resolved ("la start-up" = the company named before). With a name after it
("dans la start-up Y") the phrase goes to the verb and the tie is read.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

# verbs of putting money into a company (rules.yaml invests.verb)
_INVEST_VERBS = frozenset({"investir", "injecter", "miser"})


def _amount(tok) -> bool:
    """"10 milliards (de dollars)", "plus de 300 millions d'euros": a noun counted by a number."""
    return tok.pos_ in ("NOUN", "NUM") and (tok.like_num or any(c.dep_ == "nummod" for c in tok.children))


@acts_on(lambda w: w.verbal and (w.lemma in _INVEST_VERBS or w.lem in _INVEST_VERBS))
def into_on_amount(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a injecté 10 milliards de dollars dans la start-up": the "dans" phrase hung on the amount object is the
    verb's (slot "prep:dans"); only when the verb has none of its own."""
    if not verbal or "prep:dans" in out or not out.wants("prep:dans"):
        return
    if lemma_of(t) not in _INVEST_VERBS and t.lemma_.lower() not in _INVEST_VERBS:
        return
    for o in t.children:
        if o.dep_ != "obj" or not _amount(o):
            continue
        got = [x for c in o.children if c.dep_ == "nmod" and c.i > o.i and case_of(c) == "dans"
               for x in entities_at(c, index)]
        if got:
            out.put("prep:dans", got)
            return


COREF24B_READERS = Readers(into_on_amount)
