"""(s30-politics30) What the tie cases of cases_s30_politics30.py (run by test_rules.py) do not check: the parse
repair itself (a verb the tagger took for a preposition or a noun, with a subject and an object of its own), and
that it leaves real nouns, prepositions and adjectives alone."""
from __future__ import annotations

import pytest

RETAGGED = [
    ("Paul Dorin multiplie les attaques contre Jean Marceau.", "multiplie"),
    ("Lucie Brenmor multiplie les piques contre le gouvernement.", "multiplie"),
]
KEPT = [
    ("Le bilan de Paul Dorin contre Jean Marceau reste mitigé.", "contre"),
    ("Une commande ferme structure le plan de charge.", "commande"),
    ("Paul Dorin, actionnaire de Vexora, vend ses titres.", "actionnaire"),
]


@pytest.mark.parametrize("text,word", RETAGGED, ids=[c[0][:40] for c in RETAGGED])
def test_verb_with_subject_and_object_is_a_verb(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.pos_ == "VERB"


@pytest.mark.parametrize("text,word", KEPT, ids=[c[0][:40] for c in KEPT])
def test_other_words_keep_their_tag(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.pos_ != "VERB"
