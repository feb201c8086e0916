"""Cases of the s29 ownership and money gaps (helper s29-deals29), invented names and sentences."""

# goods counted like goods are no actors: a name right after a cardinal number (mentions/deals29.counted_products)
CASES = [
    ("La Moldavie commande douze Falcor supplémentaires à Vannier Aviation.",
     [("FUNDS", "Moldavie", "Vannier Aviation")]),
]
FORBIDDEN = [
    ("La Moldavie commande douze Falcor supplémentaires à Vannier Aviation.", ("FUNDS", "Moldavie", "Falcor")),
    ("Trente Falcor neufs ont été commandés par l'Égypte à Vannier Aviation en 2021.", ("FUNDS", "Égypte", "Falcor")),
    ("Trente Falcor neufs ont été commandés par l'Égypte à Vannier Aviation en 2021.", ("FUNDS", "Égypte", "Trente")),
    ("Le Qatar a signé pour 24 Falcor. Le contrat a été négocié par Vannier Aviation, qui fournira aussi trois "
     "Corvel A330.", ("FUNDS", "Corvel A330", "Vannier Aviation")),
]

# a hardware noun labels a product, not a company: "le radar X", "le système de guerre électronique X", "ses
# missiles X" (mentions/deals29.hardware_names); the goods bought leave no object to fall back on
# (slots/deals29.goods_bought)
CASES += [
    ("Teloris Systems fournira à Vannier Aviation le radar RBX7 et le système de guerre électronique Castor.",
     [("FUNDS", "Vannier Aviation", "Teloris Systems")]),
    ("Vannier Aviation a acheté à Teloris Systems ses missiles Orage et ses radars Nemo.",
     [("FUNDS", "Vannier Aviation", "Teloris Systems")]),
]
FORBIDDEN += [
    ("Teloris Systems fournira à Vannier Aviation le radar RBX7 et le système de guerre électronique Castor.",
     ("FUNDS", "Castor", "Teloris Systems")),
    ("Vannier Aviation a acheté à Teloris Systems ses missiles Orage et ses radars Nemo.",
     ("OWNS", "Vannier Aviation", "Orage")),
    ("Vannier Aviation a acheté à Teloris Systems ses missiles Orage et ses radars Nemo.",
     ("OWNS", "Teloris Systems", "Nemo")),
    ("Vannier Aviation a acheté à Teloris Systems ses missiles Orage et ses radars Nemo.",
     ("OWNS", "Vannier Aviation", "Teloris Systems")),
]

# a company's "sa holding" is its parent, a person's is his own company (rules owns.parent_holding,
# owns.own_subsidiary_holding)
CASES += [
    ("Norvel Aviation, contrôlé à 60 % par la Financière Ardant, sa holding familiale, n'a pas souhaité commenter.",
     [("OWNS", "Financière Ardant", "Norvel Aviation")]),
    ("Chez Brunel Aviation et sa holding familiale Société Orvane, on reste prudent.",
     [("OWNS", "Société Orvane", "Brunel Aviation")]),
    ("Xavier Morin et sa holding Financière Morin ont déposé une offre sur Vitrex.",
     [("OWNS", "Xavier Morin", "Financière Morin")]),
]
FORBIDDEN += [
    ("Norvel Aviation, contrôlé à 60 % par la Financière Ardant, sa holding familiale, n'a pas souhaité commenter.",
     ("OWNS", "Norvel Aviation", "Financière Ardant")),
    ("« Nous restons indépendants », assure le PDG de Brunel Aviation, dont la Société Orvane, sa holding "
     "familiale, détient 70 %.", ("OWNS", "Brunel Aviation", "Société Orvane")),
    ("Chez Brunel Aviation et sa holding familiale Société Orvane, on reste prudent.",
     ("OWNS", "Brunel Aviation", "Société Orvane")),
]

# "A, la holding de B, qui contrôle N % de C": the relative tells of A (slots/deals29.holding_relative)
CASES += [
    ("L'opération a été saluée par Sarvel Capital, la holding de Marc Tobin, qui contrôle 42 % du capital de "
     "Brunex Industries.", [("OWNS", "Sarvel Capital", "Brunex Industries")]),
    ("« Le prix est juste », estime Dorvane Participations, le fonds du financier Paul Anselme, qui détient 12 % "
     "de Brunex Industries.", [("OWNS", "Dorvane Participations", "Brunex Industries")]),
    ("Vitrex Group est passé en 2019 sous le contrôle de Sarvel Capital, la holding de Marc Tobin, qui possédait "
     "déjà Brunex Industries.", [("OWNS", "Sarvel Capital", "Brunex Industries")]),
]
FORBIDDEN += [
    ("L'opération a été saluée par Sarvel Capital, la holding de Marc Tobin, qui contrôle 42 % du capital de "
     "Brunex Industries.", ("OWNS", "Marc Tobin", "Brunex Industries")),
    ("« Le prix est juste », estime Dorvane Participations, le fonds du financier Paul Anselme, qui détient 12 % "
     "de Brunex Industries.", ("OWNS", "Paul Anselme", "Brunex Industries")),
]

# a stake in brackets after a name, after the shareholder noun: that name holds it in the noun's company
# (slots/deals29.bracketed_stakes, rule owns.bracketed_stake)
CASES += [
    ("La holding cotée consolide ainsi sa place de troisième actionnaire de Stellavia, derrière Exora (14,9 %), la "
     "holding dirigée par Jean Elkor, et Bpifrance (6,4 %).",
     [("OWNS", "Exora", "Stellavia"), ("OWNS", "Bpifrance", "Stellavia")]),
    ("Les principaux actionnaires de Vestrol Group restent Dunor Holding (14,9 %), Alpis Capital (6,4 %) et l'État "
     "(3 %).", [("OWNS", "Dunor Holding", "Vestrol Group"), ("OWNS", "Alpis Capital", "Vestrol Group"),
                ("OWNS", "État", "Vestrol Group")]),
    ("Avec 9 % du capital, Corvane Invest est devenu l'actionnaire de référence de Vestrol Group, devant Dunor "
     "Holding (4,9 %).", [("OWNS", "Dunor Holding", "Vestrol Group"), ("OWNS", "Corvane Invest", "Vestrol Group")]),
]
FORBIDDEN += [
    ("La holding cotée consolide ainsi sa place de troisième actionnaire de Stellavia, derrière Exora (14,9 %), la "
     "holding dirigée par Jean Elkor, et Bpifrance (6,4 %).", ("OWNS", "Jean Elkor", "Stellavia")),
]

# an interview's "vous" who takes a stake ("Vous êtes entré au capital de X", "vous êtes monté au capital de X") is
# the interviewee's organisation, not a career move of the person (mentions/quoted_we._into_capital)
_INT1 = "Hélène Vasseur : « Nous resterons prudents en Espagne »\n\nArrivée en mai à la direction générale de la Banque Mutuelle d'Aquitaine, Hélène Vasseur détaille ses priorités.\n\nVous avez renoncé à une offre sur Banco Ribera ?\n\nOui. Le prix était trop élevé et nous respectons cette banque.\n\nVous êtes aussi entrée au capital de Paylogix, à hauteur de 7 %. Allez-vous monter ?\n\nCe n'est pas à l'ordre du jour.\n"
_INT2 = 'Entretien avec Marc Olivier, président de Transalpe Logistique.\n\nLe transport routier souffre. Comment allez-vous ?\n\nNous tenons bon, malgré les prix du gazole.\n\nEn 2022, vous êtes entré au capital du transporteur Fretlink à hauteur de 15 %. Pourquoi ?\n\nParce que nous croyons au fret numérique.\n'
_INT3 = "Sophie Arnal, directrice générale de Caisse Régionale Véronne : « Nous ne vendrons pas »\n\nVous êtes monté au capital de Paylogix l'an dernier. Irez-vous plus loin ?\n\nNon. Nous sommes bien à 9 %.\n\nVous êtes entrée chez Véronne en 2004, après dix ans chez Banque Sarrat ?\n\nOui, j'y ai fait toute ma carrière.\n"
CASES += [
    (_INT1, [("OWNS", "Banque Mutuelle d'Aquitaine", "Paylogix")]),
    (_INT2, [("OWNS", "Transalpe Logistique", "Fretlink")]),
    (_INT3, [("OWNS", "Caisse Régionale Véronne", "Paylogix"), ("WORKS_FOR", "Sophie Arnal", "Banque Sarrat")]),
]
FORBIDDEN += [
    (_INT1, ("OWNS", "Hélène Vasseur", "Paylogix")),
    (_INT2, ("OWNS", "Marc Olivier", "Fretlink")),
]

# "la famille X Y": a double surname after "famille" is the family's name, not a person's
# (mentions/candidates._double_surname)
CASES += [
    ("Le groupe Tarlin Cosmétiques, dont la famille Castel Moreau détient environ 34 %, a publié ses comptes.",
     [("OWNS", "famille Castel Moreau", "Tarlin Cosmétiques")]),
    ("« Nous achetons des marques », résume Paul Anse, le patron de Tarlin, qui s'appuie sur un groupe dont la "
     "famille Bertin Lacaze détient environ 34 %.", [("OWNS", "famille Bertin Lacaze", "Tarlin")]),
    ("Selon la famille Roux Combaluzier, propriétaire de Tarlin Cosmétiques depuis 1950, aucune vente n'est prévue.",
     [("OWNS", "famille Roux Combaluzier", "Tarlin Cosmétiques")]),
]
FORBIDDEN += [
    ("Le groupe Tarlin Cosmétiques, dont la famille Castel Moreau détient environ 34 %, a publié ses comptes.",
     ("OWNS", "Castel Moreau", "Tarlin Cosmétiques")),
]

# "Y, la maison de X", "Y, l'opérateur du milliardaire X": a person's house or operator is his company (rule
# owns.house_of; a person only)
CASES += [
    ("Norea Télécom, l'opérateur de Victor Mandrel, a perdu des clients.",
     [("OWNS", "Victor Mandrel", "Norea Télécom")]),
    ("« Nous baisserons les prix », annonce Norea Télécom, l'opérateur du milliardaire Victor Mandrel.",
     [("OWNS", "Victor Mandrel", "Norea Télécom")]),
    ("Paris Hebdo a été revendu à Orvane Group, la maison de Bernard Orvieto, pour 120 millions d'euros.",
     [("OWNS", "Bernard Orvieto", "Orvane Group"), ("ACQUIRES", "Orvane Group", "Paris Hebdo")]),
]
FORBIDDEN += [
    ("Castelnet Énergie, l'opérateur de la centrale de Brennilis, a été sanctionné.",
     ("OWNS", "Brennilis", "Castelnet Énergie")),
]

# "X attribue les contrats de l'ORX3": the contract's "de" phrase with a verb of awarding is the project, not
# the one paid (slots/deals29.awarded_contract_of_project); the one awarded is the "à" phrase
CASES += [
    ("Elvia Énergie a attribué mardi les contrats de génie civil de l'ORX3 à Vinor Construction.",
     [("FUNDS", "Elvia Énergie", "Vinor Construction")]),
]
FORBIDDEN += [
    ("Nucléaire : Elvia Énergie attribue les premiers grands contrats de l'ORX3 de Penly",
     ("FUNDS", "Elvia Énergie", "ORX3")),
    ("Elvia Énergie, qui a accordé mardi les contrats de l'ORX3 de Flamanville, n'a pas donné de montant.",
     ("FUNDS", "Elvia Énergie", "ORX3")),
    ("Elvia Énergie, qui a accordé mardi les contrats de l'ORX3 de Flamanville, n'a pas donné de montant.",
     ("FUNDS", "Elvia Énergie", "Flamanville")),
    ("En juin, Elvia Énergie attribuera enfin les premiers contrats de l'ORX3 de Gravelines, selon son PDG.",
     ("FUNDS", "Elvia Énergie", "ORX3")),
]

# "Y est convoité par X": the passive's agent wants Y (rule bids.verb_passive)
CASES += [
    ("Kelvio Labs est convoité par Norvik Capital et par Orvane Group.",
     [("BIDS_FOR", "Norvik Capital", "Kelvio Labs"), ("BIDS_FOR", "Orvane Group", "Kelvio Labs")]),
    ("Kelvio Labs, longtemps convoitée par le fonds Norvik Capital, reste indépendante.",
     [("BIDS_FOR", "Norvik Capital", "Kelvio Labs")]),
]

# "X a misé 100 millions d'euros sur Y": the company's phrase hung on the sum is the verb's
# (slots/deals29.stake_on_the_sum)
CASES += [
    ("Norvik Shipping a misé 100 millions d'euros sur Kelvio Labs.",
     [("INVESTS_IN", "Norvik Shipping", "Kelvio Labs")]),
    ("Norvik Shipping, qui a déjà misé 20 millions d'euros sur Kelvio Labs, remet au pot.",
     [("INVESTS_IN", "Norvik Shipping", "Kelvio Labs")]),
    ("En 2023, Norvik Capital avait injecté 2 milliards d'euros dans Kelvio Labs, selon Les Échos.",
     [("INVESTS_IN", "Norvik Capital", "Kelvio Labs")]),
]
