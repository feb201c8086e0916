"""(s32-coref32) What the cases of cases_s32_coref32.py (run by test_rules.py) do not check: a title linked to its
holder is a mention of that person, and the title of a holder named in its own sentence is not linked."""
from __future__ import annotations


def _aliases(analyse_text, text, name):
    res = analyse_text(text)
    return [a for e in res.entities if e.name == name for a in e.aliases]


def test_title_is_a_mention_of_its_holder(analyse_text):
    text = ("Le Syndicat des vignerons de Sophie Garnier a claqué la porte. La patronne du Syndicat des vignerons "
            "accuse le négociant Bravel de brader les prix.")
    assert any(a.lower().startswith("la patronne") for a in _aliases(analyse_text, text, "Sophie Garnier"))


def test_holder_named_in_the_sentence_is_someone_else(analyse_text):
    text = ("Le Syndicat des vignerons de Sophie Garnier a claqué la porte. Sophie Garnier a écrit à la présidente "
            "du Syndicat des vignerons, qui accuse le négociant Bravel de brader les prix.")
    assert not any("présidente" in a.lower() for a in _aliases(analyse_text, text, "Sophie Garnier"))
