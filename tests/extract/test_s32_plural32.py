"""(s32-plural32) What the cases of cases_s32_plural32.py (run by test_rules.py) do not check: the status of a
state the text puts in the past, and a group of one gives no tie."""
from __future__ import annotations


def _ties(analyse_text, text, t="ALLY_OF"):
    return [r for r in analyse_text(text).relations if r.type == t]


def test_former_state_is_former(analyse_text):
    text = ("Henri Castel a longtemps dirigé le club avec Pierre Amiel. Les deux hommes, autrefois très proches, "
            "ne se parlent plus.")
    got = [r for r in _ties(analyse_text, text) if r.rule == "ally.plural_state"]
    assert got and got[0].status == "former"


def test_present_state_has_no_status(analyse_text):
    text = "Jean Corbel a succédé à Luc Ravier à la tête de la banque Solvane. Les deux hommes demeurent très liés."
    got = [r for r in _ties(analyse_text, text) if r.rule == "ally.plural_state"]
    assert got and got[0].status != "former"


def test_one_person_is_no_group(analyse_text):
    text = "Jean Corbel, réputé très proche du maire, a succédé à Luc Ravier."
    assert not [r for r in _ties(analyse_text, text) if r.rule == "ally.plural_state"]
