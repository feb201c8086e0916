"""spaCy components cercle adds to the French pipeline.

``cercle_sentence_hints`` runs before the parser and fixes sentence
boundaries from the text's layout, which the parser respects: a line break
always starts a sentence (headings, list items and table rows are lines of
their own after cleaning), and a sentence never starts after a token that
cannot end one (the parser otherwise cuts after an unknown name: "Atlas
Capital | n'a pas investi…").
"""
from __future__ import annotations

from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language

_ENDERS = {".", "!", "?", "…", "...", ":", ";", "»", '"', "”", ")"}


@Language.component("cercle_sentence_hints", assigns=["token.is_sent_start"])
def sentence_hints(doc):
    # Read and written as columns (to_array / from_array): a Token object per word cost
    # this component ~4 % of the parse time.
    if len(doc) < 2:
        return doc
    table = doc.to_array([ORTH, SPACY, IS_SPACE, SENT_START])
    strings = doc.vocab.strings
    text = [strings[h] for h in table[:, 0].tolist()]
    space_after = [" " if s else "" for s in table[:, 1].tolist()]   # Token.whitespace_
    is_space = table[:, 2].tolist()
    starts = table[:, 3].astype("int64")      # 1 / -1 / 0: True / False / None
    for i in range(1, len(doc)):
        prev, tok = text[i - 1], text[i]
        if "\n" in prev or "\n" in space_after[i - 1] or tok.startswith("\n"):
            starts[i] = 1
        elif prev not in _ENDERS and not is_space[i]:
            starts[i] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc
