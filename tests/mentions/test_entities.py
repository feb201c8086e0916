"""Names the NER cuts or mislabels, recovered by the mention stage (team-written sentences, invented names)."""
from __future__ import annotations

import pytest

from cercle.clean import clean_article
from cercle.mentions.entities import find_entities
from cercle.records import Article


@pytest.fixture(scope="module")
def entities(nlp):
    def run(text: str) -> dict[str, tuple[str, list[str]]]:
        clean = clean_article(Article(id="t", text=text))
        ents, _, _ = find_entities(nlp(clean.text), clean)
        return {e.name: (e.type, e.aliases) for e in ents}
    return run


@pytest.mark.parametrize("text, name, etype", [
    # a first name the parser reads as a verb, inside a sentence
    ("Une rencontre a eu lieu entre Paul Verdier et Nasser Al-Mansouri (président de Technova).",
     "Nasser Al-Mansouri", "PER"),
    ("Le Premier ministre valdarien Narendra Kelvani a applaudi la décision.", "Narendra Kelvani", "PER"),
    # an English possessive the tokenizer cut off, read as a preposition
    ("Il a acheté des parts dans Kelvio’s et Macy’s, entre autres.", "Macy's", "ORG"),
    # two names the NER joined with "and"
    ("La levée a été menée auprès des fonds Atlas Horizon and General Borea.", "General Borea", "ORG"),
    ("La levée a été menée auprès des fonds Atlas Horizon and General Borea.", "Atlas Horizon", "ORG"),
    # a surname the parser reads as a possessive
    ("Akira Son, fondateur et PDG de Technova, a parlé.", "Akira Son", "PER"),
    # a capital inside the first word
    ("Selon beIN Sports, la chaîne a signé avec Technova.", "beIN Sports", "ORG"),
])
def test_names_the_ner_cut(entities, text, name, etype):
    found = entities(text)
    assert name in found, found
    assert found[name][0] == etype, found
