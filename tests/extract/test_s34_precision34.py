"""(s34-precision34) What the cases of cases_s34_precision34.py (run by test_rules.py) do not check: each check of
extract/precision34.py on its own, on relations built by hand (no parse), and the party labels it reads."""
from __future__ import annotations

from types import SimpleNamespace

from cercle.extract.precision34 import led_complement, party_labels, title_elsewhere, fronted_place
from cercle.records import DocEntity, Relation


def _rel(t, s, o, ev, rule):
    return Relation(type=t, subject=s, object=o, evidence=ev, start=0, end=len(ev), rule=rule)


def test_fronted_place_keeps_a_role_phrase():
    # "À la tête de X," names X as the body led: no place phrase
    ev = "À la tête de Vertal, Hugo Martin a relancé la production."
    assert not fronted_place(_rel("LEADS", "Hugo Martin", "Vertal", ev, "leads.verb"), None, None, [])


def test_fronted_place_keeps_a_title_tie():
    ev = "Au Palais Rohan, le président Louis Caradec a reçu les élus."
    assert not fronted_place(_rel("LEADS", "Louis Caradec", "Palais Rohan", ev, "leads.title"), None, None, [])


def test_fronted_place_drops_a_participle_tie():
    ev = "Au Palais Rohan, la commission, présidée par Louis Caradec, a rendu son avis."
    assert fronted_place(_rel("LEADS", "Louis Caradec", "Palais Rohan", ev, "leads.verb"), None, None, [])


def test_title_elsewhere_keeps_the_apposition_body():
    ev = "Paul Garnier, président de Novaterre, a signé avec la Caisse Armor."
    assert not title_elsewhere(_rel("LEADS", "Paul Garnier", "Novaterre", ev, "leads.title"), None, None, [])
    assert title_elsewhere(_rel("LEADS", "Paul Garnier", "Caisse Armor", ev, "leads.title"), None, None, [])


def test_title_elsewhere_keeps_a_body_with_its_own_title():
    ev = "Paul Garnier, président de Novaterre, a été nommé directeur général de la Caisse Armor."
    assert not title_elsewhere(_rel("LEADS", "Paul Garnier", "Caisse Armor", ev, "leads.title"), None, None, [])


def test_led_complement_leaves_a_title():
    ev = "Le président de Tellor, dirigé par un conseil, a parlé."
    assert not led_complement(_rel("LEADS", "Anne Morlet", "Tellor", ev, "leads.verb"), None, None, [])


def test_party_label_between_title_and_name():
    text = "Le député Les Modérés Paul Vidal a parlé. Les Modérés Jeanne Roux."
    index = SimpleNamespace(entities={"Modérés": DocEntity("Modérés", "PER"), "Paul Vidal": DocEntity("Paul Vidal", "PER")})
    assert party_labels(text, index) == frozenset({"Modérés"})
