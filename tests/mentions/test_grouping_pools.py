"""_group tries joins() only within candidate pools; it must group exactly as trying every pair."""
from __future__ import annotations

import itertools
import random
from collections import Counter

from cercle.mentions import grouping
from cercle.mentions.index import _Span

NAMES = [("Paul Verdier", "PER"), ("Verdier", "PER"), ("Paul", "PER"), ("M. Verdier", "PER"),
         ("Jeanne Morel", "PER"), ("Morel", "PER"), ("Le Monde Libre", "ORG"), ("LML", "ORG"),
         ("Nuvia", "ORG"), ("Nuvia AI", "ORG"), ("Orbalia", "ORG"), ("Orbalia X200", "ORG"),
         ("Atlas Capital", "ORG"), ("Atlas", "ORG"), ("Capital", "ORG"), ("CMA CGM", "ORG"),
         ("CGM", "ORG"), ("Banque de Valdarie", "GOV"), ("BDV", "GOV"), ("Valdarie", "LOC"),
         ("groupe Verdier", "ORG"), ("Technova Media", "ORG"), ("TM", "ORG"), ("Media", "ORG")]


def _spans(names):
    out = []
    for k, (text, label) in enumerate(names):
        sp = _Span(k, k + 1, text)
        sp.votes = Counter({label: 1})
        out.append(sp)
    return out


def _brute_pools(info):
    return lambda i: range(len(info))


def _shape(clusters):
    return [[(s.start, s.text) for s in c] for c in clusters]


def test_pools_group_as_every_pair(monkeypatch):
    rng = random.Random(3)
    cases = [NAMES] + [rng.sample(NAMES, rng.randint(2, len(NAMES))) for _ in range(60)]
    cases += [list(p) for p in itertools.permutations(NAMES[:5])]
    for names in cases:
        fast = _shape(grouping._group(None, _spans(names)))
        with monkeypatch.context() as m:
            m.setattr(grouping, "_pools", _brute_pools)
            slow = _shape(grouping._group(None, _spans(names)))
        assert fast == slow, names
