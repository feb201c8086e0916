"""Choosing what a merged entity is called, what type it has and which id it keeps.

An entity is the set of its per-article names (``doc_entities``); these
functions decide from that set, so a merge and a split only move names
between entities and recompute.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .keys import is_proper, name_key

TYPE_ORDER = ("PER", "ORG", "GOV", "OTHER")   # breaks a tie in the type vote


def name_rank(name: str, type: str, count: int = 1) -> tuple:
    """Higher is a better canonical name: a proper name, the most words ("Xavier Niel" over
    "Niel", "Ligue de football professionnel" over "LFP"), the most used, then the shortest
    spelling ("Vivendi" over "Vivendi SE", same key)."""
    proper, words, length, titled, neg = _rank_parts(name, type)
    return (proper, words, length, count, titled, -len(name), neg)


@lru_cache(maxsize=1 << 15)  # pure; the writer ranks the same names for every article naming them
def _rank_parts(name: str, type: str) -> tuple:
    key = name_key(name, type)
    titled = name.split()[0] in ("Le", "La", "Les", "L'") if name.split() else False  # "Le Veilleur"
    return is_proper(name, type), len(key.split()), len(key), titled, _neg(name)


def _neg(s: str) -> tuple:
    return tuple(-ord(ch) for ch in s)


def vote_type(types: list[str]) -> tuple[str, dict[str, int]]:
    """The most frequent type across articles, with the counts kept for display."""
    votes = Counter(types)
    best = max(votes, key=lambda t: (votes[t], -TYPE_ORDER.index(t) if t in TYPE_ORDER else -9))
    return best, dict(sorted(votes.items()))


def canonical_name(names: list[tuple[str, str]]) -> str:
    """Best of (name, type) pairs as written by the articles (whatever order they came in)."""
    counts = Counter(n for n, _t in names)
    types = dict(names)
    return max(counts, key=lambda n: name_rank(n, types[n], counts[n]))


def better(a_name: str, a_type: str, b_name: str, b_type: str) -> bool:
    """True when ``a`` deserves to name the merged entity (and give it its id) rather than ``b``."""
    return name_rank(a_name, a_type)[:3] > name_rank(b_name, b_type)[:3]
