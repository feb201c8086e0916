"""(s30-court30) What the cases of cases_s30_court30.py (run by test_rules.py) do not check: the court a sentence
with no author falls to is a sanction (role sanctions) kept with the sentence of the term, never the sentence
that named the court; and the court must be named before."""
from __future__ import annotations

from .ties import named


def _ties(analyse_text, text, t="OPPOSES"):
    return [r for r in analyse_text(text).relations if r.type == t]


def test_court_named_only_after_is_no_author(analyse_text):
    text = ("Paul Verdier a écopé de deux ans de prison. Le tribunal correctionnel de Lyon publiera ses motifs "
            "demain.")
    assert not _ties(analyse_text, text)


def test_sentence_tie_keeps_its_sentence(analyse_text):
    text = ("Le tribunal correctionnel de Lyon a rendu son jugement lundi. Paul Verdier, ancien maire de Brivel, a "
            "écopé de deux ans de prison.")
    got = named(_ties(analyse_text, text), object="Paul Verdier")
    assert got and got[0].evidence.startswith("Paul Verdier") and got[0].role == "sanctions"


def test_requisition_without_office_gives_nothing(analyse_text):
    text = "Deux ans ont été requis contre Gilles Amiot, son ancien associé."
    assert not _ties(analyse_text, text, "SUES")
