"""(s38-xsent38) Ties whose person the sentence names only by a title the coreference pass already resolved.

- titled_second_reference: "Côté vendeur, X se félicite. Le directeur général de Y, ancien de Z, veut …": the
  coreference pass (mentions/coref.py) links the title noun "directeur" to X, a person named before; no title reader
  then gives the post, as the title is not set beside a name ("X, PDG de Y") and its sentence names no person. The
  title noun stands for that person, so slot "head" is that person (the title rules read it with the title's own
  "de Y": LEADS X → Y, FOUNDED for "le fondateur de Y", status former for "l'ancien patron de Y").
  Only when the link is to a person (PER), the noun is a title of data/xsent38.yaml, and no reader put a person in
  "head" (an organisation there, a name the parser hung on the title, gives way).

Lexicon in extract/data/xsent38.yaml.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "xsent38.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x).lower() for x in (v or [])) for k, v in raw.items()}


@acts_on(lambda w: w.pos == "NOUN" and w.lower in words()["title_nouns"])
def titled_second_reference(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "head" (see the module's head)."""
    if t.pos_ != "NOUN" or t.lower_ not in words()["title_nouns"]:
        return
    if any(index.type_of(n) == "PER" for n, _ in out.get("head", [])):
        return   # (a reader found the holder: "La présidente du directoire, X, …")
    if index.kinds.get(t.i) != "descriptor":
        return
    person = index.by_token.get(t.i)
    if person is None or index.type_of(person) != "PER":
        return
    # (a name the parser hung on the title, "ancien du Boston Consulting Group", is no holder of the post)
    out["head"] = [(person, t.i)]


XSENT38_READERS = Readers(titled_second_reference)
