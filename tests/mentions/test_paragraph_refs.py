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
])
def test_paragraph_antecedent(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected
