"""(s33-descr33) Descriptor coreference with the article's own roles.

A press article names a party by a description ("le motoriste", "la banque publique", "le distributeur
stéphanois", "la société") and says itself, somewhere, which actor has that role. Three readings, called by
coref.link_anaphora:

* ``same_role``: the text gave this descriptor's role to one actor before ("le motoriste X", "X, le
  distributeur stéphanois", "la banque publique d'investissement" linked to X, "du motoriste" linked to X): the
  same noun with the same or fewer modifiers coming back stands for that actor, over a nearer actor the text
  never called so. Two actors called so: no change (the existing pick, or none). A bare generic noun ("le
  groupe", "la société") says no role: not read here.
* ``opening_topic``: a descriptor in the headline, or the subject of the body's first sentences, before any other
  organisation is named, is the organisation the article is about ("Bpifrance, l'outil … ¶ Analyse. Dans un
  paysage contraint, la banque publique d'investissement est devenue…").
* ``fronted_leader``: "Fondée en 1996 par X, la société gère…", "Dirigé par X, le groupe emploie…": the person
  a fronted participle names as founder or head, whose company the descriptor is (coref._leader_company).

Lexicons in data/descr33.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml

_DE = ("de", "d'", "d’", "du", "des")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/descr33.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _fronted() -> frozenset:
    d = _data()["fronted_participles"]
    return frozenset(d["founder"]) | frozenset(d["head"])


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset, frozenset, frozenset]:
    d = _data()
    return frozenset(d["bare_generic"]), frozenset(d["neutral_adjectives"]), frozenset(d["other_adjectives"])


def more_descriptors() -> dict[str, str]:
    """Descriptors of press style the shared lexicon lacks (data/descr33.yaml), noun → type."""
    return dict(_data().get("descriptors", {}))


def role_key(tv, i: int) -> tuple[str, frozenset] | None:
    """The role a descriptor at token i says: its noun's lemma and its modifiers (lowercase adjectives, the noun
    of a "de" complement: "la banque publique d'investissement" → banque, {publique, de:investissement}); None
    for a bare generic noun ("le groupe") or a noun marked as another actor ("l'ancien propriétaire")."""
    tok = tv[i]
    generic, neutral, other = _sets()
    noun = tok.lemma_.lower()
    mods = set()
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "amod" and c.is_lower:
            if low in other:
                return None
            if low not in neutral:
                mods.add(low)
        elif c.dep_ == "nmod" and c.i > i and c.i - i <= 4 and any(k.dep_ == "case" and k.lower_ in _DE
                                                                   for k in c.children):
            mods.add("de:" + low)
    # (a place adjective parsed as a conjunct or a proper noun right after the noun: "le distributeur stéphanois")
    if i + 1 < len(tv) and tv[i + 1].is_lower and tv[i + 1].pos_ in ("ADJ", "PROPN") and tv[i + 1].lower_ not in neutral:
        if tv[i + 1].lower_ in other:
            return None
        mods.add(tv[i + 1].lower_)
    # ("l'ancien motoriste", "le nouveau propriétaire": the adjective before the noun)
    if i > 0 and tv[i - 1].lower_ in other:
        return None
    if noun in generic and not mods:
        return None
    return noun, frozenset(mods)


def note_role(index, tv, head: int, name: str) -> None:
    """Remember that the descriptor (or introducing noun) at token ``head`` stands for ``name``."""
    key = role_key(tv, head)
    if key is not None:
        index.__dict__.setdefault("descr33_roles", []).append((head, key[0], key[1], name))


def _new_descriptor(tv, i: int) -> bool:
    """The descriptor at i is one of data/descr33.yaml's (no fallback guess for these: only an actor given the role)."""
    extra = more_descriptors()
    low = tv[i].lower_
    return low in extra or tv[i].lemma_.lower() in extra or (
        i + 1 < len(tv) and f"{low} {tv[i + 1].lower_}" in extra)


def same_role(tv, i: int, name: str | None, index, types, fits) -> str | None:
    """The actor the text gave the descriptor's role to before (see the module's head), else ``name``. A pick
    the noun itself fits (its name or an introduction says that kind: "le club" → "FC X") stays when the
    descriptor has no modifier of its own; ``fits(name)`` says so. For a descriptor of data/descr33.yaml, a pick
    neither way says has that role is no one ("le chantier naval" is not the employers' body just named)."""
    got = _same_role(tv, i, name, index, types, fits)
    if got is not None and got == name and _new_descriptor(tv, i) and not fits(got):
        return None
    return got


def _same_role(tv, i: int, name: str | None, index, types, fits) -> str | None:
    key = role_key(tv, i)
    roles = index.__dict__.get("descr33_roles")
    if key is None or not roles:
        return name
    noun, mods = key
    if name is not None and not mods and fits(name):
        return name
    actors = []
    for j, n, m, who in roles:
        if j < i and n == noun and mods <= m and who in index.entities and index.entities[who].type in types \
                and who not in actors:
            actors.append(who)
    if not actors or name in actors or len(actors) > 1:
        return name
    held = actors[0]
    start = tv[i].sent.start
    if any(index.by_token.get(j) == held and index.kinds.get(j) in ("name", "introducer") for j in range(start, i)):
        return name   # (the sentence names it before the descriptor: "X a cédé … au motoriste" may mean another)
    return held


def _first_body_sentences(tv, i: int, sent_of, para_of) -> bool:
    """Token i is in the headline (the first paragraph) or in the body's first sentences (two, or three when
    a kicker opens it: "Analyse. Dans un paysage contraint, la banque …")."""
    first = para_of[0]
    if para_of[i] == first:
        return True
    k = 0
    while k < i and (para_of[k] == first or not tv[k].is_alpha):
        k += 1
    return sent_of[i] - sent_of[k] <= 2


def opening_topic(tv, tok, det, index, named, sent_of, para_of) -> str | None:
    """The article's organisation, for a descriptor opening it (see the module's head); None otherwise."""
    topic = index.topic
    if topic is None or index.entities[topic].type != "ORG" or det.lower_ not in ("le", "la", "l'", "l’") \
            or det.i != tok.i - 1 and not all(tv[k].pos_ == "ADJ" for k in range(det.i + 1, tok.i)):
        return None
    if not _first_body_sentences(tv, tok.i, sent_of, para_of):
        return None
    in_head = para_of[tok.i] == para_of[0]
    if not in_head and tok.dep_ not in ("nsubj", "nsubj:pass"):
        return None
    if in_head:
        # (a headline only when it opens on the organisation's name and a colon or a comma: "X : l'État cède…, le
        # motoriste accélère", "X, la banque que …"; not "À Y, le promoteur, le maire et le terrain")
        k = 0
        while k < tok.i and not tv[k].is_alpha:
            k += 1
        if index.by_token.get(k) != topic or index.kinds.get(k) != "name":
            return None
        while index.by_token.get(k + 1) == topic:
            k += 1
        if tv[k + 1].text not in (":", ","):
            return None
    seen_topic = False
    for j, n in named:
        if j >= tok.i:
            break
        if n == topic:
            seen_topic = True
        elif index.entities[n].type == "ORG":
            return None   # (another organisation named before: not for the opening to decide)
    return topic if seen_topic else None


def fronted_leader(tv, tok, det, index) -> str | None:
    """"Fondée en 1996 par X, la société …": the person a fronted founder's or head's participle names, for the
    subject descriptor right after its comma; None otherwise."""
    if tok.dep_ not in ("nsubj", "nsubj:pass") or det.i < 3 or tv[det.i - 1].text != ",":
        return None
    start = tok.sent.start
    first = start
    while first < det.i and not tv[first].is_alpha:
        first += 1
    if tv[first].lower_ not in _fronted():
        return None
    for k in range(first + 1, det.i - 1):
        if tv[k].lower_ == "par":
            n = index.by_token.get(k + 1)
            if n and index.kinds.get(k + 1) == "name" and index.entities[n].type == "PER":
                return n
            return None
    return None
