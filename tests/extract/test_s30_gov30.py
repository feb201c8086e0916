"""(s30-gov30) What the tie cases of cases_s30_gov30.py (run by test_rules.py) do not check: the status of a
government declined, and the party detector's limits."""
from __future__ import annotations

import pytest

from .ties import named

DECLINED = [
    ("Le gouvernement de Claire Dorval est au complet. L'Union des écologistes, elle, a décliné l'offre d'entrer au "
     "gouvernement.", ("Union des écologistes", "gouvernement de Claire Dorval")),
    ("Le gouvernement de Paul Verlaine a été nommé, tandis que le Parti du renouveau a refusé l'invitation d'entrer "
     "au gouvernement.", ("Parti du renouveau", "gouvernement de Paul Verlaine")),
]


@pytest.mark.parametrize("text,pair", DECLINED, ids=[c[0][:40] for c in DECLINED])
def test_declined_government_is_rejected(analyse_text, text, pair):
    got = [r.status for r in named(analyse_text(text).relations, "MEMBER_OF", *pair)]
    assert got == ["rejected"], got


def test_portfolios_held_are_current(analyse_text):
    text = "Le gouvernement de Paul Verlaine a été nommé. Le Parti du renouveau conserve des portefeuilles importants."
    got = [r.status for r in analyse_text(text).relations if r.type == "MEMBER_OF"]
    assert got == [None], got


def test_party_detector_skips_places_and_companies():
    from cercle.extract.gov30 import _party_like_name
    assert _party_like_name("Cap Nation")
    assert not _party_like_name("région Armor")
    assert not _party_like_name("Korvex Industries")
