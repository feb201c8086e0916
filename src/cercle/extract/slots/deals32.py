"""(s32-deals32) Coordination and money/stake deals: actors acting together, and a possessive's owner.

- ``grouped_members``: "A et B, associés au sein d'un groupement", "Réunis en consortium, A et B …", "A et B, qui se
  sont alliés dans une coentreprise, …": the names a joint participle (associé, réuni, regroupé, allié, uni,
  rassemblé, fédéré…) sets in a group (groupement, consortium, coentreprise, alliance, attelage, tandem…) are
  partners (slot "grouped_members" of partners.grouped32). Read as a line: the parser breaks these lists.
- ``means_holding``: "X contrôle 37 % via ses holdings A et B", "par l'intermédiaire de sa holding A": the
  possessor owns the holding (slot "means_owner" of owns.means_holding32); the holding is not the possessor's
  parent (owns.parent_holding loses its "poss").
- ``object_possessive``: "Le parquet poursuit Y, pour ses marques A et B", "X a récompensé Y pour sa filiale A":
  a possessive of a company's belonging in an adjunct right after the verb's named object stands for that
  object, not the clause's subject (slot "poss").

Cue words: data/deals32.yaml (joint_participles, joint_nouns, through_words, belongings).
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from .found import Found
from .gapb3 import _names_back, _names_forward
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/deals32.yaml, each list a frozenset (participles also in their inflected forms)."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "deals32.yaml").read_text(encoding="utf-8"))
    out = {k: frozenset(v) for k, v in raw.items()}
    forms = set()
    for v in raw["joint_participles"]:
        stem = v[:-2] if v.endswith(("er", "ir")) else v
        base = stem + ("é" if v.endswith("er") else "i")
        forms |= {base, base + "e", base + "s", base + "es"}
    out["joint_participle_forms"] = frozenset(forms)
    out["joint_single_nouns"] = frozenset(n for n in raw["joint_nouns"] if " " not in n) \
        | frozenset(n + "s" for n in raw["joint_nouns"] if " " not in n and not n.endswith("s"))
    return out


_PARTY = ("ORG", "GOV", "PER")
_GROUP_DETS = frozenset({"un", "une", "le", "la", "l'", "l’", "même", "seul", "seule", "d'", "d’", "de", "du", "des",
                         "leur", "ce", "cette", "nouveau", "nouvelle"})
_GROUP_PREPS = frozenset({"au", "sein", "en", "dans", "sous", "forme", "la", "par", "le", "biais", "à", "travers",
                          "d'", "d’", "de", "du"})
_BEFORE_PARTICIPLE = frozenset({"qui", "se", "s'", "s’", "sont", "étaient", "seront", "ont", "avaient", "été", "sera",
                                "est", "était", "désormais", "déjà", "tous", "toutes", "deux", "trois", "ensemble"})


@acts_on(lambda w: w.lower in words()["joint_single_nouns"])
def grouped_members(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "grouped_members" (see the module's head)."""
    w = words()
    if t.lower_ not in w["joint_single_nouns"] or t.pos_ not in ("NOUN", "PROPN") or not out.wants("grouped_members"):
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    k = t.i - 1
    n = 0
    while k > s0 and n < 6 and (tv[k].lower_ in _GROUP_DETS or tv[k].lower_ in _GROUP_PREPS):
        k, n = k - 1, n + 1
    if n == 0 or k < s0 or tv[k].lower_ not in w["joint_participle_forms"]:
        return
    part = k
    k -= 1
    while k > s0 and tv[k].lower_ in _BEFORE_PARTICIPLE:
        k -= 1
    members: list[tuple[str, int]] = []
    if part == s0:
        # "Associés au sein d'un groupement, A et B …": the names after the group's comma
        j = t.i + 1
        while j < s1 and j < t.i + 4 and tv[j].text != ",":
            j += 1
        if j < s1 and tv[j].text == ",":
            members = _names_forward(tv, index, j + 1, s1)
    elif k >= s0 and tv[k].text == ",":
        members = _names_back(tv, index, k - 1)
    members = [x for x in members if index.type_of(x[0]) in _PARTY]
    if len({m for m, _ in members}) >= 2:
        out.put("grouped_members", members)
        out["_no_linear"] = []


def _possessive_before(tv, t) -> int:
    """The index of the possessive determiner right before ``t`` (past one adjective), or -1."""
    for j in (t.i - 1, t.i - 2):
        if j >= 0 and tv[j].pos_ == "DET" and "Yes" in tv[j].morph.get("Poss"):
            return j
        if j >= 0 and tv[j].pos_ != "ADJ":
            break
    return -1


@acts_on(lambda w: w.lower in ("holding", "holdings") and not w.verbal)
def means_holding(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "means_owner" (see the module's head)."""
    if t.lower_ not in ("holding", "holdings") or "poss" not in out:
        return
    tv = tokens_of(t.doc)
    p = _possessive_before(tv, t)
    if p < 1:
        return
    through = words()["through_words"]
    j = p - 1
    if tv[j].lower_ in ("de", "d'", "d’", "du"):
        j -= 1
    if j < 0 or tv[j].lower_ not in through:
        return
    out["means_owner"] = out.pop("poss")


@acts_on(lambda w: w.lower in words()["belongings"] and not w.verbal)
def object_possessive(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "poss" (see the module's head)."""
    if t.lower_ not in words()["belongings"] or t.pos_ != "NOUN" or not out.get("poss"):
        return
    tv = tokens_of(t.doc)
    p = _possessive_before(tv, t)
    if p < 3 or tv[p - 1].pos_ != "ADP" or tv[p - 1].lower_ in ("de", "d'", "d’", "du", "des"):
        return
    k = p - 2
    if tv[k].text == ",":
        k -= 1
    name = index.entity_at(k) if index.kinds.get(k) == "name" else None
    if name is None or index.type_of(name) not in ("ORG",) or any(n == name for n, _ in out["poss"]):
        return
    first = k
    while first - 1 >= t.sent.start and index.entity_at(first - 1) == name:
        first -= 1
    verb = tv[first].head
    # the name is the object of a verb (its first word, or a list's item hung on it), not its subject
    if tv[first].dep_ not in ("obj", "conj") or verb.pos_ not in ("VERB", "PROPN", "NOUN"):
        return
    if tv[first].dep_ == "conj" and not (verb.dep_ == "obj" or verb.head.dep_ == "obj"):
        return
    out["poss"] = [(name, first)]


DEALS32_READERS = Readers(grouped_members, means_holding, object_possessive)
