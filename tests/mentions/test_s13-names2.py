"""Names cut, joined or typed wrongly, round 2 (s13, names2): invented actors only."""
from __future__ import annotations

import pytest


def _of(ents, short):
    """The entity whose name or aliases hold ``short``."""
    return next((n for n, (_, aliases) in ents.items() if n == short or short in aliases), None)


@pytest.mark.parametrize("text,acronym,name", [
    ("Lise Morvan, présidente de Convergence citoyenne (CC), a signé. Le député Paul Roux, figure de l'aile "
     "gauche de CC, a claqué la porte de CC mardi.", "CC", "Convergence citoyenne"),
    ("La secrétaire générale d'Unité populaire (UP) a parlé. Mais la fracture traverse UP depuis l'élection, "
     "et les cadres d'UP hésitent.", "UP", "Unité populaire"),
    ("L'Agence nationale des fréquences marines (Anfm) a sanctionné Télviro. Selon l'Anfm, le groupe savait. "
     "L'Anfm a infligé une amende.", "Anfm", "Agence nationale des fréquences marines"),
    ("Les adhérents du Rassemblement des élus libres (REL) ont voté. Plus tard, REL a exclu Jean Berthod.",
     "REL", "Rassemblement des élus libres"),
])
def test_an_acronym_defined_in_brackets_stands_for_the_name_everywhere(entities, text, acronym, name):
    # two letters, or written like a word: the text's own definition decides, not the initials' length
    ents = entities(text)
    assert name in ents, ents
    assert acronym in ents[name][1], ents
    assert acronym not in ents, ents


@pytest.mark.parametrize("text,son,father", [
    ("Son père Henri de Valombre a fondé Quillary en 1960. Son fils Paul-Henri de Valombre dirige Quillary.",
     "Paul-Henri de Valombre", "Henri de Valombre"),
    ("Marie-Claire Dutertre a succédé à Claire Dutertre, sa tante, à la tête de Bénodec.",
     "Marie-Claire Dutertre", "Claire Dutertre"),
    ("Jean-Louis Sarrazin préside Télviro ; Louis Sarrazin, son cousin, siège au conseil.",
     "Jean-Louis Sarrazin", "Louis Sarrazin"),
])
def test_a_name_ending_inside_a_hyphenated_first_name_is_another_person(entities, text, son, father):
    ents = entities(text)
    assert son in ents and father in ents, ents
    assert father not in ents[son][1], ents


@pytest.mark.parametrize("text,name", [
    ("Rien ne prédestinait pourtant Paul-Henri de Valombre au commerce.", "Paul-Henri de Valombre"),
    ("Selon nos informations, Marie-Laure d'Aubrelle a quitté la banque Quillary.", "Marie-Laure d'Aubrelle"),
    ("Le conseil a reconduit Anne-Sophie de Kerdanet à la présidence de Quillary.", "Anne-Sophie de Kerdanet"),
])
def test_first_names_go_on_with_the_particle_and_the_family_name(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "PER"


@pytest.mark.parametrize("text,name", [
    ("Notre holding familiale détient 61 % du capital. Bpifrance en possède 12 % depuis 2021.", "Bpifrance"),
    ("Le fonds est sorti l'an dernier. Tikamel en détient désormais 40 %.", "Tikamel"),
    ("Plusieurs fonds sont entrés au capital. Ardenvia y a investi 3 millions d'euros.", "Ardenvia"),
])
def test_a_name_opening_a_sentence_before_a_clitic_pronoun(entities, text, name):
    # "en", "y" are the verb's pronouns here, not the preposition of "Diplômé en droit, X …"
    assert name in entities(text)


@pytest.mark.parametrize("text,word", [
    ("La ville verse une subvention.\n\nContacté, le maire de Morlaix a démenti.", "Contacté"),
    ("Le club a signé.\n\nInterrogée, la présidente de Bénodec n'a pas souhaité répondre.", "Interrogée"),
    ("« Tout a été fait dans les règles. » Même fermeté du côté du club, qui dément.", "Même"),
    ("« Nous ne vendrons pas. » Autre son de cloche chez Télviro, qui se dit prêt.", "Autre"),
])
def test_an_opening_participle_or_adverb_is_no_name(entities, text, word):
    assert word not in entities(text)


@pytest.mark.parametrize("text,rubric", [
    ("Medtech : Gaïlor lève 40 millions d'euros\n\nLa société Gaïlor a levé 40 millions.", "Medtech"),
    ("Drones : Bruxelles sanctionne Kazavia\n\nLe Conseil de l'Union européenne a sanctionné Kazavia.", "Drones"),
    ("Présidentielle 2027 : entre Cap Solidaire et Élan commun, un accord\n\nLe parti Élan commun a signé.",
     "Présidentielle 2027"),
    ("ENQUÊTE\n\nDes pièces de Bénodec dans des drones\nLe parquet de Paris enquête.", "ENQUÊTE"),
])
def test_a_headline_rubric_is_no_actor(entities, text, rubric):
    assert rubric not in entities(text)


@pytest.mark.parametrize("text,name,etype", [
    ("Les Hospices civils de Lyon ont attribué un marché de 3 millions à Lumvex.", "Hospices civils de Lyon", "GOV"),
    ("Votre actionnaire de référence, Aubrelle Infrastructures, pourrait céder sa participation.",
     "Aubrelle Infrastructures", "ORG"),
    ("Le groupe aurait éconduit une offre de rachat d'Hypermarchés Tavernier.", "Hypermarchés Tavernier", "ORG"),
    ("À la tête du producteur d'hydrogène vert Solgazio depuis 2021, Anne Bosc répond. Solgazio n'est pas à vendre.",
     "Solgazio", "ORG"),
])
def test_names_typed_by_their_words_or_their_trade(entities, text, name, etype):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == etype, ents


@pytest.mark.parametrize("text,name,acronym", [
    ("Bonne nouvelle : l'Assistance publique-Hôpitaux de Marseille (AP-HM) a commandé 200 pompes à Gaïlor. "
     "L'AP-HM a aussi signé avec Bionexo.", "Assistance publique-Hôpitaux de Marseille", "AP-HM"),
    ("Le syndicat Val-de-Loire Mobilités (VDLM) a choisi Transvia. Plus tard, VDLM versera 3 millions à Transvia.",
     "Val-de-Loire Mobilités", "VDLM"),
    ("La Caisse régionale-Crédit du Léon (CR-CL) prête à Gaïlor. Selon la CR-CL, le prêt est sûr.",
     "Caisse régionale-Crédit du Léon", "CR-CL"),
])
def test_a_hyphenated_name_and_its_hyphenated_acronym(entities, text, name, acronym):
    ents = entities(text)
    assert name in ents, ents
    assert acronym in ents[name][1] and acronym not in ents, ents


@pytest.mark.parametrize("text,company,person", [
    ("Paturel Participations détient 40 % de Paturel. Paturel a racheté Lunéo. Jacques Paturel préside "
     "Paturel Participations.", "Paturel", "Jacques Paturel"),
    ("Le rachat de Vernadet par Sobral inquiète. Vernadet emploie 300 salariés. Claire Vernadet, "
     "petite-fille du fondateur, s'y oppose.", "Vernadet", "Claire Vernadet"),
])
def test_a_bare_name_used_twice_before_the_person_is_the_company(entities, text, company, person):
    ents = entities(text)
    assert company in ents and ents[company][0] == "ORG", ents
    assert person in ents and company not in ents[person][1], ents


def test_a_technova_orbalia_pair_without_acronym_is_not_joined_by_the_hyphen_rule(entities):
    ents = entities("Le consortium Technova-Orbalia a gagné le marché. Technova a signé seule.")
    assert "Technova" in ents or "Technova-Orbalia" in ents


@pytest.mark.parametrize("text,name,etype", [
    ("Le tour est mené par Veraltis Capital, rejoint par Rivolat Impact, le véhicule de l'équipementier Rivolat.",
     "Rivolat Impact", "ORG"),
    ("Urbaline est aussi le partenaire maillot du Stade quimpérois, qu'elle soutient depuis l'été.",
     "Stade quimpérois", "ORG"),
    ("Le Racing lensois a signé avec Urbaline un contrat de trois ans.", "Racing lensois", "ORG"),
])
def test_firms_and_clubs_typed_by_their_words(entities, text, name, etype):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == etype, ents


def test_a_lawyer_title_before_a_name_still_makes_a_person(entities):
    ents = entities("L'avocate Claire Morvan défend Isotherm devant le tribunal.")
    assert ents.get("Claire Morvan", ("",))[0] == "PER", ents


@pytest.mark.parametrize("text,name", [
    ("Bellarde est conseillé par le cabinet Dorval. Dauphinoise Laitière a de son côté mandaté la Banque Élancourt.",
     "Dauphinoise Laitière"),
    ("Le marché est calme. Normande Salaisons a racheté Lunéo l'an dernier.", "Normande Salaisons"),
    ("Rien n'est joué. Bretonne Conserves, qui emploie 300 salariés, a refusé l'offre.", "Bretonne Conserves"),
])
def test_a_regional_adjective_opening_a_sentence_opens_the_company_name(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "ORG", ents


@pytest.mark.parametrize("text,numeral", [
    ("Les résultats de l'essai de phase III de Pélivar ont déçu les marchés.", "III"),
    ("La phase II avait été financée par Maelstrom Capital en 2021.", "II"),
    ("Le titre IV du projet de loi vise Pélivar.", "IV"),
])
def test_a_roman_numeral_alone_is_no_name(entities, text, numeral):
    assert numeral not in entities(text)
