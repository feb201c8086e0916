"""(s37-reads37) What the cases of cases_s37_reads37.py (run by test_rules.py) do not check: the status of a won
case, the negation of a copular feud, and the reader's lexicon."""
from __future__ import annotations

from cercle.extract.slots.reads37 import words


def _ties(analyse_text, text):
    return {(r.type, r.subject, r.object): r for r in analyse_text(text).relations}


def test_lexicon():
    w = words()
    assert {"rival", "concurrent", "allié"} <= w["possessed_nouns"]
    assert {",", "et"} <= w["phrase_breaks"]
    assert {"lui", "elle"} <= w["stressed_pronouns"]
    assert "rester" in w["relative_staying_verbs"] and "proche" in w["relative_close_nouns"]


def test_won_case_is_completed(analyse_text):
    got = _ties(analyse_text, "La société Varlin a obtenu gain de cause contre Technova devant la cour d'appel de Lyon.")
    assert got[("SUES", "Varlin", "Technova")].status == "completed"


def test_won_case_named_by_its_complaint(analyse_text):
    got = _ties(analyse_text, "Julie Marchal a obtenu gain de cause contre Hervé Castagne, qu'elle poursuivait en "
                              "diffamation.")
    assert ("SUES", "Julie Marchal", "Hervé Castagne") in got


def test_copular_feud_negated(analyse_text):
    got = _ties(analyse_text, "Le député Hervé Castagne n'est pas en froid avec Julie Marchal.")
    tie = got.get(("OPPOSES", "Hervé Castagne", "Julie Marchal"))
    assert tie is None or tie.negated


def test_never_a_close_one_is_negated(analyse_text):
    got = _ties(analyse_text, "Hervé Castagne n'a jamais été un proche de Julie Marchal.")
    tie = got.get(("ALLY_OF", "Hervé Castagne", "Julie Marchal"))
    assert tie is None or tie.negated
