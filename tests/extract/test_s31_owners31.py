"""(s31-owners31) What the cases of cases_s31_owners31.py (run by test_rules.py) do not check: the status of an owner
still to come (proposed), of a bidder beaten (rejected), of a stake "ne … plus que" (held, not former)."""
from __future__ import annotations

from .ties import named


def _tie(analyse_text, text, t, subj, obj):
    return named(analyse_text(text).relations, t, subj, obj)


def test_owner_to_come_is_proposed(analyse_text):
    got = _tie(analyse_text, "Le fonds Orvia va devenir le propriétaire du FC Lorvain, selon le club.", "ACQUIRES",
               "Orvia", "FC Lorvain")
    assert got and got[0].status == "proposed"


def test_owner_wanted_is_a_bid(analyse_text):
    text = "Le groupe Sorel souhaite devenir l'actionnaire majoritaire de l'éditeur Lumio, selon nos informations."
    got = _tie(analyse_text, text, "BIDS_FOR", "Sorel", "Lumio")
    assert got and got[0].status == "proposed"
    assert not _tie(analyse_text, text, "OWNS", "Sorel", "Lumio")


def test_beaten_bidder_is_rejected(analyse_text):
    text = ("Le groupe Sorel a acquis l'éditeur Lumio pour 300 millions d'euros. Sorel s'est imposé devant le fonds "
            "Bexley Partners, qui proposait un prix plus bas.")
    got = _tie(analyse_text, text, "BIDS_FOR", "Bexley Partners", "Lumio")
    assert got and got[0].status == "rejected"


def test_only_stake_left_is_held(analyse_text):
    text = "Tevlin Invest, la holding familiale, qui ne détient plus que 4,3 % du groupe Marvix, a vendu ses titres."
    got = _tie(analyse_text, text, "OWNS", "Tevlin Invest", "Marvix")
    assert got and got[0].status != "former"


def test_stake_no_more_held_is_former(analyse_text):
    text = "Tevlin Invest ne détient plus aucune action du groupe Marvix depuis 2022, selon le rapport annuel."
    got = _tie(analyse_text, text, "OWNS", "Tevlin Invest", "Marvix")
    assert not got or got[0].status == "former"
