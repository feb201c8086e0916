"""Cases of the s25 gaps of ownership and money ties (helper s25-deals25), invented names and sentences."""

# a named consortium's members are its members (MEMBER_OF each), not partners of each other (extract/deals25.py)
CASES = [
    ("Le génie civil a été confié par Drummon à KELVO, un consortium formé par Varlia et le britannique Brenmor.",
     # (s36-prec36: a named consortium "formé par" its members was founded by each, team convention as adjudicated on
     # blind34/blind35; MEMBER_OF before)
     [("FOUNDED", "Varlia", "KELVO"), ("FOUNDED", "Brenmor", "KELVO")]),
    # an unnamed consortium: its members are partners
    ("Le marché a été attribué à un consortium formé par le groupe Varlia et le fonds Brenmor.",
     [("PARTNERS_WITH", "Varlia", "Brenmor")]),
]
FORBIDDEN = [
    ("Le génie civil a été confié par Drummon à KELVO, un consortium formé par Varlia et le britannique Brenmor.",
     ("PARTNERS_WITH", "Varlia", "Brenmor")),
    # the name before the comma is a member, not the group's name
    ("Outre Quadrant, le groupement réunit l'hébergeur Altostrate et la jeune pousse Opaline.",
     ("MEMBER_OF", "Altostrate", "Quadrant")),
]

# "X cède l'intégralité de sa participation à Y": Y buys the stake, X never held Y (slots/tidy.py, _PORTIONS)
CASES += [
    ("Le groupe Drummon cède la moitié de sa participation dans Kelvor à Varlia.",
     [("OWNS", "Drummon", "Kelvor"), ("OWNS", "Varlia", "Kelvor")]),
]
FORBIDDEN += [
    ("La paix est signée : le groupe Drummon cède l'intégralité de sa participation à Varlia.",
     ("OWNS", "Drummon", "Varlia")),
    ("Le groupe Drummon cède la moitié de sa participation dans Kelvor à Varlia.",
     ("OWNS", "Drummon", "Varlia")),
]

# "Z, l'alliance formée avec Y": Z is the alliance, no partner of Y (relations.py, partners.noun's "head");
# "X, partenaire de Y" still is
CASES += [
    ("Le groupe Drummon, partenaire de Varlia, a signé.", [("PARTNERS_WITH", "Drummon", "Varlia")]),
]
FORBIDDEN += [
    ("Le parti a rejoint la Coalix, l'alliance formée avec le Mouvement Vert.",
     ("PARTNERS_WITH", "Coalix", "Mouvement Vert")),
]

# table rows: a round's name is no party ("| X | Série A | participant |"); a contract row's actor is the winner,
# the payer is not in the row (tables.py _ROUND_NAME, _WINNER_SLOTS)
FORBIDDEN += [
    ("La start-up Kelvio a levé 100 millions d'euros.\n\n| Investisseur | Tour | Rôle |\n|---|---|---|\n"
     "| Drummon Capital | Série A | participant |\n| Varlia Partners | Série B | participant |\n",
     ("INVESTS_IN", "Drummon Capital", "Série A")),
    ("Le chantier Orvane avance.\n\n| Acteur | Rôle dans Orvane |\n|---|---|\n"
     "| Brenmor | génie civil, contrat d'environ 2 milliards d'euros |\n",
     ("FUNDS", "Brenmor", "Orvane")),
]

# "X remet au pot, aux côtés de A, de B et de C" after a round: each invests again (slots/deals24.back_in_pot's cues)
CASES += [
    ("La start-up Kelvio a bouclé un tour de table de 385 millions d'euros mené par le fonds Orvane. Le fonds Varlia "
     "remet au pot, aux côtés de Drummon, de Brenmor et de l'armateur Castel.",
     [("INVESTS_IN", "Varlia", "Kelvio"), ("INVESTS_IN", "Drummon", "Kelvio"), ("INVESTS_IN", "Brenmor", "Kelvio"),
      ("INVESTS_IN", "Castel", "Kelvio")]),
]
FORBIDDEN += [   # no round told: no investment
    ("Le fonds Varlia remet au pot, aux côtés de Drummon et de Brenmor.", ("INVESTS_IN", "Brenmor", "Varlia")),
]

# "via ses filiales A et B": each is the group's (slots/deals25.listed_units)
CASES += [
    ("Le groupe Drummon exploite ses réseaux via ses filiales Kelvor et Varlia.",
     [("OWNS", "Drummon", "Kelvor"), ("OWNS", "Drummon", "Varlia")]),
]
FORBIDDEN += [
    ("Le groupe Drummon a vendu ses filiales Kelvor et Jean Morel a protesté.", ("OWNS", "Drummon", "Jean Morel")),
]

# a clause after a colon that the parser hung on an intent noun is no intent: "X a tourné ses ambitions vers Z :
# Y a racheté W" is a purchase made (relations._clause_after_colon); "ses ambitions : racheter W" stays a bid
CASES += [
    ("Débarrassé du dossier Orvane, Paul Garnier a tourné ses ambitions vers les Bermudes : Drummon a racheté en "
     "2022 le réassureur Kelvor à Varlia.", [("ACQUIRES", "Drummon", "Kelvor")]),
    ("Le groupe Drummon affiche ses ambitions : racheter Kelvor.", [("BIDS_FOR", "Drummon", "Kelvor")]),
]
FORBIDDEN += [
    ("Le groupe Drummon affiche ses ambitions : racheter Kelvor.", ("ACQUIRES", "Drummon", "Kelvor")),
]

# a table cell naming the kind of the row's actor ("| X | fonds corporate |") makes no holding of the article's
# company (tables.py: owner-by-"de" rules take no header or topic fallback); the row's investment stays
_KIND_TABLE = ("La start-up Kelvio lève 40 millions d'euros. Kelvio, fondée à Lyon, veut doubler ses effectifs. "
               "Kelvio vise l'Europe.\n\n| Investisseur | Type | Montant |\n|---|---|---|\n"
               "| Varlia Ventures | fonds corporate | 15 millions d'euros |\n"
               "| Drummon Capital | fonds de capital-risque américain | chef de file |\n")
CASES += [(_KIND_TABLE, [("INVESTS_IN", "Varlia Ventures", "Kelvio"), ("INVESTS_IN", "Drummon Capital", "Kelvio")])]
FORBIDDEN += [(_KIND_TABLE, ("OWNS", "Kelvio", "Varlia Ventures")), (_KIND_TABLE, ("OWNS", "Kelvio", "Drummon Capital"))]

# "| X | 57 % | a racheté les parts de Z |": Z sold its stake, X holds none of Z (tables.py _STAKE_BUYING)
_STAKE_TABLE = ("Le groupe Kelvio a été racheté. Kelvio change de mains.\n\n| Actionnaire | Part | Commentaire |\n"
                "|---|---|---|\n| Drummon | 57,4 % | a racheté les parts de Varlia Capital |\n"
                "| Orvane | 7 % | détient des parts de Castel |\n")
CASES += [(_STAKE_TABLE, [("OWNS", "Orvane", "Castel")])]
FORBIDDEN += [(_STAKE_TABLE, ("OWNS", "Drummon", "Varlia Capital"))]
