"""(s29-interview29) Interviews: a sanction put to a body's head is the body's, not in a quotation nor outside the
questions; a bare company noun of a regulator's interview is not the regulator (the CASES/FORBIDDEN of
cases_s29_interview29.py run in test_rules.py)."""
from __future__ import annotations

import pytest

from .ties import named

_BODY = "Office de contrôle des jeux"
NO_TIE = [
    # a "vous" inside a quotation of an answer is addressed to someone else
    ("Marc Tallec : « Nous resterons vigilants »\n\nLe président de l'Office de contrôle des jeux répond.\n\n"
     "Lotoplex a fait appel. Êtes-vous inquiet ?\n\nNon. Son patron m'a dit : « Vous avez sanctionné Ferrolis "
     "trop tard. »\n\nAllez-vous durcir le ton ?\n\nNous verrons.", ("OPPOSES", _BODY, "Ferrolis")),
    # the company that appealed is not the regulator that fined it
    ("Marc Tallec : « Nous resterons vigilants »\n\nLe président de l'Office de contrôle des jeux répond.\n\n"
     "Vous avez sanctionné Lotoplex. L'affaire est-elle close ?\n\nNon. L'entreprise a racheté Ferrolis depuis.\n\n"
     "Allez-vous durcir le ton ?\n\nNous verrons.", ("ACQUIRES", _BODY, "Ferrolis")),
]


def _got(analyse_text, text, tie):
    t, s, o = tie
    return named(analyse_text(text).relations, t, s, o)


@pytest.mark.parametrize("text,tie", NO_TIE, ids=[c[0][-40:] for c in NO_TIE])
def test_no_tie_for_the_body(analyse_text, text, tie):
    assert not _got(analyse_text, text, tie)


def test_sanction_put_to_the_body(analyse_text):
    assert _got(analyse_text, NO_TIE[1][0], ("OPPOSES", _BODY, "Lotoplex"))
