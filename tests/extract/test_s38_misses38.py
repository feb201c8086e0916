"""(s38-misses38) What the cases of cases_s38_misses38.py (run by test_rules.py) do not check: the statuses and
shares of the turned ties, a refused offer left a bid, and the lexicon."""
from __future__ import annotations

from cercle.extract.misses38 import words

from .ties import named


def test_lexicon():
    w = words()
    assert "à parts égales" in w["equal_share_words"] and "détenue" in w["holding_participles"]


def test_left_for_new_post_is_former(analyse_text):
    rels = analyse_text("Julien Morel a quitté Technova en 2019 pour en prendre la tête.").relations
    got = named(rels, "WORKS_FOR", "Julien Morel", "Technova")
    assert got and got[0].status == "former"
    assert not named(rels, "LEADS", "Julien Morel", "Technova")


def test_left_for_a_named_post_keeps_its_head(analyse_text):
    rels = analyse_text("Julien Morel a quitté Technova en 2019 pour prendre la direction de Varlin.").relations
    assert named(rels, "LEADS", "Julien Morel", "Varlin")
    assert named(rels, "WORKS_FOR", "Julien Morel", "Technova")


def test_accepted_offer_is_proposed(analyse_text):
    rels = analyse_text("Le conseil de Varlin a accepté l'offre de Technova.").relations
    got = named(rels, "ACQUIRES", "Technova", "Varlin")
    assert got and got[0].status == "proposed"


def test_refused_offer_stays_no_acquisition(analyse_text):
    rels = analyse_text("Varlin n'a pas accepté l'offre de Technova sur sa filiale Varlin Italia.").relations
    assert not [r for r in named(rels, "ACQUIRES", "Technova", "Varlin Italia") if not r.negated]


def test_equal_owners_share(analyse_text):
    rels = analyse_text("La holding Varlin est détenue à parts égales par Technova et Dastier Industries.").relations
    got = named(rels, "OWNS", "Technova", "Varlin")
    assert got and got[0].share == 50.0


def test_one_equal_owner_named_is_no_tie(analyse_text):
    rels = analyse_text("La holding Varlin est détenue à parts égales par Julien Morel et sa sœur.").relations
    assert not named(rels, "OWNS", "Julien Morel", "Varlin")
