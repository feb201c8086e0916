"""(s37-desc37) Descriptor–referent compatibility: what the text attached to each actor beside its name.

A descriptor ("le distributeur français", "la chaîne cryptée", "le transporteur") is resolved by
coref.link_anaphora to a recent actor of a fitting type. That actor must not contradict what the text said of it
elsewhere. coref already reads a place adjective before a name ("l'allemand X", "le fabricant lyonnais X") and a
seat right after it ("X, établie à Bichkek"); this module reads, once per document, the places an apposition gives
("X, groupe allemand de …", "X, le spécialiste chambérien des desserts", "X, un armateur basé à Saint-Pétersbourg",
"X, filiale française de Y"), which coref's place check (``_place_fit``) then uses both ways: an actor the text
said was from the descriptor's place is preferred, one it said was from another country is refused.

Only the apposition's own words count: a place after a "de" or past another name belongs to that other actor
("X, filiale du groupe allemand Y": Y is German, not X).

Lexicons in data/desc37.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml
from .demonyms import place_key, place_of_town

_DE = frozenset({"de", "d'", "d’", "du", "des"})


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/desc37.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _openers() -> frozenset:
    return frozenset(_data()["apposition_openers"])


@lru_cache(maxsize=1)
def _seated() -> frozenset:
    return frozenset(_data()["seated"])


@lru_cache(maxsize=1)
def _compound_tails() -> frozenset:
    return frozenset(_data()["compound_tails"])


def more_classes() -> dict[str, list]:
    """Actor classes for refs35's kind check (class → nouns) that data/refs35.yaml lacks."""
    return dict(_data().get("classes", {}))


def _apposition_head(tv, j: int, index) -> int | None:
    """The head noun of the apposition after the name ending at token j ("X, le distributeur …"), else None."""
    n_doc = len(tv)
    k = j + 1
    if k < n_doc and tv[k].text == "(":   # "X (XA), groupe …": past the acronym in brackets
        close = next((m for m in range(k + 1, min(k + 5, n_doc)) if tv[m].text == ")"), None)
        k = close + 1 if close is not None else k
    if k + 1 >= n_doc or tv[k].text != ",":
        return None
    k += 1
    stop = min(k + 4, n_doc)
    while k < stop and tv[k].is_lower and (tv[k].lower_ in _openers() or tv[k].pos_ == "NUM"):
        k += 1
    if k >= n_doc or k in index.by_token or not tv[k].is_lower or tv[k].pos_ not in ("NOUN", "ADJ"):
        return None
    return k


def apposed_places(tv, named, index, origins: dict) -> None:
    """Add to ``origins`` (entity → place keys) the places an apposition after a name gives (see the module's
    head): place adjectives among the apposition's first words, before any "de" or other actor, and a seat
    ("basé à Y", "enregistrée à Chypre") inside it."""
    n_doc = len(tv)
    for j, name in named:
        if index.kinds.get(j) != "name" or index.by_token.get(j + 1) == name \
                or index.entities[name].type not in ("ORG", "PER"):
            continue
        head = _apposition_head(tv, j, index)
        if head is None:
            continue
        own_part = True   # (before any "de": the apposition's own words)
        for m in range(head + 1, min(head + 10, n_doc)):
            t = tv[m]
            if t.is_punct or m in index.by_token or t.lower_ in ("qui", "que", "dont", "et", "ou"):
                break
            if t.lower_ in _DE:
                # ("X, l'homme d'affaires russe": a compound noun's own "de")
                own_part = own_part and m + 1 < n_doc and tv[m + 1].lower_ in _compound_tails()
                continue
            if own_part and t.is_lower and t.pos_ in ("ADJ", "NOUN", "VERB", "PROPN"):
                key = place_key(t.lower_)
                if key and (index.entities[name].type == "ORG" or key[0] == "country"):
                    origins.setdefault(name, set()).add(key)
                    continue
            if t.lower_ in _seated() and m + 2 < n_doc and tv[m + 1].lower_ in ("à", "en", "au", "aux"):
                key = place_of_town(tv[m + 2].text)
                if key:
                    origins.setdefault(name, set()).add(key)
                break
