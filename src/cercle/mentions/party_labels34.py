"""(s34-politics34) A party's name worn as a label between a politician's title and the politician's own name:
"le sénateur Les Progressistes Hugo Marchal", "la députée La Gauche unie Lucie Ferrand", "le conseiller régional
PRV Paul Verdier". The NER reads the middle name as a place or a person when it is one plural word ("Les
Progressistes" → LOC, "Républicains" → PER); its place, between a title of a politician (data/party_labels34.yaml)
and a capitalised name, says it is an organisation (a vote ORG, read by typing_cues._type_votes).

Only the token before the span (and one article, one title adjective) and the token after it are read."""
from __future__ import annotations

import functools
from pathlib import Path

from ..yamldata import load_yaml

_ARTICLES = frozenset({"Les", "La", "Le", "L'", "L’"})


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "party_labels34.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x) for x in v) for k, v in raw.items()}


def title_before(tv, start: int) -> int:
    """Index of the politician's title right before a label starting at ``start`` (over one capitalised
    article "Les" / "La" and one title adjective, "le conseiller régional Les Y"), or -1."""
    w = words()
    j = start - 1
    if j >= 0 and tv[j].text in _ARTICLES:
        j -= 1
    if j >= 0 and tv[j].lower_ in w["label_title_adjectives"]:
        j -= 1
    if j >= 0 and tv[j].is_lower and tv[j].lower_ in w["label_titles"]:
        return j
    return -1


def _name_opens(tok) -> bool:
    """A capitalised word opening the politician's name ("Hugo", "M.")."""
    t = tok.text
    return t[:1].isupper() and t[1:2].islower() and tok.pos_ in ("PROPN", "NOUN", "X") and t not in _ARTICLES


def label_vote(tv, sp, size: int) -> None:
    """ORG for a name between a politician's title and a capitalised name; nothing else."""
    if sp.end >= size or sp.start < 1 or not _name_opens(tv[sp.end]):
        return
    if tv[sp.start].text in _ARTICLES or title_before(tv, sp.start) < 0:
        return
    sp.votes["ORG"] += 4
