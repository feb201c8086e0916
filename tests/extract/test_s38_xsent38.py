"""(s38-xsent38) What the cases of cases_s38_xsent38.py (run by test_rules.py) do not check: the reader's lexicon,
the passive slot, and that a title linked to nobody gives no holder."""
from __future__ import annotations

from cercle.extract.slots.xsent38 import words

from .ties import named


def test_lexicon():
    w = words()
    assert {"pdg", "directeur", "présidente", "fondateur"} <= w["title_nouns"]
    assert {"dernier", "dernière", "ci"} <= w["demonstrative_ends"]
    assert {"ne", "lui", "y", "en"} <= w["between_subject_and_verb"]
    assert {",", "et"} <= w["clause_openers"]


def test_demonstrative_past_clitics(analyse_text):
    rels = analyse_text("Paul Lemaire a rencontré Anne Fabre. Cette dernière l'a aussitôt assigné devant le tribunal "
                        "de commerce.").relations
    assert named(rels, "SUES", "Anne Fabre", "Paul Lemaire")


def test_demonstrative_of_a_passive_verb(analyse_text):
    rels = analyse_text("Le fonds Argos a cédé ses parts à Marc Dutour. Ce dernier a été nommé directeur général "
                        "de Pélican en mars.").relations
    assert not named(rels, subject="Argos", object="Pélican", t="LEADS")


def test_untitled_sentence_before_gives_no_holder(analyse_text):
    # two persons in the sentence before: the title is linked to neither, so no holder is drawn
    rels = analyse_text("Le financier Hugo Marlin a cédé à Paul Verdier ses parts dans Kelvio. Le fondateur de "
                        "Technova devient ainsi l'actionnaire de référence de Kelvio.").relations
    assert not named(rels, "FOUNDED", "Hugo Marlin", "Technova")


def test_crowd_lexicon():
    from cercle.mentions.xsent38 import _data
    assert "on" in _data()["bystanders"]


def test_crowd_with_a_name_is_not_a_crowd(analyse_text):
    # "Les avocats de X affirment qu'il …": the name inside the subject's phrase may be the pronoun's referent; the
    # pronoun is not taken back to the sentence before
    rels = analyse_text("Bertrand Faure est contesté. Les avocats de Paul Verdier affirment qu'il a dirigé Kalvio.")\
        .relations
    assert not named(rels, "LEADS", "Bertrand Faure", "Kalvio")
