"""Rule cases of helper s15-pron (who "il", "elle", "l'ancien patron" are in portraits, obituaries and
quotations): invented actors only."""

CASES = [
    # the first name says the rival is a man; the sentence naming him has no actor as subject: "elle" is
    # the obituary's own person
    ("Martine Caradec, une vie dans l'acier\n\nMartine Caradec est morte mardi à Nantes. Elle dirige pendant "
     "vingt ans Fonderies Armel. Son conflit avec le fondateur, Bernard Armel, éclate en 1985. Elle rejoint "
     "alors le conseil d'administration de Valdor.",
     [("BOARD_MEMBER", "Martine Caradec", "Valdor")]),
    # "Pour X, « … ». Il…": the text goes on about the speaker
    ("La Banque Hérault ferme trois agences. Pour Julien Carrel, délégué syndical, « la direction a menti aux "
     "salariés ». Il accuse la Banque Hérault de dissimuler ses comptes.",
     [("ACCUSES", "Julien Carrel", "Banque Hérault")]),
]

FORBIDDEN = [
    ("Martine Caradec, une vie dans l'acier\n\nMartine Caradec est morte mardi à Nantes. Elle dirige pendant "
     "vingt ans Fonderies Armel. Son conflit avec le fondateur, Bernard Armel, éclate en 1985. Elle rejoint "
     "alors le conseil d'administration de Valdor.",
     ("BOARD_MEMBER", "Bernard Armel", "Valdor")),
]
