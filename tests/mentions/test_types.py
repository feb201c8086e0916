"""Typing a name from evidence around it (types branch): appositions with a possessive, an organisation
noun with a long "de" phrase before the name, places named only as where something is."""
from __future__ import annotations


def test_possessive_apposition_types_the_name(entities):
    # "X, son ancienne filiale": an organisation noun after a possessive, set off by a comma
    assert entities("Kelvio a cédé Montaure, son ancienne filiale, à Technova.")["Montaure"][0] == "ORG"
    assert entities("Orsenne, sa filiale espagnole, sera cédée à Kelvio.")["Orsenne"][0] == "ORG"
    # (a person noun stays a person's: "X, son frère")
    assert entities("Paul Verdier a rencontré Jean Roux, son frère, à Lyon.")["Jean Roux"][0] == "PER"


def test_trade_phrase_before_the_name(entities):
    # "le groupe de cliniques X": the organisation noun, its "de" phrase, then the name
    assert entities("Le groupe de cliniques Sorelia Santé a commandé 2 000 licences.")["Sorelia Santé"][0] == "ORG"
    assert entities("Parmi ses clients figurent le spécialiste de la mode en ligne Corvania.")["Corvania"][0] == "ORG"
    # (not a name opening with a first name, nor the "de" phrase's own name)
    assert entities("Le fonds de Paul Verdier a vendu ses parts.")["Paul Verdier"][0] == "PER"


def test_place_only_where_is_no_entity(entities):
    # "basé à X": a place named only as where something is never acts
    ents = entities("Technova, un armateur basé à Marseille, a été racheté par Atlas Capital.")
    assert "Marseille" not in ents and "Technova" in ents
    # (but "investi dans X", "à X" after a verb of giving: a company)
    assert "Technova" in entities("Lyon Capital a investi 10 millions dans Technova.")
    assert "Orbalia" in entities("Le groupe Kelvio a cédé sa filiale Nuvia à Orbalia pour 40 millions d'euros.")


def test_names_opening_a_sentence(entities):
    # "Lysandre Industrie, une PME …": an unknown word the parser tags a pronoun or a verb opening a name
    ents = entities("Deux candidats étaient sur les rangs. Lysandre Industrie, une PME iséroise, proposait un plan.")
    assert "Lysandre Industrie" in ents and "Industrie" not in ents
    # "Bpifrance, qui détient …" opening a paragraph: a bare subject set off by "qui" is a name
    ents = entities("Le ministre a réagi.\nBpifrance, qui détient 11 % du capital de Kelvio, n'est pas visée.")
    assert "Bpifrance" in ents
    # (a rubric word standing alone is not: "Tensions.")
    assert "Tensions" not in entities("Tensions. Le ministre a démissionné.")


def test_house_health_and_radio_words_in_a_name(entities):
    # "Maison X", "X Santé", "Clinique X": words that make a name an organisation's
    assert entities("Maison Lavergne a été rachetée par Atlas Capital.")["Maison Lavergne"][0] == "ORG"
    assert entities("Dorvalis Santé a levé 10 millions d'euros auprès d'Atlas Capital.")["Dorvalis Santé"][0] == "ORG"
    # (but the Maison Blanche is a seat of power, and a ministry stays a public body)
    assert entities("La Maison Blanche a condamné Technova.")["Maison Blanche"][0] == "GOV"
    assert entities("Le ministère de la Santé a sanctionné Kelvio.")["ministère de la Santé"][0] == "GOV"


def test_short_form_joins_the_full_name_it_opens(entities):
    # "Zorvane Cloud … Zorvane": named in full first, then by its first word (one capitalised word dropped)
    ents = entities("Le groupe Zorvane Cloud a levé 20 millions d'euros. Zorvane prévoit de recruter 50 personnes.")
    assert "Zorvane" not in ents and "Zorvane" in ents["Zorvane Cloud"][1]
    # (not the parent named before its subsidiary, nor a place closing the name)
    ents = entities("Le groupe Zorvane a racheté Nuvia. Zorvane Cloud, sa filiale, recrute.")
    assert "Zorvane" in ents and "Zorvane Cloud" in ents
    # (nor a parent named in the same sentence as its subsidiary: two actors)
    ents = entities("Kelvio Énergies a porté plainte. Kelvio Énergies, filiale de Kelvio, dénonce la décision.")
    assert "Kelvio" in ents and "Kelvio Énergies" in ents
    ents = entities("Kelvio a racheté Nuvia. Kelvio Paris, sa filiale, a protesté.")
    assert "Kelvio" in ents and "Kelvio Paris" in ents
