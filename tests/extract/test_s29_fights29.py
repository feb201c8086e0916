"""(s29-fights29) A fine challenge said not brought is negated; the fine itself is not."""
from __future__ import annotations

import pytest

from .ties import named

NEGATED = [
    # an action given up was never brought ("renoncer à assigner", "… à porter plainte contre")
    ("À l'inverse, Vexora a finalement renoncé à assigner Orvane Systems pour contrefaçon.",
     ("SUES", "Vexora", "Orvane Systems")),
    ("Le groupe Delmont a renoncé à poursuivre Paul Dorin en justice.", ("SUES", "Delmont", "Paul Dorin")),
    ("Lucie Brenmor a renoncé à porter plainte contre Jean Marceau.", ("SUES", "Lucie Brenmor", "Jean Marceau")),
    ("Vexora n'a pas contesté l'amende infligée par la CNIL.", ("SUES", "Vexora", "CNIL")),
    ("La société Orvane ne demande pas l'annulation de la sanction prononcée par l'Arcep.", ("SUES", "Orvane", "Arcep")),
]


def _got(analyse_text, text, tie):
    t, s, o = tie
    return [bool(r.negated) for r in named(analyse_text(text).relations, t, s, o)]


@pytest.mark.parametrize("text,tie", NEGATED, ids=[c[0][:40] for c in NEGATED])
def test_tie_negated(analyse_text, text, tie):
    got = _got(analyse_text, text, tie)
    assert got and all(got), got


@pytest.mark.parametrize("text,tie", NEGATED[3:], ids=[c[0][:40] for c in NEGATED[3:]])
def test_fine_not_negated(analyse_text, text, tie):
    _, s, o = tie
    assert not any(_got(analyse_text, text, ("OPPOSES", o, s)))


_FINED_TABLE = ("Les amendes du régulateur\n\nDepuis 2023, l'Autorité de la concurrence a infligé plus d'un milliard "
                "d'euros d'amendes à des entreprises du numérique. Voici les principales décisions.\n\n"
                "| Entreprise | Amende | Date | Motif | Recours |\n|---|---|---|---|---|\n"
                "| Vexora | 120 millions d'euros | mars 2024 | abus de position dominante | oui |\n"
                "| Orvane Systems | 45 millions d'euros | juin 2024 | entente sur les prix | non |\n"
                "| Delmont Group | 30 millions d'euros | mai 2025 | entente | annoncé |\n\n"
                "Les entreprises ont deux mois pour contester.")


def test_appeal_column(analyse_text):
    rels = {r.subject: r for r in analyse_text(_FINED_TABLE).relations
            if r.type == "SUES" and r.object == "Autorité de la concurrence"}
    assert not rels["Vexora"].negated
    assert rels["Orvane Systems"].negated
    assert rels["Delmont Group"].status == "proposed" and not rels["Delmont Group"].negated
