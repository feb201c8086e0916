"""(s35-reada35) What the cases of cases_s35_reada35.py (run by test_rules.py) do not check: the short name stays
its own actor beside a subsidiary a branch phrase sets off before it, and the subsidiary tie keeps the evidence of
its sentence."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import positive_ties


def test_short_name_not_merged_into_branch_set_off_before(analyse_text):
    text = ("Paul Verdier, directeur général de Velmora, a salué l'accord. Sa filiale hôtelière, Velmora Resorts, est "
            "cotée.")
    names = {normalise_name(e.name) for e in analyse_text(text).entities}
    assert normalise_name("Velmora") in names and normalise_name("Velmora Resorts") in names


def test_branch_by_prefix_keeps_its_sentence(analyse_text):
    text = ("Tarvex a annoncé un plan. Tarvex Iberia, la division espagnole du chimiste, fermera deux sites.")
    got = positive_ties(analyse_text, text, "OWNS", "Tarvex", "Tarvex Iberia")
    assert got and got[0].subject == "Tarvex" and got[0].evidence.startswith("Tarvex Iberia")
