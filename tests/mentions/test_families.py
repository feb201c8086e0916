"""Families: 'les Verdier' after 'la famille Verdier' (team-written sentences, invented names)."""
from __future__ import annotations


def test_plural_surname_is_the_family_named_so(entities):
    # "les X" after "la famille X": the family, not a person nor a place
    found = entities("La famille Verdier détient 40 % de Technova. Les Verdier ont refusé l'offre d'Orbalia.")
    assert "Verdier" not in found and found.get("famille Verdier", (None,))[0] == "OTHER", found


def test_plural_surname_not_a_person_of_that_name(entities):
    found = entities("Paul Verdier dirige Technova. La famille Verdier détient 40 % du groupe. "
                     "Les Verdier ont rejeté l'offre d'Orbalia.")
    assert found.get("Paul Verdier", (None,))[0] == "PER" and "Les Verdier" not in found.get("Paul Verdier")[1], found
