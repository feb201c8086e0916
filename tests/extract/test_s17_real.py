"""s17-real helper: ties the text denies with "ne … aucun(e) N" are kept negated (invented names)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,tie", [
    ("L'Etat français, qui ne détient aucune part du groupe Norvex, suit le dossier.",
     ("OWNS", "Etat français", "Norvex")),
    ("Le fonds Bemex ne possède aucune action de la société Norvex.", ("OWNS", "Bemex", "Norvex")),
    ("La banque Corvan n'a accordé aucun prêt à la société Norvex.", ("FUNDS", "Corvan", "Norvex")),
])
def test_no_object_denies_the_tie(analyse_text, text, tie):
    got = [r for r in analyse_text(text).relations if (r.type, r.subject, r.object) == tie]
    assert got and all(r.negated for r in got), analyse_text(text).relations


@pytest.mark.parametrize("text,tie", [
    # "ne … plus aucune": the tie ended (status former), not denied
    ("Le fonds Bemex ne détient plus aucune action de Norvex.", ("OWNS", "Bemex", "Norvex")),
    ("Le fonds Bemex détient 12 % de Norvex.", ("OWNS", "Bemex", "Norvex")),
])
def test_held_ties_are_not_denied(analyse_text, text, tie):
    got = [r for r in analyse_text(text).relations if (r.type, r.subject, r.object) == tie]
    assert got and not any(r.negated for r in got)
