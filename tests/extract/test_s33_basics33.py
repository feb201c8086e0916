"""(s33-basics33) What the cases of cases_s33_basics33.py (run by test_rules.py) do not check: each owner of a list cut by
bracketed shares keeps its own share; a relative in the imperfect ("que dirigeait X") is a former post; the lexical
families the repairs read are whole (both genders of each title, the three tenses of each relative verb)."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import named, ties_of_type as _ties


def test_each_owner_of_a_bracketed_list_keeps_its_share(analyse_text):
    text = "Le missilier Dorvane, détenu par Kelvio (50 %), Sirel (30 %) et Orvalis (20 %), arrivait en tête."
    got = {normalise_name(r.subject): r.share for r in _ties(analyse_text, text, "OWNS")}
    assert got.get(normalise_name("Sirel")) == 30.0 and got.get(normalise_name("Orvalis")) == 20.0


def test_imperfect_inverted_relative_is_former(analyse_text):
    text = "Le dossier revient à l'Agence des achats publics (AAP), que dirigeait Paul Verdier jusqu'en 2020."
    got = named(_ties(analyse_text, text, "LEADS"), subject="Paul Verdier")
    assert got and got[0].status == "former"


def test_lexical_families_are_whole():
    from cercle.nlp.basics33 import apposed_titles, date_object_verbs, raw, relative_verbs

    titles = apposed_titles()
    for masc, fem in (("président", "présidente"), ("directeur", "directrice"), ("patron", "patronne"),
                      ("fondateur", "fondatrice"), ("entraîneur", "entraîneuse"), ("dirigeant", "dirigeante")):
        assert masc in titles and fem in titles
    for form in ("dirige", "dirigent", "dirigeait", "préside", "présidait", "pilote", "chapeaute", "gère"):
        assert form in relative_verbs()
    assert {"diriger", "présider", "piloter", "chapeauter", "contrôler", "détenir"} <= date_object_verbs()
    assert "opposer" not in date_object_verbs()
    kinds = raw()["assembly_kinds"]
    assert {"régional", "régionale", "départemental", "départementale", "municipal", "municipale"} <= set(kinds)
