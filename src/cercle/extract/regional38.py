"""(s38-fp38) A regional or country head is staff, not the head: "X, son directeur général pour l'Europe",
"la présidente France de Y", "le directeur Asie-Pacifique de Y" run a part of Y. A LEADS tie whose title, beside
the person, is followed by a region or a country ("pour l'Europe", "Europe", "pour la France") becomes WORKS_FOR
with the title as role. Read at the end of extraction, after types38 (cue words in data/regional38.yaml)."""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from ..mentions.demonyms import _raw as _demonyms
from ..yamldata import load_yaml
from .precision34 import _plain, _text_spans
from .precision36 import _lit
from .turns import turn_each


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "regional38.yaml").read_text(encoding="utf-8"))
    return {k: tuple(_plain(str(x)) for x in v) for k, v in raw.items() if isinstance(v, list)}


@functools.lru_cache(maxsize=1)
def _pattern():
    w = words()
    place = r"(?:" + _lit(_places()) + r")"
    # the title, then "pour (l'|la |le |les )<place>" or the place right after it ("directeur Europe")
    return re.compile(r"\b(?P<title>(?:" + _lit(w["head_titles"]) + r")(?:\s+(?:pour\s+)?(?:l'|la |le |les )?"
                      + place + r"))(?![\w'-])")


@functools.lru_cache(maxsize=1)
def _places() -> frozenset:
    return frozenset(words()["region_words"]) | {_plain(n) for e in _demonyms()["countries"] for n in e["names"]}


# (between the person's name and the title: a comma, a possessive or an article)
_GAP_BEFORE = re.compile(r"^[\s,(]*(?:(?:son|sa|leur|notre|le|la|l')\s*)?$")
_GAP_AFTER = re.compile(r"^[\s,]*$")


def regional_head(rel):
    """LEADS(X → Y) with X titled head of a region of Y: WORKS_FOR X → Y, role the title."""
    if rel.type != "LEADS":
        return None
    pe = _plain(rel.evidence)
    m = None
    spans = [(a - rel.start, b - rel.start) for a, b in _text_spans(rel.evidence, rel.start, rel.subject)]
    for hit in _pattern().finditer(pe):
        if any(0 <= hit.start() - b <= 16 and _GAP_BEFORE.match(pe[b:hit.start()])
               or 0 <= a - hit.end() <= 4 and _GAP_AFTER.match(pe[hit.end():a]) for a, b in spans):
            m = hit
            break
    if m is None:
        return None
    # (a place the object's own name carries heads that unit: "directeur général pour la France de Y France")
    place = pe[m.start("title"):m.end("title")].split()[-1]
    if place in _plain(rel.object).split():
        return None
    return dataclasses.replace(rel, type="WORKS_FOR", role=rel.evidence[m.start("title"):m.end("title")],
                               rule=rel.rule + ".regional38")


def regional38_checks(relations: list) -> list:
    """The relations with a regional head's LEADS turned to WORKS_FOR (a tie already read is not drawn twice)."""
    if not relations:
        return relations

    def turn(rel):
        if rel.type in ("LEADS", "WORKS_FOR") and _plain(rel.subject) in words()["region_words"]:
            return True   # ("X, directeur Asie-Pacifique de Y": the region the parser read as a person heads nothing;
            # not a country: "la France préside le Conseil" may be said)
        return regional_head(rel)

    return turn_each(relations, turn)
