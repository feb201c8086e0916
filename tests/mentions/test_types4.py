"""Name spans and entity types (types4 branch): the ends of a name the NER ran into a phrase, a lone
letter standing for persons unknown, public bodies named by a capitalised noun and a lower-case word."""
from __future__ import annotations


def test_name_never_ends_on_de(entities):
    # "saisir l'Autorité X d'une plainte": the NER ran the name into the "d'" phrase
    ents = entities("Kelvio a saisi l'Autorité de la concurrence d'une plainte contre Nuvia.")
    assert "Autorité de la concurrence" in ents and not any(n.endswith("'") for n in ents)
    ents = entities("Technova a saisi l'Autorité des marchés financiers d'un recours contre Orbalia.")
    assert not any(n.endswith("'") or n.endswith(" de") for n in ents)


def test_persons_unknown_is_no_name(entities):
    # "plainte contre X": X is whoever did it, not a party
    assert list(entities("Kelvio a porté plainte contre X.")) == ["Kelvio"]
    assert "X" not in entities("Orbalia a déposé une plainte contre X, selon Paul Verdier.")


def test_public_body_with_a_lower_case_word(entities):
    # "l'Assurance maladie", "la Défense nationale": a capitalised common noun and a lower-case word of
    # public bodies are one name (not "Assurance" alone, not "Défense" the place)
    assert entities("Anne Fabre, directrice de l'Assurance maladie, a critiqué Technova.")["Assurance maladie"][0] == "GOV"
    assert entities("La Défense nationale a commandé des drones à Kelvio.")["Défense nationale"][0] == "GOV"
    assert "Assurance chômage" in entities("L'Assurance chômage a versé des aides aux salariés de Technova.")
    # traps: an unknown word (a company's name), a region's people
    assert "Kelvio" in entities("Kelvio national a été racheté par Orbalia.")
    assert "Parisien national" not in entities("Paul Verdier, le Parisien national de Technova, a quitté Kelvio.")


def test_name_does_not_run_into_its_verb(entities):
    # "la Gendarmerie nationale enquête sur X": "enquête" is the verb the name is the subject of
    ents = entities("La Gendarmerie nationale enquête sur Orbalia.")
    assert "Gendarmerie nationale" in ents and "Orbalia" in ents


def test_person_of_a_circle_before_a_name(entities):
    # "Son adjoint, X", "son bras droit, X", "son associé historique, X": a person
    assert entities("Son adjoint, Verdal, a été nommé à la tête de Orbalia.")["Verdal"][0] == "PER"
    assert entities("Son bras droit, Solenne, dirige désormais Kelvio.")["Solenne"][0] == "PER"
    assert entities("Son associé historique, Kerval, a quitté Technova.")["Kerval"][0] == "PER"
    assert entities("Son homme de confiance, Tavernier, dirige Orbalia.")["Tavernier"][0] == "PER"
    # traps: whose word it is ("Selon le ministre, X"), an armed wing, a client
    assert entities("Selon le ministre, Kelvio a racheté Nuvia.")["Kelvio"][0] == "ORG"
    assert entities("D'après son fondateur, Orbalia va lever des fonds.")["Orbalia"][0] == "ORG"
    assert entities("Son bras armé, Valtek, a racheté Nuvia.")["Valtek"][0] == "ORG"
    # (a person noun after a preposition still describes the name: "à son fils aîné, X")
    assert entities("Anne Fabre a transmis la présidence à son fils aîné, Corentin, jusqu'ici directeur.")[
        "Corentin"][0] == "PER"


def test_place_named_only_near_something(entities):
    # "une filature proche de X", "installée près de X", "dans la banlieue de X", "au nord de X": where
    # something is, never a party
    assert "Lyon" not in entities("Maritima exploite une filature proche de Lyon.")
    assert "Marseille" not in entities("Nuvia a ouvert une usine installée près de Marseille.")
    assert "Toulouse" not in entities("Kelvio a construit un entrepôt dans la banlieue de Toulouse.")
    assert "Lyon" not in entities("Technova, installée aux portes de Lyon, a été rachetée par Kelvio.")
    # traps: a person's friend, an ally
    assert "Paul Verdier" in entities("Un proche de Paul Verdier a fondé Orbalia.")
    assert "Valdarie" in entities("Kelvio, proche de la Valdarie, a signé un accord avec Nuvia.")


def test_compound_nationality_before_a_name(entities):
    # "le Russo-Chypriote X", "la Sino-Américaine X": a nationality in three tokens, not a name nor part of one
    ents = entities("Son fondateur, le Russo-Chypriote Paul Tchernov, est visé.")
    assert list(ents) == ["Paul Tchernov"]
    ents = entities("Le Franco-Chypriote Jean Roux dirige Kelvio.")
    assert "Franco-Chypriote" not in ents and ents["Jean Roux"][0] == "PER"
    # (a prefix in -o and an adjective of a country the list does not know)
    assert list(entities("Le Russo-Valdarien Paul Tchernov a fondé Nuvia."))[0] == "Paul Tchernov"
    # trap: a company's name opening with such a word keeps it
    assert "Anglo-Saxon Capital" in entities("Le fonds Anglo-Saxon Capital a racheté Nuvia.")


def test_one_word_rubric_is_no_name(entities):
    # "Cybersécurité : X décroche …": a headline's one-word rubric, a common noun
    ents = entities("Cybersécurité : Kelvio décroche le contrat de la Métropole de Lyon\nLe contrat a été signé lundi.")
    assert "Cybersécurité" not in ents and "Kelvio" in ents
    # trap: a company the headline opens with, named again in the text
    ents = entities("Kelvio : Anne Fabre quitte la présidence\nKelvio a annoncé lundi le départ de sa PDG.")
    assert "Kelvio" in ents
