"""(s28-fights28) Ties held back or said not done are negated: "s'est gardé de critiquer", "n'a pas fait appel"."""
from __future__ import annotations

import pytest

from .ties import named

NEGATED = [
    ("La ministre de la Culture, Lucie Brenmor, s'est gardée de critiquer Paul Dorin.",
     ("ACCUSES", "Lucie Brenmor", "Paul Dorin")),
    ("Paul Dorin a évité de critiquer Jean Marceau.", ("ACCUSES", "Paul Dorin", "Jean Marceau")),
    ("L'Autorité de la concurrence a infligé une amende de 5 millions d'euros à Vexora. Vexora n'a pas fait appel "
     "de cette décision.", ("SUES", "Vexora", "Autorité de la concurrence")),
]


@pytest.mark.parametrize("text,tie", NEGATED, ids=[c[0][:40] for c in NEGATED])
def test_tie_negated(analyse_text, text, tie):
    t, s, o = tie
    got = [bool(r.negated) for r in named(analyse_text(text).relations, t, s, o)]
    assert got and all(got), got
