"""Entity names of the s21 gaps (helper s21-names21): invented actors."""
from __future__ import annotations


def test_a_staff_body_is_named_by_its_acronym_in_brackets(entities):
    ents = entities("La Société des journalistes (SDJ) du Courrier accuse Paul Verdon d'avoir menti.")
    assert "Société des journalistes" in ents and "SDJ" in ents["Société des journalistes"][1], ents
    assert "Société des journalistes du Courrier" not in ents, ents


def test_a_body_named_with_its_purpose(entities):
    ents = entities("Le Fonds pour l'indépendance des rédactions, créé par Marc Dubreuil, détient 40 % de Norvex.")
    assert ents.get("Fonds pour l'indépendance des rédactions", ("",))[0] == "ORG", ents


def test_a_verb_after_pour_is_no_name(entities):
    # (near miss: "pour" opens an infinitive, what the money is for)
    ents = entities("Norvex a versé 2 millions au Fonds pour financer la rénovation des écoles.")
    assert not any(n.startswith("Fonds pour") for n in ents), ents
