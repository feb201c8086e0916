"""Helpers shared by the per-session test modules (not a test module itself)."""
from __future__ import annotations


def ties_of_type(analyse_text, text: str, t: str) -> list:
    """The ties of type ``t`` the whole per-article flow draws from ``text``."""
    return [r for r in analyse_text(text).relations if r.type == t]


def positive_ties(analyse_text, text: str, t: str, a: str, b: str) -> list:
    """The ties of type ``t`` between ``a`` and ``b`` (either order, names normalised as the scorer does) that are
    not negated."""
    from cercle.evaluate import normalise_name
    pair = {normalise_name(a), normalise_name(b)}
    return [r for r in ties_of_type(analyse_text, text, t)
            if {normalise_name(r.subject), normalise_name(r.object)} == pair and not r.negated]
