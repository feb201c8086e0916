"""Cases of the s29 second-reference gaps (helper s29-coref29), invented names and sentences. Each mechanism has
at least three variants differing in words, names, order and sentence shape."""

# a plural possessive ("leur", "leurs") is the plural main subject's, not an agent the parse hung on no main verb nor
# a singular name beside it (mentions/index.EntityIndex.antecedent, plural_owners / plural_names / minor_agents)
_RELEGATED = ("Relégués en National 2 l'été dernier par la DNCF, le gendarme financier du football, les {team} n'ont "
              "toujours pas trouvé de nouvel actionnaire. Leur propriétaire, l'homme d'affaires Marc Duval, assure "
              "avoir reçu des offres.")
CASES = [
    (_RELEGATED.format(team="Mouettes de Lorient"), [("OWNS", "Marc Duval", "Mouettes de Lorient")]),
    ("Sanctionnés en mars par la Ligue régionale, les Aigles de Vernon ont fait appel. Leur président, Paul Ardent, "
     "dénonce une décision injuste.", [("LEADS", "Paul Ardent", "Aigles de Vernon")]),
    ("Condamnées en appel par le tribunal de commerce, les Éditions Marvaud n'ont pas renoncé. Leur fondatrice, "
     "Lucie Brenmor, prépare un pourvoi.", [("FOUNDED", "Lucie Brenmor", "Éditions Marvaud")]),
    # (an organisation named inside the plural subject: "les centristes de X … Leur chef de file")
    ("Les écologistes de Vague verte, courtisés par les deux camps, ont fait savoir qu'ils ne signeraient pas. Leur "
     "chef de file, Jules Kerlan, a reçu jeudi Paul Ardent.", [("LEADS", "Jules Kerlan", "Vague verte")]),
]
FORBIDDEN = [
    (_RELEGATED.format(team="Girondas de Vernon"), ("OWNS", "Marc Duval", "DNCF")),
    (_RELEGATED.format(team="Mouettes de Lorient"), ("OWNS", "Marc Duval", "DNCF")),
    ("Sanctionnés en mars par la Ligue régionale, les Aigles de Vernon ont fait appel. Leur président, Paul Ardent, "
     "dénonce une décision injuste.", ("LEADS", "Paul Ardent", "Ligue régionale")),
    ("Condamnées en appel par le tribunal de commerce, les Éditions Marvaud n'ont pas renoncé. Leur fondatrice, "
     "Lucie Brenmor, prépare un pourvoi.", ("FOUNDED", "Lucie Brenmor", "tribunal de commerce")),
]

# an actor set beside a regulator's noun ("X, le gendarme financier du football", "X, l'autorité de …") is no club,
# company or trade a descriptor stands for; nor one whose name says another kind ("X Investment Group" for "le club");
# nor another actor than the team its town complement names ("le club portugais de Y") (mentions/coref.py
# authorities, _name_says_other_kind, the sport noun's town)
FORBIDDEN += [
    ("Relégués en National 2 par la DNCF, le gendarme financier du football, les Girondas de Vernon cherchent un "
     "repreneur. L'homme d'affaires Marc Duval, qui avait racheté le club au fonds Orfeo en 2020, veut vendre.",
     ("ACQUIRES", "Marc Duval", "DNCF")),
    ("La Ligue de Vernon a été saisie par l'ARTV, l'autorité de la télévision locale. Paul Ardent a racheté la chaîne "
     "en 2019.", ("ACQUIRES", "Paul Ardent", "ARTV")),
    ("Paul Ardent dénonce la décision de la CNDP, le gendarme des données personnelles. Lucie Brenmor, la directrice "
     "générale de l'entreprise, a fait appel.", ("LEADS", "Lucie Brenmor", "CNDP")),
    ("L'amende infligée par la Commission Vernet, l'instance de régulation du rail, a surpris. Le patron du "
     "transporteur, Paul Ardent, conteste.", ("LEADS", "Paul Ardent", "Commission Vernet")),
    ("Kerlan Investment Group, le principal créancier, a accepté d'abandonner ses créances. Vernon Métropole a de son "
     "côté assigné le club devant le tribunal administratif.", ("SUES", "Vernon Métropole", "Kerlan Investment Group")),
    ("La banque Orvane Capital, qui avait prêté 12 millions d'euros, a renoncé à sa créance. Le maire a rencontré le "
     "président du club mardi.", ("LEADS", "maire", "Orvane Capital")),
    ("Le principal créancier, Dornel Asset Management, a accepté un étalement de la dette. Paul Ardent, qui a racheté "
     "le club en 2021, s'en félicite.", ("ACQUIRES", "Paul Ardent", "Dornel Asset Management")),
    ("Longtemps propriété de Télé Sud, l'équipe avait été cédée en 2018. Paul Ardent, qui détient également le club "
     "portugais de Varzim, affirme qu'il ne vendra pas.", ("OWNS", "Paul Ardent", "Télé Sud")),
    ("Le fonds Orfeo a cédé ses parts en 2018. Paul Ardent, qui possède aussi le club belge de Malines, refuse de "
     "vendre.", ("OWNS", "Paul Ardent", "Orfeo")),
    ("Télé Sud a longtemps financé les Aigles. Paul Ardent détient aussi le club de Varzim depuis 2020.",
     ("OWNS", "Paul Ardent", "Télé Sud")),
]

# a trade noun ("l'armateur", "l'avionneur", "le sidérurgiste") stands for the actor whose apposition says that
# trade's sector ("X, le numéro deux mondial du transport de conteneurs"), and never for a thing the text counts or
# calls a product ("dix avions de combat X", "vingt X") (mentions/coref.py _TRADE_SECTORS, _things)
_JETS = ("Défense : la Grèce commande dix Falcor supplémentaires\n\nLe gouvernement grec a signé mardi avec Vautrin "
         "Aviation un contrat portant sur dix avions de combat Falcor supplémentaires, a annoncé l'avionneur français "
         "dans un communiqué. Selon une source proche du dossier, Vautrin Aviation passera à Moteurs Kelm une commande "
         "de 400 millions d'euros, tandis que Dorvalis fournira à l'avionneur le radar principal. ")
_SHIPPER = ("À 55 ans, Paul Ardent dirige seul Navimar, le numéro deux mondial du transport de conteneurs, fondé par "
            "son père à Brest. Sa sœur veille sur les finances du groupe, dont le fonds Orfeo conserve environ 24 % du "
            "capital. La pandémie a tout changé. Gonflé par des profits record, l'armateur a racheté Dorvalis "
            "Logistique pour près de 5 milliards d'euros.")
CASES += [
    (_JETS + "Le fonds Orfeo détient environ 10 % du capital de l'avionneur.", [("OWNS", "Orfeo", "Vautrin Aviation")]),
    (_SHIPPER, [("ACQUIRES", "Navimar", "Dorvalis Logistique")]),
    ("Kelvane, un spécialiste français de l'aéronautique, emploie 3 000 personnes. Ses résultats ont déçu les "
     "marchés. Le fonds Orfeo, qui détient 8 % de l'avionneur, réclame un changement de stratégie.",
     [("OWNS", "Orfeo", "Kelvane")]),
    ("« Nous voulons doubler nos capacités », résume Lucie Brenmor, présidente de Vellan, un producteur d'acier "
     "du Nord. Le marché est difficile. Les prix baissent. Mardi, le sidérurgiste a racheté Forges Dumaine.",
     [("ACQUIRES", "Vellan", "Forges Dumaine")]),
]
FORBIDDEN += [
    (_JETS + "Le fonds Orfeo détient environ 10 % du capital de l'avionneur.", ("OWNS", "Orfeo", "Falcor supplémentaires")),
    ("La compagnie Aérolis a commandé vingt Orion 300 au printemps. Le fonds Velmar détient 12 % du capital du "
     "constructeur.", ("OWNS", "Velmar", "Orion 300")),
    ("L'armée grecque utilise des hélicoptères Karvos depuis 2010. Le fonds Velmar vient d'entrer au capital du "
     "constructeur.", ("OWNS", "Velmar", "Karvos")),
    (_SHIPPER, ("ACQUIRES", "Orfeo", "Dorvalis Logistique")),
]

# a noun the press calls a story's protagonist back by ("le milliardaire", "le magnat"), given to no one before, is
# the person the story names most, over a kin named once nearer ("Son fils Z préside …") (mentions/coref.py
# antecedent, main_person)
CASES += [
    ("Le magnat Paul Ardent, qui contrôle Radio Vernon et Télé Sud, est devenu un acteur politique. Depuis 2020, Paul "
     "Ardent reste le premier actionnaire de Médias Ouest. Son fils Jules Ardent préside le conseil de surveillance de Télé "
     "Sud. À gauche, l'offensive est frontale. La députée Lucie Brenmor accuse le milliardaire de servir la droite.",
     [("ACCUSES", "Lucie Brenmor", "Paul Ardent")]),
    ("Paul Ardent, qui détient Radio Vernon, a longtemps fui la lumière. Paul Ardent vit à Genève. Sa fille Clara "
     "Ardent dirige Télé Sud depuis 2022. La crise a tout changé. Lucie Brenmor a rencontré le magnat mardi.",
     [("MEETS", "Lucie Brenmor", "Paul Ardent")]),
    ("« Je ne vendrai pas », répète Paul Ardent, l'homme qui possède Radio Vernon. Paul Ardent refuse toute offre. "
     "Son neveu Marc Ardent siège au conseil de Télé Sud. Les syndicats s'inquiètent. Le ministre Hugo Dalmas a "
     "pourtant rencontré le milliardaire en mai.", [("MEETS", "Hugo Dalmas", "Paul Ardent")]),
]
FORBIDDEN += [
    ("Le magnat Paul Ardent, qui contrôle Radio Vernon et Télé Sud, est devenu un acteur politique. Depuis 2020, Paul "
     "Ardent reste le premier actionnaire de Médias Ouest. Son fils Jules Ardent préside le conseil de surveillance de Télé "
     "Sud. À gauche, l'offensive est frontale. La députée Lucie Brenmor accuse le milliardaire de servir la droite.",
     ("ACCUSES", "Lucie Brenmor", "Jules Ardent")),
    ("Paul Ardent, qui détient Radio Vernon, a longtemps fui la lumière. Paul Ardent vit à Genève. Sa fille Clara "
     "Ardent dirige Télé Sud depuis 2022. La crise a tout changé. Lucie Brenmor a rencontré le magnat mardi.",
     ("MEETS", "Lucie Brenmor", "Clara Ardent")),
]

# a regulator's noun with its field ("le gendarme des données personnelles", "le gendarme des télécoms") is the body
# whose name says that field in its own words ("… de l'informatique et des libertés", "… des communications
# électroniques") (mentions/coref.py _field_fits, _FIELD_NAME_WORDS)
CASES += [
    ("L'amende de 12 millions d'euros a été infligée en mai par la Commission régionale de l'informatique et des "
     "libertés (CRIL). Le gendarme des données personnelles reprochait à Velmar un suivi intrusif de ses salariés.",
     [("ACCUSES", "Commission régionale de l'informatique et des libertés", "Velmar")]),
    ("L'Autorité vernoise des communications électroniques a ouvert une enquête en mars. Le gendarme des télécoms "
     "reproche à Velcom des retards dans le déploiement de la fibre.",
     [("ACCUSES", "Autorité vernoise des communications électroniques", "Velcom")]),
    ("Velcom a été épinglé mardi par l'Autorité vernoise des communications électroniques. Dans son avis, le gendarme "
     "des télécoms accuse Velcom de retards répétés.",
     [("ACCUSES", "Autorité vernoise des communications électroniques", "Velcom")]),
    ("La Haute autorité vernoise de la communication audiovisuelle a rendu son avis. Le gendarme de l'audiovisuel "
     "reproche à Radio Vernon des manquements répétés.",
     [("ACCUSES", "Haute autorité vernoise de la communication audiovisuelle", "Radio Vernon")]),
]

# (a trade body's apposition says the trade's sector words too: "le groupement des industriels de l'aéronautique" is
# no maker "l'avionneur" stands for)
FORBIDDEN += [
    ("Vautrin Aviation a livré dix avions. Paul Ardent, son PDG, préside aussi l'Aérofed, le groupement des "
     "industriels de l'aéronautique. Le fonds Orfeo détient 10 % du capital de l'avionneur.",
     ("OWNS", "Orfeo", "Aérofed")),
]
