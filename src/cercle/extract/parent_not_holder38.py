"""(s38-fp38) The parent named in "…, filiale du fonds Z" is not the shareholder the sentence names: in
"X, l'actionnaire majoritaire du club, elle-même filiale du fonds Z" (or "X, filiale du groupe Z, premier
actionnaire de Y") Y's shareholder is X; Z owns X, not Y directly. The parser may hang Z on "actionnaire" (through
the apposed "filiale"): an OWNS Z → Y drawn from a shareholder noun, with Z written right after "filiale de", is
dropped. Words in data/parent_not_holder38.yaml."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..yamldata import load_yaml
from .precision34 import _plain, _text_spans
from .precision36 import _lit


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "parent_not_holder38.yaml").read_text(encoding="utf-8"))
    return {k: [_plain(str(x)) for x in v] for k, v in raw.items()}


@functools.lru_cache(maxsize=1)
def _parent_before():
    # "filiale du fonds souverain " right before the name: up to three words of description between
    return re.compile(r"\b(?:" + _lit(_words()["unit_nouns"]) + r")\s+(?:de la |de l'|des |du |de |d')"
                      r"(?:[\w\-]+\s+){0,3}$")


def parent_as_holder(rel) -> bool:
    """True for an OWNS from a shareholder noun whose owner is written as a subsidiary's parent."""
    if rel.type != "OWNS" or not any(rel.rule.startswith(r) for r in _words()["shareholder_rules"]):
        return False
    pe = _plain(rel.evidence)
    for a, _ in _text_spans(rel.evidence, rel.start, rel.subject):
        a -= rel.start
        if _parent_before().search(pe[max(0, a - 60):a]):
            return True
    return False


def parent_not_holder38_checks(relations: list) -> list:
    return [r for r in relations if not parent_as_holder(r)] if relations else relations
