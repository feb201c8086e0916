"""Split normalised text into lines and read their Markdown markup.

A ``Line`` keeps offsets into the normalised text: ``start/end`` for the raw
line, ``cs/ce`` for its content once markup ("## ", "- ", "> ", "**…**") is
stripped. Later passes mark lines as removed (``reason``) or cut spans out of
them (``cuts``), and never move text, so every removal maps back to the input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .headless_tables37 import header_row

HEADING = re.compile(r"(#{1,6})[ ]+(?=\S)")
BULLET = re.compile(r"(?:[-*+•▪◦‣·–—]|\d{1,3}[.)]|[a-z][)])[ ]+(?=\S)")
QUOTE = re.compile(r"(?:>[ ]?)+")
RULE = re.compile(r"[-*_=~]{3,}[ ]*")
BOLD_LINE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1[ ]*[:.]?")
PIPE = re.compile(r"(?<!\\)\|")
SEPARATOR_CELL = re.compile(r":?-{1,}:?")
ALNUM = re.compile(r"\w")
WORD = re.compile(r"\w+(?:['-]\w+)*")


@dataclass
class Line:
    start: int
    end: int
    cs: int                      # content start (after markup)
    ce: int                      # content end
    kind: str = "paragraph"      # paragraph | heading | list_item | table | rule | blank
    marked: bool = False         # Markdown heading or bold line: a heading whatever its length
    level: int = 0               # Markdown heading level ("## " → 2)
    reason: str | None = None    # set when the whole line is removed
    cuts: list[tuple[int, int, str, str]] = field(default_factory=list)  # (s, e, reason, joiner)
    cells: list[tuple[int, int]] = field(default_factory=list)           # table cells
    table: int = -1              # index of its table (lines of one table share it)
    separator: bool = False      # a table's |---|---| row
    header_row: bool = False     # (s37-tables37) a separator-less table's first row read as its header

    @property
    def kept(self) -> bool:
        return self.reason is None and self.kind not in ("blank", "rule") and not self.separator


def count_words(text: str) -> int:
    """Words for the cleaner's length thresholds (whitespace-separated: fast, close enough)."""
    return len(text.split())


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        lines.append(_parse(text, pos, end))
        pos = end + 1
    _find_tables(text, lines)
    return lines


def _parse(text: str, start: int, end: int) -> Line:
    line = Line(start, end, start, end)
    raw = text[start:end]
    if not raw.strip():
        line.kind = "blank"
        return line
    s = start
    m = QUOTE.match(raw)
    if m:
        s += m.end()
    if RULE.fullmatch(text, s, end):
        line.kind = "rule"
        return line
    m = HEADING.match(text, s, end)
    if m:
        line.kind, line.marked, s = "heading", True, m.end()
        line.level = len(m.group(1))
    else:
        m = BULLET.match(text, s, end)
        if m and not PIPE.search(text, s, end):
            line.kind, s = "list_item", m.end()
    e = end
    m = BOLD_LINE.fullmatch(text, s, e)
    if m and line.kind != "list_item":
        # A line that is all bold ("**Un actionnariat éclaté**") is a heading.
        line.kind, line.marked = "heading", True
        s, e = m.start(2), m.end(2)
    while e > s and text[e - 1] in "# " and line.marked:
        e -= 1                   # closing hashes of "## Titre ##"
    line.cs, line.ce = s, e
    return line


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cell spans of a pipe row, outer pipes optional, spaces trimmed."""
    bounds = [m.start() for m in PIPE.finditer(text, s, e)]
    edges = [s - 1] + bounds + [e]
    cells = []
    for a, b in zip(edges, edges[1:]):
        a += 1
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        cells.append((a, b))
    if cells and text[s:e].lstrip().startswith("|") and cells[0][0] == cells[0][1]:
        cells = cells[1:]        # outer pipe on the left
    if cells and text[s:e].rstrip().endswith("|") and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]       # outer pipe on the right
    return cells


def _find_tables(text: str, lines: list[Line]) -> None:
    """Mark runs of pipe rows as tables: with a |---| row, or 3+ rows of equal width."""
    run: list[Line] = []
    n_tables = 0

    def close() -> None:
        nonlocal n_tables
        rows = [(ln, _cells(text, ln.cs, ln.ce)) for ln in run]
        seps = [all(SEPARATOR_CELL.fullmatch(text, a, b) for a, b in cells) and cells
                for _, cells in rows]
        widths = {len(c) for (_, c), sep in zip(rows, seps) if not sep}
        # (s37-tables37) no separator: a first row of column labels is the header (clean/headless_tables37.py),
        # and makes a table of two rows
        headed = not any(seps) and len(rows) >= 2 and len(widths) == 1 and header_row(
            [text[a:b] for a, b in rows[0][1]], [text[a:b] for a, b in rows[1][1]])
        is_table = (any(seps) and len(rows) >= 2) or (len(rows) >= 3 and len(widths) == 1) or headed
        if is_table and max((len(c) for _, c in rows), default=0) >= 2:
            for (ln, cells), sep in zip(rows, seps):
                ln.kind, ln.cells, ln.table, ln.separator = "table", cells, n_tables, bool(sep)
                ln.marked = False
            rows[0][0].header_row = headed
            n_tables += 1
        run.clear()

    for ln in lines:
        if ln.kind in ("paragraph", "list_item") and PIPE.search(text, ln.cs, ln.ce):
            run.append(ln)
        else:
            if run:
                close()
    if run:
        close()
