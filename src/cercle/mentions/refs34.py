"""(s34-coref34) Third-person references in a tie's sentence.

Readings called by coref.link_anaphora:

* ``honorific_subject``: "M. X, 57 ans, assurait l'intérim. Il dirigeait…": the parser makes the civility word
  ("M.", "Mme", "Me", "Dr") the clause's subject and hangs the name on it; the name is that subject, so a
  pronoun or a possessive of the next sentence can stand for it.
* ``post_holder``: "la nomination de X au poste de directeur général de Y", "X accède à la fonction de PDG": X holds
  the title (coref._title_holder), so "le nouveau directeur général" later is X.
* ``title_clash``: a title standing alone ("le ministre", "l'ambassadeur") is no person the text gave only titles of
  other office families ("le député X"); the families are in the data file.
* ``source_name``: "Selon X, …", "D'après X, …": the cited source is never the one actor a pronoun of the next
  sentence stands for.

Lexicons in data/refs34.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import inverted, load_yaml

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


@lru_cache(maxsize=1)
def _post_words() -> tuple[frozenset, frozenset, frozenset]:
    d = _data()
    return frozenset(d["post_nouns"]), frozenset(d["appointment_nouns"]), frozenset(d["appointment_verbs"])


_AT = ("à", "au", "aux", "de", "d'", "d’")


def _person(index, j: int) -> str | None:
    n = index.by_token.get(j)
    return n if n and index.kinds.get(j) == "name" and index.entities[n].type == "PER" else None


def post_holder(tv, tok, index) -> str | None:
    """The person an appointment puts in the post a title names: "la nomination de X au poste de directeur général
    de Y", "X a été nommée au poste de présidente", "X accède à la fonction de PDG", "la désignation de X à la
    présidence de Y" (the title hung on a post noun, or itself, after "à"; the post on an appointment's noun
    whose "de" complement is X, or on an appointment's verb whose object, else subject, is X)."""
    posts, nouns, verbs = _post_words()
    x = tok
    if tok.dep_ == "nmod" and tok.head.lemma_.lower() in posts and tok.head.i < tok.i:
        x = tok.head
    if x.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg") or not any(
            c.dep_ == "case" and c.lower_ in _AT[:3] for c in x.children):
        return None
    h = x.head
    if h.i == x.i:
        return None
    low = h.lemma_.lower()
    if h.pos_ == "NOUN" and low in nouns:
        for c in h.children:
            if c.dep_ == "nmod" and c.i < x.i and any(k.dep_ == "case" and k.lower_ in _AT[3:] for k in c.children):
                return _person(index, c.i)
        return None
    if h.pos_ in ("VERB", "AUX") and low in verbs:
        args = sorted((c for c in h.children if c.dep_ in ("obj", "nsubj:pass", "nsubj")),
                      key=lambda c: ("obj", "nsubj:pass", "nsubj").index(c.dep_))
        return _person(index, args[0].i) if args else None
    # ("On a validé la désignation de X à la présidence de Y" with "à la présidence" hung on the verb: the
    # appointment's phrase right before it, its "de" complement a person's name)
    k = x.left_edge.i - 1
    while k >= 0 and tv[k].dep_ == "flat:name" and x.left_edge.i - k < 4:
        k -= 1
    c = tv[k] if k >= 0 else None
    if c is not None and c.dep_ == "nmod" and c.head.lemma_.lower() in nouns and c.head.pos_ == "NOUN" \
            and c.head.i < c.i and any(t.dep_ == "case" and t.lower_ in _AT[3:] for t in c.children):
        return _person(index, c.i)
    return None


@lru_cache(maxsize=1)
def _families() -> dict[str, frozenset]:
    return inverted(_data()["office_families"])


def _families_of(tok) -> frozenset:
    fams = _families()
    return fams.get(tok.lemma_.lower()) or fams.get(tok.lower_) or frozenset()


def _titles_given(tv, index, name: str, before: int) -> frozenset:
    """The office families of the titles the text set on a person's name before token ``before``: the noun the
    name is in apposition to or introduced by ("le député X", "X, ministre de…", "X est sénatrice")."""
    fams: set = set()
    for j in [k for k, n in index.by_token.items() if n == name and k < before]:
        kind = index.kinds.get(j)
        if kind == "introducer":
            fams |= _families_of(tv[j])   # ("le député X": the noun that introduces the name)
            continue
        if kind != "name":
            continue
        tok = tv[j]
        if tok.head.i != j and index.by_token.get(tok.head.i) == name and index.kinds.get(tok.head.i) == "name":
            continue   # (the name's head word only)
        h = tok.head
        # ("le PDG de Y, X" parsed as a conjunct: the title before the comma)
        if h.i != j and h.pos_ in ("NOUN", "PROPN") and (tok.dep_ in ("appos", "flat:name", "flat", "nmod") or (
                tok.dep_ == "conj" and h.i < j and tv[j - 1].text == ",")) \
                and not any(c.dep_ == "case" for c in tok.children):
            fams |= _families_of(h)
        if tok.dep_ == "nsubj" and any(c.dep_ == "cop" for c in h.children):
            fams |= _families_of(h)
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
                fams |= _families_of(c)
        if j > 0 and tv[j - 1].pos_ in ("NOUN", "PROPN") and (j - 1) not in index.by_token:
            fams |= _families_of(tv[j - 1])   # ("la sénatrice X" however parsed)
    return frozenset(fams)


@lru_cache(maxsize=1)
def _compatible() -> dict[str, frozenset]:
    out: dict[str, set] = {}
    for a, b in _data()["compatible_families"]:
        out.setdefault(a, {a}).add(b)
        out.setdefault(b, {b}).add(a)
    return {k: frozenset(v) for k, v in out.items()}


_FORMER = frozenset({"ancien", "ancienne", "ex", "éphémère"})


def title_clash(tv, tok, name: str, index) -> bool:
    """A title noun standing alone ("le ministre", "le sélectionneur") and a person the text gave titles of other
    office families only ("le député X"): not that person. A noun of no office family, a former title ("l'ancien
    ministre": a career the text need not have told), or a person given no title, says nothing."""
    want = _families_of(tok)
    if not want or tok.lower_.startswith("ex-") or any(
            t.lower_ in _FORMER for t in tv[max(tok.sent.start, tok.i - 3):tok.i]):
        return False
    given = _titles_given(tv, index, name, tok.i)
    if not given:
        return False
    comp = _compatible()
    near = set(given)
    for f in given:
        near |= comp.get(f, {f})
    return want.isdisjoint(near)


_SOURCE_WORDS = frozenset({"selon", "après"})   # "selon X", "d'après X"


def source_name(tv, i: int, index) -> bool:
    """"Selon X, …", "D'après X, …": the name is the source the sentence cites, not an actor of it; never the one
    actor a pronoun of the next sentence stands for ("D'après Le Monde, le ministre a tranché. Il …": not the paper).
    Back from the name over its own words and a determiner, then the preposition."""
    name = index.by_token.get(i)
    k = i - 1
    while k >= 0 and i - k <= 6 and (index.by_token.get(k) == name or tv[k].pos_ == "DET"):
        k -= 1
    if k < 0 or tv[k].lower_ not in _SOURCE_WORDS:
        return False
    return tv[k].lower_ == "selon" or k > 0 and tv[k - 1].lower_ in ("d'", "d’")
