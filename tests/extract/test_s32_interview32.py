"""(s32-interview32) What the cases of cases_s32_interview32.py (run by test_rules.py) do not check: the clitic repair
leaves a dislocated subject and a reflexive alone; an interview's organisation becomes the article's company only
when the count of names gave none; a round's owner is never a word of the next sentence."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties

_LEAD = "Martin Lebrun : « Nous irons jusqu'au bout »\n\nLe PDG de Norvalis, fabricant de pompes, défend sa stratégie. Extraits."


def _view(nlp, text):
    from cercle.nlp.docview import DocView
    return DocView(nlp(text))


def test_clitic_repair_keeps_reflexive_and_dislocation(nlp):
    from cercle.mentions.interview32 import repair_clitic_subject
    doc = _view(nlp, "La mairie, nous l'aidons depuis dix ans.")
    nous = next(t for t in doc.tokens if t.lower_ == "nous")
    before = nous.dep_
    repair_clitic_subject(nous)
    assert nous.dep_ == before
    doc = _view(nlp, "Je me sens bien dans ce groupe.")
    me = next(t for t in doc.tokens if t.lower_ == "me")
    before = me.dep_
    repair_clitic_subject(me)
    assert me.dep_ == before


def test_clitic_is_indirect_object_of_a_dative_verb(nlp):
    from cercle.mentions.interview32 import repair_clitic_subject
    doc = _view(nlp, "La mairie de Brivel nous a commandé quarante pompes.")
    nous = next(t for t in doc.tokens if t.lower_ == "nous")
    repair_clitic_subject(nous)
    assert nous.dep_ == "iobj" and nous.head.lower_ == "commandé"


def test_capital_outside_interview_is_not_guessed(analyse_text):
    text = "Le fonds Ardenne Capital, qui possède 18 % du capital, soutient Martin Lebrun. Norvalis et Pentix se battent."
    assert not named(_ties(analyse_text, text, "OWNS"), object="Norvalis")


def test_round_owner_in_its_own_sentence(analyse_text):
    text = ("Le fonds Orvane a promis de souscrire à une augmentation de capital de 400 millions d'euros. L'ancien "
            "directeur financier de Pradines Industries a démissionné.")
    assert not _ties(analyse_text, text, "INVESTS_IN")
