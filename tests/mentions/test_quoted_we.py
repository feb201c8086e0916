"""The first person of attributed quotations (mentions/quoted_we.py): "nous" is the speaker's
organisation, "je" the speaker; nothing when the speaker, or their organisation, is unknown.

Team-written sentences, invented names.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,n,expected", [
    # the speaker after the quote, with a title naming the organisation
    ("« Nous attaquerons Vextan en justice », a déclaré Paul Verdier, PDG de Technova.", "nous", 0, "Technova"),
    # the speaker before the quote
    ("Anne Fabre, présidente de Maritima, a déclaré : « Vextan nous a copiés. »", "nous", 0, "Maritima"),
    # a title with no name after the incise verb
    ("« Kelstra nous accompagne depuis dix ans », explique la directrice générale de Nuvia.", "nous", 0, "Nuvia"),
    # an organisation speaking
    ("« Kelstra nous accompagne depuis dix ans », indique Technova dans un communiqué.", "nous", 0, "Technova"),
    # "-t-il": the actor of the sentence before
    ("Paul Verdier, PDG de Technova, a présenté ses comptes. « Kelstra nous accompagne », explique-t-il.",
     "nous", 0, "Technova"),
    # a quotation that opens the next sentence of the same paragraph goes on with the same speaker
    ("« Kelstra nous accompagne », explique Paul Verdier, PDG de Technova. « Nous visons l'Asie. »",
     "nous", 1, "Technova"),
    # an interview's answer line "X : …", X's title given elsewhere for the company the article is about
    ("Technova lève des fonds. Technova vise l'Asie. Technova recrute. Sa présidente, Anne Fabre, répond.\n"
     "Anne Fabre : Kelstra nous accompagne.\n", "nous", 0, "Technova"),
])
def test_quoted_first_person(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


@pytest.mark.parametrize("text,word,n", [
    # a quote nobody is said to have spoken
    ("« Nous avons racheté Orvane en 2022. » La phrase circule depuis lundi.", "nous", 0),
    # a shareholder, a former head, a journalist do not speak for the company
    ("« Vextan nous a copiés », a affirmé Jean Roux, actionnaire minoritaire de Technova.", "nous", 0),
    ("« Nous avons racheté Orvane », a affirmé Jean Roux, un actionnaire minoritaire de Technova.", "nous", 0),
    ("« Vextan nous a copiés », a prévenu Paul Verdier, ancien PDG de Technova.", "nous", 0),
    ("« Kelvio nous inquiète », écrit le journaliste Jean Roux.", "nous", 0),
    # the journalist's "nos" outside any quotation
    ("Interrogé par nos journalistes, Paul Verdier, PDG de Technova, n'a pas commenté.", "nos", 0),
])
def test_quoted_first_person_left_alone(links, text, word, n):
    assert links(text).get((word, n)) is None
