"""(s22-prec22) A name inside a person's title in its cell is the row person's profile, not a cue's party."""
from __future__ import annotations

from cercle.pipeline import process
from cercle.records import Article

ROUND = """Koral lève 80 millions d'euros

La jeune pousse Koral a bouclé un tour de table de 80 millions d'euros.

| Investisseur | Profil | Rôle dans le tour |
|---|---|---|
| Fonds Ardelle | fonds de capital-risque | chef de file |
| Paul Lenoir | fondateur de Ternia | business angel |
| Jeanne Morel | ancienne patronne de Brintex | business angel |
"""


def _ties(nlp, text):
    res = process(Article(id="t", text=text, path="t.txt"), nlp)
    return {(r.type, r.subject, r.object) for r in res.relations}


def test_profile_title_name_is_no_investee(nlp):
    ties = _ties(nlp, ROUND)
    assert ("INVESTS_IN", "Paul Lenoir", "Ternia") not in ties
    assert ("INVESTS_IN", "Jeanne Morel", "Brintex") not in ties
    assert ("FOUNDED", "Paul Lenoir", "Ternia") in ties
