"""(s34-speakers34) What the cases of cases_s34_speakers34.py (run by test_rules.py) do not check: a possessed noun
with a list of names and no speaker draws nothing of the list; the list stops at a pronoun."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import named, ties_of_type as _ties


def _with(analyse_text, text, t, name):
    return named(_ties(analyse_text, text, t), subject=name, either_way=True)


def test_unattributed_quote_draws_no_listed_rival(analyse_text):
    text = "« Nos vrais concurrents, ce sont Mobilix et Casaflor. »\n\nLe marché recule de 4 % cette année."
    assert not _with(analyse_text, text, "COMPETES_WITH", "Mobilix")


def test_list_stops_at_pronoun(analyse_text):
    # ("nous" after the list is the speaker's organisation, not one more shareholder of it)
    text = ("« Nos actionnaires, le fonds Marvest et la banque Ortal, nous soutiennent », explique Claire Dumont, "
            "directrice générale de Solvane.")
    got = {(normalise_name(r.subject), normalise_name(r.object)) for r in _ties(analyse_text, text, "OWNS")}
    assert (normalise_name("Solvane"), normalise_name("Solvane")) not in got
    assert (normalise_name("Marvest"), normalise_name("Solvane")) in got
