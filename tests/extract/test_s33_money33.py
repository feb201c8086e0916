"""(s33-money33) What the cases of cases_s33_money33.py (run by test_rules.py) do not check: a bid in a bidders'
table turned down or withdrawn is rejected, one whose row says no offer was made is denied (negated); a loan's lenders are typed FUNDS by the loan's rule, never INVESTS_IN;
the sponsorship tie is read by its own rule."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .cases_s33_money33 import _TABLE_A
from .ties import named, ties_of_type as _ties


def test_bid_turned_down_in_a_table_is_rejected(analyse_text):
    got = named(_ties(analyse_text, _TABLE_A, "BIDS_FOR"), subject="Kestrel Capital")
    assert got and all(r.status == "rejected" for r in got)
    assert all(normalise_name(r.object) == normalise_name("Brelin Transports") for r in got)


def test_loan_lenders_are_funds_of_the_loan(analyse_text):
    text = ("Le groupe Orsan a signé mardi un prêt syndiqué de 60 millions d'euros, structuré par la Banque Arlan et "
            "Ostra Finance.")
    funds = named(_ties(analyse_text, text, "FUNDS"), object="Orsan")
    assert {normalise_name(r.subject) for r in funds} >= {normalise_name("Banque Arlan"), normalise_name("Ostra Finance")}
    assert not _ties(analyse_text, text, "INVESTS_IN")


def test_sponsorship_read_by_its_rule(analyse_text):
    text = "Le Racing Club de Vallon a prolongé son partenariat maillot avec la société Brelin Transports."
    got = _ties(analyse_text, text, "FUNDS")
    assert got and got[0].rule == "funds.sponsor33" and normalise_name(got[0].subject) == normalise_name(
        "Brelin Transports")
    assert not _ties(analyse_text, text, "PARTNERS_WITH")


def test_no_offer_in_a_bidders_row_is_denied(analyse_text):
    got = named(_ties(analyse_text, _TABLE_A, "BIDS_FOR"), subject="Banque Arlan")
    assert got and all(r.negated for r in got)
