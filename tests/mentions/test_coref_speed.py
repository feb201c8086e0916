"""The shortcuts of coreference's speed work (s22-speed22) give what the plain ways give.

- EntityIndex._openings reads paragraph and sentence starts by bisect when coref's numbering holds (every
  word numbered, in order, numbers rising one at a time): a change to _paragraphs or _sent_index that breaks
  that numbering fails here, not silently in cued_company.
- wordpos.WordTest remembers a word test across documents: the words it gives are the words the test passes.
- _title_words and _title_holders' office words are those of their word tests, read word by word.
"""
from __future__ import annotations

import pytest

from cercle.clean import clean_article
from cercle.mentions import coref, index as index_mod
from cercle.mentions.entities import find_entities, lexicon
from cercle.mentions.wordpos import WordTest
from cercle.nlp.docview import DocView, lower_words_of
from cercle.records import Article

_TEXTS = [
    "Le groupe Technova a racheté la société Kelvio. Chez Kelvio, on se tait.\n\nLe PDG de Technova, Paul Verdier, "
    "s'est félicité de l'opération. L'entreprise vise l'Europe.\n\n\nLa présidente de Kelvio, Léa Morvan, part.",
    "\n\nX : « Nous allons investir. » Y. Z. : réponse.\nLe fonds Atlas Capital entre au capital.\n",
    "La société Orbalia, installée à Lyon, a levé dix millions d'euros auprès du fonds Atlas Capital et de ses associés.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_openings_by_bisect_are_the_word_by_word_ones(nlp, text):
    clean = clean_article(Article(id="t", text=text))
    doc = DocView(nlp(clean.text))
    _, _, index = find_entities(doc, clean)
    tv = doc.tokens
    para, sent_of = coref._paragraphs(tv), coref._sent_index(doc)
    assert len(sent_of) == len(para) == len(tv)   # (the condition of the bisect path)
    assert index_mod._openings_by_number(para, list(sent_of.values())) == index_mod._openings_by_word(para, sent_of)
    assert index._openings() == index_mod._openings_by_word(index.para_of, index.sent_of)


def test_word_test_gives_the_words_that_pass():
    seen = []

    def test(w, key):
        seen.append(w)
        return w.startswith(key)

    wt = WordTest(test)
    assert wt.among(frozenset({"abc", "abd", "x"}), "ab") == {"abc", "abd"}
    assert wt.among(frozenset({"abc", "y", "abe"}), "ab") == {"abc", "abe"}
    assert sorted(seen) == ["abc", "abd", "abe", "x", "y"]   # (each word tested once)
    assert wt.among(frozenset({"abc", "x"}), "x") == {"x"}   # (another key: the answers start again)


def test_title_words_are_the_word_by_word_ones(nlp):
    doc = DocView(nlp("L'ex-président et la PDG de Y, le Premier ministre, l'ex-chef du gouvernement, "
                      "la directrice générale et le co-président ont parlé à l'ancien ministre."))
    words = lower_words_of(doc)
    offices = lexicon()["title_offices"]
    first = coref._office_first_words(offices)
    assert coref._title_words(doc) == {w for w in words if coref._may_be_title(w, first)}
    assert coref._OFFICE_WORDS.among(words, offices) == {w for w in words if w in offices or w[3:] in offices}


def test_title_of_remembered_per_document(nlp):
    a = DocView(nlp("Le président de la société a parlé."))
    b = DocView(nlp("Un salarié de la société a parlé."))
    for doc in (a, b, a):   # (the same token index in another document: that document's answer)
        tv = doc.tokens
        assert [coref._title_of(t) for t in tv] == [coref._title_of.__wrapped__(t) for t in tv]
    assert coref._title_of(a.tokens[1]) is not None and coref._title_of(b.tokens[1]) is None
