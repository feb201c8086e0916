"""Units → the cleaned text and its blocks.

Each block sits on its own line ending with "\\n"; a blank line separates
blocks, except inside a list or a table. Table rows read
``cell1 | cell2 | cell3`` (no outer pipes) with cell offsets in the block.
A paragraph that opens with a one-to-three-word lead-in ("Prudence. Le
marché…") is split: the lead-in becomes a heading on its own line, so the
sentence splitter and NER do not glue it to the sentence that follows.
"""
from __future__ import annotations

import re

from ..records import Block
from .lines import count_words
from .structure import Unit, assemble

LEAD_IN = re.compile(r"((?:[A-ZÉÈÊÀÂÎÔÇ][\w'-]*)(?: [\w'-]+){0,2})\.[ ]+(?=[A-ZÉÈÊÀÂÎÔÇ«\"])")
NOT_LEAD = frozenset("il elle ils elles on c'est ce cela ça je tu nous vous m mm mme mmes mlle "
                     "mlles dr me pr st ste mgr cf etc no inc ltd co cie sa sas vol av bd "
                     "oui non".split())
TABLE_KINDS = ("table_header", "table_row")
HEADING_WORDS = 20           # a one-line paragraph without final punctuation up to this is a heading


class Emitter:
    def __init__(self, text: str):
        self.src = text
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []
        self._last: Unit | None = None

    def _sep(self, u: Unit) -> None:
        last = self._last
        if last is None:
            return
        same_list = u.kind == last.kind == "list_item"
        same_table = (u.kind in TABLE_KINDS and last.kind in TABLE_KINDS
                      and u.lines[0].table == last.lines[0].table)
        self._write("\n" if same_list or same_table else "\n\n")

    def _write(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def add(self, u: Unit) -> None:
        if u.kind in TABLE_KINDS:
            self._add_row(u)
            return
        body = assemble(self.src, u)
        if not body:
            return
        kind = u.kind
        self._sep(u)
        if kind == "paragraph":
            kind = self._paragraph_kind(u, body)
            lead = _lead_in(body) if kind == "paragraph" else None
            if lead:
                self._block(body[:lead[0]], "heading")
                self._write("\n")
                body = body[lead[1]:]
        self._block(body, kind)
        self._last = u

    def _block(self, s: str, kind: str, **kw) -> None:
        start = self.pos
        self._write(s)
        self.blocks.append(Block(start, self.pos, kind, **kw))

    def _add_row(self, u: Unit) -> None:
        self._sep(u)
        start = self.pos
        cells = []
        for k, (a, b) in enumerate(u.cells):
            if k:
                self._write(" | ")
            cs = self.pos
            self._write(" ".join(self.src[a:b].split()))
            cells.append((cs, self.pos))
        header = None
        if u.kind == "table_row" and u.header is not None:
            header = [" ".join(self.src[a:b].split()) for a, b in u.header]
        self.blocks.append(Block(start, self.pos, u.kind, header=header, cells=cells))
        self._last = u

    def _paragraph_kind(self, u: Unit, body: str) -> str:
        if len(u.lines) > 1:
            return "paragraph"
        words = count_words(body)
        end = body.rstrip("\"»”)' ")[-1:]
        if 0 < words <= HEADING_WORDS and end not in ".…:;,!?":
            return "heading"
        if 0 < words <= 12 and end in "?!" and not body.startswith(("«", "\"", "“")):
            return "heading"
        return "paragraph"

    def text(self) -> str:
        return "".join(self.parts) + ("\n" if self.parts else "")


def _lead_in(body: str) -> tuple[int, int] | None:
    """(end of the lead-in incl. its period, start of the rest) or None."""
    m = LEAD_IN.match(body)
    if not m:
        return None
    words = m.group(1).split()
    if words[0].lower() in NOT_LEAD or words[-1].lower() in NOT_LEAD or len(words[-1]) < 2:
        return None
    if any(c.isdigit() for c in m.group(1)) or count_words(body[m.end():]) < 5:
        return None
    return m.end(1) + 1, m.end()
