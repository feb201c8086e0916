"""(s30-deals30) What the cases of cases_s30_deals30.py (run by test_rules.py) do not check: a party named by its
role keeps the sentence that names the role (not the lead that told the deal); every rival listed bids; a deal
told only after the role noun's sentence, or outside the lead, gives no frame."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import named, ties_of_type as _ties

_LEAD = ("Vexora cède Orvane à Delmont\n\nLe groupe Vexora a signé un accord pour céder 60 % d'Orvane au fonds "
         "Delmont Capital, pour 300 millions d'euros.\n\n")


def test_adviser_keeps_its_sentence(analyse_text):
    text = _LEAD + "La vente a été bouclée vite. Marcellin & Co conseillait l'acheteur."
    got = named(_ties(analyse_text, text, "WORKS_FOR"), object="Delmont Capital")
    assert got and got[0].evidence.startswith("La vente") is False and "conseillait" in got[0].evidence


def test_every_rival_listed_bids(analyse_text):
    text = _LEAD + "La vente avait attiré deux autres candidats : Brakka Group et Holtz Partners."
    got = named(_ties(analyse_text, text, "BIDS_FOR"), object="Orvane")
    assert {normalise_name(r.subject) for r in got} == {"brakka group", "holtz partners"}


def test_deal_outside_the_lead_is_no_frame(analyse_text):
    # (s36-refs36) a deal outside the lead gives deal_frame30 no frame, but the one sale the text states before the
    # role noun gives mentions/refs36.py its buyer (the s30 refusal now holds for two sales only: cases_s30_deals30)
    text = ("Le marché de la logistique se consolide. Les fonds multiplient les achats. Les prix montent. Les "
            "banques suivent. Le groupe Vexora a cédé Orvane au fonds Delmont Capital. Marcellin & Co conseillait "
            "l'acheteur.")
    got = [r for r in _ties(analyse_text, text, "WORKS_FOR") if "marcellin" in normalise_name(r.subject)]
    assert got and all(normalise_name(r.object) == "delmont capital" for r in got)
    text = ("Le marché de la logistique se consolide. Le groupe Vexora a cédé Orvane au fonds Delmont Capital. Le "
            "groupe Nordhal a vendu Liscot à Arvel Partners. Marcellin & Co conseillait l'acheteur.")
    assert not [r for r in _ties(analyse_text, text, "WORKS_FOR") if "marcellin" in normalise_name(r.subject)]
