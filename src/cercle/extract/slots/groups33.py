"""(s33-groups33) Two readings of a group.

A body gathering members, and the members it names as examples: "Y, qui fédère les fabricants
de l'agroalimentaire, dont X", "Y regroupe une vingtaine de banques, parmi lesquelles X et Z", "Y représente les
éditeurs indépendants, notamment X", "Y compte parmi ses membres X" (slots "group_whole", "group_member" of
member.gathers: each X MEMBER_OF Y). The body is the verb's subject (or the name a "qui" relative hangs on); its
object is a plural class ("les fabricants", "une vingtaine de banques"), the members are the names of the list an
example cue opens after it. Cue words in data/groups33.yaml.

Rivals named together in an interview's answer ("A et B sont des concurrents respectés", "A et B restent des rivaux
sérieux"), when the interview frame reads them as the interviewee's organisation's rivals: not each other's
(rivals_for_us)."""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "groups33.yaml").read_text(encoding="utf-8"))
    return {"member_verbs": frozenset(raw["member_verbs"]),
            "example_cues": [tuple(str(c).lower().split()) for c in raw["example_cues"]],
            "member_nouns": frozenset(raw["member_nouns"])}


_NOT = frozenset({"pas", "jamais", "plus", "guère", "point"})
_STOP = frozenset({".", ";", ":", "(", ")", "«", "»", "?", "!"})
_SPAN = 25   # words from the verb to the end of the members' list


def _body(t, index: EntityIndex) -> list:
    subj = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    qui = next((c for c in t.children if c.lower_ == "qui" and c.dep_ == "nsubj" and c.i < t.i), None)
    if not subj and qui is not None and t.dep_ == "acl:relcl":
        subj = entities_at(t.head, index)
    if not subj and qui is not None:
        # ("déposée par l'Union Y (UDT), qui fédère …": the name right before the comma, however hung)
        tv = tokens_of(t.doc)
        k = qui.i - 1
        if k > 0 and tv[k].text == ",":
            k -= 1
            if tv[k].text == ")":
                while k > t.sent.start and tv[k].text != "(":
                    k -= 1
                k -= 1
            name = index.by_token.get(k)
            if name is not None and index.kinds.get(k) in ("name", "introducer"):
                subj = [(name, k)]
    return [x for x in subj if x[1] >= 0 and index.type_of(x[0]) == "ORG"]


def _list_after(tv, index: EntityIndex, k: int, end: int) -> list:
    """The names listed from token k on: "X", "X et Z", "X, Z ou W" (articles and descriptors between kept
    short)."""
    got: list = []
    j = k
    while j < end:
        t = tv[j]
        name = index.by_token.get(j)
        if name is not None and index.kinds.get(j) in ("name", "introducer"):
            if not got or got[-1][0] != name:
                got.append((name, j))
            j += 1
            continue
        if t.pos_ == "DET" or t.text == "," or t.lower_ in ("et", "ou", "le", "la", "les", "l'", "l’"):
            j += 1
            continue
        if t.pos_ in ("NOUN", "ADJ") and j + 1 < end and index.by_token.get(j + 1) and not got:
            j += 1   # ("dont le groupe X")
            continue
        break
    return got


def _cue_at(tv, j: int, cues) -> int:
    """The length of the example cue starting at token j, 0 for none."""
    for seq in cues:
        if tuple(x.lower_ for x in tv[j:j + len(seq)]) == seq:
            return len(seq)
    return 0


@acts_on(lambda w: w.verbal and w.lemma in words()["member_verbs"])
def group_members(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "group_whole" / "group_member" (see the module's head)."""
    w = words()
    if not verbal or lemma_of(t) not in w["member_verbs"] or "group_member" in out:
        return
    if not out.wants("group_member", "group_whole"):
        return
    if any(c.dep_ == "advmod" and c.lower_ in _NOT for c in t.children):
        return
    body = _body(t, index)
    if not body:
        return
    tv = tokens_of(t.doc)
    end = min(len(tv), t.i + _SPAN, t.sent.end)
    members: list = []
    j = t.i + 1
    # "Y compte parmi ses membres X" / "Y compte X parmi ses membres"
    if lemma_of(t) == "compter":
        for k in range(t.i + 1, end - 2):
            if tv[k].text in _STOP:
                break
            if tv[k].lower_ == "parmi" and tv[k + 1].lower_ in ("ses", "leurs") and tv[k + 2].lower_ in w["member_nouns"]:
                members = _list_after(tv, index, k + 3, end) or _list_after(tv, index, t.i + 1, k)
                break
    else:
        seen_class = False
        while j < end and tv[j].text not in _STOP:
            if tv[j].pos_ in ("VERB", "AUX") and tv[j].dep_ not in ("amod", "acl") and j > t.i + 1:
                break
            if tv[j].pos_ == "NOUN" and ("Plur" in tv[j].morph.get("Number") or tv[j].lower_ in ("vingtaine",
                                                                                                 "dizaine", "centaine", "trentaine", "quarantaine", "cinquantaine", "millier", "milliers")):
                seen_class = True
            if j in index.by_token and index.kinds.get(j) == "name" and not seen_class:
                return   # ("Y réunit X et Z": a meeting, not a membership)
            n = _cue_at(tv, j, w["example_cues"])
            if n and seen_class and tv[j - 1].text == ",":
                members = _list_after(tv, index, j + n, end)
                break
            if n and seen_class and tv[j].lower_ != "dont":
                members = _list_after(tv, index, j + n, end)
                break
            j += 1
    bodies = {b for b, _ in body}
    members = [m for m in members if m[0] not in bodies and index.type_of(m[0]) in ("ORG", "PER")]
    if members:
        out.put("group_whole", body)
        out.put("group_member", members)


@functools.lru_cache(maxsize=1)
def _rival_nouns() -> frozenset:
    from .interview31 import _RIVALS
    return _RIVALS


@acts_on(lambda w: not w.verbal and w.lower in _rival_nouns())
def rivals_for_us(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B sont des concurrents respectés" in an interview's answer, read as the interviewee's organisation's
    rivals (slot "for_us", slots/interview31.py): the two are its rivals, not said to be each other's. The group
    (slot "head", which competes.rivals pairs) becomes the listed rivals (slot "rivals_listed", the subject of
    competes.noun)."""
    if verbal or t.lower_ not in _rival_nouns() or "for_us" not in out:
        return
    group = out.get("head") or []
    if len({n for n, _ in group}) < 2:
        return
    out.put("rivals_listed", list(group))
    del out["head"]


GROUPS33_READERS = Readers(group_members, rivals_for_us)
