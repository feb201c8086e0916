"""Entity names and types of the s19 gaps, second round (helper s19-gapE2): invented actors."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,etype", [
    # a trade noun of firms, a nationality, a name opening with a first name: the firm's
    ("Paul Dumont est le patron du chocolatier suisse Barry Vandemeer.", "Barry Vandemeer", "ORG"),
    ("Le pneumaticien Valdor Gomme a racheté la société Norlac.", "Valdor Gomme", "ORG"),
    # a name word of the NER's ("Capital") is no noun of a company's capital: Joseph X is a person
    ("La holding Ormel Capital de Joseph Avakian détient 5 % de Vernal.", "Joseph Avakian", "PER"),
    # two nationalities joined by a hyphen before a name: a company's
    ("Le régime retire à l'anglo-australien Rivo Tanto la moitié nord du gisement. Rivo Tanto a attaqué Vexal.",
     "Rivo Tanto", "ORG"),
    # committees with what they serve
    ("Paul Marchand, directeur général du comité d'organisation de la Coupe d'Europe 2031, a été limogé.",
     "comité d'organisation de la Coupe d'Europe 2031", "ORG"),
    # the party's label between an elected title and a person's name
    ("Le député PPV Paul Marchand a attaqué Vexal.", "PPV", "ORG"),
    ("Le député Horizon Paul Marchand a attaqué Vexal.", "Horizon", "ORG"),
    ("Le député Horizon Paul Marchand a attaqué Vexal.", "Paul Marchand", "PER"),
])
def test_types(entities, text, name, etype):
    ents = entities(text)
    assert name in ents and ents[name][0] == etype, ents


@pytest.mark.parametrize("text,name,alias", [
    ("En 2017, Dorne National Chemical Corporation, plus connu sous le nom de DorChem, a racheté Vexal. "
     "DorChem a ensuite fermé l'usine.", "Dorne National Chemical Corporation", "DorChem"),
    ("La Société vernoise de transports, connue sous le sigle SVT, a racheté Vexal.",
     "Société vernoise de transports", "SVT"),
    ("Dorne & Kessler est entré au capital de Vexal. Le PDG de D&K a attaqué Norlac.", "Dorne & Kessler", "D&K"),
])
def test_other_names(entities, text, name, alias):
    ents = entities(text)
    assert name in ents and alias in ents[name][1], ents


@pytest.mark.parametrize("text,gone", [
    ("Le groupe exploitait les centrales de Varnel et de Ostrow jusqu'en 2011.", "Varnel"),
    ("Le groupe exploitait les centrales de Varnel et de Ostrow jusqu'en 2011.", "Ostrow"),
])
def test_no_actor(entities, text, gone):
    assert gone not in entities(text)


@pytest.mark.parametrize("text,name,etype", [
    # near misses: a craftsman with his first name; a person's own name after the title; a state by its name
    ("Le chocolatier Paul Vandemeer a attaqué Norlac.", "Paul Vandemeer", "PER"),
    ("Le député Paul Marchand a attaqué Vexal.", "Paul Marchand", "PER"),
    ("Paul Martin, président de la République tchèque, a attaqué Vexal.", "République tchèque", "GOV"),
    ("Bruxelles Airlines a racheté Vexal.", "Bruxelles Airlines", "ORG"),
])
def test_near_misses_keep_their_type(entities, text, name, etype):
    ents = entities(text)
    assert name in ents and ents[name][0] == etype, ents


def test_a_seat_of_power_the_ner_missed_is_a_place(entities):
    # ("Bruxelles accuse Pékin …": the place is typed, then the body it stands for; no company)
    ents = entities("Bruxelles accuse Pékin de subventionner massivement ses constructeurs.")
    assert "Bruxelles" in ents and ents["Bruxelles"][0] != "ORG", ents


def test_a_company_committee_is_no_body_of_its_own(entities):
    ents = entities("Luc Verdier, membre du comité d'audit de Vexal, a démissionné.")
    assert "Vexal" in ents and not any(n.startswith("comité") for n in ents), ents
