"""(s38-party38) What the cases of cases_s38_party38.py (run by test_rules.py) do not check: who the module counts as
political actors, a parliamentary group reported as an entity of its own, a trade union's partner and two persons'
business association left as partnerships."""
from __future__ import annotations

from cercle.extract import politics38 as p38

from .ties import named


def test_party_known_by_its_own_words():
    assert p38._party_by_name("Parti socialiste unifié")
    assert p38._party_by_name("Les Écologistes")
    assert not p38._party_by_name("Norvane Industries")


def test_group_is_reported_as_an_entity(analyse_text):
    result = analyse_text("Le député Jean Morel a adhéré au PFR en 2019. Mathilde Panard, présidente du groupe PFR "
                          "à l'Assemblée, dénonce une « procédure-bâillon ».")
    names = {e.name: e.type for e in result.entities}
    assert names.get("groupe PFR à l'Assemblée") == "ORG"


def test_business_associates_stay_partners(analyse_text):
    text = ("Le sénateur Paul Garnier et Marc Lemaire, son associé en affaires, ont signé un accord de "
            "partenariat.")
    assert not named(analyse_text(text).relations, "ALLY_OF", "Paul Garnier", "Marc Lemaire", either_way=True)


def test_unions_platform_stays_a_partnership(analyse_text):
    text = ("L'Union ouvrière du rail (UOR), qui a signé avec le Syndicat autonome des cheminots une plateforme "
            "commune de revendications, appelle à la grève.")
    assert not named(analyse_text(text).relations, "ALLY_OF")
