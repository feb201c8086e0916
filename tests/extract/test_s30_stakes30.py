"""(s30-stakes30) What the tie cases of cases_s30_stakes30.py (run by test_rules.py) do not check: a former
shareholder told by the apposition is a former owner."""
from __future__ import annotations

import pytest

from .cases_s30_stakes30 import _HEAD

FORMER = [
    (_HEAD + "Le fonds Tessard, l'ancien actionnaire américain, a vendu ses titres en 2021.", ("Tessard", "Orvane")),
    (_HEAD + "« Ils ont tout vendu », regrette Paul Dorin, ancien actionnaire minoritaire.", ("Paul Dorin", "Orvane")),
]


@pytest.mark.parametrize("text,pair", FORMER, ids=[c[0][-40:] for c in FORMER])
def test_former_shareholder(analyse_text, text, pair):
    got = [r.status for r in analyse_text(text).relations if r.type == "OWNS" and (r.subject, r.object) == pair]
    assert got and all(s == "former" for s in got), got


SOLD = [
    ("Le fonds Vexora a repris en 2019 les parts du fonds Marlin Finance dans Orvane.", ("Marlin Finance", "Orvane")),
    ("Vexora a racheté la participation de Marlin Finance dans le groupe Orvane.", ("Marlin Finance", "Orvane")),
    ("Paul Dorin, qui avait récupéré les actions de la banque Tessard dans Orvane, siège au conseil.",
     ("Tessard", "Orvane")),
]


@pytest.mark.parametrize("text,pair", SOLD, ids=[c[0][:40] for c in SOLD])
def test_stake_taken_over_is_former(analyse_text, text, pair):
    got = [r.status for r in analyse_text(text).relations if r.type == "OWNS" and (r.subject, r.object) == pair]
    assert got and all(s == "former" for s in got), got
