"""Entity names of the s21 gaps (helper s21-names21): invented actors."""
from __future__ import annotations


def test_a_staff_body_is_named_by_its_acronym_in_brackets(entities):
    ents = entities("La Société des journalistes (SDJ) du Courrier accuse Paul Verdon d'avoir menti.")
    assert "Société des journalistes" in ents and "SDJ" in ents["Société des journalistes"][1], ents
    assert "Société des journalistes du Courrier" not in ents, ents


def test_a_company_named_only_after_groupe_keeps_the_noun(entities):
    ents = entities("Kelvia Telecom, filiale du groupe Kelvia, récupérerait 42 % des actifs.")
    assert "groupe Kelvia" in ents and ents["groupe Kelvia"][0] == "ORG", ents
    assert "Kelvia" in ents["groupe Kelvia"][1], ents


def test_a_company_also_named_alone_keeps_its_bare_name(entities):
    # (near miss: the text names it alone too, the bare name is its name)
    ents = entities("Le groupe Kelvia a racheté Norvex. Kelvia a publié ses comptes mardi.")
    assert "Kelvia" in ents and "groupe Kelvia" not in ents, ents


def test_a_parliamentary_group_keeps_its_own_name(entities):
    # (near miss: lower-case words make it a party's own name, not a company's)
    ents = entities("Paul Verdon préside le groupe Ensemble pour la Nation à l'Assemblée.")
    assert not any(n.startswith("groupe ") for n in ents), ents
