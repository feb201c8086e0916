"""(s34-coref34) Third-person references in a tie's sentence.

Readings called by coref.link_anaphora:

* ``honorific_subject``: "M. X, 57 ans, assurait l'intérim. Il dirigeait…": the parser makes the civility word
  ("M.", "Mme", "Me", "Dr") the clause's subject and hangs the name on it; the name is that subject, so a
  pronoun or a possessive of the next sentence can stand for it.

Lexicons in data/refs34.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml

_SUBJECT = ("nsubj", "nsubj:pass")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/refs34.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def honorifics() -> frozenset:
    return frozenset(_data()["honorifics"])


def honorific_subject(tv, i: int, index) -> bool:
    """The name at token i hangs on a civility word right before it that the parser made a clause's subject
    ("M. X assurait…", "Mme X, 48 ans, a quitté…"), the civility word being no part of another name."""
    tok = tv[i]
    if tok.dep_ not in ("flat:name", "flat", "appos", "nmod"):
        return False
    head = tok.head
    return head.i == i - 1 and head.dep_ in _SUBJECT and head.i not in index.by_token \
        and head.lower_.rstrip(".") in honorifics()
