"""Rows of a pipe table are statements; the header names the other party when a cell does not."""
from __future__ import annotations

from cercle.pipeline import process
from cercle.records import Article

TABLE = """# Les fonds derrière l'offre

Le groupe Maritima a lancé une offre sur Orbalia.

| Fonds | Relation avec le repreneur |
|---|---|
| Alpha Partners | Actionnaire de Maritima, Kelvio et Nuvia |
| Banque Orelle | Siège au conseil de surveillance |
| Atlas Capital | Filiale de Banque Orelle |
"""


def test_table_rows_give_ties(nlp):
    result = process(Article(id="t", text=TABLE, path="t.md"), nlp)
    got = {(r.type, r.subject, r.object) for r in result.relations}
    assert {("OWNS", "Alpha Partners", "Maritima"), ("OWNS", "Alpha Partners", "Kelvio"),
            ("OWNS", "Alpha Partners", "Nuvia")} <= got
    # "Filiale de X": the row's actor is the subsidiary
    assert ("OWNS", "Banque Orelle", "Atlas Capital") in got
    # no entity in the cell: "le repreneur" of the header is the bidder of the article
    assert ("BOARD_MEMBER", "Banque Orelle", "Maritima") in got
    for r in result.relations:
        assert result.article.text[r.start:r.end] == r.evidence
        if r.rule.endswith(".table"):
            assert "|" in r.evidence
