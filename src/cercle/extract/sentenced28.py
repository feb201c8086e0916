"""(s28-fights28) A sentence told with no court after one court's sentence in the passage is that court's:

    "Le tribunal correctionnel de X a condamné Y à deux ans de prison. […] Z, également condamné, a fait appel."
    "… Le parti lui-même a été condamné à 2 millions d'euros d'amende."

A sentence is a sanction (OPPOSES, role sanctions, court → sentenced: rule sues.sentenced). The later ones name
no court: when the passage has told of one court's sentence before (one only: with several, whose it is stays
unsaid), it is that court's. Written as a pass over the drawn ties: no rule sees an earlier sentence.
"""
from __future__ import annotations

from ..records import Relation
from .arguments import entities_at, lemma_of
from .lexicon import doc_text, lowered
from .slots.feuds import _sentence_phrase

_COURT_FIRST = ("tribunal", "cour ", "cour d", "juge", "chambre")
_ALSO = frozenset({"également", "aussi", "lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "même"})
_SKIP = frozenset({"également", "aussi", "lui", "elle", "eux", "elles", "lui-même", "elle-même", "eux-mêmes",
                   "elles-mêmes", "même", "déjà", "tous", "toutes", "deux", "ensuite", "finalement"})


def _sentenced_of(t, index) -> list:
    """Who the participle or the passive ``t`` tells was sentenced: its passive subject, else the name its
    participle is set after ("Z, (également) condamné, …")."""
    got = [x for c in t.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    if got:
        return got
    if "Part" not in t.morph.get("VerbForm") or any(c.dep_ in ("aux:tense", "aux:pass", "aux") for c in t.children):
        return []
    if t.dep_ == "acl" and t.head.i < t.i and index.entity_at(t.head.i) is not None \
            and index.kinds.get(t.head.i) == "name":
        return [(index.entity_at(t.head.i), t.head.i)]   # ("Z, maire de W, également condamné")
    tv = t.doc
    k = t.i - 1
    while k > 0 and tv[k].lower_ in _SKIP:
        k -= 1
    if k < 1 or tv[k].text != ",":
        return []
    name = index.entity_at(k - 1)
    if name is not None and index.kinds.get(k - 1) == "name":
        return [(name, k - 1)]
    return []


def sentenced_by_told_court(doc, index, found) -> list[Relation]:
    """OPPOSES (role sanctions) court → the one sentenced with no court named (see the module's head)."""
    courts = [r for r in found if r.type == "OPPOSES" and r.role == "sanctions" and not r.negated
              and r.subject.lower().startswith(_COURT_FIRST)]
    if not courts or len({r.subject for r in courts}) != 1:
        return []
    low = lowered(doc_text(doc))
    if low is not None and "condamn" not in low:
        return []
    court = courts[0].subject
    first = min(r.start for r in courts)
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    for t in doc:
        if not t.lower_.startswith("condamn") or t.pos_ != "VERB" or lemma_of(t) != "condamner":
            continue
        sent = t.sent
        if sent.start_char < first or any(c.dep_ in ("obl:agent", "nsubj", "obj") for c in t.children):
            continue   # (an agent or an active subject: the rules read it; a sentence before the court's: unsaid)
        if not (_sentence_phrase(t) or any(c.lower_ in _ALSO for c in t.children)):
            continue
        for name, _ in _sentenced_of(t, index):
            if name == court or index.type_of(name) not in ("PER", "ORG"):
                continue
            key = ("OPPOSES", court, name)
            if key in have:
                continue
            have.add(key)
            out.append(Relation(type="OPPOSES", subject=court, object=name, evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, role="sanctions", confidence=0.5,
                                rule="opposes.sentenced_by_told_court"))
    return out
