"""Second references read by what the current sentence and paragraph speak of, not by the article's
main actor: the gender a title set beside a name gives that person, descriptions linked on the way.

Team-written sentences, invented names.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,n,expected", [
    # "L'ancien directeur financier de Y, Jean X": a title with its own "de Y" and the name after a comma
    # gives the person its gender (the tagger takes "Jean" for a woman's name): "l'intéressé" is that man,
    # the subject of its sentence, not a man named in the sentence before
    ("Pour financer l'opération, le PDG de Kelvio, Paul Verdier, s'appuie sur un prêt de la Banque Orelle. "
     "L'ancien directeur financier de Nuvia, Jean Roux, parti en janvier, aurait par ailleurs conseillé "
     "l'assaillant, selon plusieurs sources – ce que l'intéressé dément formellement.", "intéressé", 0, "Jean Roux"),
    # a paragraph speaks of its own actors: "l'entreprise" after "Chez Y, on encaisse. Son PDG assure que…"
    # is Y, not the company the paragraph before went on about ("La start-up recrute.")
    ("Kelvio a levé 20 millions d'euros. La start-up recrute.\nChez Technova, on encaisse. Son PDG, Paul "
     "Verdier, assure que l'entreprise n'engagera aucun recours contre Kelvio.", "entreprise", 0, "Technova"),
    ("Le groupe Orbalia a cédé sa filiale Kelvio à Technova.\nPour Technova, l'acquisition permet de doubler de "
     "taille. L'entreprise compte désormais 2 000 salariés.", "entreprise", 0, "Technova"),
    # … but a company this paragraph names only as a person's former post is named in passing: the actor
    # the article spoke of stays ("a précisé l'entreprise" is the one that appointed her)
    ("Le fabricant Kelvio a nommé Anne Fabre directrice générale.\nMme Fabre était jusqu'ici directrice des "
     "opérations de Technova Réseaux. Elle a été choisie par le conseil, a précisé l'entreprise.",
     "entreprise", 0, "Kelvio"),
    # … and a company the paragraph sets against the one it speaks of stays a side actor
    ("Kelvio lève 10 millions d'euros auprès d'Atlas Capital.\nFace à Orbalia, son principal concurrent, "
     "l'entreprise mise sur l'export.", "entreprise", 0, "Kelvio"),
    # "X, elle, …" opening a paragraph: the name it detaches (the line break before it is no sentence of its own)
    ("Technova a déposé une offre sur Kelvio.\nKelvio, elle, refuse. Le groupe a mandaté la Banque Orelle.",
     "elle", 0, "Kelvio"),
])
def test_paragraph_antecedent(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


@pytest.mark.parametrize("text,word,n,wrong", [
    # a company named as a person's former post is not what "l'entreprise" of the paragraph stands for
    ("Le fabricant Kelvio a nommé Anne Fabre directrice générale.\nMme Fabre était jusqu'ici directrice des "
     "opérations de Technova Réseaux. Elle a été choisie par le conseil, a précisé l'entreprise.",
     "entreprise", 0, "Technova Réseaux"),
    ("Technova a déposé une offre sur Kelvio.\nKelvio, elle, refuse. Le groupe a mandaté la Banque Orelle.",
     "elle", 0, "Technova"),
])
def test_paragraph_not(links, text, word, n, wrong):   # (a wrong reading the text invites)
    assert links(text).get((word, n)) != wrong


@pytest.mark.parametrize("text,name,gender", [
    # "son directeur des investissements, X", "sa directrice juridique, X": the parser makes the name a
    # part of its own (a list, a dependent): the title right before the comma still gives X its gender
    ("Orbalia Holding fera entrer au conseil son directeur des investissements, Camille Sorel, en remplacement "
     "de Claire Urvoy.", "Camille Sorel", "Masc"),
    ("Kelvio a nommé sa directrice juridique, Dominique Sorel, au conseil.", "Dominique Sorel", "Fem"),
    # … not a title inside another's "de" phrase: the lawyer of the chairwoman is not said to be a woman
    ("L'avocat de la présidente, Dominique Sorel, dénonce une cabale.", "Dominique Sorel", None),
])
def test_title_before_comma_gives_gender(nlp, text, name, gender):
    from cercle.mentions import coref
    from cercle.mentions.entities import find_entities
    from cercle.nlp.docview import DocView
    doc = DocView(nlp(text))
    _, _, index = find_entities(doc)
    assert coref._gender_of(index, name, doc) == gender
