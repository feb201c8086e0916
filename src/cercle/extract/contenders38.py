"""(s38-fp38) A buyer's order is not money paid to the suppliers who still compete for it: "X envisage de
commander 200 appareils, un dossier sur lequel A et B sont en concurrence" gives no FUNDS X → A nor X → B (the
parser may hang A on the order's noun). A FUNDS tie whose payee is the subject of a contest ("A (et B) sont en
concurrence / en lice", "A et B se disputent …") in its sentence is dropped. Cue words in data/contenders38.yaml."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..yamldata import load_yaml
from .precision34 import _plain, _text_spans
from .precision36 import _lit


@functools.lru_cache(maxsize=1)
def _contest():
    w = {k: [_plain(str(x)) for x in v] for k, v in
         load_yaml((Path(__file__).parent / "data" / "contenders38.yaml").read_text(encoding="utf-8")).items()}
    # right after the payee's name: an optional "et B" / ", B et C", then "sont en concurrence" or "se disputent"
    return re.compile(r"^(?:\s*(?:,|et)\s+(?:(?:le|la|les|l')\s*)?(?P<conj>[^,.;:()\s][^,.;:()]{0,40}?))?\s+(?:(?:" + _lit(w["being_forms"])
                      + r")\s+(?:(?:encore|toujours|aujourd'hui|desormais|deja)\s+)?(?:" + _lit(w["contest_states"])
                      + r")|(?:" + _lit(w["contest_verbs"]) + r"))\b")


def contending_payee(rel) -> bool:
    """True for a FUNDS tie whose payee the sentence says is competing for the deal."""
    if rel.type != "FUNDS":
        return False
    pe = _plain(rel.evidence)
    for a, b in _text_spans(rel.evidence, rel.start, rel.object):
        m = _contest().match(pe[b - rel.start:b - rel.start + 80])
        # (a conjoined name, written with a capital: ", qui est en concurrence" is a relative on the payee alone,
        # which may compete elsewhere)
        if m and (m.group("conj") is None or rel.evidence[b - rel.start + m.start("conj")].isupper()):
            return True
    return False


def contenders38_checks(relations: list) -> list:
    return [r for r in relations if not contending_payee(r)] if relations else relations
