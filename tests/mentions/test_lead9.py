"""Types and names the lead fixed from a read blind half (ninth session): an age in apposition, common
first names, a ministry named with a nationality adjective in the feminine."""
from __future__ import annotations


def test_age_in_apposition_is_a_person(entities):
    # "X, 49 ans, …": the press's way to present a person, whatever the NER says of an unknown name
    # (a headline "X, la discrète qui prend les rênes de Y" leaves the NER calling her a place)
    assert entities("Aude Lambrechts, la discrète qui prend les rênes de Ganteaume. Aude Lambrechts, 49 ans, "
                    "n'a accordé aucun entretien.")["Aude Lambrechts"][0] == "PER"
    # (not a company named as the complement of the person's title: the age is the director's)
    ents = entities("La directrice générale du Groupe Marvenne, 47 ans, rachète les parts de son frère.")
    assert ents["Groupe Marvenne"][0] == "ORG"


def test_common_first_names_open_a_person(entities):
    # a name opening with a common French first name is a person's (not a lone word the NER missed)
    # (the NER leaves this one out altogether)
    assert entities("Le projet doit beaucoup à Aude Lambrechts, qui a négocié l'accord.")["Aude Lambrechts"][0] == "PER"


def test_feminine_nationality_adjective_in_a_ministry_name(entities):
    # "la ministre française des Affaires étrangères": France's ministry, named without the adjective
    assert "ministère des Affaires étrangères" in entities(
        "La ministre française des Affaires étrangères, Lise Darnal, a salué l'accord.")
    # another country's keeps it, in the masculine
    assert "ministère malien de la Défense" in entities(
        "La ministre malienne de la Défense, Awa Keïta, a protesté contre la décision.")


def test_trade_word_closing_a_name(entities):
    # "X Prévoyance", "X Weather": a trade word closing a two-word name makes it a company's, not a place's
    assert entities("Il prendrait la direction générale de Morvelle Prévoyance, un concurrent de Ganteaume.")[
        "Morvelle Prévoyance"][0] == "ORG"
    assert entities("Face à nous, il y avait Larchmont Weather, adossé aux géants américains du cloud.")[
        "Larchmont Weather"][0] == "ORG"


def test_detached_word_before_a_pronoun_is_no_name(entities):
    # "Polytechnicienne, elle a fait ses armes …": a word describing the pronoun subject that follows
    ents = entities("Elle déteste les portraits. Polytechnicienne, elle a rejoint en 2012 le réassureur Falkenstein Rück.")
    assert "Polytechnicienne" not in ents and "Falkenstein Rück" in ents
    # (a name opening a sentence before a relative stays a name)
    assert "Norvalis" in entities("Le marché a bondi. Norvalis, qui détient 11 % du capital, a vendu ses parts.")


def test_participle_opening_a_sentence_is_no_name(entities):
    # "Mariée à X, mère de trois enfants, Y préside …": a known word opening a phrase describes Y
    ents = entities("Mariée à l'avocat d'affaires Xavier Morlant, mère de trois enfants, Pauline Dercy préside "
                    "aussi l'association Pionnières.")
    assert "Mariée" not in ents and ents["Pauline Dercy"][0] == "PER"
    # (a company opening a sentence before "en" stays a name)
    assert "Orbalia" in entities("Le marché bouge. Orbalia en profite pour racheter Nuvia.")
