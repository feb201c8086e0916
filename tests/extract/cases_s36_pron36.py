"""Cases of the s36 pronoun reading (helper s36-pron36, mentions/pron36.py), invented names and sentences: a subject
pronoun after a sentence whose actor subject sits in a relative clause on an organisation ("X, dont Y est la
porte-parole, … Elle …") stands for the organisation, when its head noun gives the pronoun's gender. Relative words
varied (dont, auprès de laquelle), head nouns (Union, Confédération, Ligue), cue verbs (reproche, accuse, attaque),
relative shapes (copula with a title, "assure la présidence", "a milité")."""

CASES = [
    ("À droite, l'Union des artisans, dont Marion Lefaure est la porte-parole, tente de peser dans le débat. Elle "
     "reproche au ministre du Travail, Paul Grenier, d'avoir cédé aux grandes enseignes.",
     [("ACCUSES", "Union des artisans", "Paul Grenier")]),
    ("À gauche, la Confédération des artisans, dont Marion Lefaure est la porte-parole, tente d'exister. Elle reproche "
     "au ministre du Travail, Paul Grenier, d'avoir cédé aux grandes enseignes.",
     [("ACCUSES", "Confédération des artisans", "Paul Grenier")]),
    ("À droite, la Ligue des propriétaires, auprès de laquelle Julie Ferrand a longtemps milité, hausse le ton. Elle "
     "attaque le maire de Lyon, Pierre Vidal.",
     [("ACCUSES", "Ligue des propriétaires", "Pierre Vidal")]),
]

FORBIDDEN = [
    ("À droite, l'Union des artisans, dont Marion Lefaure est la porte-parole, tente de peser dans le débat. Elle "
     "reproche au ministre du Travail, Paul Grenier, d'avoir cédé aux grandes enseignes.",
     ("ACCUSES", "Marion Lefaure", "Paul Grenier")),
    ("À droite, la Ligue des propriétaires, auprès de laquelle Julie Ferrand a longtemps milité, hausse le ton. Elle "
     "attaque le maire de Lyon, Pierre Vidal.",
     ("ACCUSES", "Julie Ferrand", "Pierre Vidal")),
]

# the same actor as a subject outside the relative keeps the pronoun ("elle entre à la banque X, où elle devient…")
CASES += [
    ("Catherine Dervaux est morte lundi. Diplômée en 1970, elle entre à la Banque Orvalle, où elle devient en 1975 la "
     "première femme directrice des risques. Son patron, Marc Tessier, la pousse vers l'industrie : en 1980, elle "
     "rejoint le groupe Valmont comme directrice financière.",
     [("WORKS_FOR", "Catherine Dervaux", "Valmont")]),
]
