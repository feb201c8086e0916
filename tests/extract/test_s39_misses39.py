"""(s39-misses39) What the cases of cases_s39_misses39.py (run by test_rules.py) do not check: the tokens and
sentences around a currency sign, the headline's target as the article's topic, the statuses of the bids, and the
lexicon."""
from __future__ import annotations

from cercle.extract.slots.misses39 import words

from .ties import named


def test_lexicon():
    w = words()
    assert "prêter" in w["lending_verbs"] and "intention" in w["purpose_nouns"]


def test_period_after_currency_ends_the_sentence(nlp):
    doc = nlp("Le club verse à Arlex une redevance de 6 M€. Son président, Paul Marel, a rencontré Jean Dorin.")
    assert [t.text for t in doc][8:11] == ["6", "M€", "."]
    assert len(list(doc.sents)) == 2
    assert [t.text for t in nlp("Il a payé 45€. Elle a refusé.")][3:6] == ["45", "€", "."]


def test_title_abbreviation_keeps_its_period(nlp):
    assert "M." in [t.text for t in nlp("Il a vu 3 fois M. Dupont.")]


def test_headline_target_past_a_price_is_the_topic(nlp):
    from cercle.mentions.entities import find_entities
    from cercle.nlp.docview import DocView

    text = ("Technova lance une offre à 900 millions d'euros sur la biotech Varlin\n\n"
            "Technova a déposé lundi une offre publique d'achat sur Varlin, la biotech de Dijon. "
            "Le conseil de Varlin a accueilli l'offre favorablement.")
    _, _, index = find_entities(DocView(nlp(text)))
    assert index.topic == "Varlin"


def test_talks_to_buy_are_a_proposed_bid(analyse_text):
    rels = analyse_text("Technova aurait ouvert des discussions avec la famille Marel pour reprendre Arlex.").relations
    got = named(rels, "BIDS_FOR", "Technova", "Arlex")
    assert got and got[0].status == "proposed"
    assert not named(rels, "ACQUIRES", "Technova", "Arlex")


def test_lent_purpose_denied(analyse_text):
    rels = analyse_text("Paul Marel a démenti les rumeurs prêtant à Brix Capital l'intention de racheter Arlex.").relations
    got = named(rels, "BIDS_FOR", "Brix Capital", "Arlex")
    assert got and got[0].status == "denied"


def test_lent_purpose_on_a_description_draws_nothing(analyse_text):
    rels = analyse_text("Varlin n'est pas à vendre. Paul Marel a démenti les rumeurs prêtant à Brix Capital "
                        "l'intention de racheter le groupe.").relations
    assert not named(rels, "BIDS_FOR", "Paul Marel")


def test_participle_beside_negated_subject_holds(analyse_text):
    rels = analyse_text("Technova, dirigée par Paul Marel, n'a pas été retenue.").relations
    assert [r for r in named(rels, "LEADS", "Paul Marel", "Technova") if not r.negated]
    rels = analyse_text("Technova n'est pas dirigée par Paul Marel.").relations
    assert all(r.negated for r in named(rels, "LEADS", "Paul Marel", "Technova"))
