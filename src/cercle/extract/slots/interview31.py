"""(s31-interview31) Ties of an interview's answers to the organisation the interviewee speaks for:

- "Y reste un concurrent sur le temps d'écran", "Y et Z sont des concurrents respectés", "Y est devenu un
  sérieux challenger": in an interview's answer (mentions/quoted_we.py _interview_frame), a rival noun
  (data/interview31.yaml rival_nouns) after a copula, with no complement saying whose rival, is the rival of
  the interviewee's organisation (_interview_org). Slot "for_us" of competes.noun (as slots/interview29.py).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import case_of, lemma_of
from .found import Found
from .gate import Readers, acts_on


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "interview31.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


_RIVALS = _words()["rival_nouns"]
_WHOSE = frozenset({"de", "du", "des", "d'", "d’", "pour", "à", "au", "aux", "avec", "entre", "face"})


def _in_answer(index: EntityIndex, i: int) -> bool:
    frame = index.__dict__.get("_interview_frame")
    if not frame:
        return False
    return any(a <= i < b and not asked for a, b, asked in frame[1])


@acts_on(lambda w: not w.verbal and w.lower in _RIVALS)
def bare_rival_in_answer(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y reste un concurrent", "Y et Z sont des concurrents respectés": the interviewee's organisation's."""
    if verbal or t.lower_ not in _RIVALS or t.pos_ != "NOUN":
        return
    org = index.__dict__.get("_interview_org")
    if not org or not _in_answer(index, t.i):
        return
    head = t.head
    if t.dep_ not in ("obj", "xcomp", "ROOT", "attr", "obl:arg") or not (
            lemma_of(head) in _words()["copulas"] or head.lower_ in _words()["copulas"] or head.i == t.i):
        return
    if head.i == t.i and not any(c.dep_ == "cop" for c in t.children):
        return
    # (a complement saying whose rival it is: "un concurrent de Z", "un rival pour nous" — other readers')
    for c in (*t.children, *(c for a in t.children if a.dep_ == "amod" for c in a.children)):
        if c.i > t.i and (c.dep_.startswith(("nmod", "obl")) and case_of(c) in _WHOSE):
            return
        if c.dep_ == "det" and c.lower_ in ("notre", "nos", "votre", "vos", "son", "sa", "ses", "leur", "leurs"):
            return   # ("notre concurrent": the possessive reader's)
    out.put("for_us", [(org, t.i)])


INTERVIEW31_READERS = Readers(bare_rival_in_answer)
