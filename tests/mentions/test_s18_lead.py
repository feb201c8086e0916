"""Organisation names that go on in lower case (French capitalises only a name's first word): invented actors."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name", [
    ("Le collectif Vergers non merci, qui accuse la préfecture, a fait appel.", "Vergers non merci"),
    ("L'association Notre rivière à tous a saisi le tribunal administratif.", "Notre rivière à tous"),
    ("Le groupe Libertés et territoires, présidé par Claire Moreau, votera contre le texte.",
     "Libertés et territoires"),
    ("Vous siégez au groupe Écologiste et social, présidé par Claire Moreau.", "Écologiste et social"),
    ("Martin Lebrun, le porte-parole de La Gauche unie, a dénoncé l'accord.", "La Gauche unie"),
    ("Selon Paul Ferrand, coordinateur de La Bretagne insoumise, la liste est prête.", "La Bretagne insoumise"),
])
def test_a_name_goes_on_over_its_lower_case_words(entities, text, name):
    ents = entities(text)
    assert name in ents, ents
    assert ents[name][0] == "ORG", ents


@pytest.mark.parametrize("text,name,longer", [
    # a company's state or place after it, a common noun's complement: not the name
    ("Le groupe Casino en difficulté, selon Les Echos, cherche un repreneur.", "Casino", "Casino en difficulté"),
    ("Le parti Renaissance en campagne, selon Le Monde, recrute des militants.", "Renaissance",
     "Renaissance en campagne"),
    ("L'association Vigilance aussi, dit-on, soutient la mairie de Lorient.", "Vigilance", "Vigilance aussi"),
    ("L'association Solidaris ses dépenses injustifiées, selon le rapport.", "Solidaris",
     "Solidaris ses dépenses injustifiées"),
    ("Le collectif Vigilance l'an dernier, selon la mairie, comptait cent membres.", "Vigilance",
     "Vigilance l'an dernier"),
    ("La députée a rejoint La Réunion touchée par le cyclone.", None, "La Réunion touchée"),
])
def test_a_name_does_not_swallow_the_words_after_it(entities, text, name, longer):
    ents = entities(text)
    assert longer not in ents, ents
    assert name is None or name in ents, ents
