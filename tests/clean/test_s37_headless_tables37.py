"""(s37-tables37) A pipe table that lost its |---| line: its first line of column labels is the header (invented
texts)."""
from __future__ import annotations

from cercle.clean import clean_article
from cercle.clean.headless_tables37 import header_row
from cercle.records import Article

LEAD = "Le groupe Varonne a publié lundi la nouvelle répartition de son capital après l'augmentation de capital.\n\n"


def _blocks(text: str):
    c = clean_article(Article(id="t", text=text, path="t.txt"))
    return [(b.kind, c.text[b.start:b.end], b.header) for b in c.blocks if b.kind.startswith("table")]


def test_labels_without_separator_head_the_table():
    got = _blocks(LEAD + "Actionnaire | Part du capital\nOrbelle Invest | 61 %\nCaisse Morvan | 39 %\n\nLa suite.")
    assert got[0][0] == "table_header" and got[0][1] == "Actionnaire | Part du capital"
    assert [k for k, _, _ in got[1:]] == ["table_row", "table_row"]
    assert got[1][2] == ["Actionnaire", "Part du capital"]


def test_two_lines_with_a_header_make_a_table():
    got = _blocks(LEAD + "Nom | Fonction\nLucie Brenmor | Directrice financière\n\nLa suite.")
    assert [k for k, _, _ in got] == ["table_header", "table_row"]
    assert got[1][2] == ["Nom", "Fonction"]


def test_outer_pipes_and_percent_labels():
    got = _blocks(LEAD + "| Actionnaire | % du capital | % des droits de vote |\n| Fondateurs (Anne Sorel) | 48 | 55 |\n"
                  "| Caisse Morvan | 52 | 45 |\n\nLa suite.")
    assert got[0][0] == "table_header" and got[1][2] == ["Actionnaire", "% du capital", "% des droits de vote"]


def test_a_first_line_of_data_is_no_header():
    got = _blocks(LEAD + "Orbelle Invest | 61 % | hausse\nCaisse Morvan | 30 % | baisse\nBanque Sérac | 9 % | stable\n\nFin.")
    assert [k for k, _, _ in got] == ["table_row"] * 3 and all(h is None for _, _, h in got)
    # a person's name, a figure: data, not labels
    assert not header_row(["Directeur général", "Arnaud Pellerin"], ["Directrice financière", "Sophie Ranchin"])
    assert not header_row(["Groupe Arvane", "Part majoritaire"], ["Caisse Morvan", "12 %"])
    # a second line of labels too: a list of labels, not a header over data
    assert not header_row(["Actionnaire", "Fonction"], ["Associé", "Nom"])
    assert header_row(["Fonction", "Nom"], ["Directeur général", "Arnaud Pellerin"])


def test_two_lines_of_no_labels_stay_text():
    got = _blocks(LEAD + "Portrait | Anne Sorel prend la tête de Varonne\nEnquête | Les comptes de Varonne\n\nFin.")
    assert got == []
