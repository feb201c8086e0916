"""cercle_sentence_hints, column-wise, sets the same sentence starts as the per-token rule it encodes."""
from __future__ import annotations

import pytest

from cercle.nlp.components import _ENDERS, sentence_hints


def _per_token(doc):
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if "\n" in prev.text or "\n" in prev.whitespace_ or tok.text.startswith("\n"):
            tok.is_sent_start = True
        elif prev.text not in _ENDERS and not tok.is_space:
            tok.is_sent_start = False
    return doc


@pytest.mark.parametrize("text", [
    "", "Orbalia", "Tensions.\nLe ministre a parlé.", "Atlas Capital | n'a pas investi dans Kelvio.",
    "## Alliance\n\nSelon Les Echos, Maritima (Onda TV, Radio Sud…) aurait racheté 20 % d'Orbalia !  Puis ?\n- Luc",
])
def test_column_hints_match_per_token_rule(nlp, text):
    got, want = sentence_hints(nlp.make_doc(text)), _per_token(nlp.make_doc(text))
    assert [t.is_sent_start for t in got] == [t.is_sent_start for t in want]
