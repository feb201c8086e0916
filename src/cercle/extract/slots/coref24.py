"""(s24-coref24) Second references of the acts a lawsuit challenges.

"La Commission a infligé une amende à X. … X a annoncé qu'il contesterait la décision devant le Tribunal": "la
décision" with no author of its own is the act of the one the text showed fining or sanctioning before; the
lawsuit is against it (stands._challenged asks for it when the act noun has no "de" complement).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, entities_at

# verbs by which an authority imposes what is challenged next ("infliger une amende", "sanctionner", "condamner")
_IMPOSING = frozenset({"infliger", "sanctionner", "condamner", "imposer"})
# definite or demonstrative determiners: "la décision", "cette sanction" take up an act told before
_ANAPHORIC_DETS = frozenset({"la", "le", "les", "cette", "ce", "ces", "l'", "l’"})
_BACK = 1000   # tokens back where the imposing clause may be (only read for a challenged act: rare)
# (s29-fights29) verbs by which a body decides ("a refusé de renouveler la fréquence de Y", "a rejeté la demande"):
# "cette décision" in the next sentence is that body's, whoever it hit (the challenger may be the one it hit or
# its owner)
_DECIDING = frozenset({"refuser", "rejeter", "décider", "interdire", "retirer", "annuler", "suspendre", "ordonner"})


def _named(tok, index: EntityIndex) -> set[str]:
    return {n for n, _ in entities_at(tok, index)}


def decision_author(t, o, index: EntityIndex) -> list[tuple[str, int]]:
    """The authority that imposed the act the object noun ``o`` of the challenge verb ``t`` takes up: the subject
    of the nearest earlier clause whose verb imposes (infliger, sanctionner, condamner), when it names an
    organisation or a public body and imposed it on the one who challenges it ("… a infligé une amende à X. X
    conteste la décision"); [] otherwise (whose act it is stays unsaid)."""
    if not any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in o.children):
        return []
    challengers = set().union(*(_named(c, index) for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")))
    if not challengers:   # ((s29-fights29) through a relative: "…, a réagi Z, qui a attaqué cette décision")
        challengers = {n for n, _ in _subject_of(t, index)}
    if not challengers:
        return []
    doc = o.doc
    start = o.sent.start
    before = doc[start - 1].sent.start if start > 0 else 0
    for k in range(start - 1, max(start - _BACK, 0) - 1, -1):
        v = doc[k]
        if v.pos_ == "VERB" and v.lemma_.lower() in _DECIDING and k >= before \
                and o.lower_ in ("décision", "décisions"):
            # (s29-fights29) "X a refusé de renouveler la fréquence de Y. Z a contesté cette décision"
            got = [x for x in _subject_of(v, index) if index.entities[x[0]].type in ("GOV", "ORG")
                   and x[0] not in challengers]
            if got:
                return got[:1]
        if v.pos_ != "VERB" or v.lemma_.lower() not in _IMPOSING:
            continue
        # (the one it was imposed on: "à X", "lui", or the object of "sanctionner X", "condamner X")
        # (the parse may hang "à X" on the fine's amount: any "à" phrase, clitic or object of the clause's words)
        subj = {k.i for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") for k in c.subtree}
        targets = set().union(*(_named(k, index) for k in v.subtree if k.i not in subj and (
            k.lower_ in ("lui", "leur") or (k.dep_ == "obj" and k.head.i == v.i)
            or any(c.dep_ == "case" and c.lower_ == "à" for c in k.children))))
        if not targets & challengers:
            return []
        for s in v.children:
            if s.dep_ == "nsubj":
                return [x for x in entities_at(s, index) if index.entities[x[0]].type in ("GOV", "ORG")
                        and x[0] not in challengers]
        return []
    return []
