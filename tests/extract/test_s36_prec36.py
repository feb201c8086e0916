"""(s36-prec36) The cases of cases_s36_prec36.py (also run by test_rules.py), and what those do not check: a court's
sentence carries the role sanctions; a minority stake carries its share; an offer is proposed; a lending bank keeps
the rumour of the sentence."""
from __future__ import annotations

import pytest

from cercle.evaluate import normalise_name
from cercle.model import load_model
from .cases_s36_prec36 import CASES, FORBIDDEN
from .ties import ties_of_type as _ties


def _keys(relations):
    return {(r.type, normalise_name(r.subject), normalise_name(r.object)) for r in relations}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_prec36_case(analyse_text, text, expected):
    got = _keys(analyse_text(text).relations)
    for t, s, o in expected:
        key = (t, normalise_name(s), normalise_name(o))
        if load_model().is_symmetric(t) and key not in got:
            key = (t, normalise_name(o), normalise_name(s))
        assert key in got, f"missing {t}({s} → {o}) in {sorted(got)}"


@pytest.mark.parametrize("text,tie", FORBIDDEN, ids=[c[0][:40] for c in FORBIDDEN])
def test_prec36_forbidden(analyse_text, text, tie):
    t, s, o = tie
    assert (t, normalise_name(s), normalise_name(o)) not in _keys(analyse_text(text).relations)


def test_court_sentence_is_a_sanction(analyse_text):
    text = ("Les juges du tribunal judiciaire de Lille ont condamné Pierre Vasseur et la société Norlac pour abus de "
            "biens sociaux.")
    got = [r for r in _ties(analyse_text, text, "OPPOSES") if normalise_name(r.object) == normalise_name("Norlac")]
    assert got and got[0].role == "sanctions"


def test_minority_stake_keeps_its_share(analyse_text):
    text = "Le groupe Norvane a racheté 26 % du capital de la société Castor Finance pour 300 millions d'euros."
    got = [r for r in _ties(analyse_text, text, "OWNS") if normalise_name(r.object) == normalise_name("Castor Finance")]
    assert got and got[0].share == 26.0


def test_offer_is_proposed(analyse_text):
    text = "Selon nos informations, le groupe Altavane a déposé lundi une proposition pour racheter Mercalis."
    got = [r for r in _ties(analyse_text, text, "BIDS_FOR") if normalise_name(r.object) == normalise_name("Mercalis")]
    assert got and got[0].status == "proposed"


def test_lending_bank_keeps_the_rumour(analyse_text):
    text = ("Le fonds Kervane aurait mandaté Crédit Pélican et Banque Ormont, qui arrangeraient un prêt d'environ "
            "2 milliards d'euros.")
    got = [r for r in _ties(analyse_text, text, "FUNDS") if normalise_name(r.subject) == normalise_name("Crédit Pélican")]
    assert got and got[0].status == "rumoured"
