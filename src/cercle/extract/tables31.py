"""(s31-tables31) Two party columns whose roles state a tie: each row pairs their cells.

"| Candidat | Parti | Principal prêteur | Montant emprunté |": the lender column's party funds the candidate column's
(ONTOLOGY: a campaign's money is the candidate's), with the row's amount; "| Client | Industriel | Montant |": the
client pays the supplier; "| Société | Principal actionnaire | Part |": the holder owns the company; "| Dirigeant |
Groupe |": the person leads the group. The roles of the columns are read from the header lexicon
(mentions/table_heads.py: qualifiers such as "principal", plurals, feminines and brackets do not count); which
roles pair into which tie is data (data/tables31.yaml). A role held by two columns, an unknown header, a cell naming
no fitting party draw nothing.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..mentions.table_heads import head_role
from ..yamldata import load_yaml
from .tables29b import _rows
from .tables30 import _cell_name_part, _share

DATA = Path(__file__).with_name("data") / "tables31.yaml"


@lru_cache(maxsize=1)
def pairs() -> list[dict]:
    with open(DATA, encoding="utf-8") as fh:
        out = load_yaml(fh)["pairs"]
    for p in out:
        p["from_types"] = frozenset(p["from_types"])
        p["to_types"] = frozenset(p["to_types"])
    return out


def _parties(index, doc, clean, cell, entities_in, types) -> list[str]:
    part = _cell_name_part(clean, cell)
    if part is None:
        return []
    return [p for p, _ in entities_in(index, doc, *part) if index.entities[p].type in types]


def pair_rows(doc, clean, index, entities_in):
    """Yield (row block, type, subject, object, attributes) for the rows of tables with two paired party columns."""
    if clean is None or "|" not in clean.text:
        return
    specs = pairs()
    for _, rows in _rows(clean):
        header = rows[0].header
        roles = [head_role(h) for h in header]
        if sum(1 for r in roles if r and r != "comment") < 2:
            continue
        cols: dict[str, list[int]] = {}
        for n, r in enumerate(roles):
            if r:
                cols.setdefault(r, []).append(n)
        chosen = []
        done_from = set()
        for spec in specs:
            a, b = cols.get(spec["from"], []), cols.get(spec["to"], [])
            if spec["from"] in done_from or len(a) != 1 or len(b) != 1 or a == b:
                continue
            done_from.add(spec["from"])
            chosen.append((spec, a[0], b[0]))
        for spec, fc, tc in chosen:
            for block in rows:
                if max(fc, tc) >= len(block.cells):
                    continue
                subjects = _parties(index, doc, clean, block.cells[fc], entities_in, spec["from_types"])
                objects = _parties(index, doc, clean, block.cells[tc], entities_in, spec["to_types"])
                if len(objects) != 1:
                    continue
                attrs = {}
                if spec.get("share"):
                    attrs["share"] = _share(clean, block)
                for s in subjects:
                    if s != objects[0]:
                        yield block, spec["type"], s, objects[0], attrs, bool(spec.get("amount"))
