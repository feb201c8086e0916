"""(s39-misses39) Ties missed on the read pool whose parties a general construction names (data/misses39.yaml,
French words only):

- lent_purpose: "On prête à X l'intention de racheter Y", "démentant les rumeurs prêtant à X l'intention de
  racheter Y": the infinitive hangs on a purpose noun that is the object of a verb of lending ("prêter",
  "attribuer"); its doer is the one the purpose is lent to (the verb's "à" phrase or its dative clitic), not the
  lending verb's subject (who may deny it) nor the impersonal "on" (slot "subj", replaced); only when the
  infinitive's object is a name, not a description ("l'intention de racheter le groupe": which group is a guess,
  and the slot is emptied: no tie).
  The acquisition verb under the purpose noun is then read as a bid by relations._intended.
- described_subject_possessive: "Le club, contrôlé depuis 2024 par le fonds X, verse … Son président, Z, …": a
  possessive title opening a sentence stands for the previous sentence's subject when that subject is a definite
  description ("le club", "le groupe de Laval") that the coreference linked to one organisation, not a public body
  ("La collectivité financera … Son PDG, X": a company's title; slot "poss"; the
  description named with a name, "le missilier X", is basics33's named_subject_possessive). Not when the previous
  sentence names no such subject: the possessive's own resolution stands then.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import case_of, entities_at, lemma_of
from .basics33 import _DEFINITE, _POSSESSIVES, _previous_sentence_root
from ..arguments import PERSON_TITLES
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "misses39.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x).lower() for x in v) for k, v in raw.items() if isinstance(v, list)}


@acts_on(lambda w: w.verbal and w.dep == "acl")
def lent_purpose(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj" (see the module's head)."""
    if not verbal or t.dep_ != "acl":
        return
    w = words()
    noun = t.head
    # (the parser may make the noun a second "obl:arg" of the verb: "On prête au fonds X l'intention de …")
    if noun.lower_ not in w["purpose_nouns"] or noun.dep_ not in ("obj", "obl:arg") or noun.i > t.i \
            or noun.dep_ == "obl:arg" and any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in noun.children):
        return
    lender = noun.head
    if lender.lemma_.lower() not in w["lending_verbs"] and lemma_of(lender) not in w["lending_verbs"]:
        return
    got = [x for c in lender.children if c.i != noun.i and (
           c.dep_ == "iobj" or c.dep_ in ("obl:arg", "obl", "obl:mod") and case_of(c) in ("à", "au", "aux"))
           for x in entities_at(c, index)]
    if not got:
        return
    if any(c.dep_ == "obj" and index.kinds.get(c.i) == "name" for c in t.children):
        out["subj"] = got
    else:
        # (the purpose's object described, not named: "l'intention de racheter le groupe" may be any group; the
        # lending verb's subject is still not the doer: no tie rather than a guess)
        out.pop("subj", None)
        out["_no_linear"] = []


def _described_subject(root, index: EntityIndex) -> tuple[str, int] | None:
    """The organisation the previous sentence's subject describes ("Le club … verse", "Le groupe de Laval était
    entré au capital"): a definite common noun linked to one organisation (or the root itself, when the parser
    made the opening description the root: "Le club, contrôlé par X, verse …" read with "verse" hung on X)."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i), None)
    if subj is None and root.pos_ == "NOUN" and root.i <= root.sent.start + 1:
        subj = root
    if subj is None or subj.pos_ != "NOUN" or not subj.is_lower \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children):
        return None
    if index.kinds.get(subj.i) != "descriptor":
        return None
    name = index.by_token.get(subj.i)
    if name is None or index.type_of(name) != "ORG":
        return None   # (a public body described, "la collectivité", is not the owner of "son PDG": left to coreference)
    return name, subj.i


@acts_on(lambda w: not w.verbal and w.lower in PERSON_TITLES)
def described_subject_possessive(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "poss" (see the module's head)."""
    if verbal or out.get("poss") or t.lower_ not in PERSON_TITLES:
        return
    det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in _POSSESSIVES), None)
    if det is None or det.i != t.sent.start:
        return
    root = _previous_sentence_root(t)
    if root is None:
        return
    got = _described_subject(root, index)
    if got is not None and got[0] not in {n for n, _ in out.get("head", ())}:
        out.put("poss", [got])


MISSES39_READERS = Readers(lent_purpose, described_subject_possessive)
