"""(s35-refs35b) A former title standing alone and the person it stands for.

Reading called by coref.link_anaphora:

* ``former_title_rival``: "l'ancien président", "l'ex-ministre", "l'ancienne maire" standing alone name someone who
  held that office; refs34.title_clash lets any person through for them (a career the text need not tell). But
  when the pick was introduced only by titles of other office families or by a profession ("X, reporter au
  quotidien Y", "son ancien directeur de cabinet, X") and the descriptor's sentence or the two before name another
  person the text gave no title at all, the two fit at least equally: no one is linked.

Lexicons in data/refs35b.yaml (former words, professions) and data/refs34.yaml (office families).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml
from .refs34 import _families_of, _titles_given


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/refs35b.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _former() -> frozenset:
    return frozenset(_data()["former_words"])


@lru_cache(maxsize=1)
def _professions() -> frozenset:
    return frozenset(_data()["professions"])


def _is_former(tv, tok) -> bool:
    low = tok.lower_
    if low.startswith("ex-") or low.startswith("ex–"):
        return True
    return any(t.lower_ in _former() for t in tv[max(tok.sent.start, tok.i - 3):tok.i])


_OPENERS = frozenset({"le", "la", "l'", "l’", "un", "une", "son", "sa", "leur", "notre", "votre", "ce", "cet",
                      "cette"})


def _apposed_noun(tv, index, j: int, name: str):
    """The noun set after a name and its comma ("X, l'enquêteur au long cours", "X, son ancien chef de cabinet"),
    past an article, a possessive, a former word or adjectives; else None."""
    k = j
    while k + 1 < len(tv) and index.by_token.get(k + 1) == name:
        k += 1
    if k + 2 >= len(tv) or tv[k + 1].text != ",":
        return None
    m, stop = k + 2, min(k + 6, len(tv))
    while m < stop and (tv[m].lower_ in _OPENERS or tv[m].lower_ in _former() or tv[m].pos_ == "ADJ" and tv[m].is_lower
                        and tv[m].lemma_.lower() not in _professions()):
        m += 1
    if m < stop and tv[m].is_lower and m not in index.by_token and (tv[m].pos_ in ("NOUN", "ADJ") or (
            # ("X, le reporter qui …" with the noun read as a verb: after an article, a profession is a noun)
            m > k + 2 and tv[m - 1].lower_ in _OPENERS and tv[m].lower_ in _professions())):
        return tv[m]
    return None


def _given(tv, index, name: str, before: int) -> frozenset:
    """The office families of the titles set on a person before token ``before`` (refs34's reading, and the noun
    after the name and its comma), plus "profession" when a profession noun introduced the person or was set
    beside the name."""
    fams = set(_titles_given(tv, index, name, before))
    prof = _professions()
    for j, n in index.by_token.items():
        if n != name or j >= before or index.kinds.get(j) not in ("name", "introducer"):
            continue
        tok = tv[j]
        near = [tok.head] if tok.head.i != j else []
        near += [c for c in tok.children if c.dep_ == "appos"]
        if j > 0:
            near.append(tv[j - 1])
        app = _apposed_noun(tv, index, j, name)
        if app is not None:
            near.append(app)
            fams |= _families_of(app)
        if any(t.i not in index.by_token and (t.pos_ in ("NOUN", "ADJ") and t.lemma_.lower() in prof
                                              or t is app and t.lower_ in prof) for t in near):
            fams.add("profession")
    return frozenset(fams)


def former_title_rival(tv, tok, name: str, index, sent_of) -> bool:
    """True when ``tok``, a former title standing alone, was resolved to ``name``, a person the text called only by
    titles of other families or by a profession, while an untitled person is named in the descriptor's sentence or
    the two before (see the module's head)."""
    want = _families_of(tok)
    if not want or not _is_former(tv, tok):
        return False
    given = _given(tv, index, name, tok.i)
    if not given or not want.isdisjoint(given):
        return False
    s = sent_of.get(tok.i)
    if s is None:
        return False
    for j, n in index.by_token.items():
        if n == name or j >= tok.i or index.kinds.get(j) != "name" or index.entities[n].type != "PER":
            continue
        if s - 2 <= sent_of.get(j, -10) <= s and not _given(tv, index, n, tok.i):
            return True
    return False
