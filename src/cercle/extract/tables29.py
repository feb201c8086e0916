"""(s29-fights29) Tables of lawsuits and of appealed fines.

- "| Demandeur | Défendeur | Juridiction | Enjeu |" then "| X | Y | Tribunal de Z | … |": a column of those who
  bring the case and a column of those it is brought against state a lawsuit in every row (X SUES Y), whatever
  the other columns hold (blind28 ho-847: four rows, none read; the cue-row reader wants a procedure's cell).
- "| Entreprise | Amende | … | Recours |" under a fining authority: the row's company, fined, appealed
  ("oui, devant le Tribunal") or did not ("non": negated), or has announced it ("annoncé": proposed) (read28
  ho-823).
"""
from __future__ import annotations

import re

from .tables_names24 import _head

_PLAINTIFF_HEADS = frozenset({"demandeur", "demandeurs", "demanderesse", "plaignant", "plaignants", "plaignante",
                              "plaignantes", "requérant", "requérants", "requérante", "appelant", "appelants",
                              "appelante", "partie civile", "parties civiles", "accusation"})
_DEFENDANT_HEADS = frozenset({"défendeur", "défendeurs", "défenderesse", "défenderesses", "intimé", "intimés",
                              "intimée", "mis en cause", "mise en cause", "mis en examen", "prévenu", "prévenus",
                              "prévenue", "visé", "visée", "visés", "visées", "défense", "adversaire", "contre"})
_APPEAL_HEADS = frozenset({"recours", "appel", "appel ?", "recours ?", "contestation", "contesté", "contestée",
                           "contestée ?", "contesté ?", "recours en justice", "suite judiciaire"})
_YES = re.compile(r"(?i)^\s*(oui|en cours|pendant|déposé|formé|introduit|engagé)\b")
_NO = re.compile(r"(?i)^\s*(non|aucun|pas de recours|renoncé)\b")
_SOON = re.compile(r"(?i)^\s*(annoncé|envisagé|prévu|à venir|probable|possible)\b")


def _party_cell(index, doc, start: int, end: int) -> list[tuple[str, int]]:
    """A cell of a party column whose whole text is the name of an actor the article names elsewhere (the NER ran
    the cell's name across the bar and the span was dropped)."""
    text = doc.text[start:end].strip()
    return [(text, -1)] if len(text) >= 2 and text in index.entities else []


def suit_rows(doc, clean, index, entities_in):
    """Yield (row block, plaintiff, defendant) for the rows of a table with a plaintiff and a defendant column."""
    if clean is None:
        return
    for block in clean.blocks:
        if block.kind != "table_row" or not block.cells or not block.header or len(block.cells) < 2:
            continue
        heads = [_head(h) for h in block.header]
        by = [n for n, h in enumerate(heads) if h in _PLAINTIFF_HEADS and n < len(block.cells)]
        at = [n for n, h in enumerate(heads) if h in _DEFENDANT_HEADS and n < len(block.cells)]
        if len(by) != 1 or len(at) != 1:
            continue
        plaintiffs = entities_in(index, doc, *block.cells[by[0]]) or _party_cell(index, doc, *block.cells[by[0]])
        defendants = entities_in(index, doc, *block.cells[at[0]]) or _party_cell(index, doc, *block.cells[at[0]])
        for p, _ in plaintiffs:
            for d, _ in defendants:
                if p != d:
                    yield block, p, d


def appealed_rows(doc, index, fined):
    """For (row block, authority, fined party) of a table of the fined: yield (row block, fined party, authority,
    negated, status) when a column says whether the fine was appealed."""
    for block, authority, party in fined:
        heads = [_head(h) for h in block.header or ()]
        cols = [n for n, h in enumerate(heads) if n and h in _APPEAL_HEADS and n < len(block.cells)]
        if len(cols) != 1:
            continue
        text = doc.text[slice(*block.cells[cols[0]])]
        if _YES.match(text):
            yield block, party, authority, None, None
        elif _NO.match(text):
            yield block, party, authority, True, None
        elif _SOON.match(text):
            yield block, party, authority, None, "proposed"
