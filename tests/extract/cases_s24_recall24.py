"""Cases of the s24 coverage gaps of French with both parties named (helper s24-recall24), invented names and
sentences."""

# A dated day between a participle and its determined object: the object is the verb's, not the date's
# (relations._nouns_after_date)
CASES = [
    ("L'Autorité de la concurrence a infligé lundi 4 mars une amende de 3 millions d'euros au groupe Varnell.",
     [("OPPOSES", "Autorité de la concurrence", "Varnell")]),
    ("L'Autorité de la concurrence a infligé le 4 mars une amende de 3 millions d'euros à Varnell.",
     [("OPPOSES", "Autorité de la concurrence", "Varnell")]),
    ("Le groupe Brenmor a annoncé jeudi 12 mai le rachat de la société Quellec Transports.",
     [("ACQUIRES", "Brenmor", "Quellec Transports")]),
]
FORBIDDEN = [
    # the mended object is what the verb acts on: premises bought are no company bought
    ("Le groupe Brenmor a racheté le 4 mars les locaux de la société Quellec Transports.",
     ("ACQUIRES", "Brenmor", "Quellec Transports")),
]

# A company that passes under another's control: a change of hands, ACQUIRES (slots/recall24.py under_control)
CASES += [
    ("La société Quellec Transports est passée en 2019 sous le contrôle du milliardaire Arnaud Velmont.",
     [("ACQUIRES", "Arnaud Velmont", "Quellec Transports")]),
    ("Le groupe Varnell, passé l'an dernier sous le contrôle de l'américain Brenmor, a fermé deux usines.",
     [("ACQUIRES", "Brenmor", "Varnell")]),
    ("Le contrat met fin au parrainage du diffuseur Varnell, passé en 2018 sous le contrôle du groupe Brenmor.",
     [("ACQUIRES", "Brenmor", "Varnell")]),
]
FORBIDDEN += [
    # staying under one's control is no change of hands; a supervision is no takeover
    ("La société Quellec Transports reste sous le contrôle du groupe Brenmor.",
     ("ACQUIRES", "Brenmor", "Quellec Transports")),
    ("La banque Varnell a été placée sous le contrôle de l'Autorité Brenmor.",
     ("ACQUIRES", "Autorité Brenmor", "Varnell")),
]

# "X a plaidé la cause de Y auprès de Z": X speaks for Y (ALLY_OF) and meets Z (MEETS, Z a person)
CASES += [
    ("Lors d'un dîner, Arnaud Velmont avait plaidé la cause du groupe Varnell auprès de Lucie Brenmor.",
     [("ALLY_OF", "Arnaud Velmont", "Varnell"), ("MEETS", "Arnaud Velmont", "Lucie Brenmor")]),
]
FORBIDDEN += [
    ("Le groupe Varnell a plaidé auprès de la Commission européenne pour un délai.",
     ("MEETS", "Varnell", "Commission européenne")),
]

# "une plainte contre Y déposée en <mois> par X": the participle hangs on Y, its agent filed the complaint
# (slots/recall24.py complaint_filer; relations._agents_after_time reads past a month)
CASES += [
    ("Le parquet a ouvert une enquête sur une plainte contre Varnell déposée en novembre 2019 par l'association "
     "Brenmor et le syndicat Sud-Quellec.",
     [("SUES", "Brenmor", "Varnell"), ("SUES", "Sud-Quellec", "Varnell")]),
]
FORBIDDEN += [
    # a participle that agrees with the defendant is the defendant's ("le groupe Y, racheté par X")
    ("Le juge a reçu une plainte contre le groupe Varnell, racheté en mars 2019 par la société Brenmor.",
     ("SUES", "Brenmor", "Varnell")),
]

# Cash handed over in person is a payment: "X a remis N euros / des valises d'argent à Y" (slots/recall24.py
# cash_handed, read as a line when dates before the object break the parse)
CASES += [
    ("L'intermédiaire Arnaud Velmont affirmait avoir remis fin 2006 et début 2007 deux valises contenant au total "
     "3 millions d'euros à Lucie Brenmor.",
     [("FUNDS", "Arnaud Velmont", "Lucie Brenmor")]),
    ("Arnaud Velmont a remis des valises d'argent liquide à Lucie Brenmor.",
     [("FUNDS", "Arnaud Velmont", "Lucie Brenmor")]),
]
FORBIDDEN += [
    ("Arnaud Velmont a remis son rapport à Lucie Brenmor.", ("FUNDS", "Arnaud Velmont", "Lucie Brenmor")),
    ("Arnaud Velmont a remis le prix de 10 000 euros à Lucie Brenmor.", ("FUNDS", "Arnaud Velmont", "Lucie Brenmor")),
]

# "X a dû quitter / abandonner son poste (son fauteuil) de T de Y": the title's holder is the subject of the verb the
# leaving verb hangs under (slots/titles.py)
CASES += [
    ("Arnaud Velmont a dû abandonner son poste de directeur général de Varnell.",
     [("LEADS", "Arnaud Velmont", "Varnell")]),
    ("Arnaud Velmont a dû quitter son fauteuil de PDG du groupe Brenmor.",
     [("LEADS", "Arnaud Velmont", "Brenmor")]),
]
FORBIDDEN += [
    # leaving the company alone names no post
    ("Arnaud Velmont a dû quitter la société Varnell.", ("LEADS", "Arnaud Velmont", "Varnell")),
]

# A description apposed to a name a preposition opens: "vendu à Y, le groupe de X, pour …" (relations.
# _appositions_after_pp_names)
CASES += [
    ("La revue a été vendue à Varnell, le groupe d'Arnaud Velmont, pour environ 120 millions d'euros.",
     [("OWNS", "Arnaud Velmont", "Varnell")]),
    ("Éditorialiste sur Varnell TV, la chaîne d'information du groupe Brenmor, il promet un journal ouvert.",
     [("OWNS", "Brenmor", "Varnell TV")]),
]
FORBIDDEN += [
    # a list of names after the preposition: "la société Quellec" is a name of its own, no description of Varnell
    ("Le fonds a investi dans Varnell, la société Quellec Transports et le groupe de Lucie Brenmor.",
     ("OWNS", "Quellec Transports", "Varnell")),
]
