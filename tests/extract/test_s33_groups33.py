"""(s33-groups33) What the cases of cases_s33_groups33.py (run by test_rules.py) do not check: a pair pronoun
whose count does not fit the subjects before it stands for nobody; a relative after "Y, dirigé par X," whose verb
only a person does stays the agent's; "les deux X" never stands for names given as examples even with no other
group to take."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import named, ties_of_type as _ties


def test_count_that_does_not_fit_gives_nobody(analyse_text):
    text = ("Marc Dutertre avait écopé d'une amende de deux millions d'euros ; sa société, Vexalia Gestion, de cinq "
            "millions. Tous trois ont formé un recours contre la décision de l'Autorité des marchés financiers.")
    assert not _ties(analyse_text, text, "SUES")


def test_person_verb_keeps_the_relative_on_the_agent(analyse_text):
    text = ("Le fonds Orvex Capital, dirigé par Paul Girard, qui a épousé Claire Morin en 2010, prépare une "
            "acquisition.")
    got = {(normalise_name(r.subject), normalise_name(r.object)) for r in _ties(analyse_text, text, "FAMILY")}
    assert got & {(normalise_name("Paul Girard"), normalise_name("Claire Morin")),
                  (normalise_name("Claire Morin"), normalise_name("Paul Girard"))}


def test_examples_alone_give_no_pair(analyse_text):
    text = ("Le régulateur a visé plusieurs fournisseurs, comme Laiterie Bressane ou Fromagerie Morvan. L'association "
            "Vigie Conso a porté plainte contre les deux sociétés.")
    got = _ties(analyse_text, text, "SUES")
    assert not named(got, object="Laiterie Bressane") + named(got, object="Fromagerie Morvan")


def test_rivals_outside_an_interview_stay_each_others(analyse_text):
    text = "Primadis et Hyperion Distribution sont des concurrents directs sur le marché du surgelé."
    got = {frozenset((normalise_name(r.subject), normalise_name(r.object))) for r in _ties(analyse_text, text, "COMPETES_WITH")}
    assert frozenset((normalise_name("Primadis"), normalise_name("Hyperion Distribution"))) in got


def test_role_noun_with_too_many_titled_persons_gives_nobody(analyse_text):
    text = ("Luc Amand, PDG de Brovel, a signé mardi. Hélène Vasseur, présidente de Valmart, aussi. Marc Dutertre, "
            "patron d'Orvex, a refusé. Le ministre Paul Girard a reçu les deux patrons jeudi.")
    assert not named(_ties(analyse_text, text, "MEETS"), subject="Paul Girard", either_way=True)
