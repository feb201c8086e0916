"""(s34-court34) What the cases of cases_s34_court34.py (run by test_rules.py) do not check: a verdict is a sanction;
an appeal rejected keeps its status; an appeal given up is the tie denied; the rows of a sanctions table under a
descriptor of the regulator are its sanctions, and a description that fits several rows names none of them."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def _pair(rels, a, b):
    return named(rels, subject=a, object=b)


def test_verdict_is_a_sanction(analyse_text):
    text = "Le tribunal correctionnel de Rennes a reconnu mardi Paul Verdier coupable de favoritisme."
    got = _pair(_ties(analyse_text, text, "OPPOSES"), "tribunal correctionnel de Rennes", "Paul Verdier")
    assert got and got[0].role == "sanctions"


def test_appeal_rejected_keeps_its_status(analyse_text):
    for text, who, body in (
            ("L'Autorité des marchés financiers a sanctionné Paul Verdier d'une amende de 200 000 euros. Le recours "
             "de Paul Verdier a été rejeté mardi par le Conseil d'État.", "Paul Verdier", "Autorité des marchés financiers"),
            ("L'Autorité de la concurrence a infligé une amende de 5 millions d'euros au groupe Delmar. Delmar a été "
             "débouté de son appel en mars.", "Delmar", "Autorité de la concurrence")):
        got = _pair(_ties(analyse_text, text, "SUES"), who, body)
        assert got and got[0].status == "rejected" and not got[0].negated, text


def test_appeal_given_up_is_denied(analyse_text):
    for text in (
            "La Commission de régulation de l'énergie a infligé une amende de 2 millions d'euros à la société Ferlane "
            "Énergie. Ferlane Énergie a finalement renoncé à se pourvoir en cassation.",
            "La Commission de régulation de l'énergie a infligé une amende de 2 millions d'euros à la société Ferlane "
            "Énergie. Ferlane Énergie s'est abstenue de saisir le Conseil d'État.",
            "La Commission de régulation de l'énergie a infligé une amende de 2 millions d'euros à la société Ferlane "
            "Énergie. Ferlane Énergie a renoncé à faire appel."):
        got = _pair(_ties(analyse_text, text, "SUES"), "Ferlane Énergie", "Commission de régulation de l'énergie")
        assert got and all(r.negated for r in got), text


_TABLE = ("L'Agence nationale des jeux (ANJ) a publié jeudi son bilan. Dirigé par Paule Marnier, le régulateur des paris "
          "a prononcé 12 sanctions l'an passé. Les principales :\n\n"
          "| Opérateur | Sanction | Motif |\n|---|---|---|\n"
          "| Parivo | 2 M€ | publicité abusive |\n| Jouezbet | avertissement | contrôle d'âge insuffisant |\n\n"
          "Le groupe a saisi le Conseil d'État pour faire annuler la sanction.")


def test_table_rows_under_a_descriptor_are_sanctions(analyse_text):
    got = _ties(analyse_text, _TABLE, "OPPOSES")
    for who in ("Parivo", "Jouezbet"):
        assert _pair(got, "Agence nationale des jeux", who), who


def test_description_fitting_several_rows_names_none(analyse_text):
    got = [r for r in _ties(analyse_text, _TABLE, "SUES") if r.rule == "sues.appeal_of_sanction"]
    assert not got
