"""(s32-court32) What the cases of cases_s32_court32.py (run by test_rules.py) do not check: a sentence received is a
sanction kept with the sentence of the term; an appeal announced is proposed; "Y n'était pas poursuivi" is the
prosecution denied (negated), not left out; a requisition needs the prosecution for its author."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def test_term_received_is_a_sanction_of_its_sentence(analyse_text):
    text = ("Le tribunal correctionnel de Brest a délibéré vendredi soir. Marc Delorme est frappé d'une peine de quatre "
            "ans de prison, dont deux ferme.")
    got = named(_ties(analyse_text, text, "OPPOSES"), object="Marc Delorme")
    assert got and got[0].role == "sanctions" and got[0].evidence.startswith("Marc Delorme")


def test_appeal_announced_is_proposed(analyse_text):
    text = ("Le tribunal correctionnel de Pau a condamné Serge Lomond à dix mois avec sursis. À la sortie, l'avocate de "
            "Serge Lomond a annoncé son intention de faire appel.")
    got = named(_ties(analyse_text, text, "SUES"), subject="Serge Lomond")
    assert got and got[0].status == "proposed"


def test_not_prosecuted_is_negated(analyse_text):
    text = ("Le parquet de Lyon poursuit la société Vantor Chimie pour pollution. Hugo Ferrand, qui a quitté la "
            "direction de Vantor Chimie en 2024, n'était pas poursuivi à titre personnel.")
    got = named(_ties(analyse_text, text, "SUES"), object="Hugo Ferrand")
    assert got and all(r.negated for r in got)


def test_requisition_by_a_party_is_no_prosecution(analyse_text):
    text = ("Le tribunal correctionnel de Bayonne a condamné lundi Paul Verdier à deux ans de prison. L'association "
            "Vigie Route avait requis des dommages contre les deux prévenus.")
    assert not [r for r in _ties(analyse_text, text, "SUES") if r.rule == "sues.required_group"]
