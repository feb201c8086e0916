"""(s36-pron36) What the cases of cases_s36_pron36.py (run by test_rules.py) do not check: the pronoun keeps its
gender (a masculine organisation does not take "Elle"; a feminine one named before a relative of a woman
does), and the lexicon of organisation head nouns gives both genders."""
from __future__ import annotations

from cercle.mentions.pron36 import _data

from .ties import positive_ties as _positive


def test_head_noun_lexicon_gives_both_genders():
    _, genders = _data()
    for noun in ("union", "confédération", "fédération", "ligue", "association", "société"):
        assert genders[noun] == "Fem", noun
    for noun in ("syndicat", "groupe", "parti", "collectif", "comité"):
        assert genders[noun] == "Masc", noun


def test_person_of_the_relative_keeps_a_masculine_pronoun(analyse_text):
    # "la Confédération …, dont Paul X est le président, … Il …": the feminine organisation does not take "Il"
    text = ("À gauche, la Confédération des artisans, dont Paul Verdier est le président, tente d'exister. Il reproche "
            "au ministre du Travail, Jean Castel, d'avoir cédé aux grandes enseignes.")
    assert not _positive(analyse_text, text, "ACCUSES", "Confédération des artisans", "Jean Castel")
