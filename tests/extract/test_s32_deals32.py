"""(s32-deals32) What the cases of cases_s32_deals32.py (run by test_rules.py) do not check: a bid given up is
rejected and a group's taking over completed; the joint bid is proposed; a deal noun the tagger takes for a verb
after an article is read as the noun; the lexicon of data/deals32.yaml is whole."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def _one(ties, s, o):
    return named(ties, subject=s, object=o)


def test_renounced_bid_is_rejected(analyse_text):
    got = _one(_ties(analyse_text, "Brontel Group a finalement renoncé à Stelia, jugée trop chère.", "BIDS_FOR"),
               "Brontel Group", "Stelia")
    assert got and got[0].status == "rejected"


def test_into_hands_is_completed(analyse_text):
    got = _one(_ties(analyse_text, "Stelia est passée aux mains de Valcor Industries en 2019.", "ACQUIRES"),
               "Valcor Industries", "Stelia")
    assert got and got[0].status == "completed"


def test_joint_bid_past_apposition_is_proposed(analyse_text):
    text = ("Valcor Industries, Ardenne Capital et Brontel Group, maison mère de Fibrex, ont remis mercredi à Corvane "
            "une offre conjointe de 17 milliards d'euros pour racheter l'essentiel de Stelia.")
    got = _one(_ties(analyse_text, text, "BIDS_FOR"), "Ardenne Capital", "Stelia")
    assert got and got[0].status == "proposed"
    assert not _one(_ties(analyse_text, text, "BIDS_FOR"), "Brontel Group", "Fibrex")


def test_deal_noun_after_article_is_a_noun(nlp):
    from cercle.nlp.docview import DocView
    doc = DocView(nlp("Ardenne Capital et Nexima présentent une offre commune sur Stelia."))
    offre = next(t for t in doc if t.lower_ == "offre")
    assert offre.pos_ == "NOUN" and offre.lemma_ == "offre"
    doc = DocView(nlp("Le fonds l'offre à ses clients."))
    assert all(t.lemma_ != "offre" or t.pos_ == "NOUN" for t in doc)


def test_lexicon_families():
    from cercle.extract.slots.deals32 import words
    w = words()
    assert {"groupement", "consortium", "coentreprise", "alliance", "tandem"} <= w["joint_nouns"]
    assert {"associé", "réunis", "regroupées", "alliés"} <= w["joint_participle_forms"]
    assert {"escarcelle", "giron", "mains", "coupe", "pavillon"} <= set(w["fold_nouns"])
    assert {"maison", "société", "holding", "filiale"} <= w["company_kinds"]
