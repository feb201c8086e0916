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


# (s28-fights28) a body's organ that passes its sanctions: "La Commission des sanctions de l'AMF a infligé …", "la
# commission d'appel de la DNCG a confirmé la sanction": the sanction is the body's (read28 gold, ONTOLOGY: the
# regulator sanctions)
_ORGANS = ("commission des sanctions", "commission d'appel", "commission d’appel", "formation restreinte",
           "collège")
_DE = frozenset({"de", "d'", "d’", "du", "des"})
_ARTICLES = frozenset({"la", "le", "l'", "l’", "les"})


def organ_sanctions_to_body(doc, index, found) -> list:
    """OPPOSES (role sanctions) whose subject is a body's organ named with its body ("Commission des sanctions de
    X"): the subject becomes X (the body the text names right after the organ's name; one only)."""
    organs = {r.subject for r in found if r.type == "OPPOSES" and r.role == "sanctions"
              and r.subject.lower().startswith(_ORGANS)}
    if not organs:
        return found
    tv = doc
    body_of = {}
    for organ in organs:
        bodies = set()
        for i, name in index.by_token.items():
            if name != organ or (i + 1 < len(tv) and index.by_token.get(i + 1) == organ):
                continue   # (the organ's last token)
            k = i + 1
            if k < len(tv) and tv[k].lower_ in _DE:
                k += 1
                if k < len(tv) and tv[k].lower_ in _ARTICLES:
                    k += 1
                body = index.by_token.get(k) if k < len(tv) else None
                if body is not None and body != organ and index.type_of(body) in ("GOV", "ORG"):
                    bodies.add(body)
        if len(bodies) == 1:
            body_of[organ] = bodies.pop()
    if not body_of:
        return found
    from dataclasses import replace
    have = {(r.type, r.subject, r.object) for r in found}
    out = []
    for r in found:
        if r.type == "OPPOSES" and r.role == "sanctions" and r.subject in body_of:
            key = ("OPPOSES", body_of[r.subject], r.object)
            if key in have:
                continue
            have.add(key)
            r = replace(r, subject=body_of[r.subject])
        out.append(r)
    return out
