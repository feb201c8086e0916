"""Cases of the s38 type checks (helper s38-types38: extract/types38.py, data/types38.yaml), invented names and
sentences: an accepted offer is an agreed deal (ACQUIRES), the unit sold is the seller's, a department's director
works for the company, a partner of a fund works for it, a relative clause's accusation is an accusation, and the
right readings these checks must leave alone."""

CASES = [
    # an agreed deal awaiting the regulators: ACQUIRES (status proposed: test_s38_types38.py), the unit the seller's
    ("Le groupe Belvane a accepté vendredi l'offre de Corvix sur sa filiale italienne, Belvane Italia, pour 3 "
     "milliards d'euros. L'opération doit encore recevoir le feu vert de Bruxelles.",
     [("ACQUIRES", "Corvix", "Belvane Italia"), ("OWNS", "Belvane", "Belvane Italia")]),
    # the head of a department works for the company
    ("La chaîne Canal Ondine change de grille. Laure Kerbrat, directrice des programmes de Canal Ondine, part pour "
     "la radio Fréquence Sud.",
     [("WORKS_FOR", "Laure Kerbrat", "Canal Ondine")]),
    # a fund's "directrice associée" is one of its partners
    ("Le fonds rennais Ardelis, qui prend 20 % du capital, obtient un siège au conseil, occupé par sa directrice "
     "associée Mélanie Jouvin.",
     [("WORKS_FOR", "Mélanie Jouvin", "Ardelis")]),
    # a broken contract and the words of the relative clause: an accusation
    ("Le volley français cherche un diffuseur. La plateforme britannique Streamo a rompu l'an dernier son contrat "
     "avec la Ligue nationale de volley, qu'elle accusait de « publicité mensongère ».",
     [("ACCUSES", "Streamo", "Ligue nationale de volley")]),
]

FORBIDDEN = [
    ("Le groupe Belvane a accepté vendredi l'offre de Corvix sur sa filiale italienne, Belvane Italia, pour 3 "
     "milliards d'euros.",
     ("BIDS_FOR", "Corvix", "Belvane Italia")),
    ("Le groupe Belvane a accepté vendredi l'offre de Corvix sur sa filiale italienne, Belvane Italia, pour 3 "
     "milliards d'euros.",
     ("OWNS", "Corvix", "Belvane Italia")),
    ("La chaîne Canal Ondine change de grille. Laure Kerbrat, directrice des programmes de Canal Ondine, part pour "
     "la radio Fréquence Sud.",
     ("LEADS", "Laure Kerbrat", "Canal Ondine")),
    ("Le fonds rennais Ardelis, qui prend 20 % du capital, obtient un siège au conseil, occupé par sa directrice "
     "associée Mélanie Jouvin.",
     ("LEADS", "Mélanie Jouvin", "Ardelis")),
    ("Le volley français cherche un diffuseur. La plateforme britannique Streamo a rompu l'an dernier son contrat "
     "avec la Ligue nationale de volley, qu'elle accusait de « publicité mensongère ».",
     ("OPPOSES", "Streamo", "Ligue nationale de volley")),
    # the one who left is no head of the body left
    ("Le fabricant de blindés Ferrovane a annoncé mardi une commande de 200 véhicules. Son directeur général, Hugo "
     "Marsaud, a quitté Aérostel en 2019 pour en prendre la tête.",
     ("LEADS", "Hugo Marsaud", "Aérostel")),
]

# what the checks leave alone: a director general leads; an offer refused stays a bid
CASES += [
    ("Laure Kerbrat, directrice générale de Canal Ondine, part pour la radio Fréquence Sud.",
     [("LEADS", "Laure Kerbrat", "Canal Ondine")]),
    ("Le conseil d'administration de Norvane a rejeté l'offre de Corvix, jugée « opportuniste ».",
     [("BIDS_FOR", "Corvix", "Norvane")]),
]
FORBIDDEN += [
    ("Norvane n'a pas accepté l'offre de Corvix, jugée « opportuniste ».",
     ("ACQUIRES", "Corvix", "Norvane")),
]

# a table row with two titles: the department's director works for the first body, the second is led
CASES += [
    ("| Nom | Poste actuel | Nouveau poste |\n|---|---|---|\n| Laure Kerbrat | Directrice des programmes de Canal "
     "Ondine | Directrice générale de Fréquence Sud |",
     [("LEADS", "Laure Kerbrat", "Fréquence Sud")]),
]

# an accord to sell: the buyer acquires the unit (agreed, awaiting closing), the seller still owns it; no partners
CASES += [
    ("Le groupe informatique Calvane a signé mardi avec l'État français un accord pour lui céder ses activités de "
     "calcul, Norvex Computing, pour 410 millions d'euros.",
     [("ACQUIRES", "État français", "Norvex Computing"), ("OWNS", "Calvane", "Norvex Computing")]),
    # (an accord to work together stays a partnership)
    ("Le groupe Calvane a signé avec Orbalia un accord pour développer ensemble des serveurs.",
     [("PARTNERS_WITH", "Calvane", "Orbalia")]),
]
FORBIDDEN += [
    ("Le groupe informatique Calvane a signé mardi avec l'État français un accord pour lui céder ses activités de "
     "calcul, Norvex Computing, pour 410 millions d'euros.",
     ("PARTNERS_WITH", "Calvane", "État français")),
]

# the lenders of one loan each fund the borrower, they are not partners of each other; the two owners of an existing
# holding held half each are not partners, those of a joint venture being created are (rule_cases.py)
CASES += [
    ("L'opération est financée par un prêt de 400 millions d'euros accordé à Valdor par la Banque Arlan et Ostra "
     "Finance.",
     [("FUNDS", "Banque Arlan", "Valdor"), ("FUNDS", "Ostra Finance", "Valdor")]),
]
FORBIDDEN += [
    ("L'opération est financée par un prêt de 400 millions d'euros accordé à Valdor par la Banque Arlan et Ostra "
     "Finance.",
     ("PARTNERS_WITH", "Banque Arlan", "Ostra Finance")),
    ("La société Kestrel Capital a contracté en mars un emprunt de 90 millions d'euros, arrangé par Ostra Finance. "
     "La Banque Arlan et la Caisse Ravel ont rejoint le pool.",
     ("PARTNERS_WITH", "Banque Arlan", "Ostra Finance")),
    ("Le fabricant Ferrovane appartient à la holding franco-allemande Kordis, détenue à parts égales par l'État "
     "français et Wendel & Co, la holding des héritiers.",
     ("PARTNERS_WITH", "État français", "Wendel & Co")),
]
