"""(s32-names32) Names and labels:

- a coordination the NER read as one name, "la Caisse des dépôts et l'allemand X", "la Banque des territoires et
  le fonds Z": after "et", an article and a nationality adjective or a trade noun ("l'allemand", "le fonds",
  "l'assureur") open a second name; the span is cut in two (split_descriptor_coordinations);
- electoral labels ("nuances": DVG, DVD, SE, "divers gauche", "sans étiquette") sort candidates and are no
  actors: "le maire (DVG) de X" names no organisation DVG (drop_nuance_labels);
- a branch the apposition ties to a person's group, "X Beauté, la branche parfums du groupe de Y": the group is
  the person's, left unnamed, so the text's short "X" is that group, not the branch (grouping._branch_in_apposition
  asks person_owned_parent).
The word lists are in data/names32.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .index import _Span
from .lexicon import fold, lexicon
from ..nlp.docview import tokens_of
from ..yamldata import load_yaml

_DATA = Path(__file__).parent / "data" / "names32.yaml"


@lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    return {k: frozenset(fold(x) if k == "nuance_labels" else x for x in v) for k, v in raw.items()}


def _descriptor_words(tv, j: int, end: int) -> int:
    """The number of lower-case descriptor words at ``j`` (a nationality adjective, a trade noun, or both:
    "le fonds américain", "l'assureur"), 0 when the word there is none."""
    from .demonyms import countries_by_adjective
    intro = lexicon()["introducer_of"]
    adj = countries_by_adjective()
    k = j
    while k < end and k < j + 2 and tv[k].is_lower and tv[k].is_alpha \
            and (tv[k].lower_ in adj or tv[k].lower_ in intro):
        k += 1
    return k - j


def split_descriptor_coordinations(doc, spans: list[_Span]) -> None:
    """"la Caisse des dépôts et l'allemand X", "… et du fonds américain Y": one span holding "et", an article, a
    descriptor and a capitalised name is two names; the first keeps the words before "et", the second is the
    capitalised words after the descriptor (the NER's span may stop at the descriptor: the name after it is
    taken up to its last capitalised word)."""
    tv = tokens_of(doc)
    arts = words()["coordination_articles"]
    add = []
    starts = {s.start for s in spans}
    for sp in spans:
        if sp.fixed_name or sp.end - sp.start < 3:
            continue
        for i in range(sp.start + 1, sp.end):   # ("… et" may end the NER's span: "la Caisse des dépôts et au fonds Y")
            if tv[i].lower_ != "et" or i + 1 >= len(tv):
                continue
            j = i + 1
            if tv[j].lower_ in ("du", "des", "au", "aux"):
                j += 1
            elif tv[j].lower_ in ("de", "d'", "d’", "à") and j + 1 < len(tv) and tv[j + 1].lower_ in arts:
                j += 2
            elif tv[j].lower_ in arts:
                j += 1
            else:
                continue
            n = _descriptor_words(tv, j, len(tv))
            k = j + n
            if not n or k >= len(tv) or not tv[k].text[:1].isupper() or not tv[k].is_alpha:
                continue
            end = max(sp.end, k + 1)
            while end < len(tv) and end < k + 4 and tv[end].text[:1].isupper() and tv[end].is_alpha:
                end += 1
            sp.end = i
            sp.text = doc[sp.start:sp.end].text
            if k not in starts:
                second = _Span(k, end, doc[k:end].text)
                second.votes.update(sp.votes)
                second.ner = sp.ner
                add.append(second)
            break
    spans.extend(add)


def drop_nuance_labels(doc, spans: list[_Span]) -> None:
    """"le maire (DVG) de X", "X, élu DVD": an electoral label is no actor."""
    labels = words()["nuance_labels"]
    spans[:] = [s for s in spans if fold(s.text).strip("() ") not in labels]


def person_owned_parent(tv, j: int) -> bool:
    """At the capitalised word ``j`` inside a branch's apposition: is it a person's name after "du groupe de",
    "de la holding de" (the group the person owns, unnamed there)?"""
    from .typing_cues import first_names
    first = tv[j].text.split("-")[0]
    if not (tv[j].ent_type_ == "PER" or first in first_names()):
        return False
    k = j - 1
    if k < 1 or tv[k].lower_ not in ("de", "d'", "d’"):
        return False
    return tv[k - 1].lower_ in words()["parent_nouns"]
