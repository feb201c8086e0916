"""(s30-money30) A public body's head pays in the body's name: "La présidente de la région X, Y, a confirmé une aide
de N à Z", "Y, président de X, a confié à Z l'exploitation de la ligne", "le ministre de l'Économie, Y, a accordé un
prêt de N à Z": the money is the body's (X FUNDS Z), not the person's (blind29 ho-851, ho-860: the gold's payer is
the region its president speaks for). Read from the ties themselves: a FUNDS tie whose payer is a person the same
sentence gives as the head of a public body (its LEADS tie read from a title there; a city is typed a place until
the types are settled after this) moves to that body (one scan
of the few FUNDS ties, no pass over the text)."""
from __future__ import annotations

from dataclasses import replace

from ..records import Relation


def public_heads_pay(relations: list[Relation], index) -> list[Relation]:
    heads = {}
    for rel in relations:
        if rel.type == "LEADS" and not rel.negated and rel.status != "former" \
                and index.type_of(rel.subject) == "PER" and index.type_of(rel.object) in ("GOV", "LOC"):
            heads.setdefault((rel.start, rel.subject), set()).add(rel.object)
    if not heads:
        return relations
    have = {r.key() for r in relations}
    out = []
    for rel in relations:
        bodies = heads.get((rel.start, rel.subject)) if rel.type == "FUNDS" else None
        if bodies and len(bodies) == 1 and rel.object not in bodies:
            body = next(iter(bodies))
            moved = replace(rel, subject=body, rule=rel.rule + ".public_head")
            if moved.key() not in have:
                have.add(moved.key())
                out.append(moved)
            continue
        out.append(rel)
    return out
