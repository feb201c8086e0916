"""(s35-readb35) Typing a party's name by the label noun before it: "sous l'étiquette Les Écologistes", "sous la
bannière de Renaissance", "sous les couleurs du Mouvement vert", "avec l'investiture de Y". The NER reads a plural
party name as a person or a place ("Les Écologistes" → PER, "Horizons" → LOC); the label noun before it (data/
readb35.yaml) says it is an organisation. Only the three tokens before the span are read."""
from __future__ import annotations

import functools
from pathlib import Path

from ..yamldata import load_yaml

_SKIP = frozenset({"de", "du", "des", "d'", "d’", "le", "la", "les", "l'", "l’"})


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset, frozenset]:
    raw = load_yaml((Path(__file__).parent / "data" / "readb35.yaml").read_text(encoding="utf-8"))
    return frozenset(raw["label_nouns"]), frozenset(raw["label_nouns_after_sous"])


def banner_vote(tv, sp) -> None:
    """ORG for a name right after a label noun (past "de" and an article; the name's own article may open it)."""
    j = sp.start - 1
    hops = 0
    while j >= 0 and hops < 2 and tv[j].lower_ in _SKIP:
        j -= 1
        hops += 1
    if j < 0:
        return
    plain, after_sous = _words()
    low = tv[j].lower_
    if low in plain or low in after_sous and j >= 2 and tv[j - 1].lower_ in ("les", "le", "la", "l'", "l’") \
            and tv[j - 2].lower_ == "sous":
        sp.votes["ORG"] += 4
