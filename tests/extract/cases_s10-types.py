"""Rule cases of the s10-types branch (names and types): ties that hold only when the name is whole and
typed right. Invented names."""

CASES = [
    ("Le transitaire smyrniote Ordvan Lojistik a livré les pièces. Ordvan Lojistik appartient "
     "à la holding Berkali.", [("OWNS", "Berkali", "Ordvan Lojistik")]),
]

FORBIDDEN = [
    # the pronoun object of "soupçonner" controls the infinitive, not the suspecting body
    ("Le Trésor britannique le soupçonne de contrôler aussi Morvak Trade FZE par un prête-nom.",
     ("OWNS", "Trésor britannique", "Morvak Trade FZE")),
    # a person named after a company's branch is no board member ("elle" is the person)
    ("Violette Arnaud a rejoint le groupe Calvanor. Elle a présidé la filiale italienne, Calvanor Italia. "
     "Depuis 2021, elle siège au conseil de surveillance du concessionnaire Paravane.",
     ("BOARD_MEMBER", "Calvanor Italia", "Paravane")),
]

CASES += [
    ("La Financière des Ecrins détient 65 % des Caves d'affinage Dorlaz, le solde restant aux mains de la "
     "famille Dorlaz.", [("OWNS", "Financière des Ecrins", "Caves d'affinage Dorlaz")]),
]

CASES += [
    ("Les deux partis ont voté une motion de censure contre le gouvernement de Tanguy Morlaix.",
     [("LEADS", "Tanguy Morlaix", "gouvernement de Tanguy Morlaix")]),
]
FORBIDDEN += [
    # "voir Y faire": Y does it (perception verbs control their infinitive like "pousser Y à")
    ("Gaspard Dulac, chef de file des Fédérés, ne cache plus qu'il la verrait bien quitter le gouvernement "
     "d'Ambroise Tellier.", ("WORKS_FOR", "Gaspard Dulac", "gouvernement d'Ambroise Tellier")),
]

CASES += [
    ("La société chinoise Hanmo Micro, filiale du groupe de Shenzhen Kunlai Holdings, est visée par les sanctions.",
     [("OWNS", "Kunlai Holdings", "Hanmo Micro")]),
]
FORBIDDEN += [
    ("Baptiste Roudil, PDG d'Aérovia, a été reçu jeudi place Beauvau par le préfet Alain Trémolo.",
     ("MEETS", "Alain Trémolo", "Beauvau")),
]

CASES += [
    # a sport closing a name makes a club (not the NER's person), and "le club" is that club, not the sponsor
    ("Depuis cette saison, Solvane est aussi le sponsor maillot de Kervelle Basket, à qui elle verse 350 000 euros par an. "
     "Or le club est présidé par Samuel Riveau, le frère de l'élue.",
     [("LEADS", "Samuel Riveau", "Kervelle Basket")]),
]
FORBIDDEN += [
    ("Depuis cette saison, Solvane est aussi le sponsor maillot de Kervelle Basket, à qui elle verse 350 000 euros par an. "
     "Or le club est présidé par Samuel Riveau, le frère de l'élue.", ("LEADS", "Samuel Riveau", "Solvane")),
]
