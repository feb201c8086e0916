"""(s30-interview30) The first and second person of interviews: a post handed on or a board named by "vous"/"nous"
is the interviewee's organisation only inside an interview's frame (the CASES/FORBIDDEN of
cases_s30_interview30.py run in test_rules.py)."""
from __future__ import annotations

import pytest

from .ties import named

NO_TIE = [
    # a "nous" of a quotation whose speaker has no organisation the text gives: nobody's post
    ("« Nous avons confié la direction générale à Hugo Sernin », a raconté Paul Ravel, un ancien banquier. "
     "Ventalis n'a pas commenté.", ("LEADS", "Hugo Sernin", "Ventalis")),
    # a plain report: no interview, no speaker, the "vous" is the reader
    ("Ventalis recrute. Vous avez confié la direction générale à Hugo Sernin ? Le cabinet Morvan vous conseille.",
     ("LEADS", "Hugo Sernin", "Ventalis")),
    # a person's own post handed by a person: no body named
    ("Paul Ravel a cédé la présidence à Hugo Sernin.", ("LEADS", "Hugo Sernin", "Paul Ravel")),
    # the member is the subject after "dont", not the name before the descriptor
    ("Ventalis, la société dont Paul Ravel est membre du conseil, recrute.", ("MEMBER_OF", "Paul Ravel", "Ventalis")),
]


def _got(analyse_text, text, tie):
    t, s, o = tie
    return named(analyse_text(text).relations, t, s, o)


@pytest.mark.parametrize("text,tie", NO_TIE, ids=[c[0][:40] for c in NO_TIE])
def test_no_tie(analyse_text, text, tie):
    assert not _got(analyse_text, text, tie)
