"""(s34-politics34) What the cases of cases_s34_politics34.py (run by test_rules.py) do not check: a pact refused
("refuse toute alliance", "rejette toute coalition", "écarte tout rapprochement") is a negated tie; support denied
by "ne … ni A ni B" is negated for both; a pact made is not."""
from __future__ import annotations

import pytest

from .ties import named, ties_of_type as _ties


@pytest.mark.parametrize("text,other", [
    ("Hugo Marchal refuse toute alliance avec le Parti radical vert.", "Parti radical vert"),
    ("Bruno Castel rejette toute coalition avec le parti Renouveau citoyen.", "Renouveau citoyen"),
    ("Claire Morvan écarte tout rapprochement avec Hugo Marchal.", "Hugo Marchal"),
])
def test_refused_pact_is_negated(analyse_text, text, other):
    got = named(_ties(analyse_text, text, "ALLY_OF"), subject=other, either_way=True)
    assert got and all(r.negated for r in got)


def test_pact_made_is_not_negated(analyse_text):
    got = _ties(analyse_text, "Paul Verdier a scellé une entente avec le Parti radical vert en vue des municipales.",
                "ALLY_OF")
    assert got and not any(r.negated for r in got)


@pytest.mark.parametrize("text", [
    "Hugo Marchal ne soutient ni Paul Verdier ni Sylvain Dorat.",
    "Lucie Ferrand n'appuie ni Paul Verdier ni Claire Morvan dans la course à l'investiture.",
])
def test_neither_nor_is_negated(analyse_text, text):
    got = _ties(analyse_text, text, "ALLY_OF")
    assert got and all(r.negated for r in got)
