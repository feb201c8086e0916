"""Cases of the s28 conflict and legal gaps (helper s28-fights28), invented names and sentences."""

# a court's sentence is a sanction: OPPOSES court → sentenced, also in the passive and in a participle
# (slots/fights28.sentenced_in_passive; mentions/candidates._court_venue keeps a sentencing court a party)
CASES = [
    ("Le tribunal correctionnel de Lyon a condamné Paul Dorin à deux ans de prison.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Paul Dorin")]),
    ("Paul Dorin a été condamné par le tribunal correctionnel de Lyon à deux ans de prison.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Paul Dorin")]),
    ("Condamné le 3 mars par le tribunal correctionnel de Lyon à deux ans de prison, Paul Dorin a fait appel.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Paul Dorin"),
      ("SUES", "Paul Dorin", "tribunal correctionnel de Lyon")]),
    ("C'est là que Lucie Brenmor, condamnée le 31 mars par le tribunal correctionnel de Lyon à quatre ans "
     "d'emprisonnement, dont deux ferme, joue son avenir politique.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Lucie Brenmor")]),
]
FORBIDDEN = [
    # a sentence is no words of blame
    ("Paul Dorin a été condamné par le tribunal correctionnel de Lyon à deux ans de prison.",
     ("ACCUSES", "tribunal correctionnel de Lyon", "Paul Dorin")),
    # a civil award: the claimant sued, the court is no party
    ("Le tribunal de commerce de Lyon a condamné Vexora à verser 2 millions d'euros à Orvane.",
     ("ACCUSES", "tribunal de commerce de Lyon", "Vexora")),
    ("Le tribunal de commerce de Lyon a condamné Vexora à verser 2 millions d'euros à Orvane.",
     ("FUNDS", "tribunal de commerce de Lyon", "Orvane")),
]

# a later sentence with no court named is the court's told before (extract/sentenced28.py); its appeal sues
# that court (extract/appeals.py)
CASES += [
    ("Le tribunal correctionnel de Lyon a condamné Paul Dorin à deux ans de prison. Jean Marceau, maire de "
     "Valmorel, également condamné, a lui aussi interjeté appel.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Jean Marceau"),
      ("SUES", "Jean Marceau", "tribunal correctionnel de Lyon")]),
    ("Paul Dorin a été condamné par le tribunal correctionnel de Lyon à deux ans de prison. La société Vexora, en "
     "tant que personne morale, a été condamnée à 2 millions d'euros d'amende.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Vexora")]),
]
FORBIDDEN += [
    # an appeal said not brought is no suit
    ("L'Autorité de la concurrence a infligé une amende de 5 millions d'euros à Vexora. Vexora n'a pas fait appel "
     "de cette décision.", ("SUES", "Vexora", "Autorité de la concurrence")),
]
