"""(s32-portrait32) What the cases of cases_s32_portrait32.py (run by test_rules.py) do not check: the mended post
noun reads its copula; a portrait's descriptor is a mention of the portrait's person; a pronoun resolved to an
organisation named as a subject just before keeps it."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def test_descriptor_is_a_mention_of_the_portrait_person(analyse_text):
    text = ("Marc Dutertre a été nommé directeur général de Vélion mardi. M. Dutertre dirigeait jusqu'ici Verranor. "
            "Cet ingénieur a auparavant été directeur général du cimentier suisse Solvarex.")
    got = named(_ties(analyse_text, text, "LEADS"), object="Solvarex")
    assert got and got[0].subject == "Marc Dutertre" and got[0].status == "former"


def test_pronoun_after_an_organisation_subject_keeps_it(analyse_text):
    text = ("Léa Fournel, la reine du verre\n\nLéa Fournel a fondé Vantor en 1998. La société Verranor a racheté "
            "Solvarex en 2019. Elle a aussi racheté Brivex.")
    assert not [r for r in named(_ties(analyse_text, text, "ACQUIRES"), object="Brivex") if r.subject == "Léa Fournel"]


def test_real_participle_is_not_mended(analyse_text):
    text = "Léa Fournel a été élue à la tête de Vantor. Elle a été nommée par Paul Berthier."
    assert not _ties(analyse_text, text, "WORKS_FOR")
