"""Second references (helper s13-refs). Team-written sentences, invented names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,expected", [
    # a body whose name does not say its kind is the one the text calls a council's ("le conseil
    # communautaire de X"), not the company the NER also took for a place
    ("Jeudi, le conseil communautaire de Vallée Bréhaut a confié le réseau à Kervane, filiale du groupe "
     "Ostrel. Le sortant, Lennec, qui exploitait le réseau depuis 2010, a déposé un recours contre "
     "l'agglomération.", "agglomération", "Vallée Bréhaut"),
    ("Le conseil municipal de Saint-Ormel a retenu la société Travane. Son concurrent Dorlec, écarté, "
     "attaque la commune devant le tribunal.", "commune", "Saint-Ormel"),
    ("Le conseil communautaire de Pays Brévinois a voté mardi. Deux opérateurs, Mavelle et Quorane, "
     "se disputaient le marché de l'intercommunalité.", "intercommunalité", "Pays Brévinois"),
])
def test_public_body_of_its_council(links, text, word, expected):
    got = {k[0]: v for k, v in links(text).items()}
    assert got.get(word) == expected
