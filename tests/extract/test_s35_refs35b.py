"""(s35-refs35b) What the cases of cases_s35_refs35b.py (run by test_rules.py) do not check: the former title's
pick is dropped, not moved to another guess, when a profession-introduced person and an untitled one both stand
before it."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import named, ties_of_type as _ties


def test_former_title_links_no_reporter(analyse_text):
    text = ("Le documentariste Paul Renaud a tourné trois ans durant un film sur Henri Balmain. Il a interrogé Henri "
            "Balmain à quatre reprises. L'ancien sénateur a porté plainte contre la société Lumen Films.")
    got = named(_ties(analyse_text, text, "SUES"), object="Lumen Films")
    assert all(normalise_name(r.subject) != normalise_name("Paul Renaud") for r in got)


def test_former_title_keeps_its_holder(analyse_text):
    text = ("Paul Ardent, ancien président du conseil régional, a quitté la vie publique en 2020. L'ancien président a "
            "porté plainte contre la société Vextra Conseil.")
    got = named(_ties(analyse_text, text, "SUES"), object="Vextra Conseil")
    assert got and normalise_name(got[0].subject) == normalise_name("Paul Ardent")
