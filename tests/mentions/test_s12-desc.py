"""Descriptors (twelfth session): public bodies named by their kind, "sa cible", trade nouns with what the
company does. Invented texts, invented names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, expected", [
    # "la mairie", "la municipalité", "le conseil municipal": the article's one town, not its region
    ("La ville de Quimperlé cherche des fonds. La région Bretagne soutient le projet. La mairie a versé "
     "200 000 euros au club.", ("mairie", 0), "ville de Quimperlé"),
    ("La ville de Quimperlé a attribué le marché. L'opposition accuse la municipalité de « favoritisme ».",
     ("municipalité", 0), "ville de Quimperlé"),
    ("Le conseil municipal a voté le budget jeudi. La ville de Landerneau investira 4 millions d'euros.",
     ("conseil", 0), "ville de Landerneau"),
    # "sa cible": the target of the bid the text spoke of
    ("Le groupe Talmont a lancé une OPA sur Vitrexa. Le groupe Talmont détient déjà 8 % du capital de sa cible.",
     ("cible", 0), "Vitrexa"),
    # a trade noun and its trade: the company the text set that noun beside
    ("Le groupe Talmont a lancé une OPA sur Vitrexa, spécialiste nantais de l'emballage. Le fonds Orvane "
     "Capital détient 7 % du spécialiste de l'emballage.", ("spécialiste", 1), "Vitrexa"),
])
def test_descriptor(links, text, word, expected):
    assert links(text).get(word) == expected


@pytest.mark.parametrize("text, word", [
    # two towns: no guess between them
    ("La ville de Quimperlé et la ville de Landerneau ont signé un accord. La mairie a versé 200 000 euros "
     "au club.", ("mairie", 0)),
])
def test_descriptor_left_alone(links, text, word):
    assert links(text).get(word) is None
