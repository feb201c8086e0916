"""(s32-relpro32) What the cases of cases_s32_relpro32.py (run by test_rules.py) do not check: the pronoun is a
mention of its antecedent; a subject pronoun of the clause never stands for the antecedent itself."""
from __future__ import annotations


def test_pronoun_is_a_mention_of_its_antecedent(analyse_text):
    text = "Le fonds Orvane, auprès de qui la start-up Kelvio a réuni 8 millions d'euros, reste discret."
    got = [m for m in analyse_text(text).mentions if m.text == "qui"]
    assert got and got[0].entity == "Orvane"


def test_clause_subject_pronoun_is_not_the_antecedent(analyse_text):
    text = "Julien Marchetti a quitté Ferval. Claire Mandel, avec laquelle elle a travaillé, s'en félicite."
    res = analyse_text(text)
    assert not [m for m in res.mentions if m.text == "elle" and m.entity == "Claire Mandel"]
