"""(s30-protag30) The portrait's person as an unresolved pronoun's referent: the cases of cases_s30_protag30.py
alone (test_rules.py runs them with every other case file)."""
from __future__ import annotations

import pytest

from cercle.evaluate import normalise_name

from .cases_s30_protag30 import CASES, FORBIDDEN


def _ties(analyse_text, text):
    return {(r.type, normalise_name(r.subject), normalise_name(r.object)) for r in analyse_text(text).relations
            if not r.negated}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_protag30_case(analyse_text, text, expected):
    got = _ties(analyse_text, text)
    for t, s, o in expected:
        assert (t, normalise_name(s), normalise_name(o)) in got, (t, s, o, sorted(got))


@pytest.mark.parametrize("text,tie", FORBIDDEN, ids=[c[0][:40] for c in FORBIDDEN])
def test_protag30_forbidden(analyse_text, text, tie):
    t, s, o = tie
    assert (t, normalise_name(s), normalise_name(o)) not in _ties(analyse_text, text)
