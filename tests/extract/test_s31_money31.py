"""(s31-money31) What the cases of cases_s31_money31.py (run by test_rules.py) do not check: each money tie keeps the
direction its family of words says, whichever wording; a political "soutien" is no money; a joint development
deal is no supply; a purpose clause ("pour équiper …") names no customer."""
from __future__ import annotations

from cercle.evaluate import normalise_name


def _funds(analyse_text, text):
    return {(normalise_name(r.subject), normalise_name(r.object)) for r in analyse_text(text).relations
            if r.type == "FUNDS" and not r.negated}


def test_political_support_is_no_money(analyse_text):
    text = "La députée Inès Marot a apporté son soutien à Paul Verdier, tête de liste du parti."
    assert not _funds(analyse_text, text)


def test_support_received_is_no_money(analyse_text):
    text = "Paul Verdier a reçu la semaine dernière le soutien du sénateur Hugo Ferrand."
    assert not _funds(analyse_text, text)


def test_joint_development_is_no_supply(analyse_text):
    text = "La société Kestrane a signé un accord de développement conjoint avec le groupe Orvia."
    assert ("orvia", "kestrane") not in _funds(analyse_text, text)


def test_supply_contract_keeps_one_direction(analyse_text):
    text = "La société Kestrane a conclu avec la compagnie Aerolis un contrat de livraison de douze avions."
    got = _funds(analyse_text, text)
    assert ("aerolis", "kestrane") in got and ("kestrane", "aerolis") not in got
