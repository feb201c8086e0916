"""(s35-conv35) What the cases of cases_s35_conv35.py (run by test_rules.py) do not check: a portfolio gives its
minister no LEADS at all (whatever body the mention stage builds from it); a former officer keeps the status; the
ministry named in the text keeps its minister's lead."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def _of(rels, person):
    return named(rels, subject=person)


def test_portfolio_gives_no_lead(analyse_text):
    for text, person in [
            ("Claire Dufay, ministre déléguée chargée des Comptes publics, a présenté le budget.", "Claire Dufay"),
            ("« Nous tiendrons les délais », a assuré jeudi la secrétaire d'État chargée de la Mer, Lina Ferracci.",
             "Lina Ferracci"),
            ("Chargé des Transports auprès de la ministre, le ministre délégué Yann Bodin a présenté le plan.",
             "Yann Bodin")]:
        assert not _of(_ties(analyse_text, text, "LEADS"), person), text


def test_former_officer_keeps_status(analyse_text):
    text = "Ancienne trésorière du Mouvement populaire, Agnès Rouvier a quitté ses fonctions en mars."
    got = _of(_ties(analyse_text, text, "WORKS_FOR"), "Agnès Rouvier")
    assert got and got[0].status == "former"


def test_secretary_of_a_union_leads_it(analyse_text):
    text = "Nadia Berthet, secrétaire générale de la Confédération des travailleurs unis, a appelé à la grève."
    assert not _ties(analyse_text, text, "WORKS_FOR")
