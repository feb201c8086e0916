"""(s24-names24) Tables of authorities acting against someone: "| Autorité | Date | Cible | Griefs |",
"| Autorité | Montant | Motif principal |".

The first column names a public authority (a regulator, a ministry, a court); the row says what it did to a
target named in a "Cible" / "Visé" column, or, with no such column, to the organisation the article is about.
A row with an amount in an amount column is a fine (OPPOSES, role sanctions: ONTOLOGY); a row with no amount is
a procedure the authority brings (SUES). A court's row is neither: a court rules, it does not sue (the
plaintiff is elsewhere in the text).
"""
from __future__ import annotations

import re

_AUTHORITY_HEADS = frozenset({"autorité", "autorités", "régulateur", "régulateurs", "autorité de contrôle",
                              "autorité de régulation", "administration", "administrations"})
_TARGET_HEADS = frozenset({"cible", "cibles", "visé", "visée", "visés", "visées", "mis en cause", "mise en cause",
                           "entreprise visée", "société visée", "entreprise", "société", "défendeur"})
_AMOUNT_HEADS = frozenset({"montant", "montants", "amende", "amendes", "sanction", "sanctions", "pénalité",
                           "pénalités", "montant de l'amende"})
_AMOUNT = re.compile(r"\d\s*(?:M€|Md€|k€|€|M\$|Md\$|\$|millions?|milliards?)", re.I)
_COURT_WORDS = ("tribunal", "cour", "conseil d'état", "conseil d'etat", "conseil constitutionnel", "juge")


def _head(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split()).split(" (")[0]


def authority_rows(doc, clean, index, entities_in):
    """Yield (row block, type, authority, target, role) for the rows of an authority table."""
    if clean is None:
        return
    for block in clean.blocks:
        if block.kind != "table_row" or not block.cells or not block.header or len(block.cells) < 2:
            continue
        if _head(block.header[0]) not in _AUTHORITY_HEADS:
            continue
        heads = [_head(h) for h in block.header]
        actors = entities_in(index, doc, *block.cells[0])
        if not actors:
            continue
        authority = actors[0][0]
        if index.entities[authority].type not in ("GOV", "ORG") \
                or any(w in authority.lower() for w in _COURT_WORDS):
            continue
        target_cols = [n for n, h in enumerate(heads) if n and h in _TARGET_HEADS and n < len(block.cells)]
        amount_cols = [n for n, h in enumerate(heads) if n and h in _AMOUNT_HEADS and n < len(block.cells)]
        fined = any(_AMOUNT.search(doc.text[slice(*block.cells[n])]) for n in amount_cols)
        if target_cols:
            targets = [x[0] for n in target_cols for x in entities_in(index, doc, *block.cells[n])]
        elif fined and index.topic and index.entities[index.topic].type == "ORG":
            targets = [index.topic]   # "| Autorité | Montant | Motif |": the fines the article's company paid
        else:
            continue
        for target in dict.fromkeys(targets):
            if target == authority:
                continue
            if fined:
                yield block, "OPPOSES", authority, target, "sanctions"
            elif target_cols:
                yield block, "SUES", authority, target, None
