"""(s32-deals32) Coordination and money/stake deals: actors acting together, and a possessive's owner.

- ``grouped_members``: "A et B, associés au sein d'un groupement", "Réunis en consortium, A et B …", "A et B, qui se
  sont alliés dans une coentreprise, …": the names a joint participle (associé, réuni, regroupé, allié, uni,
  rassemblé, fédéré…) sets in a group (groupement, consortium, coentreprise, alliance, attelage, tandem…) are
  partners (slot "grouped_members" of partners.grouped32). Read as a line: the parser breaks these lists.
- ``means_holding``: "X contrôle 37 % via ses holdings A et B", "par l'intermédiaire de sa holding A": the
  holding is not the possessor's parent (its names move from "head" to "means_head": owns.parent_holding does not
  read them, owns.means_holding32 reads a person's holding as owns.own_subsidiary_holding does; owns.via, on the
  verb, reads the owner of a company's or a family's holding).
- ``object_possessive``: "Le parquet poursuit Y, pour ses marques A et B", "X a récompensé Y pour sa filiale A":
  a possessive of a company's belonging in an adjunct right after the verb's named object stands for that
  object, not the clause's subject (slot "poss").

Cue words: data/deals32.yaml (joint_participles, joint_nouns, through_words, belongings).
"""
from __future__ import annotations

import functools

from ...mentions.entities import EntityIndex
from ...nlp.deals32 import raw as deals32_yaml
from ...nlp.docview import tokens_of
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gapb3 import _names_back, _names_forward
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/deals32.yaml, each list a frozenset (participles also in their inflected forms)."""
    raw = deals32_yaml()   # (parsed once, with the parse repair's words: nlp/deals32.py)
    out = {k: (v if isinstance(v, dict) else frozenset(v)) for k, v in raw.items()}
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
    """Slot "means_head" (see the module's head)."""
    if t.lower_ not in ("holding", "holdings") or "poss" not in out or "head" not in out:
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
    if "head" in out:
        out["means_head"] = out.pop("head")   # (owns.means_holding32: a person's holding, as owns.own_subsidiary_holding)


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




# ------------------------------------------------------------------ into a group's hands, giving up a target
_DE = frozenset({"de", "du", "des", "d'", "d’"})


def _named(c, index: EntityIndex, types=("ORG",)) -> list:
    """The names of the phrase ``c`` (its own word first), of the given types."""
    return [x for x in entities_at(c, index) if index.type_of(x[0]) in types]


def _described(noun, index: EntityIndex) -> list:
    """The name a participle's noun stands for: the noun itself, or the name it is the apposition or list item of
    ("Stelia, l'ex-Fibrex, tombée …": the parse may hang the participle on the apposition)."""
    got = _named(noun, index)
    if not got and noun.dep_ in ("appos", "conj") and noun.head.i < noun.i:
        got = _named(noun.head, index)
    return got


@acts_on(lambda w: w.lower in words()["fold_nouns"] and not w.verbal)
def into_hands(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, tombée dans l'escarcelle de X", "Y est passée aux mains de X", "sous la coupe de X", "sous pavillon X":
    X takes Y over (slots "hands_owner", "hands_taken"); not "reste dans le giron", "sort du giron"."""
    w = words()
    cases = w["fold_nouns"].get(t.lower_) if isinstance(w["fold_nouns"], dict) else None
    if not cases or t.pos_ != "NOUN" or not out.wants("hands_owner", "hands_taken"):
        return
    verb = t.head
    prep = case_of(t)
    if prep not in cases or verb.pos_ != "VERB" or lemma_of(verb) not in w["fold_verbs"]:
        return
    if t.lower_ == "pavillon":   # ("sous pavillon X": the name right after the noun, however hung)
        name = index.entity_at(t.i + 1) if index.kinds.get(t.i + 1) == "name" else None
        owners = [(name, t.i + 1)] if name is not None and index.type_of(name) in ("ORG", "GOV", "PER") else []
    else:
        owners = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE
                  for x in _named(c, index, ("ORG", "GOV", "PER"))]
        if not owners:   # (the parse may hang "de X" on the verb)
            owners = [x for c in verb.children if c.dep_.startswith("obl") and c.i > t.i and case_of(c) in _DE
                      for x in _named(c, index, ("ORG", "GOV", "PER"))]
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        taken = _described(verb.head, index)
    else:
        taken = [x for x in _subject_or_passive(verb, index) if index.type_of(x[0]) == "ORG"]
    taken = [x for x in taken if all(x[0] != o for o, _ in owners)]
    if owners and taken:
        out.put("hands_owner", owners[:1])
        out.put("hands_taken", taken[:1])
        out["_no_linear"] = []


def _subject_or_passive(verb, index: EntityIndex) -> list:
    """The verb's subject; "Y est passée", "X s'est retiré": the parse may call it a passive's subject."""
    got = _subject_of(verb, index)
    if not got:
        got = [x for c in verb.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    return got


def _renouncer(verb, index: EntityIndex) -> list:
    got = [x for x in _subject_or_passive(verb, index) if index.type_of(x[0]) in ("ORG", "PER", "GOV")]
    if not got and verb.dep_ == "xcomp":   # ("X avait dû renoncer à Y": the modal's subject)
        got = [x for x in _subject_of(verb.head, index) if index.type_of(x[0]) in ("ORG", "PER", "GOV")]
    return got


@acts_on(lambda w: w.verbal and (w.lemma in words()["renounce_verbs"] or w.lemma in words()["race_leave_verbs"]))
def renounced_target(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a dû renoncer à Y", "X a renoncé à racheter Y", "X s'est retiré de la course à Y": X's bid for Y is given
    up (slots "renouncer", "renounced"); "renoncer à la présidence de Y" (no name as the phrase's head) is not."""
    w = words()
    lem = lemma_of(t)
    if not verbal or not out.wants("renouncer", "renounced"):
        return
    if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais") for c in t.children):
        return
    targets: list = []
    if lem in w["renounce_verbs"]:
        for c in t.children:
            if c.dep_ in ("obl:arg", "obl", "obl:mod", "iobj") and case_of(c) in ("à", "au", "aux") and c.pos_ == "PROPN":
                targets += _named(c, index)
            elif c.dep_ in ("xcomp", "advcl") and lemma_of(c) in w["take_verbs"]:
                targets += [x for k in c.children if k.dep_ == "obj" and k.pos_ == "PROPN" for x in _named(k, index)]
    elif lem in w["race_leave_verbs"]:
        race = [c for c in t.children if c.lower_ in w["race_nouns"] and c.dep_ in ("obj", "obl:arg", "obl", "obl:mod")]
        if race:
            r = race[0]
            for h in (r, t):
                targets += [x for c in h.children if c.i > r.i and c.dep_ in ("nmod", "obl:arg", "obl", "obl:mod")
                            and case_of(c) in ("à", "au", "pour") and c.pos_ == "PROPN" for x in _named(c, index)]
    who = _renouncer(t, index) if targets else []
    targets = [x for x in targets if all(x[0] != n for n, _ in who)]
    if who and targets:
        out.put("renouncer", who[:1])
        out.put("renounced", targets[:1])
        out["_no_linear"] = []




# ------------------------------------------------------------------ money handed to a project: its owner is paid
_AMOUNT_WORDS = frozenset({"million", "milliard", "millier", "euro", "dollar", "m€", "md€", "k€", "€"})


def _payer_verbs() -> frozenset:
    from .money31 import W
    return W["payer_verbs"]


@acts_on(lambda w: w.verbal and w.lemma in _payer_verbs())
def paid_to_project(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"La Région a versé une aide de 8 M€ au projet de Y", "X apporte 15 millions au chantier de Y": Y is paid
    (slots "money_payer", "money_payee" of funds.paid_noun_to); "au projet" alone, with a definite or demonstrative
    article, in an article about one company: that company."""
    from .money31 import _money_object, _parties
    if not verbal or lemma_of(t) not in _payer_verbs() or "money_payee" in out \
            or not out.wants("money_payer", "money_payee"):
        return
    noun = _money_object(t)
    if noun is None:
        return
    projects = words()["project_nouns"]
    amounts = [k for k in noun.children if k.dep_ == "nmod" and (k.pos_ == "NUM" or k.lemma_.lower() in _AMOUNT_WORDS)]
    heads = [c for h in (t, noun, *amounts) for c in h.children
             if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "iobj") and case_of(c) in ("à", "au", "aux")
             and c.lower_ in projects]
    if not heads:
        return
    p = heads[0]
    payee = [x for c in p.children if c.dep_ == "nmod" and case_of(c) in _DE and c.i > p.i
             for x in _parties(c, index, ("ORG", "GOV", "PER"))]
    if not payee and not any(c.dep_ == "nmod" for c in p.children) and index.topic \
            and index.type_of(index.topic) == "ORG" \
            and (case_of(p) == "au" or any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette") for c in p.children)):
        payee = [(index.topic, -1)]
    payers = [x for x in _subject_of(t, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    payee = [x for x in payee if all(x[0] != n for n, _ in payers)]
    if payers and payee:
        out.put("money_payer", payers[:1])
        out.put("money_payee", payee[:1])


DEALS32_READERS = Readers(grouped_members, means_holding, object_possessive, into_hands, renounced_target,
                          paid_to_project)
