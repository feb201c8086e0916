"""(s36-tidy36) What the cases of cases_s36_tidy36.py (run by test_rules.py) do not check: conv35.py's portfolio and
administration readings on relations built by hand (no parse), the shapes precision35.py read before (it no longer
reads them: one convention, one place)."""
from __future__ import annotations

from types import SimpleNamespace

from cercle.extract import precision35
from cercle.extract.conv35 import _flat, _patterns, _portfolio_lead, _staff
from cercle.records import DocEntity, Relation


def _rel(t, s, o, ev, rule="leads.title_public"):
    return Relation(type=t, subject=s, object=o, evidence=ev, start=0, end=len(ev), rule=rule)


def _drops(obj, ev, text=None):
    return _portfolio_lead(_rel("LEADS", "Claire Huet", obj, ev), _patterns(), _flat(text or ev))


def test_portfolio_right_after_the_title_is_no_ministry():
    for obj, ev in (("ministère du Commerce extérieur", "Claire Huet, ministre déléguée au Commerce extérieur, a parlé."),
                    ("ministère de l'Industrie", "La ministre déléguée à l'Industrie, Claire Huet, visite Vernac."),
                    ("ministère des Comptes publics", "« Non », tranche Claire Huet, ministre déléguée aux Comptes publics."),
                    ("ministère du Numérique", "Claire Huet, secrétaire d'État au Numérique, a parlé."),
                    ("ministère de la Ville", "Claire Huet, ministre française déléguée de la Ville, a parlé.")):
        assert _drops(obj, ev), ev


def test_portfolio_keeps_a_ministry_the_text_names_and_another_ministry():
    ev = "Claire Huet, ministre déléguée au Commerce extérieur, dirige le ministère du Commerce extérieur."
    assert not _drops("ministère du Commerce extérieur", ev)
    # (the portfolio is not the ministry's: "le ministre délégué a annoncé …" names no portfolio)
    ev = "Le ministre délégué a annoncé un plan, a dit Claire Huet, ministre de l'Industrie."
    assert not _drops("ministère de l'Industrie", ev)
    ev = "Claire Huet, ministre de l'Industrie, a parlé."
    assert not _drops("ministère de l'Industrie", ev)
    ev = "Claire Huet, ministre d'État à l'Industrie, a parlé."
    assert not _drops("ministère de l'Industrie", ev)


def test_administration_staff():
    index = SimpleNamespace(entities={"Autorité des marchés de Vernac": DocEntity("Autorité des marchés de Vernac", "GOV"),
                                      "Organisation mondiale du fret": DocEntity("Organisation mondiale du fret", "GOV"),
                                      "Otan": DocEntity("Otan", "GOV"), "Novalis": DocEntity("Novalis", "ORG")})
    ev = "Anne Roy, secrétaire générale de l'Autorité des marchés de Vernac, a démissionné."
    assert _staff(_rel("LEADS", "Anne Roy", "Autorité des marchés de Vernac", ev, "leads.title"), index)
    ev = "Anne Roy, directrice de cabinet du président de l'Autorité des marchés de Vernac, a démissionné."
    assert not _staff(_rel("LEADS", "Anne Roy", "Autorité des marchés de Vernac", ev, "leads.title"), index)
    for obj in ("Organisation mondiale du fret", "Otan", "Novalis"):
        ev = f"Anne Roy, secrétaire générale de {obj}, a démissionné."
        assert not _staff(_rel("LEADS", "Anne Roy", obj, ev, "leads.title"), index), obj


def test_precision35_reads_neither_convention():
    assert not hasattr(precision35, "delegated_minister") and not hasattr(precision35, "staff_of_administration")


def test_named_filters_by_type_and_names():
    from .ties import named
    rels = [_rel("LEADS", "Anne Roy", "Novalis", "x"), _rel("WORKS_FOR", "Anne Roy", "Novalis", "x"),
            _rel("MEETS", "Paul Abel", "Anne Roy", "x")]
    assert named(rels, "LEADS", "Anne  Roy", "Novalis") == rels[:1]
    assert named(rels, subject="Anne Roy") == rels[:2]
    assert named(rels, object="Anne Roy") == rels[2:]
    assert named(rels, subject="Anne Roy", either_way=True) == rels
    assert named(rels, "MEETS", "Anne Roy", "Paul Abel") == []
    assert named(rels, "MEETS", "Anne Roy", "Paul Abel", either_way=True) == rels[2:]
