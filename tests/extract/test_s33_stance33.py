"""(s33-stance33) What the cases of cases_s33_stance33.py (run by test_rules.py) do not check: a stance denied stays
denied (negated or nothing), never a positive tie."""
from __future__ import annotations

from .ties import positive_ties as _positive


def test_escort_denied_is_no_meeting(analyse_text):
    text = "Le maire de Nantes, Bruno Leclair, n'accompagnait pas la ministre Karine Lemaire."
    assert not _positive(analyse_text, text, "MEETS", "Bruno Leclair", "Karine Lemaire")


def test_closeness_denied_is_no_alliance(analyse_text):
    text = ("Le ministre Thierry Gaubert a longtemps dirigé la Caisse Orval. Son successeur, Lucas Ferrand, n'est pas "
            "proche de lui.")
    assert not _positive(analyse_text, text, "ALLY_OF", "Lucas Ferrand", "Thierry Gaubert")


def test_target_denied_is_no_attack(analyse_text):
    text = "Le député Alain Rocher n'a jamais fait de la société Valtor une cible."
    assert not _positive(analyse_text, text, "ACCUSES", "Alain Rocher", "Valtor")


def test_stance_that_never_ceased_holds(analyse_text):
    # (a negated verb of ending says the stance goes on: status.py _ENDING)
    for text, t, a, b in (
            ("Le bras de fer entre la région Bretagne et la ville de Rennes n'a jamais vraiment cessé depuis 2020.",
             "OPPOSES", "région Bretagne", "ville de Rennes"),
            ("Lucas Ferrand a bâti sa carrière à la banque Ortal. Sa connivence avec le ministre Paul Aubry ne s'est "
             "jamais démentie.", "ALLY_OF", "Lucas Ferrand", "Paul Aubry"),
            ("La querelle entre Paul Aubry et Marc Delorme ne faiblit pas.", "OPPOSES", "Paul Aubry", "Marc Delorme")):
        assert _positive(analyse_text, text, t, a, b), text
