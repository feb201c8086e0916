"""Owners named by a relative "dont" (s20-coref3).

"X, dont le groupe Y détient 57 % de Z", "X, dont la société Y produit l'émission", "X, dont la famille
contrôle Y": the person set before "dont" owns Y (ONTOLOGY: a possessive that names an owner is OWNS), as
"sa société Y" does. The person is often a second reference ("Le milliardaire breton, dont le groupe Y…",
"L'animateur, dont la société Y…"), which the entity index resolved.

Read on the words: the parse hangs "dont" on the verb, the noun or the name, as it comes. Only a person:
"Y, dont le groupe X détient 57 %" after a company Y says X holds part of Y, not the other way round."""
from __future__ import annotations

from ..nlp.docview import lower_words_of, tokens_of
from ..records import Relation

# the company nouns that, after "dont", name the person's own company ("dont le groupe Y")
_COMPANY_NOUNS = frozenset({"groupe", "société", "holding", "compagnie", "entreprise", "firme"})
# "dont la famille contrôle Y": the family's holding verb, right after the noun
_HOLD_WORDS = frozenset({"contrôle", "détient", "possède", "contrôlait", "détenait", "possédait"})
_ANTECEDENT_REACH = 3   # words back from the comma to the person's mention ("Le milliardaire franco-suisse ,")


def _person_before(tv, index, comma: int) -> str | None:
    """The person whose mention ends right before the comma (past a few adjectives of a description)."""
    k = comma - 1
    while k >= 0 and comma - k <= _ANTECEDENT_REACH:
        name = index.entity_at(k)
        if name is not None:
            return name if index.type_of(name) == "PER" else None
        if tv[k].pos_ not in ("ADJ", "PROPN") or not tv[k].is_lower:
            return None
        k -= 1
    return None


def _owned_after(tv, index, noun, end: int) -> str | None:
    """The company the noun after "dont" names: "le groupe Y" (the noun introduces Y), "la société de
    production Y" not read; for "la famille", the name the holding verb after it takes."""
    if noun.lower_ in _COMPANY_NOUNS:
        j = noun.i + 1
        while j < end and tv[j].pos_ == "ADJ" and tv[j].is_lower and j - noun.i <= 2:
            j += 1   # "le groupe familial Y"
        name = index.entity_at(noun.i) if index.kinds.get(noun.i) == "introducer" else None
        if name is None and j < end and index.kinds.get(j) == "name":
            name = index.entity_at(j)
        return name
    if noun.lower_ == "famille" and noun.i + 1 < end and tv[noun.i + 1].lower_ in _HOLD_WORDS:
        j = noun.i + 2
        while j < end and tv[j].pos_ in ("DET", "ADV") and j - noun.i <= 4:
            j += 1   # "dont la famille contrôle aussi le groupe Y"
        if j < end and tv[j].is_lower and j + 1 < end and index.kinds.get(j) == "introducer":
            return index.entity_at(j)
        return index.entity_at(j) if j < end and index.kinds.get(j) in ("name", "introducer") else None
    return None


def dont_owners(doc, index, found: list[Relation]) -> list[Relation]:
    """OWNS ties of "X, dont le groupe / la société / la famille … Y" (module doc)."""
    if "dont" not in lower_words_of(doc):
        return []
    tv = tokens_of(doc)
    have = {r.key() for r in found}
    out: list[Relation] = []
    for sent in doc.sents:
        end = sent.end
        for t in tv[sent.start:end]:
            if t.lower_ != "dont" or t.i < 2 or t.i + 2 >= end or tv[t.i - 1].text != "," \
                    or tv[t.i + 1].lower_ not in ("le", "la", "l'", "l’"):
                continue
            owner = _person_before(tv, index, t.i - 1)
            if owner is None:
                continue
            held = _owned_after(tv, index, tv[t.i + 2], end)
            if held is None or held == owner or index.type_of(held) != "ORG":
                continue
            key = ("OWNS", owner, held)
            if key in have:
                continue
            have.add(key)
            out.append(Relation(type="OWNS", subject=owner, object=held, evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.6, rule="owns.dont_owner"))
    return out
