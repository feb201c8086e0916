"""(s32-names32) What the cases of cases_s32_names32.py (run by test_rules.py) do not check: leaving a political
body by a noun is former membership; a party adjective with no party named gives no tie; an electoral label is no
entity."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import named, ties_of_type as _ties


def test_leaving_noun_is_former(analyse_text):
    text = "Paul Vernet a annoncé jeudi sa sortie du parti Horizon commun."
    got = named(_ties(analyse_text, text, "MEMBER_OF"), subject="Paul Vernet")
    assert got and got[0].status == "former" and got[0].rule == "member.left_noun32"


def test_party_adjective_without_party_named(analyse_text):
    text = "Le sénateur socialiste Paul Vernet a déjeuné avec Anne Morel, présidente de la société Ardel."
    assert not _ties(analyse_text, text, "MEMBER_OF")


def test_nuance_label_is_no_entity(analyse_text):
    text = "Benoît Marlin, le maire (DVG) de Brivel, a signé jeudi un accord avec la société Ardel."
    names = {normalise_name(e.name) for e in analyse_text(text).entities}
    assert normalise_name("DVG") not in names


def test_camel_case_word_is_a_name():
    from cercle.mentions.candidates import _camel
    assert _camel("SkyLane") and _camel("PayZen") and _camel("BlaBlaRide")
    assert not _camel("Paris") and not _camel("SNCF") and not _camel("Le")


def test_electoral_label_words():
    from cercle.mentions.names32 import words
    labels = words()["nuance_labels"]
    assert {"dvg", "dvd", "se", "divers gauche", "sans etiquette"} <= labels
