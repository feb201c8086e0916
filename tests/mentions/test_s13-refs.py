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


@pytest.mark.parametrize("text,word,expected", [
    # a "comme à …" or "pour des …" phrase the parser hangs on a descriptor says nothing of which one it is:
    # "l'intéressé" is still the person spoken of
    ("Aurélien Vaugirard, fondateur d'Ysard Gestion, comparaîtra devant l'AMF. Le collège du régulateur a "
     "notifié des griefs à l'intéressé comme à sa société.", "intéressé", "Aurélien Vaugirard"),
    ("Martine Colbert, présidente de la mutuelle Ondine, sera entendue mardi. Le juge a adressé une convocation "
     "à l'intéressée pour des faits anciens.", "intéressée", "Martine Colbert"),
    ("Paul Dervaux dirige le fonds Ravel Capital depuis 2015. Le régulateur reproche à l'intéressé comme à "
     "son fonds des manquements graves.", "intéressé", "Paul Dervaux"),
])
def test_descriptor_with_a_compared_or_cause_phrase(links, text, word, expected):
    got = {k[0]: v for k, v in links(text).items()}
    assert got.get(word) == expected
