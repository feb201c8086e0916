"""(para2) "l'intéressé(e)": its ending says the gender; a person whose first name says the other one
is not it, even if the text never called that person "il" or "elle".

Team-written sentences, invented names.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,n,expected", [
    ("Paul Verdier, qui préside Kelvio, reproche à Anne Fabre d'avoir divulgué des secrets. L'intéressée "
     "dément.", "intéressée", 0, "Anne Fabre"),
    ("Le parquet soupçonne Anne Fabre d'avoir favorisé Technova, ce que l'intéressée conteste.",
     "intéressée", 0, "Anne Fabre"),
    ("Paul Verdier accuse Jean Roux d'avoir copié des fichiers, ce que l'intéressé dément.",
     "intéressé", 0, "Jean Roux"),
])
def test_concerned(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


def test_concerned_not_other_gender(links):
    # "l'intéressée" is not the man who accuses her
    text = "Paul Verdier, qui préside Kelvio, reproche à Anne Fabre d'avoir divulgué des secrets. L'intéressée dément."
    assert links(text).get(("intéressée", 0)) != "Paul Verdier"
