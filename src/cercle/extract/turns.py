"""One loop for the late checks that correct ties after the rules drew them (precision37, types38, regional38).

Each check is a function of one relation that answers None (keep it), True (drop it), a Relation (put this one in
its place) or a list of relations (put these in its place). A replacement already read is not drawn twice: the
wrong tie just goes.
"""
from __future__ import annotations


def turn_each(relations: list, turn) -> list:
    """The relations with ``turn`` applied to each, in order (module doc)."""
    keys = {r.key() for r in relations}
    out = []
    for rel in relations:
        new = turn(rel)
        if new is None:
            out.append(rel)
        elif isinstance(new, list):
            for r in new:
                if r.key() not in keys:
                    keys.add(r.key())
                    out.append(r)
        elif new is not True and new.key() not in keys:   # (the right tie already read: the wrong one goes)
            keys.add(new.key())
            out.append(new)
    return out
