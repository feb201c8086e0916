"""(s35-proto35) The article's protagonist as the missing party of a sanction or a complaint.

"Une amende de 3 millions d'euros a été infligée par X", "X a prononcé une sanction de 2 M€", "La plainte déposée
par l'association X", "X a engagé une procédure" — in an article about one company, a sentence that names only the
author of a sanction or of legal action, and no one it is against, speaks of that company: X sanctions it
(OPPOSES, role sanctions: slots "proto_author", "proto_target" on a sanction noun) or sues it (SUES, the same slots
on a complaint noun).

Only when: the protagonist is confirmed (extract/protagonist35.py); the sentence names no one else (but the author
and places) and says no target ("contre", "à l'encontre de", "visant", a pronoun "lui/leur" on the verb, a
possessive on the noun); the sentence before names no other organisation; the sentence is not a quotation; the
verb is not negated. The cue words are in data/proto35.yaml (French words, never a name).
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from ..protagonist35 import protagonist
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/proto35.yaml, each list a frozenset."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "proto35.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x) for x in v) for k, v in raw.items()}


_NOT = frozenset({"pas", "jamais", "plus", "point", "guère", "ni"})
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes"})
_FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "notre", "nos", "me", "m'", "m’", "mon", "ma", "mes"})
_TARGETS = frozenset({"contre", "encontre", "visant", "vise", "visait", "visent", "visaient", "envers"})


def _negated(v) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _NOT for c in v.children)


def _authors(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The author of the sanction or complaint noun ``t``: the agent of the verb it is the passive subject of, the
    subject of the verb it is the object of, the agent of a participle on it, or its own "de X"."""
    w = words()
    h = t.head
    got: list = []
    if t.dep_ == "nsubj:pass" and lemma_of(h) in w["author_verbs"] and not _negated(h):
        got = [x for c in h.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
    elif t.dep_ == "obj" and h.pos_ in ("VERB", "NOUN") and (lemma_of(h) in w["author_verbs"]
                                                          or h.lower_ in w["author_verbs"]) and not _negated(h):
        if any(c.dep_ == "iobj" or c.dep_ == "expl:comp" for c in h.children):
            return []   # ("X lui a infligé une amende": a target said by a pronoun)
        got = _subject_of(h, index)
    if not got:
        for c in t.children:
            if c.dep_ == "acl" and (lemma_of(c) in w["author_verbs"] or c.lower_ in w["author_verbs"]):
                got = [x for k in c.children if k.dep_ == "obl:agent" for x in entities_at(k, index)]
            elif c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’") and not c.like_num \
                    and t.lower_ in words()["sanction_nouns"]:
                # ("l'amende de X": X's; never "le recours de X", which may be against anyone, the buyer of a
                # tender as well as the company that won it)
                got = entities_at(c, index)
            if got:
                break
    return [x for x in got if x[1] >= 0 and index.kinds.get(x[1]) in ("name", "introducer")]


def _says_target(t) -> bool:
    if any(d.dep_ == "det" and d.lower_ in _POSSESSIVES for d in t.children):
        return True
    return any(k.lower_ in _TARGETS for k in t.sent)


def _previous_sentence(t):
    doc = t.doc
    start = t.sent.start
    if start == 0:
        return None
    return doc[start - 1].sent


@acts_on(lambda w: w.lower in words()["sanction_nouns"] or w.lower in words()["complaint_nouns"])
def protagonist_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "proto_author", "proto_target" (see the module's head)."""
    w = words()
    low = t.lower_
    if t.pos_ != "NOUN" or not (low in w["sanction_nouns"] or low in w["complaint_nouns"]):
        return
    if "proto_author" in out or not out.wants("proto_author", "proto_target"):
        return
    if index.entity_at(t.i) is not None:
        return
    if low == "action" and not any(k.lower_ in w["action_words"] for k in t.subtree):
        return
    sent = t.sent
    if any(k.text in _QUOTES or k.lower_ in _FIRST_PERSON for k in sent) or _says_target(t):
        return   # (a quotation, or an interview's answer: the speaker's own story, not the article's account)
    who = protagonist(t.doc, index)
    if who is None:
        return
    authors = _authors(t, index)
    sanction = low in w["sanction_nouns"]
    kinds = ("GOV", "ORG") if sanction else ("PER", "ORG", "GOV")
    authors = [x for x in authors if index.type_of(x[0]) in kinds and x[0] != who]
    if len(authors) != 1:
        return
    author = authors[0][0]
    for j in range(sent.start, sent.end):
        n = index.entity_at(j)
        if n is not None and n != author and index.type_of(n) != "LOC":
            return   # (another party named, the protagonist too: the rules read the sentence)
    before = _previous_sentence(t)
    if before is not None:
        for j in range(before.start, before.end):
            n = index.entity_at(j)
            if n is not None and n not in (who, author) and index.type_of(n) == "ORG":
                return   # (another organisation just named: maybe the one meant)
    out.put("proto_author", authors[:1])
    out.put("proto_target", [(who, -1)])
    out["_no_linear"] = []


PROTO35_READERS = Readers(protagonist_party)
