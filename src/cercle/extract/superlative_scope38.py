"""(s38-fp38) The place after a superlative is its scope, not a party: "L'homme le plus riche de Russie, qui détient
36 % de Y" is a person (left unnamed there), not Russia holding Y. A tie one of whose parties is a place (typed
GOV or LOC, or a country's name) written only after "le/la/les plus <adjectif> [nom] de" is dropped. Only places:
"le plus gros actionnaire de Y" names Y as the held company. Words in data/superlative_scope38.yaml."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..mentions.demonyms import _raw as _demonyms
from ..yamldata import load_yaml
from .precision34 import _plain, _text_spans
from .precision36 import _lit


@functools.lru_cache(maxsize=1)
def _scope():
    raw = load_yaml((Path(__file__).parent / "data" / "superlative_scope38.yaml").read_text(encoding="utf-8"))
    marks = [_plain(str(x)) for x in raw["superlative_marks"]]
    return re.compile(r"\b(?:le|la|les)\s+(?:" + _lit(marks) + r")\s+[\w\-]+(?:\s+[\w\-]+)?\s+"
                      r"(?:de la |de l'|des |du |de |d')\s*$")


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset:
    return frozenset(_plain(n) for e in _demonyms()["countries"] for n in e["names"])


def _place(name: str, index) -> bool:
    ent = index.entities.get(name) if index is not None else None
    return (ent is not None and ent.type in ("GOV", "LOC")) or _plain(name) in _countries()


def scope_party(rel, index) -> bool:
    """True when a party of the tie is a place named only as a superlative's scope in its sentence."""
    pe = _plain(rel.evidence)
    for name in (rel.subject, rel.object):
        if not _place(name, index):
            continue
        sp = _text_spans(rel.evidence, rel.start, name)
        if sp and all(_scope().search(pe[max(0, a - rel.start - 50):a - rel.start]) for a, _ in sp):
            return True
    return False


def superlative_scope38_checks(index, relations: list) -> list:
    return [r for r in relations if not scope_party(r, index)] if relations else relations
