"""(s37-titles37) What the cases of cases_s37_titles37.py (run by test_rules.py) do not check: the lexicon, the alias a
title becomes, and the refusals that leave a title unlinked (precision first)."""
from __future__ import annotations

from cercle.mentions.titles37 import _data


def test_lexicon_reads_head_and_founder_titles():
    data = _data()
    for w in ("président", "présidente", "pdg", "directrice", "secrétaire", "fondateur", "cofondatrice"):
        assert w in data["titles"], w
    assert data["titles"]["fondatrice"] == "Fem" and data["titles"]["pdg"] is None
    assert "ancien" in data["former"] and "adjoint" in data["not_holder"] and "place" in data["succession"]


def _aliases(result, name):
    return {a.lower() for e in result.entities if e.name == name for a in e.aliases}


def test_former_title_becomes_the_persons_alias(analyse_text):
    text = ("Le groupe Kervalor prépare sa riposte. Le conseil d'administration, présidé par Jacques Morlaix, a nommé "
            "un expert indépendant. L'ancien patron de Sofrana détient lui-même 3 % de Kervalor.")
    res = analyse_text(text)
    assert "l'ancien patron" in _aliases(res, "Jacques Morlaix")
    assert any(r.type == "OWNS" and r.subject == "Jacques Morlaix" and r.object == "Kervalor" for r in res.relations)


def test_future_title_is_no_ones(analyse_text):
    text = "Le signal était attendu par Julien Marceau. Le futur patron de Sofrana a fait de ces contrats sa priorité."
    res = analyse_text(text)
    assert not any(r.type == "LEADS" and r.subject == "Julien Marceau" for r in res.relations)
