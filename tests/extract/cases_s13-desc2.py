"""Cases of the s13 descriptor and clitic fixes (helper s13-desc2), invented names."""

CASES = [
    # an object clitic inside a participle clause opening its sentence stands for the subject after it,
    # not an actor of the sentence before; "l'entreprise" then stays with that subject
    ("La société de négoce Varkos Trade a acheté des pièces à Molvane Industrie. Varkos Trade appartient à "
     "Pavel Rostov.\n\nFondée en 2008 par Didier Lasserre, qui la dirige toujours, Molvane Industrie compte "
     "300 salariés. L'entreprise est aussi un fournisseur du ministère des Armées.",
     [("FUNDS", "ministère des Armées", "Molvane Industrie")]),
    ("Le cabinet Orlan Conseil a audité Brasserie Kerbel. Orlan Conseil est coté à Paris.\n\n"
     "Créée en 1995 par Annick Le Bihan, qui la préside encore, Brasserie Kerbel emploie 80 personnes. "
     "La société est un fournisseur de la région Bretagne.",
     [("FUNDS", "région Bretagne", "Brasserie Kerbel")]),
    ("Le fonds Talmont Capital a pris 10 % de Sorelec. Talmont Capital gère 2 milliards d'euros.\n\n"
     "Rachetée en 2015 par Hugo Ferrand, qui la dirige depuis, la société Nordelis Sensors vend des capteurs. "
     "L'entreprise est un fournisseur de la SNCF.",
     [("FUNDS", "SNCF", "Nordelis Sensors")]),
]

FORBIDDEN = [
    ("La société de négoce Varkos Trade a acheté des pièces à Molvane Industrie. Varkos Trade appartient à "
     "Pavel Rostov.\n\nFondée en 2008 par Didier Lasserre, qui la dirige toujours, Molvane Industrie compte "
     "300 salariés. L'entreprise est aussi un fournisseur du ministère des Armées.",
     ("FUNDS", "ministère des Armées", "Varkos Trade")),
    ("La société de négoce Varkos Trade a acheté des pièces à Molvane Industrie. Varkos Trade appartient à "
     "Pavel Rostov.\n\nFondée en 2008 par Didier Lasserre, qui la dirige toujours, Molvane Industrie compte "
     "300 salariés. L'entreprise est aussi un fournisseur du ministère des Armées.",
     ("LEADS", "Didier Lasserre", "Varkos Trade")),
    ("Le cabinet Orlan Conseil a audité Brasserie Kerbel. Orlan Conseil est coté à Paris.\n\n"
     "Créée en 1995 par Annick Le Bihan, qui la préside encore, Brasserie Kerbel emploie 80 personnes. "
     "La société est un fournisseur de la région Bretagne.",
     ("LEADS", "Annick Le Bihan", "Orlan Conseil")),
]

CASES += [
    # masculine, a club (the participle tagged as a name by the parser)
    ("Le sponsor Garvel Énergie a signé avec la ville de Dinan. Garvel Énergie est basé à Rennes.\n\n"
     "Créé en 1988 par Paul Ternel, qui le préside encore aujourd'hui, le Dinan Handball Club joue en "
     "Nationale 1. Le club a reçu une subvention de la région Bretagne.",
     [("LEADS", "Paul Ternel", "Dinan Handball Club"), ("FUNDS", "région Bretagne", "Dinan Handball Club")]),
]

FORBIDDEN += [
    ("Le sponsor Garvel Énergie a signé avec la ville de Dinan. Garvel Énergie est basé à Rennes.\n\n"
     "Créé en 1988 par Paul Ternel, qui le préside encore aujourd'hui, le Dinan Handball Club joue en "
     "Nationale 1. Le club a reçu une subvention de la région Bretagne.",
     ("LEADS", "Paul Ternel", "Garvel Énergie")),
    ("Le fonds Talmont Capital a pris 10 % de Sorelec. Talmont Capital gère 2 milliards d'euros.\n\n"
     "Rachetée en 2015 par Hugo Ferrand, qui la dirige depuis, la société Nordelis Sensors vend des capteurs. "
     "L'entreprise est un fournisseur de la SNCF.",
     ("LEADS", "Hugo Ferrand", "Talmont Capital")),
]

CASES += [
    # "l'entreprise", "la société" is not a sports club, the article's topic though it be: the company
    # the text introduced before
    ("Quimper. Le Quimper Volley Club change de sponsor\n\nLe Quimper Volley Club a officialisé lundi "
     "l'arrivée de Trévien Bois comme partenaire principal.\n\nLa salle s'appellera désormais « Trévien "
     "Arena ». Le Quimper Volley Club, pensionnaire de Ligue B, a présenté lundi son nouveau partenaire : "
     "l'entreprise de menuiserie et d'isolation Trévien Bois, qui versera 300 000 euros au club. « C'est un "
     "grand jour », a dit son président, Alain Guéguen.\n\nPour Soizic Trévien, directrice générale de "
     "l'entreprise familiale fondée en 1981 par sa mère, l'engagement est naturel.",
     [("LEADS", "Soizic Trévien", "Trévien Bois")]),
    ("Le Stade vannetais accueille un nouveau sponsor, la société de transport Kervellec Logistique, qui "
     "apportera 200 000 euros par saison. Le club jouera en Pro D2.\n\nLa présidente de l'entreprise, "
     "Nolwenn Kervellec, siège au conseil du club.",
     [("LEADS", "Nolwenn Kervellec", "Kervellec Logistique")]),
]

FORBIDDEN += [
    ("Quimper. Le Quimper Volley Club change de sponsor\n\nLe Quimper Volley Club a officialisé lundi "
     "l'arrivée de Trévien Bois comme partenaire principal.\n\nLa salle s'appellera désormais « Trévien "
     "Arena ». Le Quimper Volley Club, pensionnaire de Ligue B, a présenté lundi son nouveau partenaire : "
     "l'entreprise de menuiserie et d'isolation Trévien Bois, qui versera 300 000 euros au club. « C'est un "
     "grand jour », a dit son président, Alain Guéguen.\n\nPour Soizic Trévien, directrice générale de "
     "l'entreprise familiale fondée en 1981 par sa mère, l'engagement est naturel.",
     ("LEADS", "Soizic Trévien", "Quimper Volley Club")),
    ("Le Stade vannetais accueille un nouveau sponsor, la société de transport Kervellec Logistique, qui "
     "apportera 200 000 euros par saison. Le club jouera en Pro D2.\n\nLa présidente de l'entreprise, "
     "Nolwenn Kervellec, siège au conseil du club.",
     ("LEADS", "Nolwenn Kervellec", "Stade vannetais")),
]

_TOWN = [
    "Nantes Métropole a retenu l'offre de Brévan Mobilités pour ses bus. L'entreprise de Carquefou, "
    "filiale du groupe industriel Ostrale, livrera quarante véhicules.",
    "La région a choisi le fabricant Talvern Énergie pour ses panneaux. La société de Lannion, filiale "
    "de l'énergéticien Corvane, installera les équipements en 2026.",
    "Le département a signé avec le transporteur Mauvière Logistique. L'entreprise de Saint-Nazaire, "
    "rachetée par le groupe Sarvel en 2019, emploie 90 salariés.",
    "Le département a signé avec le transporteur Mauvière Logistique. Le groupe de Saint-Nazaire versera "
    "20 000 euros au club de rugby de la ville, le Saint-Nazaire Rugby Club.",
]

CASES += [
    # "l'entreprise de <town>": the company the text spoke of, placed in a town (never the town)
    (_TOWN[0], [("OWNS", "Ostrale", "Brévan Mobilités")]),
    (_TOWN[1], [("OWNS", "Corvane", "Talvern Énergie")]),
    (_TOWN[2], [("ACQUIRES", "Sarvel", "Mauvière Logistique")]),
    (_TOWN[3], [("FUNDS", "Mauvière Logistique", "Saint-Nazaire Rugby Club")]),
]

_LUI = [
    "Cybersécurité : Nexolia lève 40 millions d'euros\n\nLa start-up Nexolia a levé 40 millions d'euros. "
    "Nexolia compte 90 salariés. Nexolia vise l'Allemagne.\n\nLe logiciel séduit déjà de grands industriels. "
    "Le groupe naval Brestiaux lui a confié en 2024 un contrat de 8 millions d'euros.",
    "Drones : Altavia décroche un marché\n\nLa PME Altavia fabrique des drones. Altavia emploie 120 personnes. "
    "Altavia exporte en Espagne.\n\nSes appareils ont convaincu les armées. La Direction générale de "
    "l'armement lui a attribué un marché de 5 millions d'euros.",
    "Santé : Médilis change d'échelle\n\nLa société Médilis conçoit des capteurs. Médilis a doublé ses ventes. "
    "Médilis recrute.\n\nLa technologie intéresse les hôpitaux. Le laboratoire Servane lui a commandé "
    "2 000 capteurs pour 3 millions d'euros.",
]

CASES += [
    # "Y lui a confié un contrat" after a sentence naming no actor: the article's company
    (_LUI[0], [("FUNDS", "Brestiaux", "Nexolia")]),
    (_LUI[1], [("FUNDS", "Direction générale de l'armement", "Altavia")]),
]

CASES += [(_LUI[2], [("FUNDS", "Servane", "Médilis")])]

FORBIDDEN += [
    # (not a reproach: "lui reprochent" is no award, its "lui" stays unresolved without an actor before)
    ("Santé : Médilis change d'échelle\n\nLa société Médilis conçoit des capteurs. Médilis a doublé ses "
     "ventes.\n\nLa polémique enfle. Les syndicats lui reprochent des cadences intenables.",
     ("ACCUSES", "syndicats", "Médilis")),
]
