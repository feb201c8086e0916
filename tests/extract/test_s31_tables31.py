"""(s31-tables31) What the tie cases of cases_s31_tables31.py (run by test_rules.py) do not check: how a header is
read (its key and role, qualifiers, plurals, feminines and units aside), the row's amount going with a paired
lender's tie, and a role held by two columns drawing nothing."""
from __future__ import annotations

import pytest

from cercle.mentions.table_heads import head_key, head_role

from .cases_s29_tables29 import _table


@pytest.mark.parametrize("header,role", [
    ("Industriel", "supplier"), ("Industriels", "supplier"), ("Équipementier retenu", "supplier"),
    ("Entreprises attributaires", "supplier"), ("Fournisseurs retenus", "supplier"), ("Titulaire du lot", "supplier"),
    ("Principaux clients", "buyer"), ("Donneur d'ordre", "buyer"), ("Commanditaire", "buyer"),
    ("Principal prêteur", "lender"), ("Principaux prêteurs (M€)", "lender"), ("Banques prêteuses", "lender"),
    ("Bailleurs de fonds", "lender"), ("Créancière", "lender"),
    ("Candidate", "borrower"), ("Tête de liste", "borrower"), ("Bénéficiaires", "borrower"),
    ("Premiers actionnaires (en %)", "holder"), ("Détentrices", "holder"), ("Principal actionnaire", "holder"),
    ("Dirigeant actuel", "leader"), ("Patronne", "leader"), ("PDG", "leader"),
    ("Créatrice", "founder"), ("Cofondateurs", "founder"), ("Administratrices", "board"),
    ("Plaignante", "plaintiff"), ("Requérantes", "plaintiff"), ("Parties civiles", "plaintiff"),
    ("Défenderesse", "defendant"), ("Personnes visées", "defendant"),
    ("Ministre déléguée", "minister"), ("Entraîneuse", "employee"), ("Conseillère", "employee"),
    ("Sponsors maillot", "sponsor"), ("Écurie", "body"), ("Concessionnaire", "body"),
    ("Commentaire", "comment"), ("Observations", "comment"), ("Profil", "comment"),
])
def test_header_roles(header, role):
    assert head_role(header) == role, (header, head_key(header))


@pytest.mark.parametrize("header", ["Montant", "Matériel", "Nom", "Part du capital", "Décision", "Ancien patron",
                                    "Actionnaire de Brevalia", "Client de Ostrali", "Année"])
def test_headers_of_no_role(header):
    assert head_role(header) is None, (header, head_key(header))


def test_paired_lender_keeps_the_row_amount(analyse_text):
    text = _table("Présidentielle : qui a prêté aux candidats ?\n\nLa commission a publié les emprunts déclarés.",
                  ["Candidat", "Parti", "Principal prêteur", "Montant emprunté"],
                  [["Paul Dorin", "Parti du Progrès", "Banque Arvelle", "6 M€"]])
    rel = [r for r in analyse_text(text).relations if r.type == "FUNDS" and r.subject == "Banque Arvelle"]
    assert rel and rel[0].amount is not None and rel[0].amount.value == 6_000_000, rel
    assert rel[0].rule == "funds.pair_row.table"


def test_two_columns_of_one_role_draw_nothing(analyse_text):
    """"| Prêteur | Candidat | Candidat suppléant |": which candidate is lent to is not said."""
    text = _table("Législatives : les emprunts\n\nLes comptes ont été publiés.",
                  ["Prêteur", "Candidat", "Candidate"],
                  [["Banque Arvelle", "Paul Dorin", "Lucie Brenmor"]])
    got = [r for r in analyse_text(text).relations if r.rule == "funds.pair_row.table"]
    assert not got, got
