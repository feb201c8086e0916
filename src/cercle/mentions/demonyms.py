"""Nationality adjectives → the country they name ("turc" → Turquie), from data/demonyms.yaml.

"Le président turc X" names the country by its adjective only; a tie to the
country is drawn when the article also names it (the entity must exist).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..yamldata import load_yaml

from .lexicon import fold

DATA = Path(__file__).with_name("data") / "demonyms.yaml"


def _forms(adj: str) -> set[str]:
    """Masculine singular → the four forms: "italien" → italienne, italiens, italiennes."""
    if adj.endswith("e"):
        fem = adj
    elif adj.endswith(("ien", "éen")):
        fem = adj + "ne"
    elif adj == "turc":
        fem = "turque"
    elif adj == "grec":
        fem = "grecque"
    else:
        fem = adj + "e"
    plural = adj if adj.endswith(("s", "x")) else adj + "s"
    return {adj, fem, plural, fem + "s"}


@lru_cache(maxsize=1)
def _raw() -> dict:
    return load_yaml(DATA.read_text("utf-8"))


@lru_cache(maxsize=1)
def countries_by_adjective() -> dict[str, tuple[str, ...]]:
    raw = _raw()
    out: dict[str, tuple[str, ...]] = {}
    for entry in raw["countries"]:
        names = tuple(fold(n) for n in entry["names"])
        for adj in entry["adj"]:
            for form in _forms(adj):
                out[form] = names
    return out


def country_named(adjective: str, index) -> str | None:
    """The article's entity for the country an adjective names, if the article names it."""
    names = countries_by_adjective().get(adjective.lower())
    if not names:
        return None
    for name, ent in index.entities.items():
        if ent.type in ("LOC", "GOV") and fold(name) in names:
            return name
    return None


@lru_cache(maxsize=1)
def masculine_adjective() -> dict[str, str]:
    """Nationality adjective (any form) → its masculine singular ("française" → français), the form a
    ministry's name takes ("la ministre française des …" → "ministère français des …")."""
    return {form: adj for entry in _raw()["countries"] for adj in entry["adj"] for form in _forms(adj)}


@lru_cache(maxsize=1)
def country_names_by_adjective() -> dict[str, str]:
    """Nationality adjective (any form) → the country's usual name as written ("britannique" → Royaume-Uni)."""
    raw = _raw()
    return {form: entry["names"][0] for entry in raw["countries"] for adj in entry["adj"] for form in _forms(adj)}


@lru_cache(maxsize=1)
def countries_by_seat() -> dict[str, tuple[str, ...]]:
    """Folded capital or seat of power ("kinshasa", "kremlin") → the folded names of its country."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in _raw()["countries"]:
        names = tuple(fold(n) for n in entry["names"])
        for seat in entry.get("seat", []):
            out[fold(seat)] = names
    return out


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Folded names of continents and world regions ("asie", "moyen orient")."""
    return frozenset(fold(n) for n in _raw().get("regions", []))


@lru_cache(maxsize=1)
def _local_bases() -> dict[str, str]:
    """Every form of a region's or city's adjective → its masculine singular ("lyonnaise" → lyonnais)."""
    from .lexicon import lexicon
    return {f: adj.lower() for adj in lexicon().get("local_adjectives", ()) for f in _forms(adj.lower())}


def place_key(word: str) -> tuple[str, str] | None:
    """Where an adjective says a company is from: ("country", its first name folded) for a nationality
    ("kirghize" → kirghizistan), ("local", the masculine form) for a French region or city ("lyonnaise"
    → lyonnais), else None."""
    low = word.lower()
    names = countries_by_adjective().get(low)
    if names:
        return ("country", names[0])
    base = _local_bases().get(low)
    return ("local", base) if base else None


def place_agreement(a: tuple[str, str], origins: set) -> int:
    """How a descriptor's place ``a`` fits what the text said of an actor's origin: 1 the same place,
    -1 another country ("le transitaire turc" is no company the text called kirghize; a French region's
    company is no foreign one), 0 nothing known or nothing against (two French places may well be one:
    "grenoblois" and "isérois")."""
    if not origins:
        return 0
    if a in origins:
        return 1
    france = ("country", "france")
    for o in origins:
        if a[0] == "country" and o[0] == "country":
            return -1
        if {a[0], o[0]} == {"country", "local"}:
            country = a if a[0] == "country" else o
            if country != france:
                return -1
    return 0


@lru_cache(maxsize=1)
def _countries_by_name() -> dict[str, str]:
    """Folded name, seat or city of a country → its first name folded ("bichkek" → kirghizistan)."""
    out: dict[str, str] = {}
    for entry in _raw()["countries"]:
        first = fold(entry["names"][0])
        for n in list(entry["names"]) + list(entry.get("seat", [])) + list(entry.get("towns", [])):
            out.setdefault(fold(n), first)
    return out


def place_of_town(text: str) -> tuple[str, str] | None:
    """The country a place name is, or is a city of ("Turquie", "Bichkek", "Istanbul"), as a place key."""
    first = _countries_by_name().get(fold(text))
    return ("country", first) if first else None


@lru_cache(maxsize=1)
def region_countries() -> dict[str, tuple[str, str]]:
    """A foreign region's or city's adjective (its place key's word) → its country's place key
    (demonyms.yaml regions: "californien" → the United States)."""
    out = {}
    for entry in _raw()["countries"]:
        country = ("country", fold(entry["names"][0]))
        for adj in entry.get("regions", ()):
            key = place_key(adj)
            if key and key[0] == "local":
                out[key[1]] = country
    return out
