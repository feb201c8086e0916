"""(s32-clitics32) What the cases of cases_s32_clitics32.py (run by test_rules.py) do not check: the clitic becomes a
mention of the organisation only (never of a person, nor when two organisations fit), and "y" after a place told
in between is no one."""
from __future__ import annotations


def _clitic_mentions(analyse_text, text, word):
    return [m for m in analyse_text(text).mentions if m.text.lower() == word and m.kind == "pronoun"]


def test_en_stands_for_the_one_organisation(analyse_text):
    text = "La fondation Ambrelle soutient la recherche. Marc Olier en est le trésorier depuis 2018."
    got = _clitic_mentions(analyse_text, text, "en")
    assert len(got) == 1 and \
        (got and "Ambrelle" in got[0].entity)


def test_y_is_never_a_person(analyse_text):
    text = "Paul Ferrat cherche de l'argent. Le fonds Arbelle y a investi vingt millions d'euros."
    assert not _clitic_mentions(analyse_text, text, "y")


def test_two_organisations_give_nothing(analyse_text):
    text = "Les sociétés Brivane et Talmor ont fusionné. Le fonds Arbelle en détient désormais la majorité."
    assert not _clitic_mentions(analyse_text, text, "en")
