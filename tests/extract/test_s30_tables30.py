"""(s30-tables30) What the tie cases of cases_s30_tables30.py (run by test_rules.py) do not check: the status a
bidders' table gives its rows, the rule that drew them, and a generic "| Nom |" column whose context names two
families' parties drawing nothing."""
from __future__ import annotations

from cercle.evaluate import normalise_name

from .cases_s29_tables29 import _table

_BIDS = _table("Reprise du fabricant\n\nTrois offres ont été déposées pour Vercors Lait devant le tribunal.",
               ["Candidat", "Prix proposé", "Emplois repris"], [["Groupe Talmont", "12 M€", "180"], ["Ostrali", "9 M€", "140"]])


def test_bid_rows_are_proposed(analyse_text):
    got = [(r.status, r.rule) for r in analyse_text(_BIDS).relations
           if r.type == "BIDS_FOR" and normalise_name(r.object) == normalise_name("Vercors Lait")]
    assert len(got) == 2 and all(s == "proposed" and rule.startswith("bids_for.context_row") for s, rule in got), got


def test_generic_column_with_two_contexts_draws_nothing(analyse_text):
    text = _table("Gouvernement Dorval et conseil d'administration de Brevalia\n\nLe gouvernement Dorval a nommé ces "
                  "personnalités au conseil d'administration de Brevalia.",
                  ["Nom", "Âge"], [["Paul Dorin", "52"], ["Lucie Brenmor", "47"]])
    got = [(r.type, r.subject, r.object) for r in analyse_text(text).relations if r.rule.endswith("context_row.table")]
    assert not got, got
