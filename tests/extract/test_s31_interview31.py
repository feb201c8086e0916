"""(s31-interview31) What the cases of cases_s31_interview31.py (run by test_rules.py) do not check: a fronted
"ancien" title is no speaking one; an owner's title presents the interviewee as the body they preside."""
from __future__ import annotations


def _ties(analyse_text, text, t="FUNDS"):
    return [(r.subject, r.object) for r in analyse_text(text).relations if r.type == t]


def test_past_fronted_title_is_not_the_speakers(analyse_text):
    text = ("Entretien avec Marc Ollier\n\n"
            "Ancien directeur de Polaris Fret, Marc Ollier dirige désormais Ventelle.\n\n"
            "Comment allez-vous financer Ventelle ?\n"
            "Banque Ravel nous a prêté 30 millions d'euros.\n\n"
            "Et ensuite ?\n"
            "Nous verrons.\n")
    assert ("Banque Ravel", "Polaris Fret") not in _ties(analyse_text, text)


def test_owner_title_is_not_the_speakers(analyse_text):
    text = ("Entretien avec Léa Morvan\n\n"
            "Propriétaire du club Aiglons et présidente de Sarcelle Holding, Léa Morvan détaille sa feuille de route.\n\n"
            "Quelles sont vos priorités ?\n"
            "Nous devons rembourser. Fonds Galet nous a prêté 90 millions d'euros.\n\n"
            "Et le stade ?\n"
            "Rien n'est décidé.\n")
    got = _ties(analyse_text, text)
    assert all(o != "Aiglons" for _, o in got)
