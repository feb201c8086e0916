"""(s29-tables29) What the tie cases of cases_s29_tables29.py (run by test_rules.py) do not check: the status a
deal table's status column gives each row, and the header's role noun kept out of the organisation's name."""
from __future__ import annotations

import pytest

from .ties import named

from .cases_s29_tables29 import _table

_DEALS = _table("Le point sur les rachats\n\nLe marché reste animé.", ["Repreneur", "Cible", "Montant", "Statut"],
                [["Brevalia", "Quintor Foods", "230 M€", "finalisé"], ["Solvane", "Kervec Marine", "85 M€", "offre en cours"],
                 ["Ardelys", "Pomerol Distribution", "40 M€", "abandonné"], ["Ostrali", "Vercors Lait", "12 M€", "accord signé"]])

STATUSES = [("ACQUIRES", "Brevalia", "Quintor Foods", "completed"), ("BIDS_FOR", "Solvane", "Kervec Marine", "proposed"),
            ("BIDS_FOR", "Ardelys", "Pomerol Distribution", "rejected"), ("ACQUIRES", "Ostrali", "Vercors Lait", "proposed")]


@pytest.mark.parametrize("tie", STATUSES, ids=[t[1] for t in STATUSES])
def test_deal_status(analyse_text, tie):
    t, s, o, status = tie
    got = [r.status for r in named(analyse_text(_DEALS).relations, t, s, o)]
    assert got == [status], got


def test_header_role_noun_is_no_name(analyse_text):
    text = _table("Le marché est disputé.", ["Concurrents de Sitella", "Pays"], [["Vectoria", "Italie"]])
    names = {e.name for e in analyse_text(text).entities}
    assert "Sitella" in names and not any(n.lower().startswith("concurrents") for n in names), names


def test_succession_status(analyse_text):
    text = _table("Valse des patrons", ["Société", "Ancien PDG", "Nouveau PDG"], [["Brevalia", "Marc Aubert", "Sophie Lenoir"]])
    got = {r.subject: r.status for r in analyse_text(text).relations if r.type == "LEADS" and r.object == "Brevalia"}
    assert got.get("Marc Aubert") == "former" and got.get("Sophie Lenoir") in (None, "current"), got
