"""(s27-names27) When a short name and a longer name that opens with it are two actors, not one named twice.

A writer does not name one actor twice, in two forms, in one sentence: "A, la maison mère de X, cède 49 % de
sa filiale X Towers", "ont créé X International, une coentreprise détenue par B et par X", a table row
"| X Distribution | X |". grouping._both_in_one_sentence already keeps the two apart when the short form
comes first in an ORG name the short one only abbreviates; this test runs before every ORG reading of
grouping.joins (the subsidiary's "filiale X Towers" reading too, whose first-line test took a lead paragraph
for a headline) and also reads the short form after the long one when the text used the short form on its
own before the long one ever appeared (a list that names an actor in full and then short, "mené par X Global
Management … avec d'abord X", uses no short form before)."""
from __future__ import annotations

from .index import _Span

_LEGAL_FORMS = frozenset({"sa", "sas", "se", "ag", "inc", "ltd", "plc", "nv", "bv", "spa", "gmbh", "llc", "corp",
                          "sarl", "co"})


def _first_line_end(tv) -> int | None:
    return next((t.i for t in tv if "\n" in t.whitespace_ or "\n" in t.text), None)


def _headline(tv, start: int, nl: int | None) -> bool:
    """A first line with no closing stop (grouping._in_headline's reading): a headline names short."""
    if nl is None or start > nl or tv[nl].text in (".", "!", "?", "»", '"') \
            or tv[nl - (tv[nl].text.isspace())].text in (".", "!", "?", "»", '"'):
        return False
    return True


def _one_sentence_or_row(tv, i: int, j: int) -> bool:
    """Are tokens i < j in one sentence, or in one row of a table ("| X Distribution | X |")?"""
    for k in range(i + 1, j + 1):
        t = tv[k]
        if "\n" in t.text or "\n" in tv[k - 1].whitespace_:
            return False
        if t.is_sent_start and not any(tv[m].text == "|" for m in range(i, j)):
            return False
    return True


def two_forms_in_one_sentence(tv, short: list[_Span], long: list[_Span]) -> bool:
    """Are the short name and the long one that opens with it written in one sentence (or table row), so two
    actors? The short form first; or after the long one when it was used alone earlier in the body. Not a
    short form in brackets ("X Labs (X)"), nor one in a headline, nor a long name closed by a legal form
    ("X" and "X SA")."""
    if tv is None or not short or not long:
        return False
    words = long[0].text.split()
    if words and words[-1].strip(".").lower() in _LEGAL_FORMS:
        return False
    nl = _first_line_end(tv)
    body_short = [a.start for a in short if not _headline(tv, a.start, nl)
                  and not (a.start > 0 and tv[a.start - 1].text == "(")]
    body_long = [b.start for b in long if not _headline(tv, b.start, nl)]
    if not body_short or not body_long:
        return False
    first_long = min(body_long)
    used_before = min(body_short) < first_long
    for a in body_short:
        for b in body_long:
            if a < b and _one_sentence_or_row(tv, a, b):
                return True
            if b < a and (used_before or any(tv[m].text == "|" for m in range(b, a))) \
                    and _one_sentence_or_row(tv, b, a):
                return True   # (two cells of one table row: "| X Distribution | X |")
    return False
