"""(s35-refs35) Which actor a descriptor stands for: its kind against what the text called each actor.

Readings called by coref.link_anaphora:

* ``kind_clash``: a descriptor of one class of actor ("le groupe", "la foncière": a business; "le syndicat", "la
  collectivité", "le parquet": a union, a local authority, a court) is no actor the text called only by nouns of
  other classes ("La CFDT, deuxième syndicat du site, … « Le groupe a touché … »": not the union); within the
  business class, a trade noun ("la foncière", "le volailler") is no company the text called only by nouns of
  other trades ("l'association X", "l'assureur X"). What the text called an actor: the nouns that introduced it
  ("le syndicat X"), that were set beside its name ("X, deuxième syndicat de l'usine", "X, l'assureur mutualiste")
  and the descriptors that stood for it before. Nouns that say little ("le groupe", "l'opérateur") are no
  evidence.
* ``apposed_kinds``: the class nouns set beside a name after a comma, past an article, an ordinal or adjectives
  ("X, deuxième syndicat de l'usine", "X, la principale foncière cotée"), which coref's own apposition reader
  leaves out when the apposition opens on an ordinal.

Lexicons in data/refs35.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import inverted, load_yaml
from .desc37 import more_classes   # (s37-desc37)


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/refs35.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    """noun → its class (the first class listing it)."""
    out: dict[str, str] = {}
    for cls, nouns in {**_data()["classes"], **more_classes()}.items():   # (s37-desc37) "le club"
        for n in nouns:
            out.setdefault(n, cls)
    return out


@lru_cache(maxsize=1)
def _trades() -> dict[str, frozenset]:
    return inverted(_data()["trades"])


@lru_cache(maxsize=1)
def _weak() -> frozenset:
    return frozenset(_data()["weak_evidence"])


def weak_nouns() -> frozenset:
    """(s37-desc37) The nouns that are no evidence of an actor's kind (``weak_evidence``)."""
    return _weak()


def _key(noun: str) -> str:
    return " ".join(noun.lower().replace("’", "'").split())


def noun_class(noun: str) -> str | None:
    return _classes().get(_key(noun))


def noun_trades(noun: str) -> frozenset:
    return _trades().get(_key(noun), frozenset())


def descriptor_noun(tv, i: int) -> str:
    """The descriptor's noun at token i, with the word after it when the two make a noun of the lexicon
    ("compagnie aérienne", "chaîne hôtelière"); else its lowercase form, or its lemma when only that is listed."""
    low = tv[i].lower_
    if i + 1 < len(tv):
        two = f"{low} {tv[i + 1].lower_}"
        if two in _classes() or two in _trades():
            return two
    if low in _classes():
        return low
    lemma = tv[i].lemma_.lower()
    return lemma if lemma in _classes() else low


def _evidence(name: str, introduced, apposed, described, extra) -> set[str]:
    nouns = set(introduced.get(name, ())) | set(apposed.get(name, (set(), set()))[0]) \
        | set(described.get(name, ())) | set(extra.get(name, ()))
    return {_key(n) for n in nouns if _key(n) not in _weak()}


def kind_clash(name: str, noun: str, introduced, apposed, described, extra=None) -> bool:
    """True when the text called the actor only by nouns of another class than the descriptor's noun, or, for
    a trade noun, only by nouns of other trades (see the module's head)."""
    if not noun:
        return False
    noun = _key(noun)
    cls = noun_class(noun)
    if cls is None:
        return False
    ev = _evidence(name, introduced, apposed, described, extra or {})
    if not ev or noun in ev:
        return False
    ev_classes = {c for n in ev if (c := noun_class(n)) is not None}
    if ev_classes and cls not in ev_classes:
        return True
    trades = noun_trades(noun)
    if not trades or cls != "business":
        return False
    ev_trades = set().union(*(noun_trades(n) for n in ev))
    return bool(ev_trades) and not ev_trades & trades


_OPEN = frozenset({"la", "le", "l'", "l’", "un", "une", "sa", "son", "leur"})


def apposed_kinds(tv, named, index) -> dict[str, set[str]]:
    """Class nouns set beside a name after a comma: "X, deuxième syndicat de l'usine", "X, la principale foncière
    cotée", "X, premier assureur du pays" (an article, ordinals and adjectives may open the apposition)."""
    out: dict[str, set[str]] = {}
    n_doc = len(tv)
    classes = _classes()
    for j, n in named:
        if index.kinds.get(j) != "name" or index.by_token.get(j + 1) == n or j + 2 >= n_doc or tv[j + 1].text != ",":
            continue
        k = j + 2
        stop = min(k + 4, n_doc)
        while k < stop and (tv[k].lower_ in _OPEN or tv[k].pos_ in ("ADJ", "NUM") and tv[k].is_lower):
            k += 1
        if k >= n_doc or k == j + 2 and tv[k].pos_ != "NOUN" or k in index.by_token:
            continue
        noun = descriptor_noun(tv, k)
        if noun in classes and tv[k].pos_ in ("NOUN", "ADJ"):
            out.setdefault(n, set()).add(noun)
    return out


@lru_cache(maxsize=1)
def _speaking_verbs() -> frozenset:
    return frozenset(_data()["speaking_verbs"])


@lru_cache(maxsize=1)
def concerned_nouns() -> frozenset:
    return frozenset(_data()["concerned_nouns"])


def _top(tv, j: int):
    t = tv[j]
    while t.dep_ in ("flat:name", "flat") and t.head.i != t.i:
        t = t.head
    return t


def _quoted(tv, first: int, j: int) -> bool:
    """Token j lies inside a quotation opened in its sentence (from ``first``)."""
    depth = 0
    for m in range(first, j):
        if tv[m].text in ("«", "“"):
            depth += 1
        elif tv[m].text in ("»", "”") and depth:
            depth -= 1
    return depth > 0


def concerned_person(tv, tok, index, sent_of, pick: str | None, fits) -> str | None:
    """"« X a trahi la ville », a lancé M. Y, qui fut son allié. L'intéressé lui reproche…", "Y fustige X. L'intéressé
    dément": "l'intéressé(e)" is the person the sentence before spoke of, not the one who spoke. When the pick is
    the subject of a verb of speech or blame in the sentence before, the one other person of that sentence who
    fits (the descriptor's gender) is taken instead; two or none: the pick stays. ``fits(name)``: a person of the
    descriptor's gender."""
    if pick is None or tok.lower_ not in concerned_nouns() or index.entities[pick].type != "PER":
        return pick
    k = tok.sent.start - 1
    while k >= 0 and tv[k].is_space:
        k -= 1
    if k < 0:
        return pick
    ps = sent_of[k]
    first = k
    while first > 0 and sent_of.get(first - 1) == ps:
        first -= 1
    speaker = False
    others: set[str] = set()
    for j in range(first, k + 1):
        n = index.by_token.get(j)
        if n is None or index.kinds.get(j) not in ("name", "introducer") or index.entities[n].type != "PER":
            continue
        if n == pick:
            if _quoted(tv, first, j):
                continue   # (a name inside the quotation is the one spoken of, whatever the parse)
            t = _top(tv, j)
            if t.dep_ in ("appos", "conj") and t.head.dep_ == "nsubj" and t.head.i < t.i:
                t = t.head   # ("La maire sortante, X, a critiqué Y")
            verb = t.head
            if verb.lemma_.lower() in _speaking_verbs() and (t.dep_ == "nsubj" or (
                    # ("« … », a tonné mardi X": the speaker after the verb of an attribution, whatever the parse)
                    t.i > verb.i and t.dep_ in ("obj", "nsubj", "obl:mod") and any(
                        tv[m].text in ("»", "”", "\"") for m in range(max(first, verb.i - 4), verb.i)))):
                speaker = True
        else:
            others.add(n)
    if not speaker:
        return pick
    fitting = {n for n in others if fits(n)}
    return next(iter(fitting)) if len(fitting) == 1 else pick
