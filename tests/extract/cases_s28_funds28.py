"""Cases of the s28 money, partnership and competition gaps (helper s28-funds28), invented names and sentences."""

# a describing noun, a place adjective the tagger calls a noun, then the name: the noun introduces the name
# (mentions/coref.py, the introducer pass)
CASES = [
    ("Hexaline a noué un partenariat avec l'hébergeur lyonnais Datanéo.",
     [("PARTNERS_WITH", "Hexaline", "Datanéo")]),
    # "le fabricant japonais de scanners X": the noun's own "de" phrase after its place adjective
    ("Hexaline a signé un partenariat avec le fabricant japonais de scanners Kazumi Medical.",
     [("PARTNERS_WITH", "Hexaline", "Kazumi Medical")]),
]
FORBIDDEN = []

# "une avance de 800 000 euros à Y": the amount split at its thousands is still an amount (slots/biz.sum_parties)
CASES += [
    ("La Région Corvanne avait accordé en 2022 une avance remboursable de 800 000 euros à la start-up Kalmo.",
     [("FUNDS", "Région Corvanne", "Kalmo")]),
]
FORBIDDEN += [
    ("La Région Corvanne avait accordé en 2022 une avance remboursable de matériel à la start-up Kalmo.",
     ("FUNDS", "Kalmo", "Région Corvanne")),
]

# "…sur Y, son concurrent alsacien, …": the possessive rival noun after a name and its comma is that name's
# apposition (the parser hangs it on a noun further back); the clause's subject is the other side (slots/funds28.py)
_RIVAL = ("La société Velinor fabrique du carton à Colmar. Le groupe Rouvel, numéro deux français du carton, a déposé "
          "lundi auprès de l'Autorité des marchés financiers un projet d'offre publique d'achat sur Velinor, son "
          "concurrent alsacien, au prix de 41 euros par action.")
CASES += [(_RIVAL, [("COMPETES_WITH", "Rouvel", "Velinor")])]
FORBIDDEN += [(_RIVAL, ("COMPETES_WITH", "Autorité des marchés financiers", "Velinor"))]


# "la municipalité" is no court nor prosecutor's office named before (mentions/coref.py _lone_public_body)
FORBIDDEN += [
    ("Paul Dorin a déposé plainte auprès du parquet de Brivel contre la maire de Sarlanges, Lucie Brenmor. Ce marché "
     "de 4,8 millions d'euros a été attribué en juin par la municipalité à l'entreprise Vialle Construction.",
     ("FUNDS", "parquet de Brivel", "Vialle Construction")),
]
