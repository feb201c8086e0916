"""(s26-fights26) A tie said by an apposition keeps its polarity whatever the main verb denies (status.governors)."""
from __future__ import annotations

import pytest

from .ties import named

from .cases_s26_fights26 import APPOSED_NOT_NEGATED, STILL_NEGATED


def _negations(result, tie):
    t, s, o = tie
    return [bool(r.negated) for r in named(result.relations, t, s, o, either_way=True)]


@pytest.mark.parametrize("text,tie", APPOSED_NOT_NEGATED, ids=[c[0][:40] for c in APPOSED_NOT_NEGATED])
def test_apposed_tie_not_negated(analyse_text, text, tie):
    got = _negations(analyse_text(text), tie)
    assert got and not any(got), got


@pytest.mark.parametrize("text,tie", STILL_NEGATED, ids=[c[0][:40] for c in STILL_NEGATED])
def test_denied_tie_stays_negated(analyse_text, text, tie):
    got = _negations(analyse_text(text), tie)
    assert got and all(got), got
