"""(s19-lead) Attributes read by the nineteenth session's lead, on invented sentences."""
from __future__ import annotations

import importlib

from cercle.pipeline import process
from cercle.records import Article

LITOTES = importlib.import_module("tests.extract.cases_s19-lead").LITOTES


def test_a_rivalry_not_erased_is_no_negation(nlp):
    result = process(Article(id="t", text=LITOTES, path="t.txt"), nlp)
    ties = [r for r in result.relations if r.type == "OPPOSES"]
    assert ties and not any(r.negated for r in ties)


def test_a_plain_negation_still_negates(nlp):
    text = "Le groupe Vortelis n'a pas investi dans la société Brenvis, contrairement aux rumeurs."
    result = process(Article(id="t", text=text, path="t.txt"), nlp)
    ties = [r for r in result.relations if r.type in ("INVESTS_IN", "OWNS")]
    assert ties and all(r.negated for r in ties)


def test_a_pair_dropped_for_its_object_does_not_retype_its_subject(nlp):
    """"Son grand rival, Y": opposes.rival_of (subjects PER or GOV) drops the pair of two companies, and
    must not leave the weakly typed company Y typed as a state."""
    text = ("Le constructeur américain Aerolis a remporté la commande indienne. Son grand rival, Skyward, a "
            "dénoncé un appel d'offres biaisé et accuse Aerolis de dumping.")
    result = process(Article(id="t", text=text, path="t.txt"), nlp)
    types = {e.name: e.type for e in result.entities}
    assert types.get("Skyward") == "ORG"
