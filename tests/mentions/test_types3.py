"""Typing a name from its own first word (types3 branch): a company's name opening with its trade, a
workshop in "-erie" or a product in the plural ("Voilerie X", "Glaces X"), whatever the NER makes of
the rest (a town's or a family's name), and such a word joined to the "de" phrase the NER found alone."""
from __future__ import annotations


def test_workshop_noun_opening_a_name(entities):
    # "Voilerie X", "Biscuiterie X", "Tuilerie X": the NER took the rest for a place or a person
    assert entities("Technova ne se séparera pas de Voilerie Carnac, rachetée en 2019.")["Voilerie Carnac"][0] == "ORG"
    assert entities("La Financière des Aubiers a cédé Biscuiterie Penmarch au groupe Kelvio.")[
        "Biscuiterie Penmarch"][0] == "ORG"
    assert entities("Anne Fabre a quitté Tuilerie Marcillac pour rejoindre Nuvia.")["Tuilerie Marcillac"][0] == "ORG"
    # (and a workshop noun in lower case introduces one: "la conserverie X")
    assert entities("La coopérative Terrelune a racheté la conserverie Bastide.")["Bastide"][0] == "ORG"


def test_products_opening_a_name(entities):
    assert entities("Les Caves Ballaz ont été rachetées par Kelvio.")["Caves Ballaz"][0] == "ORG"
    assert entities("Le groupe Kelvio a vendu ses Chocolats Lormont à Horizon Ventures.")["Chocolats Lormont"][0] == "ORG"


def test_trade_word_joins_its_de_phrase(entities):
    # "Saveurs de X": one company's name, not the place X
    ents = entities("Saveurs de Penvern, la marque de rillettes, a été cédée à Atlas Capital.")
    assert ents["Saveurs de Penvern"][0] == "ORG" and "Penvern" not in ents


def test_trade_words_leave_people_and_places(entities):
    # traps: first names ending in "s", a town after "maire de", a town that is only where one grew up
    assert entities("Thomas Vernet dirige Orbalia.")["Thomas Vernet"][0] == "PER"
    assert entities("Charles Meunier préside la Banque Orelle.")["Charles Meunier"][0] == "PER"
    ents = entities("Anne Fabre a grandi à Carnac avant de rejoindre Brasserie Lormont.")
    assert "Carnac" not in ents and ents["Brasserie Lormont"][0] == "ORG"
    assert entities("Paul Verdier, maire de Carnac, a reçu le PDG de Nuvia.")["Carnac"][0] in ("GOV", "LOC")


def test_kinship_noun_with_its_rank_before_a_first_name(entities):
    # "Leur frère cadet, X", "Sa fille aînée, X": a person, though one word the NER alone calls a person
    # is otherwise taken for a company
    assert entities("Leur frère cadet, Yannick, conserve sa participation dans Orbalia.")["Yannick"][0] == "PER"
    assert entities("Sa fille aînée, Camille, dirige désormais Orbalia.")["Camille"][0] == "PER"


def test_sector_and_public_body_words_in_a_name(entities):
    # "X Cloud", "X Data": a company's sector closing its name; "Direction interministérielle de …": a state body
    ents = entities("Zénor Cloud a remporté l'appel d'offres de la Direction interministérielle du numérique.")
    assert ents["Zénor Cloud"][0] == "ORG"
    assert ents["Direction interministérielle du numérique"][0] == "GOV"


def test_sector_word_closing_a_name(entities):
    # "X Amorçage", "X Nautisme", "X Gestion": a company's sector closing its name, whatever the NER makes of X
    assert entities("Jean Roux, ancien de Orvane Gestion, rejoint Atlas Capital.")["Orvane Gestion"][0] == "ORG"
    # (a three-word public body stays one: "Conseil de sécurité")
    assert entities("Le Conseil de sécurité a condamné Valdarie.")["Conseil de sécurité"][0] == "GOV"
    # (a first name stays a person's: "Marine X")
    assert entities("Marine Fabre a quitté Technova pour Nuvia.")["Marine Fabre"][0] == "PER"


def test_social_security_bodies_are_public(entities):
    # "la CPAM de X", "l'Urssaf de X": public bodies by their kind (ONTOLOGY: agencies are GOV)
    # ((s27-people27) the body's short name and its town are one name, as "Urssaf de Bretagne" below)
    assert entities("La CPAM de Lorient a porté plainte contre la clinique Orvane.")["CPAM de Lorient"][0] == "GOV"
    assert entities("L'Urssaf de Bretagne réclame 3 millions d'euros à Technova.")["Urssaf de Bretagne"][0] == "GOV"
    # (a company's name with "Assurance" stays a company's)
    assert entities("Kelvio Assurance a racheté le courtier Nuvia.")["Kelvio Assurance"][0] == "ORG"
