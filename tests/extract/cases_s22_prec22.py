"""Cases of the s22 false ties with both parties named (helper s22-prec22), invented names and sentences."""

# "Y, ainsi que sa maison mère X": X owns Y (the possessor is the subsidiary), never Y owns X.
CASES = [
    ("L'autorité a sanctionné Valmora, ainsi que sa maison mère Brintex Holding.",
     [("OWNS", "Brintex Holding", "Valmora")]),
    ("Le groupe Valmora a annoncé que sa maison mère, Brintex Holding, vendra ses actions.",
     [("OWNS", "Brintex Holding", "Valmora")]),
]
FORBIDDEN = [
    ("L'autorité a sanctionné Valmora, ainsi que sa maison mère Brintex Holding.",
     ("OWNS", "Valmora", "Brintex Holding")),
    ("Le groupe Valmora a annoncé que sa maison mère, Brintex Holding, vendra ses actions.",
     ("OWNS", "Valmora", "Brintex Holding")),
]

# "A, la holding de B, déjà propriétaire de C": the title describes the holding A, not the person B.
CASES += [
    ("Le magasin a été cédé à Hermès Brands (HB), la holding du Lyonnais Paul Lenoir, déjà propriétaire "
     "de Koral et de Dastor France.",
     [("OWNS", "Hermès Brands", "Koral"), ("OWNS", "Hermès Brands", "Dastor France")]),
    ("Le groupe a racheté Ternia, le pôle audiovisuel de Paul Lenoir, propriétaire de Radio Sud et de Télé Nord.",
     [("OWNS", "Ternia", "Radio Sud"), ("OWNS", "Ternia", "Télé Nord")]),
    # near misses: the person is set off alone, or is the son of a company: he is the owner
    ("Paul Lenoir, déjà propriétaire de Koral, a racheté Dastor.",
     [("OWNS", "Paul Lenoir", "Koral")]),
]
FORBIDDEN += [
    ("Le magasin a été cédé à Hermès Brands (HB), la holding du Lyonnais Paul Lenoir, déjà propriétaire "
     "de Koral et de Dastor France.",
     ("OWNS", "Paul Lenoir", "Koral")),
    ("Le groupe a racheté Ternia, le pôle audiovisuel de Paul Lenoir, propriétaire de Radio Sud et de Télé Nord.",
     ("OWNS", "Paul Lenoir", "Radio Sud")),
]

# "N, la coentreprise fondée par A et B, la filiale de C": the name after the participle's agent is the agent's
# apposition, not what was founded.
FORBIDDEN += [
    ("Jeanne Morel dirige depuis 2021 Ternia Cells (TC), la coentreprise fondée en 2020 par Brintex et Koral, "
     "la filiale de Cordane, et rejointe l'année suivante par Dastor.",
     ("FOUNDED", "Brintex", "Cordane")),
    ("Jeanne Morel dirige depuis 2021 Ternia Cells (TC), la coentreprise fondée en 2020 par Brintex et Koral, "
     "la filiale de Cordane, et rejointe l'année suivante par Dastor.",
     ("FOUNDED", "Koral", "Cordane")),
]
CASES += [
    # near miss: the company the participle describes, before it, keeps its founders
    ("Le régulateur a signé avec Ternia, la banque fondée par Koral et Brintex, filiale de Cordane.",
     [("FOUNDED", "Koral", "Ternia"), ("FOUNDED", "Brintex", "Ternia"), ("OWNS", "Cordane", "Brintex")]),
]

# a named group is the members' body: its members are not read as partners; a group that buys a company or
# answers a tender keeps them as partners (they act jointly).
FORBIDDEN += [
    ("L'État avait cédé sa participation à Ternia Europe, un consortium formé par Koral et Brintex.",
     ("PARTNERS_WITH", "Koral", "Brintex")),
]
CASES += [
    ("Le groupe Ternia est cédé pour 2 milliards d'euros à un consortium formé par Koral, Brintex et la Caisse "
     "des dépôts.", [("PARTNERS_WITH", "Koral", "Brintex")]),
    ("L'accord prévoit que Ternia sera repris par un consortium réunissant Koral, Brintex et la Caisse des "
     "dépôts.", [("PARTNERS_WITH", "Koral", "Brintex")]),
]
CASES += [
    ("L'État avait cédé sa participation à Ternia Europe, un consortium formé par Koral et Brintex.",
     # (s36-prec36: a named consortium "formé par" its members was founded by each, team convention as adjudicated on
     # blind34/blind35; MEMBER_OF before)
     [("FOUNDED", "Koral", "Ternia Europe"), ("FOUNDED", "Brintex", "Ternia Europe")]),
    ("La Ville a confié son éclairage à un consortium composé de Koral et Brintex.",
     [("PARTNERS_WITH", "Koral", "Brintex")]),
]

# "le géant de Redmond": a company called by its home town; the town is no party. A person's group keeps its
# owner.
FORBIDDEN += [
    ("Le géant de Redmond a investi 15 millions d'euros dans Koral.", ("INVESTS_IN", "Redmond", "Koral")),
]
CASES += [
    ("Le groupe de Paul Lenoir a racheté Koral.", [("ACQUIRES", "Paul Lenoir", "Koral")]),
]

# a place phrase after the name a title describes belongs to the verb; a group within a chamber is led, not
# the chamber.
FORBIDDEN += [
    ("Emmanuel Lenoir a été reçu jeudi par le président valdorien Paul Morel au Palais du peuple.",
     ("LEADS", "Paul Morel", "Palais du peuple")),
    ("Le chef de la minorité démocrate au Sénat, Paul Lenoir, a accusé l'administration de faire une faveur "
     "à Moscou.", ("LEADS", "Paul Lenoir", "Sénat")),
]
CASES += [
    ("Emmanuel Lenoir a été reçu jeudi par le président valdorien Paul Morel au Palais du peuple.",
     [("MEETS", "Paul Morel", "Emmanuel Lenoir")]),
    # near miss: a board's chair at a named bank leads it
    ("Paul Morel, président du directoire à la Banque Koral, a démissionné.",
     [("LEADS", "Paul Morel", "Banque Koral")]),
]

# "aux côtés de Y": the one alongside is neither the stake's company nor the verb's object.
FORBIDDEN += [
    ("Le chinois Koral, déjà associé au projet à hauteur de 30 %, devrait reprendre sa part, aux côtés de "
     "l'iranien Ternia.", ("OWNS", "Koral", "Ternia")),
    ("Koral détient 20 % de Brintex aux côtés de Ternia.", ("OWNS", "Koral", "Ternia")),
]
CASES += [
    ("Koral détient 20 % de Brintex aux côtés de Ternia.", [("OWNS", "Koral", "Brintex")]),
    ("Koral a investi dans Brintex aux côtés du fonds Ternia.",
     [("INVESTS_IN", "Koral", "Brintex"), ("INVESTS_IN", "Ternia", "Brintex")]),
]

# "Le fondateur de Y, qui détenait … via sa holding B": "qui" and "sa" stand for the founder, not for Y.
FORBIDDEN += [
    ("Le fondateur de Ternia, qui détenait déjà 11 % du titre via sa holding Koral, voulait lui aussi racheter "
     "le journal.", ("OWNS", "Ternia", "Koral")),
]
CASES += [
    ("Paul Lenoir, qui détenait déjà 11 % du titre via sa holding Koral, voulait racheter le journal.",
     [("OWNS", "Paul Lenoir", "Koral")]),
]
