"""Fixtures shared by the mention tests: the entities of a text, and what each pronoun or descriptor
stands for."""
from __future__ import annotations

import pytest

from cercle.clean import clean_article
from cercle.mentions.entities import find_entities
from cercle.records import Article


@pytest.fixture(scope="module")
def entities(nlp):
    """text → {entity name: (type, aliases)}."""
    def run(text: str) -> dict[str, tuple[str, list[str]]]:
        clean = clean_article(Article(id="t", text=text))
        ents, _, _ = find_entities(nlp(clean.text), clean)
        return {e.name: (e.type, e.aliases) for e in ents}
    return run


@pytest.fixture(scope="module")
def links(nlp):
    """text → {(surface of the pronoun/descriptor, its n-th occurrence): entity name}."""
    from cercle.nlp.docview import DocView

    def run(text: str) -> dict[tuple[str, int], str | None]:
        doc = DocView(nlp(text))
        _, _, index = find_entities(doc)
        seen: dict[str, int] = {}
        out = {}
        for tok in doc:
            n = seen.get(tok.lower_, 0)
            seen[tok.lower_] = n + 1
            out[(tok.lower_, n)] = index.by_token.get(tok.i)
        return out

    return run
