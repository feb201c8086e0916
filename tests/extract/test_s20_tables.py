"""(s20) Tables whose first column only numbers the rows, and party columns."""
from __future__ import annotations

from cercle.pipeline import process
from cercle.records import Article

LIST = """Européennes : la liste de Paul Verlaine dévoilée

Le Parti des Rivages et Horizon commun ont présenté lundi leur liste commune.

| Rang | Candidat | Parti | Mandat ou fonction |
|---|---|---|---|
| 1 | Paul Verlaine | Horizon commun | Député au Parlement européen |
| 2 | Anne Lorvel | Horizon commun | Députée au Parlement européen |
| 3 | Chloé Marvint | Parti des Rivages | Porte-parole du Parti des Rivages |
| 4 | Pierre Jassot | Parti des Rivages | Secrétaire général du Parti des Rivages |
"""


def _ties(nlp, text):
    res = process(Article(id="t", text=text, path="t.txt"), nlp)
    return {(r.type, r.subject, r.object) for r in res.relations}


def test_rank_column_moves_the_row_actor_to_the_next_cell(nlp):
    ties = _ties(nlp, LIST)
    assert ("LEADS", "Pierre Jassot", "Parti des Rivages") in ties
    assert ("MEMBER_OF", "Anne Lorvel", "Parlement européen") in ties


def test_party_column_gives_membership(nlp):
    ties = _ties(nlp, LIST)
    assert ("MEMBER_OF", "Paul Verlaine", "Horizon commun") in ties
    assert ("MEMBER_OF", "Anne Lorvel", "Horizon commun") in ties



def test_an_agent_after_par_in_a_cell_is_the_acts_subject(nlp):
    text = ("Les participations du fonds Kestrel.\n\n| Société | Pays | Participation |\n|---|---|---|\n"
            "| Lumio | Suisse | 6,9 % (avant le rachat par Borsar) |\n| Vantor | France | 3 % |\n")
    ties = _ties(nlp, text)
    assert ("ACQUIRES", "Borsar", "Lumio") in ties
    assert ("ACQUIRES", "Lumio", "Borsar") not in ties
