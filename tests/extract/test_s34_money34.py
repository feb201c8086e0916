"""(s34-money34) What the cases of cases_s34_money34.py (run by test_rules.py) do not check: an offer turned down
stays a rejected bid; an offer whose takeover is denied gives no completed takeover."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def _pair(ties, a, b):
    return named(ties, subject=a, object=b)


def test_offer_turned_down_is_rejected(analyse_text):
    text = ("Le tribunal a rejeté l'offre de reprise de Norvia déposée par un consortium réunissant Korvane, la société "
            "de Jean Morel, et le fonds Seltis Industries.")
    got = _pair(_ties(analyse_text, text, "BIDS_FOR"), "Seltis Industries", "Norvia")
    assert got and got[0].status == "rejected"


def test_offer_to_take_over_is_only_proposed(analyse_text):
    for text, a in (("Korvane, Seltis et Orval ont déposé une offre commune pour racheter Norvia.", "Orval"),
                    ("Korvane Capital et Seltis Partners ont présenté mercredi une candidature commune afin de reprendre "
                     "Norvia.", "Korvane Capital")):
        assert not _pair(_ties(analyse_text, text, "ACQUIRES"), a, "Norvia"), text
        got = _pair(_ties(analyse_text, text, "BIDS_FOR"), a, "Norvia")
        assert got and got[0].status in ("proposed", None), text
