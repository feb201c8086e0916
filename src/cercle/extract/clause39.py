"""(s39-clause39) Where a party's phrase ends, and what a clause says of it: small tests on the parse that the
slot readers and the attribute pass ask. Words in data/clause39.yaml.

- ``defusing_verbs()``: verbs of defusing a conflict; a negation above them does not deny the conflict they
  govern ("X n'a pas réussi à désamorcer son conflit avec Y": the conflict goes on). status.is_negated.
- ``compared_share(tok)``: a percentage that measures a gap ("30 % moins cher que Y", "20 % plus rapide") is
  no stake. slots/verbs.py (sales).
- ``stake_names_own_company(tok)``: a stake whose own phrase names its company ("ses 68 % dans Y", "10 % de
  Y"), whether or not the reader took Y for an actor: the stake is not the article's company, so the sale
  reader does not fall back to it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path

from ..yamldata import load_yaml
from .turns import turn_each


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    return load_yaml((Path(__file__).parent / "data" / "clause39.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def defusing_verbs() -> frozenset[str]:
    return frozenset(_words()["defusing_verbs"])


@functools.lru_cache(maxsize=1)
def criminal_court_words() -> tuple[str, ...]:
    """Words of a criminal court's name (appeals._a_court: its sentence appealed still sues it)."""
    return tuple(_words()["criminal_court_words"])


@functools.lru_cache(maxsize=1)
def _comparatives() -> frozenset[str]:
    return frozenset(_words()["comparative_words"])


def compared_share(tok) -> bool:
    """"30 % moins cher", "20 % plus vite", "15 % au-dessus de Y": the percentage's own words compare (an
    adjective or adverb under it or right after it, led by a comparative)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _comparatives():
        return True
    return any(c.dep_ in ("amod", "advmod") and (c.lower_ in _comparatives() or any(
        k.dep_ == "advmod" and k.lower_ in _comparatives() for k in c.children)) for c in tok.children)


_OWN_CASES = frozenset({"de", "d'", "d’", "du", "des", "dans"})


def stake_phrase_after(tok):
    """(the parser may hang "dans Y" on the verb: "a cédé ses 68 % dans Y à Z") the "dans" phrase the stake's
    verb governs right after the stake's last word, or None."""
    end = tok.right_edge.i + 1
    for c in tok.head.children:
        if c.dep_ in ("obl", "obl:mod", "obl:arg") and c.left_edge.i == end and c.pos_ in ("PROPN", "NOUN") \
                and any(k.dep_ == "case" and k.lower_ == "dans" for k in c.children):
            return c
    return None


def stake_names_own_company(tok) -> bool:
    """A name (a proper noun) in the stake's own "de" / "dans" phrase: the stake's company is written there."""
    for c in tok.children:
        if c.dep_ != "nmod" or c.pos_ != "PROPN":
            continue
        if any(k.dep_ == "case" and k.lower_ in _OWN_CASES for k in c.children):
            return True
    after = stake_phrase_after(tok)
    return after is not None and after.pos_ == "PROPN"


def glued_to_person_object(verb, c) -> bool:
    """"Bruxelles accuse le propriétaire du groupe d'engrais Y d'avoir …" parsed with Y as a second object of
    the verb: an object that starts right where an earlier object's phrase ends (no comma, no "et") continues
    that phrase; when the earlier object is a person's noun ("propriétaire", "patron", "fondateur"), the one
    the verb acts on is that person, and Y only what the person owns or runs."""
    from .arguments import PERSON_TITLES, _person_noun
    for k in verb.children:
        if k.dep_ != "obj" or k.i >= c.i or k.pos_ != "NOUN":
            continue
        if k.right_edge.i + 1 != c.left_edge.i:
            continue
        if k.lower_ in PERSON_TITLES or k.lower_ in _holder_nouns() or _person_noun(k.lower_):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _holder_nouns() -> frozenset[str]:
    return frozenset(_words()["person_holder_nouns"])


# ---------------------------------------------------------------- late checks over the drawn ties
_FINANCING = re.compile(r"\bparticip\w*\s+(?:\w+\s+){0,3}?(?:au|à son|à leur)\s+financement\b", re.IGNORECASE)
_ROUND = re.compile(r"\b(?:tour de table|levée|augmentation de capital|capital)\b", re.IGNORECASE)
_CAPITAL_TIES = frozenset({"OWNS", "ACQUIRES"})


def _project_financing(rel) -> bool:
    """"X ne participera pas au financement (du projet Y)": sharing in a project's financing is money given to
    it (FUNDS, gold of three passages), not a stake taken in a round (INVESTS_IN)."""
    return rel.type == "INVESTS_IN" and rel.rule.startswith("invests.verb") \
        and _FINANCING.search(rel.evidence) is not None and _ROUND.search(rel.evidence) is None


def clause39_checks(relations: list) -> list:
    """(s39-clause39) Ties whose clause says something else than the rule read:
    - an ally relied on ("X peut s'appuyer sur Y", ally.rely) that the passage says is owned (the object of an
      OWNS or ACQUIRES: "la maison Y, dont le groupe a pris le contrôle") is an asset of X's side, not an ally;
    - a project's financing shared ("participer au financement") is FUNDS, not INVESTS_IN."""
    owned = {r.object for r in relations if r.type in _CAPITAL_TIES and not r.negated}

    def turn(rel):
        if rel.rule.startswith("ally.rely") and rel.object in owned:
            return True
        if _project_financing(rel):
            return replace(rel, type="FUNDS", rule=rel.rule + ".financing39")
        return None
    return turn_each(relations, turn)
