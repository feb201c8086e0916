"""Table rows are statements: "Alpha Partners | Actionnaire de A, B et C" gives OWNS(Alpha → A, B, C).

The cleaner turns a Markdown/pipe table into one line per row, with a Block
giving the header and the (start, end) of each cell. Here the first cell
names the row's actor; each later cell holds a cue phrase ("Actionnaire de",
"Siège au conseil de surveillance de", "Filiale de") whose other party is
named in the cell, or else by the column header ("Lien avec Novaterra",
"Relation avec le repreneur" → the party bidding for or buying something in
the article), or else the article's main organisation.
"""
from __future__ import annotations

from ..records import Block

# Header words that name a role in the article's deal rather than an actor.
_BUYER_WORDS = {"repreneur", "acquéreur", "acheteur", "candidat", "offrant", "initiateur"}
_TARGET_WORDS = {"cible", "vendeur", "cédant"}


def _tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _entities_in(index, doc, start: int, end: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for tok in _tokens(doc, start, end):
        name = index.entity_at(tok.i)
        if name and index.kinds.get(tok.i) == "name" and name not in [n for n, _ in out]:
            out.append((name, tok.i))
    return out


def _header_party(header: str | None, header_block: Block | None, col: int, doc, index, relations):
    """Who the column header names as the other end of each row's tie."""
    if header_block is not None and header_block.cells and col < len(header_block.cells):
        s, e = header_block.cells[col]
        named = _entities_in(index, doc, s, e)
        if named:
            return named[0]
    words = set((header or "").lower().replace("'", " ").split())
    if words & _BUYER_WORDS:
        for rel in relations:
            if rel.type in ("BIDS_FOR", "ACQUIRES"):
                return (rel.subject, -1)
    if words & _TARGET_WORDS:
        for rel in relations:
            if rel.type in ("BIDS_FOR", "ACQUIRES"):
                return (rel.object, -1)
    return (index.topic, -1) if index.topic else None


def table_pairs(doc, clean, index, trigger_rules, relations):
    """Yield (row block, trigger token, rule, subject, object) for every statement in table rows."""
    if clean is None:
        return
    header_block = None
    for block in clean.blocks:
        if block.kind == "table_header":
            header_block = block
            continue
        if block.kind != "table_row" or not block.cells or len(block.cells) < 2:
            if block.kind != "table_row":
                header_block = None if block.kind not in ("table_header",) else header_block
            continue
        s0, e0 = block.cells[0]
        row_actor = _entities_in(index, doc, s0, e0)
        if not row_actor:
            continue
        actor = row_actor[0]
        for col, (s, e) in enumerate(block.cells[1:], start=1):
            cell_tokens = _tokens(doc, s, e)
            triggers = [(t, r) for t in cell_tokens if index.kinds.get(t.i) != "name"
                        for r in trigger_rules(t)[:1]]
            for n, (tok, rule) in enumerate(triggers):
                stop = triggers[n + 1][0].idx if n + 1 < len(triggers) else e
                others = _entities_in(index, doc, tok.idx, stop)
                if not others:
                    header = block.header[col] if block.header and col < len(block.header) else None
                    party = _header_party(header, header_block, col, doc, index, relations)
                    others = [party] if party else []
                for other in others:
                    if other[0] == actor[0]:
                        continue
                    reverse = bool(rule.object) and rule.object[0] in ("head", "self")
                    yield block, tok, rule, (other if reverse else actor), (actor if reverse else other)
