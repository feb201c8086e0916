"""(s28-funds28) A rival noun with a possessive under a negated verb is not denied: "X ne rachètera pas son concurrent Y"."""
from __future__ import annotations

import pytest

from .ties import named

STANDING = [
    ("La société Pennel lève des fonds. En revanche, Pennel ne rachètera pas son concurrent grenoblois Agicel, "
     "contrairement à la rumeur.", ("COMPETES_WITH", "Pennel", "Agicel")),
]
DENIED = [
    ("La société Pennel n'est pas un concurrent de la société Agicel.", ("COMPETES_WITH", "Pennel", "Agicel")),
]


def _flags(analyse_text, text, tie):
    t, s, o = tie
    return [bool(r.negated) for r in named(analyse_text(text).relations, t, s, o, either_way=True)]


@pytest.mark.parametrize("text,tie", STANDING, ids=[c[0][:40] for c in STANDING])
def test_rivalry_not_negated(analyse_text, text, tie):
    got = _flags(analyse_text, text, tie)
    assert got and not any(got), got


@pytest.mark.parametrize("text,tie", DENIED, ids=[c[0][:40] for c in DENIED])
def test_rivalry_denied(analyse_text, text, tie):
    got = _flags(analyse_text, text, tie)
    assert got and all(got), got
