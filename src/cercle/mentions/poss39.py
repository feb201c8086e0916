"""(s39-poss39) Who a possessive, "ce dernier" or "la filiale de X" may stand for.

- A name cited as a source ("selon X", "d'après X") is no actor of the story: never the owner of a possessive
  ("Selon X, une plainte a été déposée. … son concurrent"), never the one "ce dernier" takes up ("Selon X, ce
  dernier accuse Y"). ``source_tokens`` lists those names' tokens once per document (EntityIndex.sources).
- "la filiale de X", "cette filiale française de X" denotes the subsidiary, not its parent X: the subsidiary is the
  one actor the text names as X's subsidiary ("Z, la filiale de X", "Z, filiale de X", "la filiale de X Z").
  ``subsidiary_of`` gives it; failing it, no actor after a demonstrative ("cette filiale de X"), X otherwise (the
  gold reads "une filiale de X a financé Y" as X's act).

Lexicon in data/poss39.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml
from .refs34 import source_name


@lru_cache(maxsize=1)
def _data() -> dict:
    d = load_yaml(resources.files("cercle.mentions").joinpath("data/poss39.yaml").read_text("utf-8"))
    return {"subsidiary": frozenset(str(x).lower() for x in d["subsidiary_nouns"]),
            "genitives": frozenset(str(x).lower() for x in d["genitives"]),
            "indefinite": frozenset(str(x).lower() for x in d["indefinite_dets"]),
            "demonstrative": frozenset(str(x).lower() for x in d["demonstrative_dets"]),
            "generic": frozenset(str(x).lower() for x in d["generic_actor_nouns"])}


def source_tokens(tv, index) -> frozenset:
    """Tokens of the names cited as a source ("selon X", "d'après le quotidien X"), every word of each."""
    if not any(t.lower_ in ("selon", "après") for t in tv):
        return frozenset()
    out = set()
    for j, name in index.by_token.items():
        if index.kinds.get(j) == "name" and (j - 1 in out and index.by_token.get(j - 1) == name or source_name(tv, j, index)):
            out.add(j)
    # (a name's later words after its first: the loop above sees them in any order)
    for j in sorted(index.by_token):
        if j - 1 in out and index.by_token.get(j) == index.by_token.get(j - 1) and index.kinds.get(j) == "name":
            out.add(j)
    return frozenset(out)


def is_subsidiary_noun(tok) -> bool:
    """"filiale", "sous-filiale": a noun naming a company by its parent."""
    return tok.lower_ in _data()["subsidiary"] or tok.lemma_.lower() in _data()["subsidiary"]


def _parents(tok, index) -> set[str]:
    """The actors of the noun's "de X" complement ("filiale [de l'italien] X")."""
    out = set()
    for c in tok.children:
        if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in _data()["genitives"] for k in c.children):
            for k in c.subtree:
                if index.kinds.get(k.i) in ("name", "introducer") and index.by_token.get(k.i):
                    out.add(index.by_token[k.i])
                    break
    return out


def _named_subsidiary(tok, index) -> str | None:
    """The actor a subsidiary noun is set beside: "Z, (la) filiale de X" (as the parser hangs the apposition),
    "la filiale Z" (the noun introducing Z), "la filiale de X, Z" (Z apposed to it)."""
    own = index.by_token.get(tok.i)
    if own is not None:
        return own
    if tok.dep_ == "appos" and index.kinds.get(tok.head.i) == "name":
        return index.by_token.get(tok.head.i)
    for c in tok.children:
        if c.dep_ == "appos" and index.kinds.get(c.i) == "name":
            return index.by_token.get(c.i)
    # (not the name the words before the comma end on: "Z, l'actionnaire de Y, elle-même filiale de X" is Z's)
    return None


def _subsidiaries(doc, index) -> dict[str, set[str]]:
    """Parent → the actors the text names as its subsidiary, once per document."""
    got = getattr(index, "_poss39_subsidiaries", None)
    if got is not None:
        return got
    out: dict[str, set[str]] = {}
    for t in doc:
        if t.pos_ == "NOUN" and is_subsidiary_noun(t):
            z = _named_subsidiary(t, index)
            if z is None:
                continue
            for x in _parents(t, index):
                if x != z:
                    out.setdefault(x, set()).add(z)
    try:
        index._poss39_subsidiaries = out
    except AttributeError:
        pass
    return out


def subsidiary_of(tok, parents: list[tuple[str, int]], index) -> list[tuple[str, int]]:
    """What a subsidiary noun with the parent(s) ``parents`` stands for: the one actor the text names as that
    parent's subsidiary (at the noun's token); failing it, nothing after a demonstrative ("cette filiale de X": one
    the text spoke of, not X) and the parents otherwise ("une filiale de X a financé Y": X acting through one of its
    companies, as the press tells it; "le rachat de la filiale locale de X", the text naming it no better)."""
    det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
    of = _parents(tok, index)   # (only the "de X" actors: not a name set beside the noun, "la filiale de X, Z")
    if det in _data()["indefinite"] or not of or not any(x in of for x, _ in parents):
        return parents
    names = _subsidiaries(tok.doc, index)
    found = set()
    for x, _ in parents:
        if x in of:
            found |= names.get(x, set())
    others = [p for p in parents if p[0] not in of]
    if len(found) == 1:
        return others + [(found.pop(), tok.i)]
    return others if det in _data()["demonstrative"] else parents


def unresolved_subject_before(tv, tok, index, sent_of, descriptors) -> bool:
    """"La future entité rassemblera A, B — détenue par C — et D. Elle sera dirigée par X": the sentence before a
    subject pronoun opens on an actor's noun (a definite organisation noun, main clause's subject) that no name was
    found for, of the pronoun's gender; the pronoun goes on about that actor, none of the names told after it."""
    s = sent_of.get(tok.i)
    if s is None or tok.lower_ not in ("il", "elle") or tok.sent.start < 1:
        return False
    gender = "Fem" if tok.lower_ == "elle" else "Masc"
    prev = tv[tok.sent.start - 1].sent
    if sent_of.get(prev.start) != s - 1:
        return False
    for t in prev:
        if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.dep_ == "ROOT" and t.head.pos_ in ("VERB", "AUX") \
                and t.i not in index.by_token and (descriptors.get(t.lower_) in ("ORG", "GOV") or t.lower_ in _data()["generic"]) \
                and gender in t.morph.get("Gender") \
                and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in t.children) \
                and not any(k in index.by_token for k in range(t.left_edge.i, t.right_edge.i + 1)):
            return True
    return False
