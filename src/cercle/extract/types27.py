"""(s27-types27) Type choices read after the sentence rules.

- Co-founders of a named body are its founders, not partners of each other: "A, B et C ont fondé une alliance
  à l'achat, Y" gives FOUNDED A→Y, B→Y, C→Y; the pairwise PARTNERS_WITH the same sentence's cosigning reader
  adds is the body's tie said twice (judged in read pools: a named alliance or consortium is encoded as its
  members' FOUNDED/MEMBER_OF ties, never pairwise; cf. deals25.named_consortia for "le consortium Y").
"""
from __future__ import annotations

import re

from ..records import Relation

# a sentence that also states an agreement between the co-founders keeps their partnership
_AGREEMENT = re.compile(r"\b(?:accords?|partenariats?|contrats?|coentreprises?|co-entreprises?)\b", re.IGNORECASE)


def cofounders_not_partners(relations: list[Relation]) -> list[Relation]:
    """Drop PARTNERS_WITH A↔B of a sentence where A and B both found the same body Y."""
    founders: dict[tuple[int, str], set[str]] = {}
    for r in relations:
        if r.type == "FOUNDED" and not r.negated:
            founders.setdefault((r.start, r.object), set()).add(r.subject)
    if not founders:
        return relations
    pairs_at = {}
    for (start, body), who in founders.items():
        if len(who) >= 2:
            pairs_at.setdefault(start, []).append((body, who))
    if not pairs_at:
        return relations
    out = []
    for r in relations:
        if r.type == "PARTNERS_WITH" and r.start in pairs_at and not _AGREEMENT.search(r.evidence or "") and any(
                r.subject in who and r.object in who and body not in (r.subject, r.object)
                for body, who in pairs_at[r.start]):
            continue
        out.append(r)
    return out


# "X a rompu avec Y": a person who breaks with an organisation leaves it (ONTOLOGY: having left a body is a former
# membership or job), no feud with it; "rompre ses liens avec Y" between two states or firms stays a conflict
_BROKE_WITH = re.compile(r"\bromp(?:u|t|s|re|ent|ait|aient|ra|rait) avec\s+(?:l'|l’)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a party word just before the name ("a rompu avec le parti Y"): the person leaves it as a member
_PARTY_WORD = re.compile(r"\b(?:parti|formation|mouvement|syndicat)\s+$", re.IGNORECASE)


def persons_breaking_with_bodies(relations: list[Relation], index) -> list[Relation]:
    """Drop opposes.verb's OPPOSES person → organisation read from "X a rompu avec Y" (a former MEMBER_OF when the
    text calls Y a party)."""
    out = []
    for r in relations:
        # (type_of is None for a name the index does not hold)
        if r.type == "OPPOSES" and r.rule.startswith("opposes.verb") and r.evidence and index is not None \
                and index.type_of(r.subject) == "PER" and index.type_of(r.object) == "ORG":
            at = r.evidence.find(r.object)
            before = r.evidence[max(0, at - 40):at]
            if at > 0 and _BROKE_WITH.search(before):
                if _PARTY_WORD.search(before):
                    r.type, r.rule, r.status = "MEMBER_OF", "member.broke_with", "former"
                    out.append(r)
                continue
        out.append(r)
    return out
