"""Attribute recognisers for the tie extractor (ONTOLOGY.md "Attributes").

Each function reads one sentence (a spaCy ``Span`` of a parsed Doc; amounts,
shares and dates also accept a plain string) and returns Doc character offsets
so the extractor can keep the value nearest the tie's trigger:

- ``find_amounts(span, default_currency=None)`` → [(start, end, Amount)]
- ``find_shares(span)`` → [(start, end, percent)]
- ``find_dates(span, ref_date=None)`` → [(start, end, "2021-02-10" | "2021-04" | "2018" | "--02-10")]
- ``status_of(span, trigger, default=None, aspect=None)`` → current/former/proposed/
  rejected/completed/denied/rumoured or ``default``
- ``is_negated(span, trigger)`` → bool
- ``attribution_of(span, trigger=None, exclude=None)`` → the cue phrase as written, or None
- ``nearest(items, pos)`` → the item whose span is closest to a Doc offset

Cue words live in data/attributes.yaml. All regexes compile once at import;
none of this calls dateparser (see benchmarks/attributes.py for the cost
relative to the spaCy parse).
"""
from __future__ import annotations

from typing import TypeVar

from .amounts import find_amounts, find_shares, parse_number
from .attribution import attribution_of
from .dates import find_dates
from .status import governors, is_negated, status_of

T = TypeVar("T", bound=tuple)

__all__ = ["attribution_of", "find_amounts", "find_dates", "find_shares", "governors",
           "is_negated", "nearest", "parse_number", "status_of"]


def nearest(items: list[T], pos: int) -> T | None:
    """The (start, end, …) item closest to Doc offset ``pos`` (0 inside the span)."""
    best, best_d = None, None
    for item in items:
        start, end = item[0], item[1]
        d = 0 if start <= pos < end else min(abs(pos - start), abs(pos - end))
        if best_d is None or d < best_d:
            best, best_d = item, d
    return best
