"""(s29-interview29) Ties of the first and second person of interviews and quotations:

- "Y reste un concurrent très sérieux pour nous", "Y est un partenaire technologique pour nos paiements", "Y
  est-il un rival pour vous ?": a rival or partner "pour" the speaker (a pronoun mentions/quoted_we.py gave to
  the speaker's organisation or the one asked), or "pour" a noun the first or second person owns ("nos
  paiements", "votre réseau"), is that organisation's (blind28 ho-837). Slot "for_us" of competes.noun and
  partners.noun. "pour" a named actor stays no tie ("les concurrents pour Y" are often bidders for Y).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, lemma_of
from .found import Found
from .gate import Readers, acts_on

_RIVAL_PARTNER = frozenset({"concurrent", "concurrente", "concurrents", "concurrentes", "partenaire", "partenaires"})
_BEING = frozenset({"rester", "demeurer", "devenir", "être", "constituer", "sembler", "paraître",
                    "reste", "demeure", "restent", "demeurent"})   # (forms the tagger leaves unlemmatised)
_FIRST_SECOND = frozenset({"nous", "vous", "notre", "nos", "votre", "vos"})


@acts_on(lambda w: not w.verbal and w.lower in _RIVAL_PARTNER)
def rival_for_us(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y reste un concurrent sérieux pour nous", "un partenaire pour nos paiements": the speaker's side."""
    if verbal or t.lower_ not in _RIVAL_PARTNER or t.pos_ != "NOUN":
        return
    # (the "pour" phrase may hang on the noun's adjective: "un concurrent très sérieux pour nous")
    heads = [t, *(a for a in t.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > t.i)]
    if t.dep_ in ("obj", "xcomp", "ROOT") and t.head.pos_ in ("VERB", "AUX") and (lemma_of(t.head) in _BEING or t.head.lower_ in _BEING):
        heads.append(t.head)   # ("Y reste un concurrent pour nous": the phrase hung on the copula-like verb)
    for c in (c for h in heads for c in h.children):
        if not c.dep_.startswith(("nmod", "obl")) or case_of(c) != "pour" or c.i <= t.i:
            continue
        if c.lower_ in ("nous", "vous"):
            name = index.entity_at(c.i)
            if name is not None and index.kinds.get(c.i) == "pronoun":
                out.put("for_us", [(name, c.i)])
            return
        owner = next((index.quoted_we.get(d.i) for d in c.children if d.dep_ == "det" and d.lower_ in _FIRST_SECOND
                      and d.i in index.quoted_we), None)
        if owner and owner[0]:
            out.put("for_us", [(owner[0], owner[1])])
        return


INTERVIEW29_READERS = Readers(rival_for_us)
