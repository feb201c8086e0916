"""(s32-stance32) What the cases of cases_s32_stance32.py (run by test_rules.py) do not check: the lexical families
are data (data/stance32.yaml), each a family and not one word, holding no name; a feud read from a negation is not
flagged negated; a relation noun's good state said not to hold is a bad one."""
from __future__ import annotations

from pathlib import Path

import yaml

import cercle.extract.slots.stance32 as stance32
from .ties import ties_of_type as _ties

DATA = Path(stance32.__file__).resolve().parent.parent / "data" / "stance32.yaml"


def test_families_are_data_and_families():
    words = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    for key in ("relation_nouns", "bad_state", "good_state", "spoil_verbs", "have_verbs", "agree_verbs",
                "agree_objects", "try_verbs", "fail_verbs", "allied_words", "deed_nouns", "meal_verbs", "meal_nouns"):
        assert len(words[key]) >= 5, key
        assert all(str(w) == str(w).lower() for w in words[key]), key


def test_failed_agreement_is_not_negated(analyse_text):
    got = _ties(analyse_text, "Valcor et Orbitel ne sont pas parvenus à s'entendre sur le prix.", "OPPOSES")
    assert got and all(not r.negated for r in got) and got[0].rule == "opposes.failed_agreement"


def test_good_state_denied_is_a_feud(analyse_text):
    got = _ties(analyse_text, "Entre Hugo Ferrand et Claire Joubert, l'entente n'est plus cordiale.", "OPPOSES")
    assert got and not got[0].negated
