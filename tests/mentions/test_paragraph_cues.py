"""(para2) "Chez X, on …", "Du côté de X, …", "Pour X, …", "Au sein de X, …" opening a sentence: the
paragraph speaks of X; its generic company nouns ("l'entreprise", "le groupe", "la société") are X.

Team-written sentences, invented names.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,n,expected", [
    # a company the paragraph before introduced as "la jeune entreprise" does not keep "l'entreprise"
    # once a paragraph opens on another's "Chez X, on …"
    ("La jeune entreprise Kelvio a levé 20 millions d'euros auprès d'Atlas Capital.\nChez Technova, on "
     "encaisse. L'entreprise n'engagera aucun recours.", "entreprise", 1, "Technova"),
    ("Kelvio a racheté Nuvia.\nAu sein de Technova, l'inquiétude grandit. La société redoute une guerre des "
     "prix.", "société", 0, "Technova"),
    ("Le fabricant Kelvio a racheté Nuvia.\nDu côté de Technova, on minimise. Le groupe assure que ses ventes "
     "progressent.", "groupe", 0, "Technova"),
    # … until another company speaks as a subject: "Kelvio, lui, se réjouit. Le groupe…" is Kelvio
    ("Kelvio a racheté Nuvia.\nPour Technova, c'est un coup dur. Kelvio, lui, se réjouit. Le groupe vise "
     "l'Europe.", "groupe", 0, "Kelvio"),
    # a kind noun another actor was introduced by stays that actor's ("le fonds" is no "Chez X" company)
    ("Le fonds Atlas Capital a investi dans Kelvio.\nChez Technova, on encaisse. Le fonds réclame des comptes.",
     "fonds", 1, "Atlas Capital"),
])
def test_paragraph_cue(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


@pytest.mark.parametrize("text,word,n,expected", [
    # "X a contre-attaqué : le groupe…": the company whose reaction the colon opens, not an earlier "groupe"
    ("Le groupe Orbalia a lancé une offre sur Kelvio.\nKelvio a contre-attaqué : le groupe a saisi l'Autorité "
     "des marchés financiers.", "groupe", 1, "Kelvio"),
    ("Le groupe Orbalia a racheté Nuvia.\nTechnova s'est défendue : l'entreprise respecte la loi.",
     "entreprise", 0, "Technova"),
    # … not a kind noun another actor was introduced by, nor across another actor named before the colon
    ("Le fonds Atlas Capital a investi dans Kelvio.\nTechnova a réagi : le fonds n'a pas le droit de vote.",
     "fonds", 1, "Atlas Capital"),
])
def test_colon_reaction(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


def test_colon_not_across_object(links):
    # "X accuse Y : le groupe…" names two actors before the colon: not read as X's reaction
    text = "Le groupe Orbalia a lancé une offre sur Kelvio.\nKelvio accuse Technova : le groupe aurait copié ses brevets."
    assert links(text).get(("groupe", 1)) != "Kelvio"
