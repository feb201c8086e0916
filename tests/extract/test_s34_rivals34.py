"""(s34-rivals34) What the cases of cases_s34_rivals34.py (run by test_rules.py) do not check: a denied list gives no
tie; a party's rivals stay political (no competition)."""
from __future__ import annotations

from .ties import positive_ties as _positive, ties_of_type as _ties


def test_party_rivals_are_no_market(analyse_text):
    text = "Le parti Avenir Commun affronte ses rivaux, le Parti radical et Renouveau, aux municipales."
    assert not [r for r in _ties(analyse_text, text, "COMPETES_WITH") if r.rule.startswith("competes.kind_listed")]


def test_partners_denied_give_no_partnership(analyse_text):
    text = "La société Orvia n'a jamais été parmi ses partenaires, contrairement à Danone et Renault."
    assert not [r for r in _ties(analyse_text, text, "PARTNERS_WITH") if r.rule == "partners.kind_listed"]


def test_market_war_reads_each_reciprocal_pair_once(analyse_text):
    text = "Bouygues et Orange se livrent une guerre des prix depuis des années."
    assert _positive(analyse_text, text, "COMPETES_WITH", "Bouygues", "Orange")
    assert not _positive(analyse_text, text, "OPPOSES", "Bouygues", "Orange")
