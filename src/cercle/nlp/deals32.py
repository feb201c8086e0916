"""(s32-deals32) Parse repair: "X, président du groupe A, maison mère de B, …" — a company-kind apposition set
after a person's title apposition ("<title> de ORG,") describes that ORG, the nearest organisation, not the
person nor the head of the sentence's list (the parse hangs it on the person or on the list's first name). The
kinds and titles are data/deals32.yaml company_kinds and person_titles (extract/data, read once)."""
from __future__ import annotations

import functools
from pathlib import Path


@functools.lru_cache(maxsize=1)
def raw() -> dict:
    """data/deals32.yaml as parsed, read once for this repair and for extract/slots/deals32.py."""
    from ..yamldata import load_yaml

    return load_yaml((Path(__file__).parent.parent / "extract" / "data" / "deals32.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def words() -> dict:
    return {k: frozenset(v) for k, v in raw().items()}


_DE = frozenset({"de", "du", "des", "d'", "d’"})


def company_kind_apposition(t, toks) -> bool:
    """``t``: a company-kind noun right after a comma, with no article ("maison mère de B", "filiale de B",
    "holding familiale"). When the words before the comma close a "de ORG" phrase of a person's title apposed
    to a name, ``t`` is rehung as the apposition of that phrase's head. True when moved."""
    w = words()
    if t.i < 6 or toks[t.i - 1].text != "," or t.pos_ != "NOUN" or t.dep_ not in ("appos", "conj", "nmod", "nsubj"):
        return False
    j = t.i - 1   # the comma
    last = toks[j - 1]
    if last.pos_ != "PROPN":
        return False
    # walk up from the word before the comma to the phrase whose head is the title
    k, seen = last, 0
    while seen < 4 and k.head is not k:
        h = k.head
        if h.pos_ == "NOUN" and h.lower_ in w["person_titles"] and h.i < k.i:
            break
        k, seen = h, seen + 1
    else:
        return False
    title = k.head
    if k.dep_ == "nmod" and not any(c.dep_ == "case" for c in k.children):
        # ("de Valcor Industries": the parse may hang each word of the name on the title; the case is the first's)
        m = k.i - 1
        while m > title.i and toks[m].pos_ == "PROPN" and toks[m].head is title and toks[m].dep_ == "nmod":
            if any(c.dep_ == "case" for c in toks[m].children):
                k = toks[m]
                break
            m -= 1
    if seen >= 4 or title.lower_ not in w["person_titles"] or k.dep_ != "nmod" or k.i >= j \
            or not any(c.dep_ == "case" and c.lower_ in _DE for c in k.children) \
            or max(x.i for x in k.subtree) != j - 1 and last.head is not title:
        return False
    # the title is apposed to a name (a person), right before: "X, président du groupe A"
    if title.dep_ not in ("appos", "nmod", "conj") or toks[title.i - 1].text != "," and toks[title.i - 1].pos_ != "ADJ" \
            and toks[title.i - 2].text != ",":
        return False
    if k.pos_ == "NOUN" and k.i + 1 < t.i and toks[k.i + 1].pos_ == "PROPN" and toks[k.i + 1].head is k:
        k = toks[k.i + 1]   # ("du conglomérat X, maison mère de B": the name after the kind noun)
    if t.head is k or t.head.i > t.i:
        return False
    from .docview import rehang
    rehang(t, k, "appos")
    return True
