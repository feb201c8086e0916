"""Cases of the s21 entity-name gaps (helper s21-names21): invented names and sentences."""

# A staff body with its acronym in brackets between ("la Société des journalistes (SDJ) du X"): the acronym
# closes the name, the body is named by what it spells; the company after the bracket only says whose body.
CASES = [
    ("La Société des rédacteurs (SDR) du Phare accuse Marc Dubreuil d'avoir menti aux lecteurs.",
     [("ACCUSES", "Société des rédacteurs", "Marc Dubreuil")]),
]
FORBIDDEN = [
    ("La Société des rédacteurs (SDR) du Phare accuse Marc Dubreuil d'avoir menti aux lecteurs.",
     ("ACCUSES", "Société des rédacteurs du Phare", "Marc Dubreuil")),
]
CASES += [
    # near miss: without the acronym the body's name keeps its company
    ("La société des rédacteurs du Phare accuse Marc Dubreuil d'avoir menti aux lecteurs.",
     [("ACCUSES", "société des rédacteurs du Phare", "Marc Dubreuil")]),
]
