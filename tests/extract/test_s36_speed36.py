"""speed36: cheaper steps that must answer exactly as the ones they replace (output unchanged).

- names35.figure_titles reads only the places of the document's short figures (Token.is_digit is spaCy's
  str.isdigit of the word);
- speakers34._like_names reads only the places where a comparison cue ends (_cue_ends, found once per document);
- conv35._secretaries: one pattern for all state offices instead of one search per office.
All sentences and strings below are invented.
"""
from __future__ import annotations

import random
import re

import pytest

from cercle.extract import conv35
from cercle.extract.slots import speakers34
from cercle.mentions import names35, wordpos


def _offices_one_by_one(obj: str) -> bool:
    return any(re.search(r"\b%s\b" % re.escape(o.replace("-", " ")), obj) for o in conv35.words()["state_offices"])


def test_offices_pattern_as_the_searches():
    offices = sorted(conv35.words()["state_offices"])
    words = [w for o in offices for w in o.split()] + ["de", "la", "x", "elysees", "matignonne", "-", "_"]
    rng = random.Random(36)
    texts = [conv35._flat(o) for o in offices] + ["ministere de la culture de varnel", "", "le cabinet du maire"]
    for _ in range(5000):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))))
        texts.append("".join(rng.choice(words) for _ in range(rng.randint(1, 3))))
    for text in texts:
        assert bool(conv35._offices_pattern().search(text)) is _offices_one_by_one(text), text


def test_flat_remembered():
    s = "Le secrétaire général de l'Élysée, Paul Vernier-Dasque"
    assert conv35._flat(s) == conv35._flat.__wrapped__(s)


TEXTS = [
    "Comme Altavia et Brenor, le fonds Quentel a investi dans Movalis. Ils ont signé, comme Dorsan.",
    "Le groupe Farnel a racheté Ternor, à l'instar de Galvane et de Pressac, selon Lucie Amiel.",
    "Quentel investit dans Movalis. Comme prévu, Ternor et Galvane, comme Brenor, ont suivi.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_like_names_at_cue_ends(text):
    from cercle.mentions.entities import find_entities
    from cercle.nlp import get_nlp
    from cercle.nlp.docview import DocView
    doc = DocView(get_nlp()(text))
    index = find_entities(doc)[2]
    ends = speakers34._cue_ends(doc)
    for sent in doc.sents:
        assert speakers34._like_names(doc, index, sent, ends) == speakers34._like_names(doc, index, sent)


@pytest.mark.parametrize("text", [
    "Passée par 20 Minutes puis par 7 Jours, elle dirige 3 Vallées Média depuis 2019 et 12 titres.",
    "Selon le gratuit 24 Heures, les 27 États et 1500 Euros ne sont pas des titres.",
])
def test_figure_titles_prefilter(text, monkeypatch):
    from cercle.mentions.entities import find_entities
    from cercle.nlp import get_nlp
    from cercle.nlp.docview import DocView
    doc = get_nlp()(text)
    got = sorted(e.name for e in find_entities(DocView(doc))[0])
    monkeypatch.setattr(wordpos, "PREFILTER", False)
    assert sorted(e.name for e in find_entities(DocView(doc))[0]) == got
    assert names35._SHORT_FIGURES.among(frozenset({"20", "2019", "7", "1500", "²", "a1"})) == {"20", "7", "²"}
