"""Entity names and types of the s19 gaps (helper s19-gapE): invented actors."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,wrong", [
    # a rubric in capitals and a dash opening a headline
    ("PORTRAIT - Pavel Orlov, l'oligarque déchu\n\nPendant vingt ans, il a été le patron de Fulwick.",
     "Pavel Orlov", "PORTRAIT - Pavel Orlov"),
    ("ENTRETIEN — Karl Dumont, président de Norlac\n\nTrois mois après sa levée de fonds, Norlac va mal.",
     "Karl Dumont", "ENTRETIEN — Karl Dumont"),
    # a title's "de" phrase before a name of two acronyms
    ("Le PDG de RTK DMS l'emporte au terme d'un long bras de fer avec Paul Mercier.", "RTK DMS", "de RTK"),
])
def test_a_name_without_what_the_ner_glued_before_it(entities, text, name, wrong):
    ents = entities(text)
    assert name in ents and wrong not in ents, ents


@pytest.mark.parametrize("text,name,acronym", [
    ("Il préside le groupe Ensemble pour la Nation (EPN) à l'Assemblée.", "Ensemble pour la Nation", "EPN"),
    ("Lazlo Kardos a lancé le groupe des Patriotes pour la Nation (PpN) avec vingt eurodéputés.",
     "Patriotes pour la Nation", "PpN"),
    ("Orlon a saisi le Centre international pour le règlement des conflits liés aux échanges (Circe), basé "
     "à Genève. Le Circe a condamné Orlon.",
     "Centre international pour le règlement des conflits liés aux échanges", "Circe"),
])
def test_an_acronym_keeping_some_little_words_spells_the_name(entities, text, name, acronym):
    ents = entities(text)
    assert name in ents and acronym in ents[name][1], ents


def test_a_name_made_whole_by_its_acronym_is_whole_where_repeated(entities):
    ents = entities("Il préside le groupe Ensemble pour la Nation (EPN) à l'Assemblée. Paul Mercier est "
                    "membre du groupe Ensemble pour la Nation.")
    assert "Ensemble" not in ents and "Nation" not in ents, ents


@pytest.mark.parametrize("text,name,etype", [
    ("Orlon a engagé une procédure contre l'Etat du Mali.", "Mali", "GOV"),
    ("Jordan Mercier, le président du RN, a rencontré Marine Dufour.", "RN", "ORG"),
    ("Karim Sallal, également patron du Paris Saint-Germain, siège au conseil de la Ligue.",
     "Paris Saint-Germain", "ORG"),
    ("Pierre Mazet, le secrétaire général de République en commun (REC), a rencontré Léa Morin.",
     "République en commun", "ORG"),
])
def test_types(entities, text, name, etype):
    ents = entities(text)
    assert name in ents and ents[name][0] == etype, ents


@pytest.mark.parametrize("text,name,etype", [
    # not a party: a state named "République de X", a country after "du"
    ("Le président de la République du Valdor a reçu Paul Mercier.", "République du Valdor", "GOV"),
    ("L'Etat détient 20 % de Norlac.", "Etat", "GOV"),
])
def test_near_misses_keep_their_type(entities, text, name, etype):
    ents = entities(text)
    assert name in ents and ents[name][0] == etype, ents


@pytest.mark.parametrize("text,name", [
    ("Le comité social et économique de Norlac assigne Vortex devant le tribunal.",
     "comité social et économique de Norlac"),
    ("Le comité d'entreprise de Norlac a saisi la justice.", "comité d'entreprise de Norlac"),
    ("La société des journalistes du Courrier dénonce la mainmise de Vivor.", "société des journalistes du Courrier"),
])
def test_a_staff_body_and_its_company_are_one_name(entities, text, name):
    ents = entities(text)
    assert name in ents and ents[name][0] == "ORG", ents


def test_a_staff_body_named_alone_is_no_name(entities):
    # (near miss: no company after it, nothing to name)
    ents = entities("Norlac a signé un accord avec le comité social et économique.")
    assert not any(n.startswith("comité") for n in ents), ents


def test_a_staff_body_with_its_acronym_between(entities):
    ents = entities("La Société des journalistes (SDJ) du Fanal accuse Paul Mercier d'avoir piétiné "
                    "l'indépendance du titre. La SDJ a voté une motion de défiance contre Paul Mercier.")
    # ((s21-names21) the acronym in brackets closes the name: what it spells, without the company after it)
    name = "Société des journalistes"
    assert name in ents and "SDJ" in ents[name][1] and "SDJ" not in ents, ents
    assert "Société des journalistes du Fanal" not in ents, ents


def test_a_negative_pronoun_opening_a_sentence_is_no_name(entities):
    ents = entities("Le bras de fer s'est achevé mardi.\n\nPersonne n'est dupe : la décision porte la marque "
                    "de Paul Mercier, qui veut prendre le contrôle de l'éditeur.")
    assert "Personne" not in ents, ents


def test_a_name_spelled_by_its_acronym_set_beside_it(entities):
    ents = entities("Les victimes ont été indemnisées par l'Office national d'indemnisation des accidents "
                    "agricoles, l'Oniaa. Norlac n'a pas versé un euro à l'Oniaa.")
    name = "Office national d'indemnisation des accidents agricoles"
    assert name in ents and ents[name][0] == "GOV" and "Oniaa" in ents[name][1] and "Oniaa" not in ents, ents


def test_a_short_name_beside_an_acronym_that_does_not_spell_it(entities):
    # (near miss: the acronym after the comma spells no run of three words before it)
    ents = entities("Le groupe a signé avec Norlac Industries, le BRGM, un accord de recherche.")
    assert "Norlac Industries" in ents and ents["Norlac Industries"][0] == "ORG", ents
