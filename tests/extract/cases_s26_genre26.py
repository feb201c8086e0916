"""Cases of the s26 genre gaps (interviews, tables, quoted speech; helper s26-genre26), invented names and sentences."""

_ROUND_TABLE = """ÉNERGIE — Velmor boucle une levée de 40 millions d'euros

Lyon, 3 mars 2025 — La jeune pousse Velmor, qui fabrique des batteries, a annoncé avoir levé 40 millions d'euros auprès de plusieurs fonds.

| Investisseur | Nature | Montant |
|---|---|---|
| Drummon Capital | capital-risque | 20 M€ |
| Kelvor Partners | fonds de croissance | 12 M€ |
| Région Alvane | subvention | 8 M€ |
"""

_TWO_ROUNDS_TABLE = """ÉNERGIE — Deux jeunes pousses lèvent des fonds

Lyon, 3 mars 2025 — La jeune pousse Velmor a levé 40 millions d'euros. Sa rivale Brenta a levé 30 millions d'euros le même jour.

| Investisseur | Nature | Montant |
|---|---|---|
| Drummon Capital | capital-risque | 20 M€ |
| Kelvor Partners | fonds de croissance | 12 M€ |
"""

# an investors' table in a round story with no main organisation: the company the text shows raising the money
# (extract/tables26.round_company); a grant's row funds it (tables26.grant_row)
CASES = [
    (_ROUND_TABLE, [("INVESTS_IN", "Drummon Capital", "Velmor"), ("INVESTS_IN", "Kelvor Partners", "Velmor"),
                    ("FUNDS", "Région Alvane", "Velmor")]),
]
FORBIDDEN = [
    # two companies raise money: the table's company is not told
    (_TWO_ROUNDS_TABLE, ("INVESTS_IN", "Drummon Capital", "Velmor")),
    (_TWO_ROUNDS_TABLE, ("INVESTS_IN", "Drummon Capital", "Brenta")),
    (_ROUND_TABLE, ("INVESTS_IN", "Région Alvane", "Velmor")),
]
