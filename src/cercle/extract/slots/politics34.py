"""(s34-politics34) Political ties read as mechanisms (blind33 ho-955, ho-961, ho-963, ho-965; read28 ho-843):

- party_label: a party's name worn as a label between a politician's title and the politician's name: "le
  sénateur Les Progressistes Hugo Marchal", "la députée La Gauche unie Lucie Ferrand", "le conseiller régional PRV
  Paul Verdier", "Paul Verdier, le ténor PRV, …": MEMBER_OF (slots "label34_member", "label34_party"; titles in
  mentions/data/party_labels34.yaml, which also types the middle name an organisation:
  mentions/party_labels34.py). Only a name the title runs straight into and an organisation; the person is the
  name right after it, or the name the title is apposed to.
- pact_with: a political pact said by a noun of the pact's family (data/politics34.yaml pact_nouns: alliance,
  rapprochement, entente, pacte, coalition, union, ralliement …) under a verb that makes, seeks or refuses it
  (pact_verbs), "avec Y" on the noun or the verb: the verb's subject (a person) is allied with Y (a person or a
  party the text calls one) — ALLY_OF, negated when the verb refuses "toute alliance" (status.is_negated).
  (gapa3.alliance_with reads "alliance" under a verb of making only.)

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its
head or the next few tokens."""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...mentions.party_labels34 import words as label_words
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_ARTICLES = frozenset({"les", "la", "le", "l'", "l’"})


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "politics34.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x) for x in v) for k, v in raw.items()}


def _name_from(index: EntityIndex, j: int):
    """(name, j, end) of the name whose mention starts at token j, or None."""
    if index.kinds.get(j) != "name":
        return None
    name = index.entity_at(j)
    if name is None:
        return None
    end = j
    while index.entity_at(end) == name:
        end += 1
    return name, j, end


@acts_on(lambda w: w.lower in label_words()["label_titles"] and w.pos in ("NOUN", "ADJ", "VERB", "PROPN"))
def party_label(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "label34_member", "label34_party" (see the module's head)."""
    w = label_words()
    if t.lower_ not in w["label_titles"] or t.pos_ not in ("NOUN", "ADJ", "VERB", "PROPN") or not t.is_lower:
        return
    tv = tokens_of(t.doc)
    size = len(tv)
    j = t.i + 1
    if j < size and tv[j].lower_ in w["label_title_adjectives"]:
        j += 1
    if j + 1 < size and tv[j].lower_ in _ARTICLES and tv[j].text[:1].isupper() and index.kinds.get(j) != "name":
        j += 1   # ("le sénateur Les Y X": the article may stay out of the party's mention)
    label = _name_from(index, j) if j < size else None
    if label is None or index.type_of(label[0]) not in ("ORG", "OTHER"):
        return
    end = label[2]
    member = []
    person = _name_from(index, end) if end < size else None
    if person is not None and index.type_of(person[0]) == "PER":
        member = [(person[0], person[1])]
    elif end >= size or tv[end].is_punct:
        # ("Paul Verdier, le ténor PRV, …": the name the title is apposed to)
        h = t
        if h.dep_ == "appos" and h.head.i < h.i and h.head.pos_ == "PROPN" \
                and not any(c.dep_ == "case" for c in h.head.children):   # (not "cadre de Y devenu député Z")
            member = [x for x in entities_at(h.head, index) if index.type_of(x[0]) == "PER"][:1]
    if member and member[0][0] != label[0]:
        out.put("label34_member", member)
        out.put("label34_party", [(label[0], label[1])])


def _political_side(x, index: EntityIndex, doc) -> bool:
    from ..parties import is_party
    kind = index.type_of(x[0])
    return kind == "PER" or kind == "ORG" and is_party(x[0], index, doc)


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.lower in words()["pact_nouns"])
def pact_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "pact34_side", "pact34_with" (see the module's head)."""
    w = words()
    if verbal or t.pos_ != "NOUN" or t.lower_ not in w["pact_nouns"] or "pact34_side" in out:
        return
    v = t.head
    if t.dep_ not in ("obj", "nsubj:pass") or v.pos_ not in ("VERB", "AUX") or lemma_of(v) not in w["pact_verbs"]:
        return
    phrases = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "avec"] or [
        c for c in v.children if c.dep_.startswith("obl") and case_of(c) == "avec" and c.i > t.i]
    other = [x for c in phrases for x in entities_at(c, index) if x[1] >= 0 and _political_side(x, index, t.doc)]
    if not other:
        return
    side = [x for x in _subject_of(v, index) if x[1] >= 0 and index.type_of(x[0]) == "PER"]
    names = {n for n, _ in other}
    side = [x for x in side if x[0] not in names][:1]
    if side:
        out.put("pact34_side", side)
        out.put("pact34_with", other)


POLITICS34_READERS = Readers(party_label, pact_with)
