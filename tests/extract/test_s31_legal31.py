"""(s31-legal31) What the cases of cases_s31_legal31.py (run by test_rules.py) do not check: the counsel's tie keeps
its role; a civil party sues no one when the text tries no one; a helper who is no counsel works for no one."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def test_counsel_participle_has_lawyer_role(analyse_text):
    text = ("Marc Delorme comparaissait lundi pour corruption. Conseillé par le pénaliste Luc Arnaud, il a refusé "
            "de répondre aux juges.")
    got = named(_ties(analyse_text, text, "WORKS_FOR"), subject="Luc Arnaud")
    assert got and got[0].role == "avocat" and got[0].rule == "works_for.counsel_participle"


def test_civil_party_without_trial_sues_no_one(analyse_text):
    text = "Paul Verdier a présenté lundi son plan. La commune de Brivel s'est constituée partie civile."
    assert not _ties(analyse_text, text, "SUES")


def test_helper_who_is_no_counsel(analyse_text):
    text = "Paul Verdier comparaît depuis lundi. Accompagné par son ami Gilles Amiot, le prévenu est arrivé tôt."
    assert not [r for r in _ties(analyse_text, text, "WORKS_FOR") if r.rule == "works_for.counsel_participle"]
