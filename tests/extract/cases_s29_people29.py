"""Cases of the s29 people-and-politics gaps (helper s29-people29), invented names and sentences."""

# two titles of one name's apposition, "X, président de Y et administrateur de Z": the second title is the
# first one's conjunct and takes "de Z" (the parse hangs it on a word of Y's name, and may hang "de Z" on
# the first title) (nlp/docview._second_title_of_pair)
CASES = [
    ("« Nous croyons au redressement du groupe », explique Paul Dorin, président de Orvane Invest et "
     "administrateur de Vexora.",
     [("LEADS", "Paul Dorin", "Orvane Invest"), ("BOARD_MEMBER", "Paul Dorin", "Vexora")]),
    ("Paul Dorin, président de Orvane Invest et administrateur de Vexora, a démissionné.",
     [("LEADS", "Paul Dorin", "Orvane Invest"), ("BOARD_MEMBER", "Paul Dorin", "Vexora")]),
    ("Le plan tient, affirme Marie Lacan, présidente de Orvane Invest et administratrice de Vexora.",
     [("LEADS", "Marie Lacan", "Orvane Invest"), ("BOARD_MEMBER", "Marie Lacan", "Vexora")]),
    ("« Rien n'est joué », prévient Paul Dorin, le patron de Orvane Capital et administrateur de Vexora.",
     [("LEADS", "Paul Dorin", "Orvane Capital"), ("BOARD_MEMBER", "Paul Dorin", "Vexora")]),
    ("Le texte est signé par Marie Lacan, directrice de l'agence Orvane et membre du conseil de surveillance "
     "de Vexora.",
     [("LEADS", "Marie Lacan", "Orvane"), ("BOARD_MEMBER", "Marie Lacan", "Vexora")]),
]
FORBIDDEN = [
    ("Le plan tient, affirme Marie Lacan, présidente de Orvane Invest et administratrice de Vexora.",
     ("BOARD_MEMBER", "Marie Lacan", "Orvane Invest")),
    ("« Rien n'est joué », prévient Paul Dorin, le patron de Orvane Capital et administrateur de Vexora.",
     ("LEADS", "Paul Dorin", "Vexora")),
]
