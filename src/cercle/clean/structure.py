"""Kept lines → units (paragraphs, headings, list items, table rows) and the title.

A unit is what becomes one ``Block``: a paragraph may span several lines of a
hard-wrapped text file; a table becomes one ``table_header`` unit and one
``table_row`` unit per data row.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .lines import Line, count_words

TITLE_WORDS = 25             # a first line longer than this is prose, not a title
DATELINE = re.compile(
    r"(?:[A-ZÉÈÀÂÎÔÇ][\w'.-]*(?:[ -][A-ZÉÈÀÂÎÔÇa-zé][\w'.-]*){0,3}(?:,[ \w]{1,30})?[ ]*)?"
    r"\((?:Reuters|AFP|AP|Bloomberg|Belga|ATS|Agence France-Presse|Agence France Presse|"
    r"AFP/Reuters|Reuters/AFP)\)[ ]*[-–—:][ ]*(?=\S)")


@dataclass
class Unit:
    kind: str                                    # paragraph|heading|title|list_item|table_header|table_row
    lines: list[Line]
    spans: list[tuple[int, int]]                 # content spans in the normalised text
    cells: list[tuple[int, int]] = field(default_factory=list)
    header: list[tuple[int, int]] | None = None  # header cells of a table row
    reason: str | None = None                    # whole unit removed (repeated title)
    cuts: list[tuple[int, int, str, str]] = field(default_factory=list)
    marked: bool = False


def build_units(text: str, lines: list[Line]) -> list[Unit]:
    units: list[Unit] = []
    prev: Line | None = None       # the line just before, kept or not
    table, rows = -1, 0            # the current table and how many rows it has so far
    header: list[tuple[int, int]] | None = None
    for ln in lines:
        if ln.kind == "table":
            if ln.table != table:
                table, rows, header = ln.table, 0, None
            if ln.separator:
                if rows == 1:      # "| a | b |" then "|---|---|": the first row is the header
                    units[-1].kind = "table_header"
                    header = units[-1].cells
            elif ln.header_row:   # (s37-tables37) a first row of labels, no |---| under it
                cells = [_unbold(text, a, b) for a, b in ln.cells]
                units.append(Unit("table_header", [ln], [(ln.cs, ln.ce)], cells=cells))
                header = cells
                rows += 1
            else:
                cells = [_unbold(text, a, b) for a, b in ln.cells]
                if any(text[a:b].strip() for a, b in cells):
                    units.append(Unit("table_row", [ln], [(ln.cs, ln.ce)], cells=cells,
                                      header=header))
                    rows += 1
            prev = ln
            continue
        if ln.kept:
            if (ln.kind == "paragraph" and prev is not None and prev.kept and units
                    and units[-1].kind == "paragraph" and units[-1].lines[-1] is prev
                    and _wrapped(text, prev, ln)):
                units[-1].lines.append(ln)
                units[-1].spans.append((ln.cs, ln.ce))
                units[-1].cuts.extend(ln.cuts)
            else:
                units.append(Unit(ln.kind, [ln], [(ln.cs, ln.ce)], cuts=list(ln.cuts),
                                  marked=ln.marked))
        prev = ln
    return units


def _unbold(text: str, a: int, b: int) -> tuple[int, int]:
    while b - a >= 4 and text[a:a + 2] in ("**", "__") and text[b - 2:b] == text[a:a + 2]:
        a, b = a + 2, b - 2
    return a, b


def _wrapped(text: str, prev: Line, ln: Line) -> bool:
    """A hard-wrapped paragraph: the previous line stops mid-sentence, this one goes on."""
    tail = text[prev.cs:prev.ce].rstrip()
    head = text[ln.cs:ln.ce].lstrip()
    return bool(tail) and bool(head) and tail[-1] not in ".!?…:;" and head[0].islower() \
        and count_words(tail) >= 4


def _key(s: str) -> str:
    """Comparable form of a title: no case, accents, punctuation or markup."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", s))


def assemble(text: str, u: Unit) -> str:
    """A unit's text: content spans minus cuts, joined with the cuts' joiners, spaces collapsed."""
    pieces: list[str] = []
    cuts = sorted(u.cuts)
    for k, (a, b) in enumerate(u.spans):
        if k:
            pieces.append(" ")
        pos = a
        for cs, ce, _reason, joiner in cuts:
            if ce <= pos or cs >= b:
                continue
            if cs > pos:
                pieces.append(text[pos:cs])
            pieces.append(joiner)
            pos = max(pos, ce)
        if pos < b:
            pieces.append(text[pos:b])
    return re.sub(r" {2,}", " ", "".join(pieces)).strip()


unit_text = assemble


def resolve_title(text: str, units: list[Unit], title: str | None) -> str | None:
    """Drop the title repeated at the top of the body; without one, the first line may be it."""
    body = [u for u in units if u.kind not in ("table_row", "table_header")]
    if title and _key(title):
        want = _key(title)
        # "<headline> | <site name>": the body repeats the headline alone
        parts = re.split(r" [|–—-] ", title)
        alt = _key(max(parts, key=len)) if len(parts) > 1 else want
        acc = ""
        pending: list[Unit] = []
        for u in body[:4]:
            if sum(b - a for a, b in u.spans) > 2 * len(title) + 20:
                break            # a paragraph, not the title: skip the costly comparison
            got = _key(unit_text(text, u))
            if got in (want, alt) or _close(got, want) or _close(got, alt):
                for p in pending + [u]:
                    p.reason = "repeated_title"
                pending, acc = [], ""
                continue
            if got and want.startswith((acc + " " + got).strip()):
                acc = (acc + " " + got).strip()
                pending.append(u)
                if acc == want:
                    for p in pending:
                        p.reason = "repeated_title"
                    pending, acc = [], ""
                continue
            break
        return title
    if len(body) < 2:
        return title
    first = body[0]
    first_text = unit_text(text, first)
    words = count_words(first_text)
    if first.kind in ("paragraph", "heading") and first.lines[0].level <= 1 and \
            0 < words <= TITLE_WORDS and \
            (first.marked or first_text.rstrip()[-1:] not in ".:;,…"):
        first.kind = "title"
        want = _key(first_text)
        for u in body[1:3]:
            if abs(sum(b - a for a, b in u.spans) - len(first_text)) <= 10 and \
                    _key(unit_text(text, u)) == want:
                u.reason = "repeated_title"
            else:
                break
        return first_text
    return title


def _close(a: str, b: str) -> bool:
    if not a or not b or min(len(a), len(b)) < 12:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 92


def cut_dateline(text: str, units: list[Unit]) -> None:
    """"PARIS (Reuters) - " at the start of the first paragraph goes."""
    for u in units:
        if u.reason:
            continue
        if u.kind == "paragraph":
            a, b = u.spans[0]
            while a < b and text[a] == " ":
                a += 1
            m = DATELINE.match(text, a, b)
            if m:
                u.cuts.append((a, m.end(), "dateline", ""))
                u.cuts.sort()
            return
        if u.kind not in ("title", "heading"):
            return
