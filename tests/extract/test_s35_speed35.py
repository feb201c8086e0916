"""speed35: cheaper steps that must answer exactly as the ones they replace (output unchanged).

- precision34._word_spans: the places a text writes a name as whole words, found with str.find instead of a
  regular expression compiled for each name (r"(?<![\\w])" + re.escape(name) + r"(?![\\w])");
- grouping._spells and candidates._spelled_by: pure tests of two strings, now remembered (lru_cache).
All strings below are invented.
"""
from __future__ import annotations

import random
import re

import pytest

from cercle.extract.precision34 import _word_spans
from cercle.mentions import candidates, grouping


def _by_regex(key: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w])" + re.escape(key) + r"(?![\w])", text)]


CASES = [
    ("jules farnoux", "le depute jules farnoux, proche de jules farnoux-brel, et jules farnoux."),
    ("farnoux", "farnouxien farnoux_2 2farnoux (farnoux) «farnoux» farnoux"),
    ("aa", "aaaa aa aaa aa"),   # (no overlapping matches, left to right)
    ("l'etoile", "a l'etoile, l'etoiles et l'etoile."),
    ("x.y", "x.y xzy x.yz _x.y x.y"),
    ("", "ab c"),   # (an empty key: the regex's empty matches)
    ("café", "café cafés décafé café"),
    ("a", "ⅰa aⅰ a² ²a a"),   # (numerals and superscripts are word characters for re)
]


@pytest.mark.parametrize("key,text", CASES)
def test_word_spans_as_the_regex(key, text):
    assert _word_spans(key, text) == _by_regex(key, text)


def test_word_spans_random():
    rng = random.Random(35)
    alphabet = "ab_ é1²-' .,Çⅰ\u0663"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        key = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        assert _word_spans(key, text) == _by_regex(key, text), (key, text)


@pytest.mark.parametrize("acronym,name,want", [
    ("CR", "Convergence républicaine", True),
    ("EPN", "Ensemble pour la Nation", True),
    ("UPPS", "Sorrel", False),
    ("SDJ", "Société des journalistes du Fanal", True),
])
def test_spells_remembered(acronym, name, want):
    assert grouping._spells(acronym, name) is want
    assert grouping._spells(acronym, name) is want   # (the second answer from the cache)
    assert candidates._spelled_by(name, acronym) == candidates._spelled_by.__wrapped__(name, acronym)
