"""Rule cases of the s10-roles2 line of work (role ties: LEADS, WORKS_FOR, BOARD_MEMBER, FOUNDED,
MEMBER_OF), invented names only."""

CASES = [
    # "son PDG" after a sentence with no named subject: the organisation its apposition introduced
    # (titles.py _introduced_before)
    ("En Bretagne, la sanction met dans l'embarras Brenac Pierres, un importateur de Quimper qui achetait "
     "encore l'an dernier des pavés à Ruthen. Son PDG, Gaspard Lemoal, assure avoir cessé tout achat.",
     [("LEADS", "Gaspard Lemoal", "Brenac Pierres")]),
]

FORBIDDEN = [
    # (the complement of the apposition is not the possessor)
    ("En Bretagne, la sanction met dans l'embarras Brenac Pierres, un importateur de Quimper qui achetait "
     "encore l'an dernier des pavés à Ruthen. Son PDG, Gaspard Lemoal, assure avoir cessé tout achat.",
     ("LEADS", "Gaspard Lemoal", "Ruthen")),
]
