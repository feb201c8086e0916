"""(s31-names31) The cases of cases_s31_names31.py run on their own (test_rules.py runs them too), plus the
name boundaries themselves: the entity list never holds a name opened by a lead-in preposition or a year."""
from __future__ import annotations

import pytest

from cercle.evaluate import normalise_name
from cercle.model import load_model

from .cases_s31_names31 import CASES, FORBIDDEN


def _keys(relations):
    return {(r.type, normalise_name(r.subject), normalise_name(r.object)) for r in relations}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_names31_case(analyse_text, text, expected):
    got = _keys(analyse_text(text).relations)
    for t, s, o in expected:
        key = (t, normalise_name(s), normalise_name(o))
        if load_model().is_symmetric(t) and key not in got:
            key = (t, normalise_name(o), normalise_name(s))
        assert key in got, f"missing {t}({s} → {o}) in {sorted(got)}"


@pytest.mark.parametrize("text,tie", FORBIDDEN, ids=[c[0][:40] for c in FORBIDDEN])
def test_names31_forbidden(analyse_text, text, tie):
    t, s, o = tie
    assert (t, normalise_name(s), normalise_name(o)) not in _keys(analyse_text(text).relations)


@pytest.mark.parametrize("text,bad", [
    ("Chez Morvane, fondé par Alix Perrin, on se tait. Morvane n'a pas répondu.", "Chez Morvane"),
    ("Selon Kestral, la hausse se poursuivra. Kestral emploie 300 personnes.", "Selon Kestral"),
    ("Face à Ondelia, les syndicats protestent. Ondelia a publié ses comptes.", "Face à Ondelia"),
    ("Marie Santel préside depuis 2017 Maison Orbel, un incubateur lyonnais.", "2017 Maison Orbel"),
])
def test_no_lead_in_in_names(analyse_text, text, bad):
    names = {e.name for e in analyse_text(text).entities}
    assert bad not in names
