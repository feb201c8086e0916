"""(s36-prec36) What the cases of cases_s36_prec36.py (run by test_rules.py, which collects every cases_*.py) do not check: a court's
sentence carries the role sanctions; a minority stake carries its share; an offer is proposed; a lending bank keeps
the rumour of the sentence."""
from __future__ import annotations

from .ties import named


def test_court_sentence_is_a_sanction(analyse_text):
    text = ("Les juges du tribunal judiciaire de Lille ont condamné Pierre Vasseur et la société Norlac pour abus de "
            "biens sociaux.")
    got = named(analyse_text(text).relations, "OPPOSES", object="Norlac")
    assert got and got[0].role == "sanctions"


def test_minority_stake_keeps_its_share(analyse_text):
    text = "Le groupe Norvane a racheté 26 % du capital de la société Castor Finance pour 300 millions d'euros."
    got = named(analyse_text(text).relations, "OWNS", object="Castor Finance")
    assert got and got[0].share == 26.0


def test_offer_is_proposed(analyse_text):
    text = "Selon nos informations, le groupe Altavane a déposé lundi une proposition pour racheter Mercalis."
    got = named(analyse_text(text).relations, "BIDS_FOR", object="Mercalis")
    assert got and got[0].status == "proposed"


def test_lending_bank_keeps_the_rumour(analyse_text):
    text = ("Le fonds Kervane aurait mandaté Crédit Pélican et Banque Ormont, qui arrangeraient un prêt d'environ "
            "2 milliards d'euros.")
    got = named(analyse_text(text).relations, "FUNDS", subject="Crédit Pélican")
    assert got and got[0].status == "rumoured"
