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

_QUOTED_GROUP = """Le groupe Brenta jugé pour ses usines

Le groupe Brenta est poursuivi pour des rejets toxiques. Brenta conteste. Brenta a fermé l'usine en 2020. L'association Vigie Rhône a porté plainte. « Le groupe a fait passer ses profits avant la santé des riverains », accusait alors Vigie Rhône."""

# a quotation whose incise blames ("« … », accuse X", "», attaque X", "», accusait alors X"): the speaker accuses
# the subject of the quotation's first clause (slots/genre26.quoted_incise_blame; rules accuses.quoted_incise*)
CASES += [
    ("La société Brenta a licencié 300 salariés. « Brenta ment à ses clients », accuse Paul Garnier.",
     [("ACCUSES", "Paul Garnier", "Brenta")]),
    ("« Pendant dix ans, Brenta a abusé de sa position dominante », attaque Paul Garnier.",
     [("ACCUSES", "Paul Garnier", "Brenta")]),
    (_QUOTED_GROUP, [("ACCUSES", "Vigie Rhône", "Brenta")]),
]
FORBIDDEN += [
    # the quotation names nobody as its subject, or praises
    ("« C'est une décision politique », a dénoncé Paul Garnier, l'avocat de Brenta.", ("ACCUSES", "Paul Garnier", "Brenta")),
    ("« Nous avons toujours soutenu Brenta », accuse Paul Garnier.", ("ACCUSES", "Paul Garnier", "Brenta")),
]
