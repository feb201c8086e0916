"""Cases of the tenth session's last fixes (the lead's), invented names."""

CASES = [
    # an acquisition only sought ("cherche à", left unlemmatised by the model) is a bid
    ("Paul Verdier cherche à s'emparer de Technova à prix cassé.", [("BIDS_FOR", "Paul Verdier", "Technova")]),
    # "prendre les commandes de Y" is taking the helm
    ("Anne Fabre, la gestionnaire qui prend les commandes de Technova, arrive lundi.",
     [("LEADS", "Anne Fabre", "Technova")]),
]

FORBIDDEN = [
    ("Paul Verdier cherche à s'emparer de Technova à prix cassé.", ("ACQUIRES", "Paul Verdier", "Technova")),
    ("Anne Fabre, la gestionnaire qui prend les commandes de Technova, arrive lundi.",
     ("FUNDS", "Anne Fabre", "Technova")),
    # the one who accuses the owner of Y does not own Y
    ("Bruxelles accuse le propriétaire du groupe minier Technova d'avoir financé la guerre.",
     ("OWNS", "Bruxelles", "Technova")),
]

CASES += [
    ("Me Paul Verdier, associé du cabinet Roux Avocats, défend Technova.", [("WORKS_FOR", "Paul Verdier", "Roux Avocats")]),
]
FORBIDDEN += [
    # a person's "associé" is a business partner, not an employee
    ("Anne Fabre dirige Technova. Son associé, Paul Verdier, pilotera l'ouverture de bureaux à Berlin.",
     ("WORKS_FOR", "Paul Verdier", "Anne Fabre")),
]

CASES += [
    # a participle opening the sentence whose main verb the parser made its object
    ("Technova a levé 45 millions d'euros auprès de Kelvio. Fondée en 2020 par Anne Fabre, la fintech parisienne "
     "compte 80 salariés.", [("FOUNDED", "Anne Fabre", "Technova")]),
]

FORBIDDEN += [
    # "l'opération" after a bid is the bid: its backer invests nothing in the bidder
    ("Technova a lancé une offre de 2 milliards d'euros sur Kelvio. Le groupe Technova compte sur ses actionnaires. "
     "Atlas Capital détient 12 % du capital de Technova depuis 2019 et soutient l'opération.",
     ("INVESTS_IN", "Atlas Capital", "Technova")),
]
