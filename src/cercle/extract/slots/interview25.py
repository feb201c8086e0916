"""(s25-interview25) Ties of the interview genre (questions and answers) the interview frame of
mentions/quoted_we.py (_interview: index.__dict__["_interview_frame"]) lets a reader see:

- "Nous nous sommes vus la semaine dernière", "Nous nous croisons souvent" in an answer: the interviewee met the
  last person the answer named before, else the one its question named ("Y est aussi candidate. Pourriez-vous
  faire cause commune ? — Nous nous sommes vus …"; read25, read19: three passages). Slot "met_pair" of
  meets.reciprocal.
- "nous travaillons étroitement avec X", "Y, qui travaille main dans la main avec X": close work with X is a
  partnership (read25 ho-710, read19 ho-542 (an interview's "nous"), read19new ho-603; plain "travailler avec"
  stays no tie). Slots "close_work_by", "close_work_with" of partners.close_work.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_MEETING = frozenset({"voir", "revoir", "rencontrer", "croiser", "retrouver", "entretenir", "parler"})


def _last_person(index: EntityIndex, lo: int, hi: int, other_than: str) -> tuple[str, int] | None:
    """The last person named (by name) between lo and hi, the interviewee aside."""
    for j in range(hi - 1, lo - 1, -1):
        name = index.by_token.get(j)
        if name is not None and name != other_than and index.kinds.get(j) == "name" \
                and index.entities[name].type == "PER":
            return name, j
    return None


@acts_on(lambda w: w.verbal and w.lemma in _MEETING)
def interview_we_met(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Nous nous sommes vus …" in an interview's answer: the interviewee and the person named just before."""
    if not verbal or lemma_of(t) not in _MEETING:
        return
    frame = index.__dict__.get("_interview_frame")
    if not frame:
        return
    tv = t.doc
    j = t.i - 1
    while j > 0 and tv[j].pos_ == "AUX":
        j -= 1
    if j < 1 or tv[j].lower_ != "nous" or tv[j - 1].lower_ != "nous":
        return   # ("nous nous …": a reflexive first person plural)
    if any(c.dep_ in ("obj", "xcomp", "ccomp") for c in t.children):
        return   # ("nous nous sommes vu refuser …": no meeting)
    person, paras = frame
    for m, (a, b, asked) in enumerate(paras):
        if a <= t.i < b:
            break
    else:
        return
    if asked:
        return
    other = _last_person(index, a, j - 1, person)
    if other is None and m > 0 and paras[m - 1][2]:
        other = _last_person(index, paras[m - 1][0], paras[m - 1][1], person)
    if other is None:
        return
    out.put("met_pair", [(person, j - 1), other])


_CLOSELY = frozenset({"étroitement", "conjointement"})


def _closely(t) -> bool:
    """"travailler étroitement", "… main dans la main", "… en étroite collaboration", "… de concert"."""
    for c in t.children:
        if c.dep_ == "advmod" and c.lower_ in _CLOSELY:
            return True
        if c.lower_ == "main" and any(g.lower_ == "main" and g.dep_ in ("nmod", "obl:arg", "obl:mod", "obl")
                                      for g in (*c.children, *t.children) if g is not c):
            return True
        if c.lower_ in ("collaboration", "concert", "tandem") and any(g.lower_ in ("en", "de") for g in c.children):
            return True
    return False


@acts_on(lambda w: w.verbal and w.lemma in ("travailler", "collaborer", "coopérer"))
def close_work(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X travaille étroitement / main dans la main avec Y": X and Y are partners."""
    if not verbal or lemma_of(t) not in ("travailler", "collaborer", "coopérer") or not _closely(t):
        return
    avec = [c for c in t.children if c.dep_ in ("obl:arg", "obl:mod", "obl") and case_of(c) == "avec"]
    # (only after the verb: a fronted "Avec le règlement X, nous travaillons …" is a means, not a partner)
    withs = [x for c in avec if c.i > t.i for x in entities_at(c, index)]
    inside = {k.i for c in avec for k in c.subtree}
    subj = [x for x in _subject_of(t, index) if x[1] not in inside]
    if withs and subj:
        out.put("close_work_by", subj)
        out.put("close_work_with", withs)


INTERVIEW25_READERS = Readers(interview_we_met, close_work)


def interview_we_met_in(sent, index: EntityIndex) -> bool:
    """A sentence of an interview with "nous nous" (the reflexive of interview_we_met): read even when it names
    no second party, whom the reader finds before it (relations.py reads sentences naming two parties only)."""
    if not index.__dict__.get("_interview_frame"):
        return False
    words = [t.lower_ for t in sent]
    return any(a == b == "nous" for a, b in zip(words, words[1:]))
