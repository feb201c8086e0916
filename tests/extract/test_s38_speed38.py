"""speed38: cheaper steps that must answer exactly as the ones they replace (output unchanged).

- DocView.capital_positions: the places of the words written with a capital (or a digit) first, taken from the
  lexeme cache, as the scans of candidates._add_capitalised_runs and names33._goods_tokens found them;
- wordpos.at_words: the words asked intersected with the document's in C;
- precision34._mention_spans: the name's tokens picked in C;
- TieScorer.margin: the products summed in C when every feature is weighed; _Cues.hits: the cue test remembered
  per word.
All sentences and strings below are invented.
"""
from __future__ import annotations

import random
from itertools import chain
from types import SimpleNamespace

import pytest

from cercle.extract import precision34
from cercle.extract.tie_scorer import TieScorer, _Cues
from cercle.mentions import wordpos
from cercle.nlp.docview import DocView, capital_positions_of

TEXTS = [
    "Le groupe Valtor a racheté Ortal en 2021, selon Lucie Amiel. Le modèle X3 et la gamme Brio suivent.",
    "« Nous resterons », a dit Paul Vernier-Dasque, président de Kelvio SA. 12 salariés ; l'ÉTAT répond.",
    "",
    "Été 2024 : Ärnel, Øster et 3M s'allient. été, ÉTÉ, é.",
]


@pytest.fixture(scope="module")
def nlp():
    from cercle.nlp import get_nlp
    return get_nlp()


@pytest.mark.parametrize("text", TEXTS)
def test_capital_positions_as_the_scan(nlp, text):
    spacy_doc = nlp(text)
    doc = DocView(spacy_doc)
    tv = doc.tokens
    caps = [i for i, t in enumerate(tv) if t.text[:1].isupper()]
    initials = [i for i, t in enumerate(tv) if t.text[:1].isupper() or t.text[:1].isdigit()]
    assert doc.capital_positions() == caps
    assert doc.capital_positions(or_digit=True) == initials
    for where in (doc, tv, spacy_doc):
        assert capital_positions_of(where) == caps
        assert capital_positions_of(where, or_digit=True) == initials
    if len(tv) > 3:   # (a part of the token list: its own places, read now)
        part = tv[2:]
        assert capital_positions_of(part, or_digit=True) == [i for i, t in enumerate(part)
                                                             if t.text[:1].isupper() or t.text[:1].isdigit()]


def _at_words_before(doc, words):
    pos = wordpos._positions(doc)
    lists = [pos[w] for w in set(words) if w in pos and w is not None]
    if len(lists) == 1:
        return lists[0]
    return sorted(chain.from_iterable(lists))


def test_at_words_as_before(nlp):
    doc = DocView(nlp(TEXTS[0] + " " + TEXTS[1]))
    wordpos.line_breaks(doc)   # (puts the index's own None key in)
    vocab = sorted({t.lower_ for t in doc.tokens}) + ["absent", "autre"]
    rng = random.Random(38)
    asks = [(), ("le",), ("le", "le"), [None, "le"], {"valtor", "absent"}, frozenset(vocab), "le", ("absent",)]
    for _ in range(300):
        asks.append(rng.sample(vocab, rng.randint(0, 6)))
        asks.append(frozenset(rng.sample(vocab, rng.randint(0, 30))))
    for words in asks:
        assert wordpos.at_words(doc, words) == _at_words_before(doc, words), words


def _mention_spans_before(tokens, index, name):
    spans, last = [], None
    for t in tokens:
        if index.by_token.get(t.i) == name:
            if last is not None and t.i == last + 1:
                spans[-1][1] = t.idx + len(t.text)
            else:
                spans.append([t.idx, t.idx + len(t.text)])
            last = t.i
    return [(a, b) for a, b in spans]


def test_mention_spans_as_before(nlp):
    doc = DocView(nlp(TEXTS[0]))
    tokens = list(doc.tokens)
    rng = random.Random(38)
    for _ in range(300):
        by_token = {t.i: rng.choice(["Valtor", "Ortal", "Lucie Amiel"]) for t in tokens if rng.random() < 0.4}
        index = SimpleNamespace(by_token=by_token)
        for name in ("Valtor", "Ortal", "Lucie Amiel", "Absent", None, ""):
            assert precision34._mention_spans(tokens, index, name) == _mention_spans_before(tokens, index, name)


def test_margin_as_the_generator():
    model = {"weights": {"a": 0.3, "b": -1.7, "c": 2.25, "d": 1e-3}, "means": {"a": 0.1, "b": 0.5},
             "scales": {"a": 3.0, "c": 0.7}, "intercept": -0.4, "platt": [1.1, -0.2]}
    scorer = TieScorer(model)
    rng = random.Random(38)
    for _ in range(500):
        keys = rng.sample(["a", "b", "c", "d", "unweighed"], rng.randint(0, 5))
        f = {k: rng.choice([0.0, 1.0, rng.random() * 10, -rng.random()]) for k in keys}
        slope = scorer._slope
        expected = scorer._offset + sum(slope[k] * v for k, v in f.items() if k in slope)
        assert scorer.margin(f) == expected   # (the same products, in the same order: the same float)


def test_cue_hits_remembered_as_computed():
    words = ["rachat", "cède", "fonds", "pdg", "co-fondateur", "à la tête de", "prend"]
    text = "le pdg de valtor, à la tête de ortal, annonce le rachat et cède ; racheter, rachats, fondsx, pdgs"
    once, twice = _Cues(words), _Cues(words)
    first = twice.hits(text)
    assert twice.hits(text) == first == once.hits(text)
    assert first   # (cues found: "pdg", "rachat", "cède", the phrase)
