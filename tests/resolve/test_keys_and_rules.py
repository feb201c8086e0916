"""Normalisation keys and the merge rules, one case at a time (hand-built DocumentResults)."""
from __future__ import annotations

import pytest

from cercle.resolve.keys import alias_kind, fold, is_acronym, is_proper, name_key, surname
from cercle.store import Store
from cercle.store.build import document


@pytest.mark.parametrize("a,b,type", [
    ("Vivarte SE", "le groupe Vivarte", "ORG"), ("Hélion-Mobilité", "HELION MOBILITE", "ORG"),
    ("L.N.C.", "LNC", "ORG"), ("M. Morvan", "Morvan", "PER"), ("Jean-Luc Kervella", "jean luc kervella", "PER"),
    ("la Commission européenne", "Commission Européenne", "GOV"), ("Orbis Inc.", "Orbis", "ORG"),
])
def test_same_key(a, b, type):
    assert name_key(a, type) == name_key(b, type)


@pytest.mark.parametrize("a,b,type", [
    ("Le Veilleur", "Le Veilleur Libre", "ORG"), ("Banque Solaris", "Solaris Énergie", "ORG"),
    ("Arnaud Kervella", "Jean-Luc Kervella", "PER"), ("Banque de France", "France", "ORG"),
])
def test_different_key(a, b, type):
    assert name_key(a, type) != name_key(b, type)


def test_surnames_and_alias_kinds():
    assert surname("marie claire de la tour") == "de la tour"
    assert surname("de la tour") == "de la tour"
    assert surname("xavier morvan") == "morvan"
    assert fold("Œuvre d'Évian") == "oeuvre d evian"
    assert is_acronym("LNC") and not is_acronym("Vantelis")
    assert alias_kind("le milliardaire", "PER") == "descriptor"
    assert alias_kind("le fondateur de Quartz", "PER") == "descriptor"
    assert alias_kind("le groupe Vantelis", "ORG") == "name"
    assert is_proper("Mme Delaunay", "PER")


def ingest(*docs):
    store = Store(":memory:")
    for i, (text, ents) in enumerate(docs):
        store.add_document(document(text, ents, id=f"d{i}", date=f"2024-01-{i + 1:02d}"))
    return store


def clusters(store):
    out = {}
    for name, eid in store.conn.execute("SELECT name, entity_id FROM doc_entities"):
        out.setdefault(eid, set()).add(name)
    return sorted(sorted(v) for v in out.values())


def test_lone_surname_joins_the_only_full_name_an_article_called_by_it():
    s = ingest(("Xavier Morvan parle.", [("Xavier Morvan", "PER")]), ("Morvan répond.", [("Morvan", "PER")]))
    assert clusters(s) == [["Morvan"], ["Xavier Morvan"]]      # no article says this Morvan is Xavier
    s = ingest(("Xavier Morvan parle. Morvan rit.", [("Xavier Morvan", "PER", ["Morvan"])]),
               ("Morvan répond.", [("Morvan", "PER")]), ("X. Morvan signe.", [("X. Morvan", "PER")]))
    assert clusters(s) == [["Morvan", "X. Morvan", "Xavier Morvan"]]
    rules = dict(s.conn.execute("SELECT name, rule FROM doc_entities"))
    assert rules == {"Xavier Morvan": "new", "Morvan": "known_alias", "X. Morvan": "initial"}


def test_lone_surname_is_detached_when_a_second_full_name_arrives():
    s = ingest(("Xavier Morvan parle. Morvan rit.", [("Xavier Morvan", "PER", ["Morvan"])]),
               ("Morvan répond.", [("Morvan", "PER")]),
               ("Thomas Morvan écoute.", [("Thomas Morvan", "PER")]))
    assert clusters(s) == [["Morvan"], ["Thomas Morvan"], ["Xavier Morvan"]]
    assert s.conn.execute("SELECT count(*) FROM merges WHERE rule = 'ambiguous_name'").fetchone()[0] == 1


def test_people_sharing_a_surname_never_merge_even_through_a_shared_alias():
    s = ingest(("Arnaud Kervella parle. Kervella sourit.", [("Arnaud Kervella", "PER", ["Kervella"])]),
               ("Jean-Luc Kervella parle. Kervella rit.", [("Jean-Luc Kervella", "PER", ["Kervella"])]))
    assert clusters(s) == [["Arnaud Kervella"], ["Jean-Luc Kervella"]]


def test_acronym_and_expansion_are_joined_when_an_article_pairs_them():
    s = ingest(("La LNC proteste.", [("LNC", "ORG")]),
               ("La Ligue nationale de cyclisme vote.", [("Ligue nationale de cyclisme", "ORG")]),
               ("La Ligue nationale de cyclisme (LNC) signe.", [("Ligue nationale de cyclisme", "ORG", ["LNC"])]))
    assert clusters(s) == [["LNC", "Ligue nationale de cyclisme"]]
    (name,) = s.conn.execute("SELECT name FROM entities").fetchone()
    assert name == "Ligue nationale de cyclisme"
    assert s.conn.execute("SELECT rule, score FROM merges").fetchone() == ("alias_is_name", 0.9)


def test_organisations_sharing_a_word_stay_apart_and_person_vs_company():
    s = ingest(("Le Veilleur publie.", [("Le Veilleur", "ORG")]), ("Le Veilleur Libre publie.", [("Le Veilleur Libre", "ORG")]),
               ("Lemoine Industries vend. Lemoine gagne.", [("Lemoine Industries", "ORG", ["Lemoine"])]),
               ("Lemoine parle.", [("Lemoine", "PER")]))
    assert clusters(s) == [["Le Veilleur"], ["Le Veilleur Libre"], ["Lemoine"], ["Lemoine Industries"]]


def test_type_votes_are_counted():
    s = ingest(("La Commission européenne décide.", [("la Commission européenne", "GOV")]),
               ("La Commission européenne tranche.", [("Commission européenne", "ORG")]),
               ("La Commission européenne annonce.", [("Commission européenne", "GOV")]))
    (ent,) = s.iter_entities()
    assert ent["type"] == "GOV" and ent["type_votes"] == {"GOV": 2, "ORG": 1} and "type_disputed" in ent["flags"]
