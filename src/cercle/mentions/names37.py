"""(s37-names37) Names the candidates cut in two at an English "and".

The candidates cut a span at "and" ("Atlas and Borea": two names the NER joined). A company's or a division's
English name also joins two domains so ("X Defence and Space", "Y Technologies and Solutions"): cut there, the
text gets a first piece ("X Defence") and a second one ("Space") that each take the ties of the whole. The pieces
are one name when a word of trade or domain (data/names37.yaml) closes the first piece or makes the second.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..nlp.docview import tokens_of
from ..yamldata import load_yaml
from .typing_cues import first_names
from .wordpos import at_words

_DATA = Path(__file__).parent / "data" / "names37.yaml"


@lru_cache(maxsize=1)
def domain_words() -> frozenset:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    return frozenset(str(w) for w in raw["english_domain_words"])


def english_names_with_and(doc, spans: list) -> None:
    """'l'actuel patron de X Defence and Space': the two pieces around "and" are one name when the first piece has
    a word of trade or domain at its end and the second piece is one to three capitalised words with one such word
    (each piece a candidate span; not a person's name)."""
    tv = tokens_of(doc)
    n = len(tv)
    words = domain_words()
    by_end = by_start = None
    dropped = []
    for i in at_words(doc, ("and",)):
        if i < 1 or i + 1 >= n or tv[i].text != "and":
            continue
        if by_end is None:
            by_end = {s.end: s for s in spans}
            by_start = {s.start: s for s in spans}
        left, right = by_end.get(i), by_start.get(i + 1)
        if left is None or right is None or left.fixed_name or right.fixed_name or any(left is d for d in dropped):
            continue
        piece = tv[right.start:right.end]
        if not 1 <= len(piece) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in piece):
            continue
        if tv[left.end - 1].text not in words or not any(t.text in words for t in piece):
            continue
        if tv[left.start].text in first_names() and left.end - left.start == 2:
            continue   # ("Paul Space and Energy" is no company's name)
        right.start = left.start
        right.text = doc[right.start:right.end].text
        right.votes["ORG"] += 2
        dropped.append(left)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]
