"""Helpers shared by the per-session test modules (not a test module itself)."""
from __future__ import annotations


def ties_of_type(analyse_text, text: str, t: str) -> list:
    """The ties of type ``t`` the whole per-article flow draws from ``text``."""
    return [r for r in analyse_text(text).relations if r.type == t]


def named(rels, t: str | None = None, subject: str | None = None, object: str | None = None,
          either_way: bool = False) -> list:
    """The ties among ``rels`` of type ``t`` whose subject is ``subject`` and whose object is ``object`` (each only
    when given; names normalised as the scorer does); ``either_way``: the two names in either order (a symmetric
    type, or a pair whose direction the test leaves open)."""
    from cercle.evaluate import normalise_name
    s = normalise_name(subject) if subject is not None else None
    o = normalise_name(object) if object is not None else None
    out = []
    for r in rels:
        if t is not None and r.type != t:
            continue
        rs, ro = normalise_name(r.subject), normalise_name(r.object)
        if (s is None or rs == s) and (o is None or ro == o) \
                or either_way and (s is None or ro == s) and (o is None or rs == o):
            out.append(r)
    return out


def positive_ties(analyse_text, text: str, t: str, a: str, b: str) -> list:
    """The ties of type ``t`` between ``a`` and ``b`` (either order, names normalised as the scorer does) that are
    not negated."""
    return [r for r in named(analyse_text(text).relations, t, a, b, either_way=True) if not r.negated]
