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


# English two-word nouns of French business prose, one noun each ("Yser Capital, le family office de
# l'industriel X"): left as two words, the tagger reads "family" as the noun and "office" as a verb or a
# root, and the parse of the whole sentence around them breaks. Merged before the tagger, the phrase is a
# noun like "holding" ("business angel" likewise).
# (read by the model as the French noun of the same use: its NORM, which the embedding layer reads)
_ENGLISH_NOUNS = {("family", "office"): "holding", ("family", "offices"): "holdings",
                  ("business", "angel"): "investisseur", ("business", "angels"): "investisseurs"}
_FIRSTS = {a for a, _ in _ENGLISH_NOUNS}


@Language.component("cercle_english_nouns")
def english_nouns(doc):
    words = [t.lower_ for t in doc] if _FIRSTS.intersection(doc.text.lower().split()) else ()
    spans = [(i, i + 2) for i in range(len(words) - 1)
             if (words[i], words[i + 1]) in _ENGLISH_NOUNS and doc[i].whitespace_ == " "]
    if spans:
        with doc.retokenize() as retok:
            for a, b in spans:
                retok.merge(doc[a:b], attrs={"NORM": _ENGLISH_NOUNS[words[a], words[a + 1]]})
        # (the merged tokens, whose lemma cercle_english_lemmas sets to that French noun after the lemmatizer)
        doc.user_data["cercle_english_nouns"] = [a - k for k, (a, _) in enumerate(spans)]
    return doc


@Language.component("cercle_english_lemmas")
def english_lemmas(doc):
    for i in doc.user_data.pop("cercle_english_nouns", ()):
        doc[i].lemma_ = doc[i].norm_.rstrip("s")   # (the singular: "holdings" → "holding")
    return doc


# (s30-politics30) A verb the tagger took for another part of speech while the parser still gave it a subject and
# an object ("X multiplie les attaques contre Y": "multiplie" tagged ADP; "une commande qui structure le plan": NOUN): the
# parse is the better witness, the word is a verb. Only a word whose lemma has a verb's ending, with both a
# nominal subject and a direct object of its own (no preposition, noun or adjective takes both).
_RETAGGED_FROM = {"ADP", "ADV", "ADJ", "NOUN", "SCONJ", "CCONJ"}   # (not PROPN: a name's parse is no witness)


@Language.component("cercle_verb_pos")
def verb_pos(doc):
    for t in doc:
        if t.pos_ in _RETAGGED_FROM and t.lemma_.endswith(("er", "ir", "re")) and not t.lemma_.endswith("aire") \
                and not t.is_title and any(c.dep_ == "nsubj" for c in t.children) \
                and any(c.dep_ == "obj" for c in t.children):
            t.pos_ = "VERB"
    return doc
