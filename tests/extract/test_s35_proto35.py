"""(s35-proto35) What the cases of cases_s35_proto35.py (run by test_rules.py) do not check: a sanction given to
the protagonist is a sanction (role), a promise of money is proposed, and the protagonist needs a confirmed
article subject."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def test_sanction_to_the_protagonist_has_its_role(analyse_text):
    text = ("Le transporteur Rolmex épinglé\nRolmex conteste la décision. Le groupe Rolmex emploie 4 000 personnes. "
            "Un blâme assorti d'une amende a été prononcé par l'Autorité de régulation des transports.")
    got = named(_ties(analyse_text, text, "OPPOSES"), object="Rolmex")
    assert got and got[0].role == "sanctions"


def test_money_promised_to_the_protagonist_is_proposed(analyse_text):
    text = ("Tramelec construit sa gigafactory\nTramelec a posé la première pierre de son usine. Le département du "
            "Nord avait promis 6 millions d'euros d'aides. Tramelec vise 2027.")
    got = named(_ties(analyse_text, text, "FUNDS"), object="Tramelec")
    assert got and got[0].status == "proposed"


def test_no_protagonist_without_a_headline_or_first_sentence_naming_it(analyse_text):
    text = ("La saison des bilans a commencé dans la région. Les résultats sont attendus. Rolmex emploie 4 000 "
            "personnes. Rolmex a ouvert un dépôt. Une amende de 800 000 euros a été infligée par l'Autorité de "
            "régulation des transports.")
    assert not [r for r in _ties(analyse_text, text, "OPPOSES") if r.rule == "opposes.proto35_sanction"]
