"""(s30-tables30) What the tie cases of cases_s30_tables30.py (run by test_rules.py) do not check: the status a
bidders' table gives its rows, the rule that drew them, and a generic "| Nom |" column whose context names two
families' parties drawing nothing."""
from __future__ import annotations

from .ties import named

from .cases_s29_tables29 import _table

_BIDS = _table("Reprise du fabricant\n\nTrois offres ont été déposées pour Vercors Lait devant le tribunal.",
               ["Candidat", "Prix proposé", "Emplois repris"], [["Groupe Talmont", "12 M€", "180"], ["Ostrali", "9 M€", "140"]])


def test_bid_rows_are_proposed(analyse_text):
    got = [(r.status, r.rule) for r in named(analyse_text(_BIDS).relations, "BIDS_FOR", object="Vercors Lait")]
    assert len(got) == 2 and all(s == "proposed" and rule.startswith("bids_for.context_row") for s, rule in got), got


def test_generic_column_with_two_contexts_draws_nothing(analyse_text):
    text = _table("Gouvernement Dorval et conseil d'administration de Brevalia\n\nLe gouvernement Dorval a nommé ces "
                  "personnalités au conseil d'administration de Brevalia.",
                  ["Nom", "Âge"], [["Paul Dorin", "52"], ["Lucie Brenmor", "47"]])
    got = [(r.type, r.subject, r.object) for r in analyse_text(text).relations if r.rule.endswith("context_row.table")]
    assert not got, got


def test_row_amounts(analyse_text):
    """The row's money (a price, a sum lent, a deal's value) goes with the row's tie."""
    got = {r.subject: r.amount for r in analyse_text(_BIDS).relations if r.type == "BIDS_FOR"}
    assert got["Groupe Talmont"].value == 12_000_000 and got["Groupe Talmont"].currency == "EUR", got
    deals = _table("Le point sur les rachats", ["Acquéreur", "Cible", "Montant", "Statut"],
                   [["Brevalia", "Quintor Foods", "230 M€", "finalisé"]])
    rel = [r for r in analyse_text(deals).relations if r.type == "ACQUIRES" and r.subject == "Brevalia"]
    assert rel and rel[0].amount.value == 230_000_000, rel
    loans = _table("Comptes de campagne\n\nLes prêts contractés pour la campagne de Paul Dorin :",
                   ["Prêteur", "Montant", "Taux"], [["Banque Arvelle", "300 000 €", "2 %"]])
    rel = [r for r in analyse_text(loans).relations if r.type == "FUNDS" and r.subject == "Banque Arvelle"]
    assert rel and rel[0].amount.value == 300_000, rel
