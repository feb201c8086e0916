"""Second references (helper s14-refs). Team-written sentences, invented names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,expected", [
    # "son associé", "sa cofondatrice" with no name of its own: the other of the two founders, when the
    # possessive's owner is one of them (the second founder coordinated past the first one's apposition)
    ("Fondée en 2019 par Léa Montcalm, une ancienne ingénieure de Thalvie, et Bruno Vaissière, passé par le "
     "groupe Ondaris, la société Kervalia emploie 40 personnes. « Nous recrutons », explique Léa Montcalm, "
     "qui préside l'entreprise. Son associé, directeur technique de Kervalia, pilotera les embauches.",
     "associé", "Bruno Vaissière"),
    ("La biotech Orphéa a été cofondée en 2018 par Marc Dellac et Sonia Verhaegen. Marc Dellac dirige "
     "l'entreprise depuis que sa cofondatrice a rejoint l'hôpital Saint-Corentin.",
     "cofondatrice", "Sonia Verhaegen"),
    ("Créée par Inès Lapeyre et Hugo Sarrant en 2021, la start-up Vignolia vend des capteurs. Hugo Sarrant "
     "en est le président. Son cofondateur, qui dirigeait la recherche, a quitté l'entreprise.",
     None, None),
])
def test_partner_of_a_founder(links, text, word, expected):
    got = {k[0]: v for k, v in links(text).items()}
    if word is None:
        # ("Son cofondateur" after "Hugo Sarrant en est le président": Hugo's is Inès, whose gender says
        # no "cofondateur"; nobody rather than the wrong one)
        assert got.get("cofondateur") in (None, "Inès Lapeyre") and got.get("cofondateur") != "Hugo Sarrant"
    else:
        assert got.get(word) == expected


@pytest.mark.parametrize("text,expected", [
    # "entre les deux X" in a sentence naming no one: the article's two most spoken-of actors of that kind
    ("L'assureur Valmont a lancé une offre sur la mutuelle Orbane. Orbane a rejeté l'offre de Valmont. Valmont "
     "est conseillé par la banque Sertis et le cabinet Delorme Avocats. Le bras de fer entre les deux groupes "
     "s'annonce long.", "Valmont"),
    # (no two stand out: nobody, rather than the advisers)
    ("Le groupe Tarnel vise la société Lurbe. Tarnel est conseillé par la banque Oscar Finance et le cabinet "
     "Vidal Avocats. La bataille entre les deux groupes commence.", None),
])
def test_pair_an_article_opposes(links, text, expected):
    got = {k[0]: v for k, v in links(text).items()}
    assert got.get("groupes") == expected


@pytest.mark.parametrize("text,word", [
    # a descriptor of one kind of body ("la holding", "le fonds", "la banque") does not point at an actor whose
    # name opens with another kind ("Coopérative …", "Fondation …", "Mutuelle …")
    ("Lucie Ardan préside la Coopérative des vignerons de Brézac. Son cousin a assigné la holding familiale "
     "devant le tribunal.", "holding"),
    ("La Fondation Verlaine soutient le projet depuis 2019. Le fonds a aussi prêté 2 millions d'euros.", "fonds"),
    ("La Mutuelle des artisans de Vézère finance le club. La banque a refusé de commenter.", "banque"),
])
def test_descriptor_of_another_named_kind(links, text, word):
    got = {k[0]: v for k, v in links(text).items()}
    assert not (got.get(word) or "").startswith(("Coopérative", "Fondation", "Mutuelle"))
