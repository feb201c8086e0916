"""(s37-names37) Names the candidates cut in two at an English "and".

The candidates cut a span at "and" ("Atlas and Borea": two names the NER joined). A company's or a division's
English name also joins two domains so ("X Defence and Space", "Y Technologies and Solutions"): cut there, the
text gets a first piece ("X Defence") and a second one ("Space") that each take the ties of the whole. The pieces
are one name when a word of trade or domain (data/names37.yaml) closes the first piece or makes the second.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..yamldata import load_yaml
from .typing_cues import first_names
from .names22 import join_at_and

_DATA = Path(__file__).parent / "data" / "names37.yaml"


@lru_cache(maxsize=1)
def domain_words() -> frozenset:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    return frozenset(str(w) for w in raw["english_domain_words"])


def english_names_with_and(doc, spans: list) -> None:
    """'l'actuel patron de X Defence and Space': the two pieces around "and" are one name when the first piece has
    a word of trade or domain at its end and the second piece is one to three capitalised words with one such word
    (each piece a candidate span; not a person's name)."""
    words = domain_words()

    def fits(tv, left, right) -> bool:
        piece = tv[right.start:right.end]
        if not 1 <= len(piece) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in piece):
            return False
        if tv[left.end - 1].text not in words or not any(t.text in words for t in piece):
            return False
        # ("Paul Space and Energy" is no company's name)
        return not (tv[left.start].text in first_names() and left.end - left.start == 2)

    join_at_and(doc, spans, fits, "ORG")
