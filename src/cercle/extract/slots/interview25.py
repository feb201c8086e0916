"""(s25-interview25) Ties of the interview genre (questions and answers) the interview frame of
mentions/quoted_we.py (_interview: index.__dict__["_interview_frame"]) lets a reader see:

- "Nous nous sommes vus la semaine dernière", "Nous nous croisons souvent" in an answer: the interviewee met the
  last person the answer named before, else the one its question named ("Y est aussi candidate. Pourriez-vous
  faire cause commune ? — Nous nous sommes vus …"; read25, read19: three passages). Slot "met_pair" of
  meets.reciprocal.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
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


INTERVIEW25_READERS = Readers(interview_we_met)


def interview_we_met_in(sent, index: EntityIndex) -> bool:
    """A sentence of an interview with "nous nous" (the reflexive of interview_we_met): read even when it names
    no second party, whom the reader finds before it (relations.py reads sentences naming two parties only)."""
    if not index.__dict__.get("_interview_frame"):
        return False
    words = [t.lower_ for t in sent]
    return any(a == b == "nous" for a, b in zip(words, words[1:]))
