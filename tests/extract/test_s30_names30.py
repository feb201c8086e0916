"""(s30-names30) What the tie cases of cases_s30_names30.py (run by test_rules.py) do not check: a one-letter name
stays a series or an initial where no platform noun announces it; a name the parser reads as a pronoun, or a firm's
surnames the NER splits, are still found whole."""
from __future__ import annotations

import pytest

from cercle.evaluate import normalise_name

NO_ENTITY = [
    ("Velmor a levé 20 millions d'euros lors d'une série B menée par Ferrolux.", "B"),
    ("La plateforme Z a été lancée par Ferrolux, qui prépare un plan B avec Velmor.", "B"),
    ("Paul Q. Dorin, patron de Velmor, a racheté la plateforme Lumio.", "Q"),
    ("Face à X, le gouvernement hésite ; la ministre accuse Paul Dorin de mentir.", "X"),
    ("M. X, patron de Velmor, a été entendu par le juge ; le propriétaire de Ferrolux dément.", "X"),
    ("Le plan B de Velmor prévoit la vente de Ferrolux à Lorvan Capital, propriétaire de Sodrix.", "B"),
]


@pytest.mark.parametrize("text,name", NO_ENTITY, ids=[c[0][:40] for c in NO_ENTITY])
def test_letters_that_are_no_names(analyse_text, text, name):
    names = {normalise_name(e.name) for e in analyse_text(text).entities}
    assert normalise_name(name) not in names, names


def _spans(nlp, text, split=None, pron=None):
    """The candidate spans of ``text`` after the NER's entities are replaced: ``split`` = [(start, end, label)]
    (a firm's surnames cut in two), ``pron`` = the word the parser is made to read as a pronoun."""
    from spacy.tokens import Span

    from cercle.mentions.candidates import _candidate_spans
    from cercle.nlp.docview import DocView

    doc = nlp(text)
    if split is not None:
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in split]
    if pron is not None:
        for t in doc:
            if t.text == pron:
                t.pos_ = "PRON"
        doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == pron]
    return DocView(doc)


@pytest.mark.parametrize("text,pron", [
    ("Le groupe n'a pas commenté les informations selon lesquelles Brivex aurait participé à l'opération.", "Brivex"),
    ("D'après la presse, Orasoft aurait investi dans Velmor.", "Orasoft"),
    ("Velmor a confirmé le retrait de Kalisoft du tour de table.", "Kalisoft"),
])
def test_name_read_as_a_pronoun_is_kept(nlp, text, pron):
    from cercle.mentions import find_entities
    doc = _spans(nlp, text, pron=pron)
    names = {e.name for e in find_entities(doc)[0]}
    assert pron in names, names


@pytest.mark.parametrize("text,firm,cut", [
    ("Solaire Nord, représentée par le cabinet Dubreuil Castagne Moreau Lerat, réclame la sanction.",
     "Dubreuil Castagne Moreau Lerat", 1),
    ("Le cabinet Fontanel Girardot Pellissier conseille Ferrolux.", "Fontanel Girardot Pellissier", 2),
    ("Velmor a choisi la banque Lambert Fournel pour conseiller Ferrolux.", "Lambert Fournel", 1),
])
def test_firm_surnames_split_by_the_ner_are_one_name(nlp, text, firm, cut):
    """(``cut``: how many surnames the NER's first piece takes)"""
    from cercle.mentions import find_entities
    doc0 = nlp(text)
    start = next(t.i for t in doc0 if t.text == firm.split()[0])
    end = start + len(firm.split())
    doc = _spans(nlp, text, split=[(start, start + cut, "LOC"), (start + cut, end, "PER")])
    names = {e.name for e in find_entities(doc)[0]}
    assert firm in names, names
