"""Names of real-press passages read wrongly (s17-real helper): invented actors only."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,typ", [
    # a short lowercase particle glued by a hyphen opens the surname or the name
    ("Nasser al-Mansouri a rencontré Paul Verdier à Doha.", "Nasser al-Mansouri", "PER"),
    ("Le patron du club, Karim el-Fassi, a démissionné.", "Karim el-Fassi", "PER"),
    ("Selon ses proches, Omar ben-Saïd dirige Norvex depuis 2019.", "Omar ben-Saïd", "PER"),
    ("La chaîne i-Vision appartient au groupe Belmont.", "i-Vision", "ORG"),
    ("Le groupe Belmont possède aussi e-Kiosque, un site de presse.", "e-Kiosque", None),
])
def test_a_glued_particle_is_part_of_the_name(entities, text, name, typ):
    ents = entities(text)
    assert name in ents, ents
    assert typ is None or ents[name][0] == typ, ents
    assert not any(n.startswith("-") for n in ents), ents


@pytest.mark.parametrize("text,name", [
    # "l'Etat" with a country's adjective is named with it (the text's name), accented or not
    ("L'Etat français détient 15 % de Norvex.", "Etat français"),
    ("Premier actionnaire de la banque Corvan, l'État belge a voté contre.", "État belge"),
    ("Norvex a reçu un prêt de l'Etat italien en 2020.", "Etat italien"),
])
def test_a_state_is_named_with_its_adjective(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "GOV", ents


def test_the_bare_state_joins_the_state_named_with_its_adjective(entities):
    ents = entities("L'Etat français détient 15 % de Norvex. L'Etat a aussi prêté 2 milliards d'euros à Bemex.")
    assert "Etat français" in ents and "Etat" not in ents, ents


@pytest.mark.parametrize("text,parent,branch", [
    # a name the apposition after it calls a branch is the subsidiary, not its parent named short
    ("Le finlandais Varko a cédé Varko Technologies, la branche du groupe chargée des licences, à Bemex. "
     "Varko garde ses usines.", "Varko", "Varko Technologies"),
    ("Le fabricant Morvel a créé Morvel Développement, sa filiale dédiée aux reconversions. Morvel ferme "
     "pourtant son usine de Lens.", "Morvel", "Morvel Développement"),
    ("Le groupe Talvane a confié le dossier à Talvane Conseil, sa filiale dédiée aux PME. Talvane ferme "
     "pourtant deux sites.", "Talvane", "Talvane Conseil"),
    ("Norvane Services, une filiale chargée de la maintenance, emploie 300 personnes. Norvane a annoncé "
     "lundi des résultats en hausse.", "Norvane", "Norvane Services"),
])
def test_a_branch_in_apposition_is_not_its_parent(entities, text, parent, branch):
    ents = entities(text)
    assert parent in ents and branch in ents, ents


@pytest.mark.parametrize("text,short,branch", [
    # the apposition names the parent: the short name is the subsidiary's own
    ("Le régulateur a sanctionné Corvane Gestion, la filiale de gestion d'actifs de la banque Sallier. "
     "Corvane a fait appel.", "Corvane", "Corvane Gestion"),
    ("Corvane Énergies, la filiale solaire du groupe lorrain Masson, a nommé un directeur. Corvane vise "
     "1 gigawatt en 2027.", "Corvane", "Corvane Énergies"),
])
def test_a_branch_whose_parent_is_named_keeps_its_short_name(entities, text, short, branch):
    ents = entities(text)
    assert branch in ents and short not in ents, ents


@pytest.mark.parametrize("text,name", [
    # public bodies named by lower-case words alone
    ("Le ministère public a requis deux ans de prison contre Paul Verdier.", "ministère public"),
    ("Le parquet général a fait appel de la relaxe de Paul Verdier.", "parquet général"),
    ("Après un accident mortel, l'inspection du travail a saisi la justice contre Norvex.", "inspection du travail"),
])
def test_lower_case_public_bodies(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "GOV", ents



@pytest.mark.parametrize("text,word", [
    # a sector written as an acronym, France by its shape: no actor
    ("Interrogé, le groupe de BTP dirigé par Paul Verdier se dit investisseur de long terme.", "BTP"),
    ("Pour tourner la page, le ministère versera au groupe de BTP une indemnité de 80 millions d'euros.", "BTP"),
    ("Le fonds qatari Norvex ne part pas de zéro dans l'Hexagone.", "Hexagone"),
])
def test_no_actor_named_by_a_sector_or_a_nickname(entities, text, word):
    assert word not in entities(text)


def test_a_company_name_closed_by_a_sector_acronym_stays_whole(entities):
    ents = entities("Le groupe Dumoulin BTP a racheté la société Norvex.")
    assert "Dumoulin BTP" in ents, ents


@pytest.mark.parametrize("text,name", [
    # the cabinet named as the text writes it, when it never writes "le gouvernement X"
    ("Le gouvernement de Michel Vernier a été nommé samedi. Paul Garnier devient porte-parole du gouvernement.",
     "gouvernement de Michel Vernier"),
    ("Le nouveau gouvernement de Jeanne Lavoisier a nommé Paul Garnier au ministère de l'Économie.",
     "gouvernement de Jeanne Lavoisier"),
    ("Le gouvernement d'Alban Carrouges veut taxer Norvex.", "gouvernement d'Alban Carrouges"),
    # (the text's short form wins when it writes both)
    ("Le gouvernement d'Alban Carrouges a présenté son budget. Le gouvernement Carrouges veut taxer Norvex.",
     "gouvernement Carrouges"),
])
def test_a_cabinet_is_named_as_the_text_writes_it(entities, text, name):
    ents = entities(text)
    assert name in ents and ents[name][0] == "GOV", ents


@pytest.mark.parametrize("text,name", [
    # a name the NER ran into "et" + a clitic + the verb: cut before the conjunction
    ("Il préside l'association de financement d'En Avant et s'est chargé de la collecte.", "En Avant"),
    ("Elle a rejoint le collectif Terre Vive et s'y est engagée dès 2019.", "Terre Vive"),
])
def test_no_clitic_closes_a_name(entities, text, name):
    ents = entities(text)
    assert name in ents, ents


@pytest.mark.parametrize("text,name,cut", [
    # a capitalised demonym right after the noun introducing an organisation opens its name
    ("Norvex possède, via sa filiale immobilière Qatari Velmar, 4 % de Bemex.", "Qatari Velmar", "Velmar"),
    ("Le fonds Qatari Velmar a racheté la société Bemex.", "Qatari Velmar", "Velmar"),
    ("Le groupe Norvex contrôle, via son fonds souverain Qatari Velmar, la société Bemex.", "Qatari Velmar",
     "Velmar"),
])
def test_a_demonym_after_an_organisation_noun_opens_its_name(entities, text, name, cut):
    ents = entities(text)
    assert name in ents and cut not in ents, ents


@pytest.mark.parametrize("text,name", [
    # after an article it is a nationality noun
    ("Le Britannique Paul Verdier a racheté Bemex.", "Paul Verdier"),
    ("Le Néerlandais Velmo a racheté la société Bemex.", "Velmo"),
])
def test_a_demonym_after_an_article_is_a_nationality(entities, text, name):
    assert name in entities(text)
