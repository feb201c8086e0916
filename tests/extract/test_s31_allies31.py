"""(s31-allies31) What the tie cases of cases_s31_allies31.py (run by test_rules.py) do not check: the lexical
families are data (data/allies31.yaml), each a family and not one word, holding no name; the linear list of names
after "face à" or "de" ends at a clause ("…de Y, X a …" is no list)."""
from __future__ import annotations

from pathlib import Path

import yaml

import cercle.extract.slots.allies31 as allies31

DATA = Path(allies31.__file__).resolve().parent.parent / "data" / "allies31.yaml"


def test_families_are_data_and_families():
    words = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    for key in ("support_nouns", "one_of_nouns", "beside_participles", "event_verbs", "event_nouns", "faced_verbs",
                "block_nouns", "block_verbs", "oust_nouns", "against_verbs", "post_nouns", "body_nouns"):
        assert len(words[key]) >= 5, key
        # (cue words of French: lower case, no proper name)
        assert all(w == w.lower() for w in words[key]), key


def test_owners_are_no_management():
    words = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert not {"actionnaire", "actionnaires", "propriétaire", "propriétaires"} & set(words["body_nouns"])


def test_name_list_stops_at_the_clause(analyse_text):
    ties = analyse_text("Malgré l'opposition de Paul Verdier, Lina Marchal a maintenu sa candidature.").relations
    assert not any(r.type == "OPPOSES" and {r.subject, r.object} == {"Paul Verdier"} for r in ties)
    assert any(r.type == "OPPOSES" and {r.subject, r.object} == {"Paul Verdier", "Lina Marchal"} for r in ties)
