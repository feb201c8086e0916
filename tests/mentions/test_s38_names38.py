"""(s38-groupof38) mentions/names38.py and the typing cue of a fronted clause: which names are one company, which
name is no person (invented names)."""
from __future__ import annotations

from cercle.mentions.names38 import legal_forms


def _entities(analyse_text, text):
    return {e.name: e.type for e in analyse_text(text).entities}


def test_legal_forms_are_read_from_the_data_file():
    assert {"SA", "SAS", "SCA", "SARL"} <= legal_forms()


def test_first_names_joined_by_et_before_a_legal_form_are_one_company(analyse_text):
    ents = _entities(analyse_text, "La holding familiale Paul et Marc Lenoir SAS contrôle Conserveries Lenoir. "
                                   "Jacques Lenoir préside Paul et Marc Lenoir SAS depuis 2015.")
    assert ents.get("Paul et Marc Lenoir SAS") == "ORG"
    assert "Paul" not in ents and "Marc Lenoir SAS" not in ents


def test_two_people_without_a_legal_form_stay_two(analyse_text):
    ents = _entities(analyse_text, "Paul et Marc Lenoir ont fondé Conserveries Lenoir en 1990. "
                                   "Paul Lenoir préside le groupe.")
    assert "Paul et Marc Lenoir" not in ents
