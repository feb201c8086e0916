"""spaCy components cercle adds to the French pipeline.

``cercle_sentence_hints`` runs before the parser and fixes sentence
boundaries from the text's layout, which the parser respects: a line break
always starts a sentence (headings, list items and table rows are lines of
their own after cleaning), and a sentence never starts after a token that
cannot end one (the parser otherwise cuts after an unknown name: "Atlas
Capital | n'a pas investi…").
"""
from __future__ import annotations

from spacy.language import Language

_ENDERS = {".", "!", "?", "…", "...", ":", ";", "»", '"', "”", ")"}


@Language.component("cercle_sentence_hints", assigns=["token.is_sent_start"])
def sentence_hints(doc):
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if "\n" in prev.text or "\n" in prev.whitespace_ or tok.text.startswith("\n"):
            tok.is_sent_start = True
        elif prev.text not in _ENDERS and not tok.is_space:
            tok.is_sent_start = False
    return doc
