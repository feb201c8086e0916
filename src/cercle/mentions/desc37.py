"""(s37-desc37) Descriptor–referent compatibility: what the text attached to each actor beside its name.

A descriptor ("le distributeur français", "la holding", "le motoriste", "le groupe agricole") is resolved by
coref.link_anaphora to a recent actor of a fitting type. This module reads, once per document, what the text said of
each actor, so that the descriptor goes to an actor whose profile agrees and never to one whose profile contradicts:

* ``apposed_places``: the places an apposition gives ("X, groupe allemand de …", "X, le spécialiste chambérien des
  desserts", "X, un armateur basé à Saint-Pétersbourg", "X, une start-up de <known town>"), added to coref's origins
  (coref's ``_place_fit`` then prefers an actor from the descriptor's place and refuses one from another country).
  Only the apposition's own words count: "X, filiale du groupe allemand Y" says Y is German, not X; and a subject
  after a fronted phrase ("Conseillée par le cabinet X, l'entreprise savoyarde …") is no apposition to X.
* ``called_by_noun``: a descriptor whose noun the text set on exactly one actor (the noun introducing its name, "la
  banque privée X", or the head of an apposition, "X, la holding qui …") stands for that actor, over a pick the text
  called by other nouns only ("le fonds Z", whose name's "Capital" fits a holding as well).
* ``named_kinds``: an organisation whose name says it is a sports club ("X Rugby Club") counts as called "club" for
  refs35's kind check (a business noun, "le groupe agricole", "le transporteur", is no club); refs35 reads the class
  "sport" from ``more_classes``.
* ``supplied_trades``: what an actor makes or supplies says its trade ("X fournira les moteurs", "…, Y les moteurs"
  after a supply verb): "le motoriste" is then that actor, as if the text had said "le motoriste X".
* ``more_affinity``: words of a name that fit a kind noun coref's _AFFINITY lacks ("la compagnie" → "X Air").

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


compound_tails = _compound_tails   # (s39-desc39) "l'homme d'affaires américain": places39.compound_tail


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
    if tv[k].dep_ in ("nsubj", "nsubj:pass", "ROOT"):
        return None   # "Conseillée par le cabinet X, l'entreprise savoyarde a assigné …": the clause's subject, after
        # a fronted phrase, is no apposition to X
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
            if own_part and t.lower_ in ("de", "d'", "d’") and m + 1 < n_doc and tv[m + 1].text[:1].isupper() \
                    and (key := place_of_town(tv[m + 1].text)) and (m + 2 >= n_doc or not tv[m + 2].text[:1].isupper()):
                origins.setdefault(name, set()).add(key)   # "X, une start-up de Delft": that town's country
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


@lru_cache(maxsize=1)
def _generic() -> frozenset:
    return frozenset(_data()["generic_nouns"])


def named_kinds(named, index) -> dict[str, set[str]]:
    """Organisations whose name says they are a sports club ("X Rugby Club"), as if the text had called them "le
    club": refs35's kind check then refuses them to a business noun ("le groupe agricole", "le transporteur")."""
    club, owner = frozenset(_data()["club_name_words"]), frozenset(_data()["club_owner_name_words"])
    out: dict[str, set[str]] = {}
    for _, n in named:
        if n in out or index.entities[n].type != "ORG":
            continue
        words = set(n.lower().replace("-", " ").split())
        if words & club and not words & owner:
            out[n] = {"club"}
    return out


def attached_nouns(tv, named, index) -> dict[str, set[str]]:
    """Entity → the heads of the appositions the text set after its name ("X, la holding qui …", "X, assureur
    mutualiste"). Read from the names alone (not from second references, which may be wrong); the nouns
    introducing a name ("l'assureur X") are read as coref marks them (``_introducers_before``)."""
    out: dict[str, set[str]] = {}
    for j, n in named:
        if index.kinds.get(j) == "name" and index.by_token.get(j + 1) != n:
            head = _apposition_head(tv, j, index)
            if head is not None and tv[head].pos_ == "NOUN":
                out.setdefault(n, set()).add(tv[head].lemma_.lower())
    return out


def _introducers_before(tv, index, i: int) -> dict[str, set[str]]:
    """Entity → the nouns coref marked as introducing its name before token i ("le fonds bordelais X")."""
    out: dict[str, set[str]] = {}
    for k, kind in index.kinds.items():
        if kind == "introducer" and k < i and tv[k].is_lower and tv[k].pos_ in ("NOUN", "VERB"):
            n = index.by_token.get(k)
            if n is not None:
                out.setdefault(n, set()).add(tv[k].lemma_.lower())
    return out


introducers_before = _introducers_before   # (s39-desc39) read by coref for places39.foreign_pick


def called_by_noun(tv, tok, pick: str | None, index, named, attached, types, weak) -> str | None:
    """"X, la holding qui contrôle Y … le fonds bordelais Z … Actionnaire minoritaire de la holding": a descriptor
    whose noun the text set on exactly one actor named before stands for that actor, over a pick the text called by
    other nouns only (Z, "le fonds", whose name's "Capital" fits a holding as well). Not for nouns that say too
    little ("le groupe", "la filiale"), nor when that actor is named in the descriptor's own sentence before it (a
    second actor of the sentence: "X a cédé sa part à la holding"). ``weak``: nouns that are no evidence."""
    if pick is None or "Plur" in tok.morph.get("Number"):
        return pick
    noun = tok.lemma_.lower()
    if noun in _generic() or noun in weak:
        return pick
    i = tok.i
    intro = _introducers_before(tv, index, i)
    own = (attached.get(pick, set()) | intro.get(pick, set())) - weak - _generic()
    if not own or noun in own:
        return pick
    called = {n for j, n in named if j < i and index.entities[n].type in types
              and (noun in attached.get(n, ()) or noun in intro.get(n, ()))}
    if len(called) != 1:
        return pick
    held = next(iter(called))
    start = tok.sent.start
    if any(index.by_token.get(j) == held for j in range(start, i)):
        return pick
    return held


def more_affinity() -> dict[str, set[str]]:
    """Kind noun → words of a name that fit it, which coref's _AFFINITY lacks ("la compagnie" → "X Air")."""
    return {k: set(v) for k, v in _data().get("name_affinity", {}).items()}


def supplied_trades(tv, named, index, sectors: dict) -> dict[str, set[str]]:
    """Entity → trades what it makes or supplies says ("X fournira les moteurs": "motoriste"; "…, Y les moteurs"
    after "X fournira le radar": Y as well, the verb left out). ``sectors``: trade → its sector words (coref's
    _TRADE_SECTORS). Only the words of the verb's object, up to the next punctuation or actor."""
    verbs = frozenset(_data()["supply_verbs"])
    out: dict[str, set[str]] = {}
    n_doc = len(tv)

    def words_after(k: int) -> set[str]:
        got = set()
        for m in range(k, min(k + 7, n_doc)):
            if tv[m].is_punct or tv[m].text in ("et", "ou") or m in index.by_token:
                break
            if tv[m].is_lower and tv[m].pos_ in ("NOUN", "ADJ"):
                got.add(tv[m].lower_)
        return got

    def note(name: str, words: set[str]) -> None:
        for trade, sector in sectors.items():
            if words & sector:
                out.setdefault(name, set()).add(trade)

    for j, name in named:
        if index.kinds.get(j) != "name" or index.entities[name].type != "ORG" or index.by_token.get(j + 1) == name:
            continue
        first = j
        while first > 0 and index.by_token.get(first - 1) == name:
            first -= 1
        top = tv[first]
        if top.dep_ == "nsubj" and top.head.lemma_.lower() in verbs and top.head.i > j:
            note(name, words_after(top.head.i + 1))   # "X fournira les moteurs"
        elif first > 0 and tv[first - 1].text == "," and j + 2 < n_doc and tv[j + 1].pos_ == "DET" \
                and tv[j + 2].pos_ == "NOUN" \
                and any(tv[m].lemma_.lower() in verbs for m in range(tv[first].sent.start, first)) \
                and not any(tv[m].pos_ in ("VERB", "AUX") for m in range(j + 1, min(j + 4, n_doc))):
            note(name, words_after(j + 1))   # "…, Y les moteurs": the supply verb of the clause before, left out
    return out
