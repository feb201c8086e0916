"""Who "il", "elle" and "l'ancien patron" are in portraits and obituaries (helper s15-pron).
Team-written sentences, invented names."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,word,occurrence,expected", [
    # the first name gives the other person of the previous sentence another gender, and that sentence has
    # no actor as subject: the pronoun is the article's own person (named in headline and first sentence)
    ("Martine Caradec, une vie dans l'acier\n\nMartine Caradec est morte mardi à Nantes, à 77 ans. Elle entre "
     "en 1970 chez Fonderies Armel. Son conflit avec le fondateur, Bernard Armel, éclate en 1985. Elle quitte "
     "alors le groupe et fonde Caradec Ingénierie.", "elle", 1, "Martine Caradec"),
    ("Sylvie Rosmorduc, l'éditrice qui bousculait tout\n\nSylvie Rosmorduc s'est éteinte jeudi. Elle dirige "
     "pendant vingt ans les Éditions du Trégor. Mais la brouille avec son associé historique, Gérard Hamon, "
     "devient publique en 1999. En 2001, elle cède ses parts et se retire en Bretagne.", "elle", 1, "Sylvie Rosmorduc"),
    ("Hélène Vasseur, pionnière du rail\n\nHélène Vasseur, disparue lundi à 90 ans, avait dirigé la Compagnie "
     "ferroviaire du Nord. Les relations entre la dirigeante et le ministre des Transports de l'époque, Jacques "
     "Morlaix, étaient exécrables. Elle démissionne en 1988 et rejoint le conseil de Valdor.", "elle", 0, "Hélène Vasseur"),
    ("Paul Kerjean, l'armateur discret\n\nPaul Kerjean est mort samedi à Brest. Il prend en 1975 la tête des "
     "Chargeurs de l'Iroise. Ses désaccords avec sa cousine, Anne Kerjean, remontent à 1990. Il vend finalement "
     "la compagnie en 2004.", "il", 1, "Paul Kerjean"),
])
def test_pronoun_is_the_article_person(links, text, word, occurrence, expected):
    assert links(text).get((word, occurrence)) == expected


@pytest.mark.parametrize("text,word,occurrence,topic", [
    # the previous sentence names another actor the pronoun may stand for: no guess for the article's person
    ("Martine Caradec, une vie dans l'acier\n\nMartine Caradec est morte mardi à Nantes. Elle entre en 1970 "
     "chez Fonderies Armel. Les comptes de la Banque Ferlay, son premier client, se dégradent en 1985. Elle "
     "perd alors la moitié de sa valeur.", "elle", 1, "Martine Caradec"),
    ("Sylvie Rosmorduc, l'éditrice\n\nSylvie Rosmorduc s'est éteinte jeudi. Elle dirige les Éditions du Trégor. "
     "Sa rivalité avec Dominique Hamon, son associée, devient publique en 1999. Elle cède ses parts en 2001.",
     "elle", 1, "Sylvie Rosmorduc"),
])
def test_no_article_person_when_another_fits(links, text, word, occurrence, topic):
    assert links(text).get((word, occurrence)) != topic
