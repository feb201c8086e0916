"""(s38-names38b) Names the NER types wrong that a French cue settles (invented names): a company taken over
after a time phrase ("a pris en 2022 le contrôle de X"), a reinsurer's "X Re" and a fashion house's "X Couture"."""
from __future__ import annotations

from cercle.mentions.lexicon import lexicon


def _types(entities, text):
    return {name: kind for name, (kind, _) in entities(text).items()}


def test_closing_words_are_read_from_the_lexicon():
    assert {"re", "couture"} <= set(lexicon()["org_closing_words"])


def test_taken_over_after_a_year_is_a_company(entities):
    got = _types(entities, "Le groupe marseillais Vantel a en revanche pris en 2022 le contrôle de La Corvenne, "
                           "au nez et à la barbe de Paul Termier.")
    assert got.get("La Corvenne") == "ORG"


def test_taken_over_after_a_month_is_a_company(entities):
    got = _types(entities, "Le groupe Vantel a pris dès mars le contrôle de La Corvenne.")
    assert got.get("La Corvenne") == "ORG"


def _taken_over_before(nlp, text, name):
    from cercle.mentions.typing_cues import _taken_over
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == name)
    return _taken_over(list(doc), doc[at - 2])


def test_the_look_back_stops_at_a_noun_or_a_comma(nlp):
    assert _taken_over_before(nlp, "Vantel a pris en 2022 le contrôle de Corvenne.", "Corvenne")
    assert not _taken_over_before(nlp, "Vantel a pris des parts, le contrôle de Corvenne reste familial.", "Corvenne")
    assert not _taken_over_before(nlp, "Vantel a pris la décision le contrôle de Corvenne.", "Corvenne")


def test_reinsurers_are_companies(entities):
    got = _types(entities, "Le groupe Vantel affronte Minden Re et Kassel Re sur un marché en pleine consolidation.")
    assert got.get("Minden Re") == "ORG" and got.get("Kassel Re") == "ORG"


def test_a_fashion_house_named_after_its_founder_is_a_company(analyse_text):
    res = analyse_text("Julie Vautrin, présidente de Lucien Marty Couture, n'a pas participé aux discussions.")
    types = {e.name: e.type for e in res.entities}
    assert types.get("Lucien Marty Couture") == "ORG" and types.get("Julie Vautrin") == "PER"
    assert any(r.type == "LEADS" and r.subject == "Julie Vautrin" and r.object == "Lucien Marty Couture"
               for r in res.relations)


def test_the_founder_himself_stays_a_person(entities):
    got = _types(entities, "Lucien Marty a fondé la maison en 1960. Lucien Marty Couture emploie 300 personnes.")
    assert got.get("Lucien Marty") == "PER"


def test_a_group_of_people_for_a_cause_is_one_name(entities):
    got = _types(entities, "Le Parti centriste ne conclura pas d'accord avec les Bâtisseurs pour l'Europe, "
                           "le groupe présidé par Paul Termier.")
    assert got.get("Bâtisseurs pour l'Europe") == "ORG"
    assert "Europe" not in got and "Bâtisseurs" not in got


def test_a_company_before_pour_stays_cut(entities):
    got = _types(entities, "Vantel a signé avec les Laboratoires Orvane pour la France un accord de distribution.")
    assert "Laboratoires Orvane" in got and "Laboratoires Orvane pour la France" not in got
