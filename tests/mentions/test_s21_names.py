"""Entity names of the s21 gaps (helper s21-names21): invented actors."""
from __future__ import annotations


def test_a_staff_body_is_named_by_its_acronym_in_brackets(entities):
    ents = entities("La Société des journalistes (SDJ) du Courrier accuse Paul Verdon d'avoir menti.")
    assert "Société des journalistes" in ents and "SDJ" in ents["Société des journalistes"][1], ents
    assert "Société des journalistes du Courrier" not in ents, ents
