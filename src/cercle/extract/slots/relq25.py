"""(s25-relq25) Wrong or missing parties from relative clauses the parser misreads.

- an object relative "que" after a comma read as a conjunction, its clause hung on the main verb ("advcl"):
  "Kelvor sera rapproché de Lumex, que Varnell avait racheté en 2019" — the clause's object is the name right
  before ", que" (slot "obj"); ally23.relative_que_object covers the clause hung on the name itself.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from .found import Found
from .gate import Readers, acts_on

_QUE = frozenset({"que", "qu'", "qu’"})


@acts_on(lambda w: w.verbal and w.dep in ("advcl", "ccomp"))
def comma_que_object(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "obj": "…de Y, que X avait racheté": the antecedent name right before ", que" of a clause with a
    subject of its own and no object (the parser takes "que" for a conjunction)."""
    if not verbal or t.dep_ not in ("advcl", "ccomp") or "obj" in out or t.head.i >= t.i:
        return
    que = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in _QUE), None)
    if que is None or que.i < 2 or t.doc[que.i - 1].text != "," \
            or not any(c.dep_ == "nsubj" and que.i < c.i < t.i for c in t.children) \
            or any(c.dep_ in ("obj", "ccomp", "xcomp", "nsubj:pass") for c in t.children):
        return
    at = que.i - 2
    nominal = t.doc[at]
    while nominal.dep_ == "flat:name" and nominal.head.i < nominal.i:
        nominal = nominal.head
    holder = nominal.head
    if nominal.dep_ == "nmod" and holder.dep_ == "appos" and holder.pos_ == "NOUN" and holder.head.i < holder.i \
            and index.kinds.get(holder.head.i) == "name" and index.entity_at(holder.head.i) is not None:
        # ((s25-interview25b) "A, le patron de Y, que j'ai reçu": an apposition closed by its comma is a
        # parenthesis; the relative after it is the apposed name's, not its complement's)
        at = holder.head.i
    name = index.entity_at(at)
    if name is not None and index.kinds.get(at) == "name":
        out.put("obj", [(name, at)])


RELQ25_READERS = Readers(comma_que_object)
