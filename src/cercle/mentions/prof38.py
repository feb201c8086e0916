"""(s38-prof38) The party a bare "du parti" in a person's title stands for, when a fronted frame names it.

"Dans les rangs de X, la pilule passe mal. Le secrétaire général du parti, Y, accuse …", "Côté X, l'affaire est
délicate. Le maire de Tours, Y, figure historique du parti, …": the press sets the party a passage is about with a
fronted "Chez / Côté / Au sein de / Dans les rangs de X" and then calls it back by a bare "le parti"; the nearest
party named (often the rival party of the story) is not the one meant.

``framed_party`` is read by coref.link_anaphora's antecedent for the party nouns of data/prof38.yaml: only a bare
noun (no adjective, no complement) that is the "de" complement of another noun (a title: "secrétaire général du
parti"), and only a frame opening its own sentence or the sentence before in the same paragraph."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/prof38.yaml").read_text("utf-8"))


def party_nouns() -> frozenset:
    return frozenset(_data()["party_nouns"])


def _bare_title_complement(tok) -> bool:
    """"du parti" hung on a title noun, with no adjective nor complement of its own."""
    return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i \
        and any(c.dep_ == "case" and c.lower_ in ("de", "du", "d'", "d’") for c in tok.children) \
        and not any(c.dep_ in ("amod", "nmod", "acl", "appos", "flat:name") for c in tok.children)


def _frame_at(tv, j: int, end: int, index) -> str | None:
    """The organisation a frame opening at token j names: index.cue_at's, or "Dans les rangs de X"."""
    got = index.cue_at(j, tv, end)
    if got is not None:
        return got[0]
    for cue in _data()["frame_openers"]:
        k = j + len(cue)
        if k < end and all(tv[j + n].lower_ == w for n, w in enumerate(cue)):
            if index.kinds.get(k) == "introducer" and k + 1 < end:
                k += 1
            name = index.by_token.get(k)
            if name is None:
                name = _acronym_named_before(tv, k, index)
            if name and index.kinds.get(k, "name") == "name" and index.entities[name].type == "ORG":
                return name
            return None
    return None


def _acronym_named_before(tv, k: int, index) -> str | None:
    """An acronym the text gave an organisation before ("Défi républicain (DR) … Dans les rangs de DR"), which the
    names found no more than once: the one organisation a one-word mention of that same text stands for."""
    word = tv[k].text
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return None
    found = {index.by_token[j] for j in range(k) if j in index.by_token and index.kinds.get(j) == "name"
             and tv[j].text == word and index.by_token.get(j - 1) != index.by_token[j]
             and index.by_token.get(j + 1) != index.by_token[j]}
    return next(iter(found)) if len(found) == 1 else None


def framed_party(tv, i: int, index, para_of) -> str | None:
    """The party a frame names for the bare party noun at i (its sentence's, else the sentence before's in the same
    paragraph), or None."""
    tok = tv[i]
    if tok.lemma_.lower() not in party_nouns() and tok.lower_ not in party_nouns():
        return None
    if not _bare_title_complement(tok):
        return None
    start = tok.sent.start
    while start < i and (tv[start].is_space or tv[start].text in ("«", "\"", "—", "-")):
        start += 1
    got = _frame_at(tv, start, i, index)
    if got is not None:
        return got
    prev = tok.sent.start - 1
    while prev > 0 and tv[prev].is_space:
        prev -= 1
    if prev <= 0 or para_of[prev] != para_of[i]:
        return None   # (a frame holds for its paragraph only)
    pstart = tv[prev].sent.start
    while pstart < prev and (tv[pstart].is_space or tv[pstart].text in ("«", "\"", "—", "-")):
        pstart += 1
    return _frame_at(tv, pstart, prev, index)


def just_introduced(tv, i: int, best: str | None, index, sent_of, para_of) -> bool:
    """"Plusieurs particuliers ont donné, dont X, qui aurait versé … au candidat. Le milliardaire, fondateur de Y,
    dément …": a person noun opening its sentence as subject stands for the person the sentence before introduced
    by full name (first named there, the only person it names by name, same paragraph), not for the person the
    story names most (coref's s29 fallback), whom the sentence before only called by a noun."""
    if best is None or index.entities[best].type != "PER" \
            or tv[i].dep_ not in ("nsubj", "nsubj:pass", "ROOT"):   # (ROOT: the parse of "Le X, fondateur de Y, dément")
        return False
    start = tv[i].sent.start
    if any(tv[k].pos_ not in ("DET", "ADJ", "SPACE") for k in range(start, i)):
        return False   # (the noun opens its sentence: "Le milliardaire, …")
    s = sent_of[i]
    firsts = [j for j, n in sorted(index.by_token.items()) if n == best and index.kinds.get(j) == "name"]
    if not firsts or sent_of[firsts[0]] != s - 1 or para_of[firsts[0]] != para_of[i]:
        return False
    persons = {n for j, n in index.by_token.items() if sent_of.get(j) == s - 1 and index.kinds.get(j) == "name"
               and index.entities[n].type == "PER"}
    return persons == {best}
