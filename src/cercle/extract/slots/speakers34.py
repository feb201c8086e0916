"""(s34-speakers34) Ties stated in the speaker's voice that the first-person reader of mentions/quoted_we.py makes
readable:

- "Nos vrais concurrents, ce sont A et B", "Nos rivaux, A ou B, cassent les prix", "Vos actionnaires, A et B, …",
  "Nos partenaires, la banque A et l'assureur B": a noun of a tie (data/speakers34.yaml possessed_tie_nouns)
  owned by a first or second person possessive whose owner is known (index.quoted_we: the speaker or their
  organisation; slot "poss" set to it when the parse left it empty), followed by a comma and a list of names, or by a comma and a cleft "ce sont / c'est" and the
  list: the names are what the noun describes (slot "head"), so each rule of the noun reads them against the
  possessive's owner. No list of names right after the noun, or a possessive with no owner: nothing.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from .found import Found
from .gate import Readers, acts_on


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "speakers34.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


_NOUNS = words()["possessed_tie_nouns"]


def _listed_names(doc, index: EntityIndex, k: int, end: int) -> list[tuple[str, int]]:
    """The names of a list starting at token k ("A, B et C", "la Fnac ou Boulanger", "ni A ni B"), up to the
    first word that is neither a name nor a word of lists; [] when that word is no end of the list (a verb's
    object, a preposition: "A et B vendent", "de A" would be another shape)."""
    w = words()
    got: list[tuple[str, int]] = []
    while k < end:
        t = doc[k]
        name = index.by_token.get(k)
        if name is not None and index.kinds.get(k) not in ("name", "introducer"):
            break   # (a pronoun, "nous soutiennent", or a second reference: no name of the list)
        if name is not None:
            if not got or got[-1][0] != name or doc[k - 1].lower_ in w["list_words"]:
                if all(n != name for n, _ in got):
                    got.append((name, k))
            k += 1
            continue
        if t.lower_ in w["list_words"]:
            k += 1
            continue
        if t.pos_ in ("NOUN", "ADJ"):
            # ("le fonds A et la banque B", "l'assureur allemand A": a kind noun right before its name)
            m = k + 1
            while m < end and m - k < 3 and doc[m].pos_ == "ADJ" and index.by_token.get(m) is None:
                m += 1
            if m < end and index.by_token.get(m) is not None:
                k = m
                continue
        break
    return got


@acts_on(lambda w: w.pos in ("NOUN", "ADJ", "PROPN") and w.lower in _NOUNS)
def possessed_listed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Nos vrais concurrents, ce sont A et B", "Nos rivaux, A ou B, …": slot "head" (see the module's doc)."""
    if t.lower_ not in _NOUNS:
        return
    w = words()
    doc = t.doc
    # the possessive: the word before the noun, adjectives or a number between ("Nos deux vrais concurrents")
    j = t.i - 1
    while j > 0 and doc[j].pos_ in ("ADJ", "NUM"):
        j -= 1
    if j < 0 or doc[j].lower_ not in w["speech_possessives"] or not index.quoted_we.get(j):
        return
    owner = index.quoted_we[j]   # (the speaker or their organisation, the one asked: mentions/quoted_we.py)
    if not owner[0]:
        return
    sent_end = t.sent.end
    k = t.i + 1
    while k < sent_end and doc[k].pos_ == "ADJ" and index.by_token.get(k) is None:
        k += 1   # ("nos concurrents directs, A et B", "notre partenaire historique, A")
    if k >= sent_end or doc[k].text != ",":
        return
    k += 1
    cleft = False
    if k + 1 < sent_end and doc[k].lower_ in w["cleft_openers"] and doc[k + 1].lower_ in w["cleft_verbs"]:
        k += 2
        cleft = True
    names = _listed_names(doc, index, k, sent_end)
    if not names:
        return
    last = names[-1][1]
    stop = last + 1
    while stop < sent_end and index.by_token.get(stop) == names[-1][0]:
        stop += 1
    nxt = doc[stop] if stop < sent_end else None
    if not cleft and (nxt is None or nxt.text != ","):
        return   # (an apposition is closed by a comma: "Nos rivaux, A et B, cassent les prix")
    if cleft and nxt is not None and nxt.text not in (",", ".", ";", "»", "”", ":", "!", "?") and nxt.lower_ not in (
            "qui", "dont", "que") and "\n" not in nxt.text:
        return
    names = [x for x in names if x[0] != owner[0]]
    if names:
        if "head" not in out:
            out.put("head", names)
        out.put("possessed_listed", names)   # (the rules of nouns whose "head" means another thing: investors)
        if not out.get("poss"):
            # (the parser may hang the possessive elsewhere when a list follows the noun: the owner it stands for)
            out.put("poss", [(owner[0], j)])


SPEAKERS34_READERS = Readers(possessed_listed)
