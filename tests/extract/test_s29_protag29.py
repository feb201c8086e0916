"""(s29-protag29) What the cases of cases_s29_protag29.py (run by test_rules.py) do not check: the regulator a fine
with no author falls to must be named before the sentence, and the tie keeps the sentence of the fine."""
from __future__ import annotations

from .ties import named


def _ties(analyse_text, text):
    return [r for r in analyse_text(text).relations if r.type == "OPPOSES"]


def test_regulator_named_only_after_is_no_author(analyse_text):
    text = ("La compagnie Ferralis a écopé de 5 millions d'euros d'amende en 2021. L'Autorité de régulation du rail "
            "publie son rapport demain.")
    assert not _ties(analyse_text, text)


def test_fine_tie_keeps_its_sentence(analyse_text):
    text = ("L'Autorité de régulation du rail sanctionne rarement. La compagnie Ferralis a écopé de 5 millions "
            "d'euros d'amende en 2021.")
    got = named(_ties(analyse_text, text), object="Ferralis")
    assert got and got[0].evidence.startswith("La compagnie Ferralis") and got[0].role == "sanctions"
