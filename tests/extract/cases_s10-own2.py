"""Rule cases of the second money line of work (s10-own2): invented actors only."""

CASES = [
    # a contract won "auprès de" its buyer, or with the buyer after the amount
    ("La société Dolmène vient de décrocher un marché de 86 millions d'euros sur sept ans auprès du ministère des Armées.",
     [("FUNDS", "ministère des Armées", "Dolmène")]),
    # (the contract hung by the parser on the month before it)
    ("La start-up Corvane a remporté en mars un marché de 4 millions d'euros de la Métropole de Brest.",
     [("FUNDS", "Métropole de Brest", "Corvane")]),
    ("La start-up Corvane a décroché en juin un marché de 9,6 millions d'euros de l'Agence de l'innovation de défense.",
     [("FUNDS", "Agence de l'innovation de défense", "Corvane")]),
    # goods sold for an amount: the "à Y" phrase the parser hangs on the amount is the customer
    ("La société Tirel aurait fourni depuis 2023 pour au moins 43 millions de dollars de moteurs à Daskar Industries.",
     [("FUNDS", "Daskar Industries", "Tirel")]),
    ("Le négociant Fromenx aurait livré pour 2 millions d'euros de pièces à la société Ardanne en 2022.",
     [("FUNDS", "Ardanne", "Fromenx")]),
    # a take-over participle with a past date and no agent, in an article about one company: its purchase
    ("Le groupe Brandel vend des voiles. Brandel emploie 300 salariés et Brandel exporte. En revanche, pas question de se séparer de Voilerie Castine, rachetée en 2019 : « C'est notre cœur de métier », a dit la présidente.",
     [("ACQUIRES", "Brandel", "Voilerie Castine")]),
    # "passe dans le giron de X": X takes it over
    ("Le groupe Salvène se sépare de Glaces Morvan. Glaces Morvan passe dans le giron du groupe Talvard.",
     [("ACQUIRES", "Talvard", "Glaces Morvan")]),
    # "qui pèse N %": a holder's weight in the capital of the article's company
    ("Le cimentier Bravalle fait l'objet d'une offre. Bravalle emploie 800 salariés et Bravalle exporte. Le fonds Merlon Capital, qui pèse 6 % du capital, a refusé.",
     [("OWNS", "Merlon Capital", "Bravalle")]),
    # a bid filed by a title naming no one: its company bids
    ("Le patron de Morvane Industries a déposé mardi auprès de l'Autorité des marchés financiers une offre publique d'achat sur Castelvin.",
     [("BIDS_FOR", "Morvane Industries", "Castelvin")]),
    ("Le patron de Morvane Industries a déposé mardi une offre de rachat sur Castelvin.",
     [("BIDS_FOR", "Morvane Industries", "Castelvin")]),
    # "reproche au négociant X d'avoir acheté …": the parser hangs the perfect infinitive on the name as a participle
    ("La Commission européenne, qui a piloté le dossier, reproche au négociant marseillais Fromenx Engrais d'avoir acheté pour près de 90 millions d'euros de potasse à Malvane Trading en 2024.",
     [("FUNDS", "Fromenx Engrais", "Malvane Trading")]),
    # goods delivered by an agent to no one named, in an article about one company: that company pays
    ("Le constructeur Brenvale lance un drone. Brenvale emploie 300 salariés et Brenvale exporte. Les batteries seront livrées par l'auvergnat Cobrel, pour un montant de 8,5 M€.",
     [("FUNDS", "Brenvale", "Cobrel")]),
]

FORBIDDEN = [
    # delivered to a customer named: not the article's company
    ("Le constructeur Brenvale lance un drone. Brenvale emploie 300 salariés et Brenvale exporte. Les batteries seront livrées par l'auvergnat Cobrel à la société Tarnel Aviation.",
     ("FUNDS", "Brenvale", "Cobrel")),
    ("La Commission européenne, qui a piloté le dossier, reproche au négociant marseillais Fromenx Engrais d'avoir acheté pour près de 90 millions d'euros de potasse à Malvane Trading en 2024.",
     ("OWNS", "Malvane Trading", "Fromenx Engrais")),
    # a company kept in the fold is no take-over
    ("Le groupe Salvène reste dans le giron de la société Orvel Holding.", ("ACQUIRES", "Orvel Holding", "Salvène")),
    # a share of a market weighed is no stake
    ("Le cimentier Bravalle fait l'objet d'une offre. Bravalle emploie 800 salariés et Bravalle exporte. Le fonds Merlon Capital, qui pèse 6 % du marché, a refusé.",
     ("OWNS", "Merlon Capital", "Bravalle")),
    # a bare share weighed: its company is unsure (the article's bidder, its target, a holder named last)
    ("Le cimentier Bravalle fait l'objet d'une offre. Bravalle emploie 800 salariés et Bravalle exporte. Le fonds Merlon Capital, qui pèse 6 %, a refusé.",
     ("OWNS", "Merlon Capital", "Bravalle")),
    # another company is the subject of the sentence: it may be the buyer
    ("Le groupe Brandel vend des voiles. Brandel emploie 300 salariés et Brandel exporte. La holding Morvane Participations contrôle Voilerie Castine, rachetée en 2019.",
     ("ACQUIRES", "Brandel", "Voilerie Castine")),
]
