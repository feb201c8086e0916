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
]

FORBIDDEN = [
    # the regulator the offer is filed with neither bids nor is bid for
    ("Le groupe Rouvel a déposé lundi auprès de l'Autorité des marchés financiers un projet d'offre publique d'achat sur Vélane, son concurrent alsacien.",
     ("BIDS_FOR", "Rouvel", "Autorité des marchés financiers")),
]
