"""(s39-desc39) Descriptors qualified by a place ("le constructeur allemand", "la banque milanaise", "l'homme
d'affaires américain"): what the text says of where each actor is from, and which actor such a descriptor may
stand for.

coref.link_anaphora keeps, for each actor, the places the text gave it (``origins``: "le groupe lyonnais X", "X,
groupe allemand de …", "X, basé à Genève", a place descriptor linked to it before) and refuses a place descriptor to
an actor from elsewhere. This module adds evidence read once per document, and one rule at the link:

* ``name_places``: a country's name or nationality adjective among the words of an organisation's or a state's
  name ("Air France-KLM", "Mozambique LNG", "Qatar Investment Authority", "Crédit Suisse"): the name says where it
  is from, as "le groupe français X" would ("la compagnie allemande" is then no "Air France-KLM").
* ``bracketed_places``: "X (Allemagne)", "X (Genève)": a country, its seat or one of its cities alone in brackets
  right after a name.
* ``foreign_pick``: a descriptor with a foreign place (a country other than France, or a foreign region's or
  city's adjective: "genevois", "milanais") whose pick the text never said was from there. The scorer's pick is
  then a guess (the nearest subject, the actor the noun fitted before), and a wrong guess spreads: the place learnt
  for it refuses the right actor its next descriptor ("la banque milanaise" taken for the French bank, then "le
  groupe français" refused to it). So only the one actor of the wanted type that the descriptor's sentence (before
  it) and the sentence before name without saying it is from elsewhere; several such actors: no one.
"""
from __future__ import annotations

from functools import lru_cache

from .demonyms import _raw, countries_by_adjective, place_of_town, region_countries
from .desc37 import compound_tails
from .lexicon import fold

_PUBLIC_TYPES = ("ORG", "GOV")


@lru_cache(maxsize=1)
def _name_countries() -> dict[tuple[str, ...], tuple[str, str]]:
    """Folded words of a country's name or of a nationality adjective (any form) → that country's place key."""
    out: dict[tuple[str, ...], tuple[str, str]] = {}
    for entry in _raw()["countries"]:
        key = ("country", fold(entry["names"][0]))
        for n in entry["names"]:
            out.setdefault(tuple(fold(n).split()), key)
    for form, names in countries_by_adjective().items():
        out.setdefault(tuple(fold(form).split()), ("country", names[0]))
    return out


def _places_in_name(name: str) -> set[tuple[str, str]]:
    words = fold(name).split()
    table = _name_countries()
    longest = max(len(k) for k in table)
    found = set()
    for a in range(len(words)):
        for b in range(a + 1, min(a + longest, len(words)) + 1):
            key = table.get(tuple(words[a:b]))
            if key:
                found.add(key)
    return found


def name_places(index, origins: dict) -> None:
    """Add to ``origins`` the countries an organisation's or a state's own name says (see the module's head)."""
    for name, ent in index.entities.items():
        if ent.type in _PUBLIC_TYPES:
            for key in _places_in_name(name):
                origins.setdefault(name, set()).add(key)


def bracketed_places(tv, named, index, origins: dict) -> None:
    """Add to ``origins`` a country or city alone in brackets right after an organisation's name ("X (Suisse)")."""
    n_doc = len(tv)
    for j, name in named:
        if index.kinds.get(j) != "name" or index.by_token.get(j + 1) == name \
                or index.entities[name].type != "ORG":
            continue
        k = j + 1
        if k + 2 < n_doc and tv[k].text == "(":
            end = next((m for m in range(k + 1, min(k + 5, n_doc)) if tv[m].text == ")"), None)
            if end is None or end == k + 1:
                continue
            key = place_of_town(" ".join(t.text for t in tv[k + 1:end]))
            if key:
                origins.setdefault(name, set()).add(key)


def foreign(place) -> bool:
    """A place key for a country other than France, or a foreign region's or city's adjective."""
    if place is None:
        return False
    if place[0] == "country":
        return place[1] != "france"
    return place[1] in region_countries()


def foreign_pick(tv, i: int, pick: str | None, types, index, sent_of, fit, bound, accept, marked) -> str | None:
    """The actor a descriptor with a foreign place stands for (see the module's head). ``fit(name)`` is coref's
    place fit of the descriptor's place for that actor (1 said from there, -1 from elsewhere, 0 nothing said);
    ``bound(j)``: the mention at token j is no candidate (its own clause's subject, a source, a thing);
    ``accept(name)``: the actor may be what the noun stands for (a person of its gender, an organisation not
    introduced as another kind of thing); ``marked(name)``: the text set the descriptor's noun on that actor's
    name (introducing it, beside it, or in the name's own words: "le fonds" → "X Capital")."""
    if pick is not None and (fit(pick) > 0 or marked(pick)):
        return pick   # (the place or the noun says so: not a guess)
    s = sent_of[i]
    first = i
    while first > 0 and sent_of.get(first - 1, -1) >= s - 1:
        first -= 1
    near = set()
    for j in range(first, i):
        n = index.by_token.get(j)
        if n is None or n in near or index.entities[n].type not in types:
            continue
        if index.kinds.get(j) not in ("name", "introducer", "descriptor", "pronoun"):
            continue
        if bound(j):
            continue
        near.add(n)
    near = {n for n in near if fit(n) >= 0 and accept(n)}
    if not near:
        return pick   # (no rival in reach: the pick from further back stands, "L'homme d'affaires américain" two
        # sentences after "… a démis X", past a woman's sentence)
    called = {n for n in near if marked(n)}
    if len(called) == 1:
        return next(iter(called))
    return next(iter(near)) if len(near) == 1 else None


def compound_tail(tv, k: int) -> int:
    """How many tokens from k make a compound noun's own "de" phrase ("homme d'affaires", "société de gestion"):
    a place adjective after it still qualifies the descriptor ("l'homme d'affaires américain")."""
    if k + 1 < len(tv) and tv[k].lower_ in ("de", "d'", "d’") and tv[k + 1].lower_ in compound_tails():
        return 2
    return 0
