"""Names cut or joined wrongly, read on the s16 read set (names helper): invented actors only."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name", [
    # "et" inside the name, the acronym spelling it with a lower-case "e"
    ("Les sénateurs du groupe Liberté et Territoires (LeT) ont voté contre le texte.", "Liberté et Territoires"),
    # "et" inside the name, the acronym skipping it
    ("L'eurodéputé Paul Garnier a rejoint le groupe des Conservateurs et Souverainistes européens (CSE).",
     "Conservateurs et Souverainistes européens"),
    # capitalised words cut apart by little words the NER stops at
    ("Issue du Parti pour la Démocratie sociale (PDS), Mme Lavergne a été nommée ministre.",
     "Parti pour la Démocratie sociale"),
    ("Le Rassemblement pour la France nouvelle (RFN) a désigné Jean Martel comme candidat.",
     "Rassemblement pour la France nouvelle"),
    # a plural, feminine, in a relative clause
    ("Les députées qui siègent avec les Écologistes et Solidaires (EeS) ont quitté l'hémicycle.",
     "Écologistes et Solidaires"),
])
def test_a_name_spelled_by_its_acronym_is_whole(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "ORG", ents


@pytest.mark.parametrize("text,cut", [
    ("Les sénateurs du groupe Liberté et Territoires (LeT) ont voté contre le texte.", "Liberté"),
    ("Issue du Parti pour la Démocratie sociale (PDS), Mme Lavergne a été nommée ministre.", "Parti"),
    ("L'eurodéputé Paul Garnier a rejoint le groupe des Conservateurs et Souverainistes européens (CSE).",
     "Conservateurs"),
])
def test_no_part_of_a_name_spelled_by_its_acronym(entities, text, cut):
    assert cut not in entities(text)


def test_the_acronym_stands_for_the_whole_name(entities):
    ents = entities("Le groupe Liberté et Territoires (LeT) a perdu un élu. Le LeT compte désormais 12 membres.")
    assert "LeT" in ents["Liberté et Territoires"][1], ents


def test_an_article_before_the_name_is_not_part_of_it(entities):
    ents = entities("La Commission nationale des marchés et des lieux (CNML) a rendu son avis mardi.")
    assert "La Commission nationale des marchés et des lieux" not in ents, ents


@pytest.mark.parametrize("text,name", [
    ("Alliance : les groupes Avenir commun et Liberté et Territoires s'unissent\n\n"
     "Le groupe Liberté et Territoires (LeT) et le groupe Avenir commun ont signé un accord.", "Liberté et Territoires"),
    ("Les partis Union paysanne et Terre et Mer votent ensemble\n\n"
     "Le parti Terre et Mer (TeM) a rejoint l'accord de l'Union paysanne.", "Terre et Mer"),
])
def test_a_name_with_et_whole_elsewhere_is_whole_in_the_headline(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert name.split()[0] not in ents and name.split()[-1] not in ents, ents


@pytest.mark.parametrize("text,name", [
    # the NER's two pieces side by side, the parse hanging the second on the first
    ("Norvane Télécom tourne la page de ses antennes.", "Norvane Télécom"),
    ("Anatolia Télécom tourne la page de ses antennes.", "Anatolia Télécom"),
    ("Selon le syndicat, Anatolia Télécom va supprimer 300 postes.", "Anatolia Télécom"),
    ("Selon nos informations, Kerlys Énergies a signé avec la ville un contrat de dix ans.", "Kerlys Énergies"),
    # a capitalised word mid-sentence the tagger calls a preposition closes the name
    ("Le groupe a cédé 70 % de Norvane Pylônes, la filiale qui regroupe ses sites.", "Norvane Pylônes"),
    ("Les salariés de Brivane Ciments, la filiale cimentière, sont en grève.", "Brivane Ciments"),
])
def test_a_name_the_ner_cut_in_two_is_whole(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "ORG", ents


def test_a_name_cut_in_a_table_row_is_whole_when_found_whole_above(entities):
    text = ("Norvane Télécom cède sa filiale. Le capital se répartira ainsi :\n\n"
            "| Actionnaire | Part |\n|---|---|\n| Castelnau Partners | 70 % |\n| Norvane Télécom | 30 % |\n")
    ents = entities(text)
    assert "Télécom" not in ents, ents


@pytest.mark.parametrize("text,function_word", [
    ("Le contrat a été signé à Nantes Pour la troisième fois, selon la mairie.", "Pour"),
])
def test_a_capitalised_function_word_stays_out(entities, text, function_word):
    assert not any(n.endswith(function_word) for n in entities(text))


@pytest.mark.parametrize("text,name", [
    # a party, a coalition, an app introduced by its noun: an organisation, not a person or a place
    ("Loïc Guéguen, élu de la formation régionaliste Mor Glas, a voté contre le budget.", "Mor Glas"),
    ("Les élus de la coalition Horizon Vert ont quitté la séance.", "Horizon Vert"),
    ("La plainte a été déposée par l'application de streaming musical Solvane.", "Solvane"),
    ("Les fondateurs de l'appli Kerlune ont saisi le tribunal.", "Kerlune"),
])
def test_a_political_body_or_an_app_introduced_by_its_noun_is_an_organisation(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "ORG", ents


@pytest.mark.parametrize("text,person", [
    # a capitalised adjective opening the sentence, "de", then the honorific of a person's name
    ("Le projet avance. Proche de M. Tardieu sur ce point, le sénateur Éric Aubrac réclame un comité.", "Tardieu"),
    ("Le texte divise. Fidèle de Mme Lebrun depuis vingt ans, la députée Anne Cosson votera contre.", "Lebrun"),
    ("Le parti se déchire. Rival de M. Quintin, Paul Arnal brigue la présidence.", "Quintin"),
])
def test_an_honorific_opens_a_person_not_a_longer_name(entities, text, person):
    ents = entities(text)
    assert not any(n.endswith(("M.", "Mme")) for n in ents), ents
    assert any(n.endswith(person) for n in ents), ents


@pytest.mark.parametrize("text,parent,branch", [
    ("Norvia Energies : les syndicats appellent à la grève\n\nLes salariés de Norvia Energies sont en grève. "
     "Norvia veut céder Norvia Réseaux, sa filiale de distribution, d'ici à juin.", "Norvia Energies", "Norvia Réseaux"),
    ("Kelmor Industries cède une usine\n\nLe groupe Kelmor Industries a vendu son site de Brest. Kelmor Logistics, "
     "qu'il contrôle, reprend les salariés. Kelmor se recentre sur l'acier.", "Kelmor Industries", "Kelmor Logistics"),
])
def test_a_short_form_is_the_company_the_headline_names_in_full(entities, text, parent, branch):
    ents = entities(text)
    short = parent.split()[0]
    assert short in ents[parent][1], ents
    assert short not in ents[branch][1], ents


@pytest.mark.parametrize("text,name", [
    ("Selon la direction de Valmy Energies, le plan sera présenté lundi.", "Valmy Energies"),
    ("Les élus ont reçu les dirigeants d'Orvelle Énergies mardi.", "Orvelle Énergies"),
])
def test_a_name_closed_by_energies_is_an_organisation(entities, text, name):
    ents = entities(text)
    assert name in ents and ents[name][0] == "ORG", ents


@pytest.mark.parametrize("text,bodies", [
    ("Le remaniement en détail :\n\nMinistère | Sortant | Entrant\nTravail et Emploi | Paul Morel | Anne Vidal\n"
     "Culture | Luc Brun | Inès Garnier\n\nLa passation aura lieu lundi.", ["Travail et Emploi", "Culture"]),
    ("Les nominations :\n\nPortefeuille | Ministre\nTransports et Mobilités | Hélène Corre\n"
     "Sports | Marc Olier\n\nLe gouvernement compte 32 membres.", ["Transports et Mobilités", "Sports"]),
])
def test_a_tables_ministry_column_names_ministries_whole(entities, text, bodies):
    ents = entities(text)
    for body in bodies:
        assert body in ents and ents[body][0] == "GOV", ents
