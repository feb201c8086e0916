"""(s29-court29) The defendants a court report sets (slots/court29.defendants); the lawyer cases of
cases_s29_court29.py run in test_rules.py."""
from __future__ import annotations

import pytest

from .ties import named

# a person only mentioned near a trial, not put on trial: a lawyer after him is still the last person's
NOT_TRIED = [
    ("Hugo Ferrand, directeur de Brivex, a longtemps travaillé avec Paul Verdier. Son avocat, Me Lucien Darmont, "
     "n'a pas souhaité commenter.", ("WORKS_FOR", "Lucien Darmont", "Paul Verdier")),
]


@pytest.mark.parametrize("text,tie", NOT_TRIED, ids=[c[0][:40] for c in NOT_TRIED])
def test_lawyer_outside_a_trial_keeps_the_last_person(analyse_text, text, tie):
    t, s, o = tie
    got = named(analyse_text(text).relations, t, s, o)
    assert got, [(r.type, r.subject, r.object) for r in analyse_text(text).relations]
