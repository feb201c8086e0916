"""(s30-money30) What the cases of cases_s30_money30.py (run by test_rules.py) do not check: an implicit awarder is
no judge or watchdog, and two public bodies in the sentence give no payer."""
from __future__ import annotations


def _funds(analyse_text, text):
    # (this branch's rules only: funds.award reads other shapes of these sentences)
    return [(r.subject, r.object) for r in analyse_text(text).relations if r.type == "FUNDS"
            and ("unsaid" in r.rule or "public_aid" in r.rule)]


def test_watchdog_is_no_awarder(analyse_text):
    text = ("La Cour des comptes critique le contrat de maintenance attribué en 2020 à Sorval Environnement pour "
            "douze ans.")
    assert not [p for p in _funds(analyse_text, text) if p[0].startswith("Cour")]


def test_two_bodies_no_awarder(analyse_text):
    text = ("La région Bretagne et le département de la Sarthe se disputent : le marché de transport scolaire a été "
            "attribué à Transvéo.")
    assert not [p for p in _funds(analyse_text, text) if p[1] == "Transvéo"]


def test_two_regions_no_aid_payer(analyse_text):
    text = ("La région Bretagne et la région Normandie ont débattu. Les aides régionales accordées à Kerlys Industrie "
            "atteignent 3 millions d'euros.")
    assert not [p for p in _funds(analyse_text, text) if p[1] == "Kerlys Industrie"]
