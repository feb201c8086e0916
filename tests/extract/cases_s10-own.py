"""Rule cases of the ownership and money line of work (s10-own): invented actors only."""

CASES = [
    # a relative clause the parser hangs on the main verb: "qui" stands for the name before its comma
    ("Il pourrait en outre compter sur le fonds activiste Orvel Capital, qui détient 6,2 % de Tarvane et s'est dit « favorable à toute offre ».",
     [("OWNS", "Orvel Capital", "Tarvane")]),
    # an offer filed with a regulator, hung by the parser on the regulator's name
    ("Tarnois Industries a annoncé lundi le dépôt auprès de l'Autorité des marchés financiers d'une offre publique d'achat sur l'intégralité du capital de Rabavel, au prix de 42 euros.",
     [("BIDS_FOR", "Tarnois Industries", "Rabavel")]),
    ("Le groupe lyonnais Hautefort a déposé jeudi auprès de l'Autorité des marchés financiers un projet d'offre publique d'achat visant la totalité du capital de Prandel, son concurrent grenoblois.",
     [("BIDS_FOR", "Hautefort", "Prandel")]),
    ("Le groupe Rouvel a déposé lundi auprès de l'Autorité des marchés financiers un projet d'offre publique d'achat sur Vélane, son concurrent alsacien.",
     [("BIDS_FOR", "Rouvel", "Vélane")]),
    # "A remet au pot, tout comme le business angel B": B invests too
    ("Nacrel : la start-up lève 12 millions d'euros. Nacrel fabrique des capteurs et Nacrel vise l'Europe. Le tour de table est mené par Corail Ventures. Le fonds Garance Capital remet au pot, tout comme le business angel Fabien Alric, ancien patron de Géolis.",
     [("INVESTS_IN", "Garance Capital", "Nacrel"), ("INVESTS_IN", "Fabien Alric", "Nacrel")]),
    # a backer whose subject is a company descriptor naming no one: the article's company
    ("Ondival : la PME lève 20 millions d'euros. Ondival vend ses capteurs en Europe et Ondival recrute. L'entreprise sera pendant trois ans, pour 1,2 million d'euros, le sponsor principal de la navigatrice Léa Morvan.",
     [("FUNDS", "Ondival", "Léa Morvan")]),
    # a loan that completes a round: the lender funds the company that raised it
    ("Ondival lève 20 millions d'euros auprès de Corail Ventures. L'opération est complétée par un prêt de 10 millions d'euros de la Banque européenne d'investissement.",
     [("FUNDS", "Banque européenne d'investissement", "Ondival")]),
    # a loan granted by a pool: its leader lends to the subject (not to the fronted "Côté" phrase)
    ("Le groupe Tarvel lance une offre sur Morlan. Côté financement, Tarvel s'appuie sur un prêt de 450 M€ consenti par un pool mené par la Banque Lamoric.",
     [("FUNDS", "Banque Lamoric", "Tarvel")]),
    # "la holding qui coiffe X": the holding owns X
    ("Hubert Verlac a transmis à ses enfants ses titres de Verlac Participations, la holding qui coiffe le négociant Maison Verlac.",
     [("OWNS", "Verlac Participations", "Maison Verlac")]),
    # a stake taken or held in the company named before "dans laquelle" / "dont" (however the clause is parsed)
    ("L'analyse des images sera confiée à Vigelane, une jeune pousse montpelliéraine fondée par la chercheuse Rose Bessac, dans laquelle Aérovane a pris 15 % l'an dernier.",
     [("OWNS", "Aérovane", "Vigelane")]),
    ("Le réseau sera installé avec Stadiane, une jeune pousse rouennaise dans laquelle Celtel a pris une participation minoritaire l'an dernier.",
     [("OWNS", "Celtel", "Stadiane")]),
    ("La jeune pousse Opaline, dont Quadral détient 15 % depuis l'an dernier, fournit les logiciels.",
     [("OWNS", "Quadral", "Opaline")]),
    # shares handed over: the names after "à" hold shares of the company named after the shares
    ("Pierre Marlot a transmis en décembre à ses deux filles, Julie Marlot et Anne Marlot, 40 % de sa holding personnelle, Marlot Développement.",
     [("OWNS", "Julie Marlot", "Marlot Développement"), ("OWNS", "Anne Marlot", "Marlot Développement")]),
    ("Le patriarche Yves Naudet a donné à sa fille Rose Naudet la nue-propriété des 52 % qu'il détenait dans Naudet Participations.",
     [("OWNS", "Rose Naudet", "Naudet Participations")]),
]

FORBIDDEN = [
    # a majority sold is a take-over, not a stake held (owns.handed_over reads minority shares only for "céder")
    ("Le groupe Cévenol Presse cède à Bergame Médias 80 % de La Gazette d'Alès, l'hebdomadaire qu'il avait racheté en 2015.",
     ("OWNS", "Bergame Médias", "La Gazette d'Alès")),
    # "sa filiale": a subsidiary's parent is no person (the possessive read back to the wrong antecedent)
    ("Présidente du groupe depuis mars, Sacha Maubert a confirmé la vente de sa filiale de location de bateaux, Ravel Loisirs, au rochelais Port Nautic.",
     ("OWNS", "Sacha Maubert", "Ravel Loisirs")),
    # the regulator the offer is filed with neither bids nor is bid for
    ("Le groupe Rouvel a déposé lundi auprès de l'Autorité des marchés financiers un projet d'offre publique d'achat sur Vélane, son concurrent alsacien.",
     ("BIDS_FOR", "Rouvel", "Autorité des marchés financiers")),
]
