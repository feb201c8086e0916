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
]

FORBIDDEN = [
    # another company is the subject of the sentence: it may be the buyer
    ("Le groupe Brandel vend des voiles. Brandel emploie 300 salariés et Brandel exporte. La holding Morvane Participations contrôle Voilerie Castine, rachetée en 2019.",
     ("ACQUIRES", "Brandel", "Voilerie Castine")),
]
