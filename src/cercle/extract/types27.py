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
