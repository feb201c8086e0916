"""(s29-deals29) What the tie cases of cases_s29_deals29.py (run by test_rules.py) do not check: goods named after a
count or a hardware noun are no entities at all, and each bracketed stake keeps its own share."""
from __future__ import annotations

import pytest

from cercle.evaluate import normalise_name

NO_ENTITY = [
    ("La Moldavie commande douze Falcor supplémentaires à Vannier Aviation.", "Falcor"),
    ("Trente Falcor neufs ont été commandés par l'Égypte à Vannier Aviation en 2021.", "Trente"),
    ("Teloris Systems fournira à Vannier Aviation le radar RBX7 et le système de guerre électronique Castor.",
     "Castor"),
    ("Vannier Aviation a acheté à Teloris Systems ses missiles Orage et ses radars Nemo.", "Orage"),
]


@pytest.mark.parametrize("text,name", NO_ENTITY, ids=[c[0][:40] for c in NO_ENTITY])
def test_goods_are_no_entities(analyse_text, text, name):
    names = {normalise_name(e.name) for e in analyse_text(text).entities}
    assert normalise_name(name) not in names, names


def test_each_bracketed_stake_keeps_its_share(analyse_text):
    text = ("Les principaux actionnaires de Vestrol Group restent Dunor Holding (14,9 %), Alpis Capital (6,4 %) et "
            "l'État (3 %).")
    got = {r.subject: r.share for r in analyse_text(text).relations if r.rule == "owns.bracketed_stake"}
    assert got == {"Dunor Holding": 14.9, "Alpis Capital": 6.4, "État": 3.0}, got
