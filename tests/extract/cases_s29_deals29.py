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
