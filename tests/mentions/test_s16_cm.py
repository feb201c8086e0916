"""(s16-cm) Second references. Team-written sentences, invented names.

"Au sein du X, …", "Du côté des Y, …": the paragraph cues with the article folded into "du"/"des" open a
paragraph about X as "Au sein de X" does; its generic company nouns are X.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,n,expected", [
    ("Le groupe Orbalia a racheté Nuvia.\nLe fonds Atlas Capital a soutenu Orbalia. Au sein du groupe Technova, "
     "l'inquiétude grandit. La société redoute une guerre des prix.", "société", 0, "Technova"),
    ("Le groupe Kelvio a racheté Nuvia.\nDu côté du laboratoire Brenlo, on minimise. Le groupe assure que ses "
     "ventes progressent.", "groupe", 1, "Brenlo"),
    ("L'entreprise Kelvio a racheté Nuvia.\nDu côté des Laboratoires Vantelle, on minimise. L'entreprise juge "
     "l'opération sans effet.", "entreprise", 1, "Laboratoires Vantelle"),
    ("La société Kelvio a racheté Nuvia.\nAu sein des Ateliers Morvan, l'inquiétude grandit. La société redoute "
     "une guerre des prix.", "société", 1, "Ateliers Morvan"),
    ("Léon Vasseur a pris la tête du Parti radical. Le Mouvement vert a soutenu Léon Vasseur. Au sein du Parti "
     "radical, cette annonce a déclenché l'ire de plusieurs cadres du parti.", "parti", 0, "Parti radical"),
])
def test_folded_paragraph_cue(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


@pytest.mark.parametrize("text,word,n,expected", [
    # a one-word compound name ending in its kind ("…bank", "…pharma") is called by that noun as a name
    # holding the word is, even in its own sentence ("X, qui détient 5 % de Ybank, critique la banque")
    ("Le groupe Valtrix, qui avait acquis 9 % du capital de Nordenbank, ne cache pas son intérêt pour la "
     "banque allemande.", "banque", 0, "Nordenbank"),
    ("Après avoir racheté 12 % de Kelvapharma, le groupe Valtrix veut prendre le contrôle du laboratoire.",
     "laboratoire", 0, "Kelvapharma"),
    ("Le fonds Orvalis, qui détient 5 % de Merobank, critique la stratégie de la banque suédoise.",
     "banque", 0, "Merobank"),
])
def test_compound_kind_name(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


@pytest.mark.parametrize("text,word,n,expected", [
    # "en vue de", "en raison de" the parser hung on the noun: a purpose or a cause, not a "de X" saying
    # which one the noun is; the noun is still a second reference
    ("Le groupe Valtrix, qui avait acquis 9 % du capital de Nordenbank, ne fait pas mystère de son intérêt "
     "pour la seconde banque allemande en vue d'une fusion.", "banque", 0, "Nordenbank"),
    ("La banque Merovia a prêté 40 millions d'euros à Kelvane. Le fonds Orvalis ne cache pas son intérêt pour "
     "la banque en vue d'une fusion.", "banque", 1, "Merovia"),
    ("Le groupe Valtrix détient 9 % de la banque Merovia. Son PDG ne fait pas mystère de son intérêt pour la "
     "banque en vue d'une fusion.", "banque", 1, "Merovia"),
])
def test_purpose_locution_after_descriptor(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


@pytest.mark.parametrize("text,name,expected", [
    # the tokenizer cuts "maison-mère" in three: its "mère" is no mother, the name beside it a company
    ("Le régulateur a convoqué Gabrielle, maison-mère de la plateforme Vantelle.", "Gabrielle", "ORG"),
    # … a "belle-mère" still is a person's kin
    ("La juge a entendu Lucie Armand, belle-mère de Paul Verdier.", "Lucie Armand", "PER"),
])
def test_parent_company_compound(entities, text, name, expected):
    assert entities(text)[name][0] == expected
