"""Cases of the s17-freq fixes (constructions that recur across the dev writers), invented names."""

CASES = [
    # "Elle succède à X" / "Il remplace X" with X a person: the pronoun is the newcomer (a person), not the
    # company that named her in the sentence before; the one replaced held the post she takes
    ("Varnier Industries a nommé Claire Dubreuil directrice financière. Elle succède à Paul Mérignac, "
     "parti chez Olsen Group.",
     [("WORKS_FOR", "Claire Dubreuil", "Varnier Industries"), ("WORKS_FOR", "Paul Mérignac", "Varnier Industries"),
      ("WORKS_FOR", "Paul Mérignac", "Olsen Group")]),
    ("La banque Rostand a choisi Hélène Vasseur comme directrice générale. Elle remplace Thomas Brival, "
     "qui part à la retraite.",
     [("LEADS", "Hélène Vasseur", "Rostand"), ("LEADS", "Thomas Brival", "Rostand")]),
    ("Le groupe Kerlan a nommé Julien Orsat directeur général. Il remplace depuis lundi Marie Tessier.",
     [("LEADS", "Julien Orsat", "Kerlan"), ("LEADS", "Marie Tessier", "Kerlan")]),
    # "Âgée de 47 ans, elle…": the age says a person, as "À 47 ans, elle…" does
    ("L'assureur Morvane a annoncé mardi la nomination d'Inès Garrec au poste de directrice générale. "
     "Âgée de 47 ans, elle dirigeait jusqu'ici la filiale Morvane Vie.",
     [("LEADS", "Inès Garrec", "Morvane"), ("LEADS", "Inès Garrec", "Morvane Vie")]),
    # a title after a name and its comma, taken by the parser for the verb's object, is the name's apposition
    ("Paul Vidrine est parti en septembre chez Tarnac Power, le grand concurrent de Solvéa.",
     [("COMPETES_WITH", "Tarnac Power", "Solvéa")]),
    ("Elle a vendu ses parts à Ostral Capital, l'actionnaire de référence de Calvor.",
     [("OWNS", "Ostral Capital", "Calvor")]),
    ("Agathe Sorel a été nommée directrice financière de Solvéa. Elle succède à Paul Vidrine, parti en "
     "septembre chez Tarnac Power, le grand concurrent de Solvéa dans l'éolien en mer.",
     [("COMPETES_WITH", "Tarnac Power", "Solvéa"), ("WORKS_FOR", "Paul Vidrine", "Solvéa")]),
]

FORBIDDEN = [
    # the apposition's title is not the verb's subject's
    ("Agathe Sorel a été nommée directrice financière de Solvéa. Elle succède à Paul Vidrine, parti en "
     "septembre chez Tarnac Power, le grand concurrent de Solvéa dans l'éolien en mer.",
     ("COMPETES_WITH", "Agathe Sorel", "Solvéa")),
    ("Paul Vidrine est parti en septembre chez Tarnac Power, le grand concurrent de Solvéa.",
     ("COMPETES_WITH", "Paul Vidrine", "Solvéa")),
]

CASES += [
    # gapping: "A est conseillé par B, C par D" - the second clause repeats the passive verb's tie
    ("Sarrazin était conseillé par la banque d'affaires Rothenberg & Cie, Kermadec par le cabinet Aubier Conseil.",
     [("WORKS_FOR", "Rothenberg & Cie", "Sarrazin"), ("WORKS_FOR", "Aubier Conseil", "Kermadec")]),
    ("Le groupe Dalmier est conseillé par la banque Stavrel, la société Orpin par le cabinet d'avocats Marlot.",
     [("WORKS_FOR", "Stavrel", "Dalmier"), ("WORKS_FOR", "Marlot", "Orpin")]),
    ("Brenfor a été racheté par Calvor en 2019, Ostral par le fonds Ardanel en 2021.",
     [("ACQUIRES", "Calvor", "Brenfor"), ("ACQUIRES", "Ardanel", "Ostral")]),
    ("Le fonds Ardanel est dirigé par Paul Verne, la banque Ostral par Marie Sorel.",
     [("LEADS", "Paul Verne", "Ardanel"), ("LEADS", "Marie Sorel", "Ostral")]),
]

FORBIDDEN += [
    # ties read across the two clauses of the gapping
    ("Brenfor a été racheté par Calvor en 2019, Ostral par le fonds Ardanel en 2021.",
     ("ACQUIRES", "Ardanel", "Brenfor")),
    ("La holding Vernal est contrôlée par Paul Aubrac, la société Tessac par sa sœur Claire Aubrac.",
     ("OWNS", "Paul Aubrac", "Tessac")),
]

CASES += [
    # "Y a mandaté X": a bare mandate, or one for an adviser's mission (prepare a defence), is an adviser's;
    # the parser may take the name after the verb for a second subject or a part of a name
    ("Soréac a mandaté Tavernier Partners pour préparer sa défense.", [("WORKS_FOR", "Tavernier Partners", "Soréac")]),
    ("Bressange est conseillé par la Banque Dacquin ; Hallerand a mandaté Lescarène & Associés.",
     [("WORKS_FOR", "Banque Dacquin", "Bressange"), ("WORKS_FOR", "Lescarène & Associés", "Hallerand")]),
    ("L'industriel Vantelle est conseillé par la banque Ambrose & Cie, tandis que sa cible Cryonord a mandaté "
     "Evenor Partners pour étudier des solutions.",
     [("WORKS_FOR", "Evenor Partners", "Cryonord")]),
    ("Menacée d'une OPA, la société Ferval a mandaté Orlan Avocats pour assurer sa défense.",
     [("WORKS_FOR", "Orlan Avocats", "Ferval")]),
]

FORBIDDEN += [
    # a contractor's mandate says the work: a contract, not an adviser
    ("La mairie de Brécy a mandaté Bâtisud pour reconstruire le pont.", ("WORKS_FOR", "Bâtisud", "Brécy")),
]

CASES += [
    # object relatives of holding: "Y, qu'elle contrôle" - the relative's subject holds Y (with the co-owner
    # after "avec", through the vehicle after "via"); the main clause after it is Y's
    ("Geneviève Arroman est discrète. La holding familiale Arroman Participations, qu'elle contrôle, possède "
     "78 % de Soldane.",
     [("OWNS", "Geneviève Arroman", "Arroman Participations"), ("OWNS", "Arroman Participations", "Soldane")]),
    ("La Holding Jaouen, que le dirigeant Yves Jaouen contrôle avec sa sœur Gaëlle Jaouen, détient 60 % de Marlan.",
     [("OWNS", "Yves Jaouen", "Holding Jaouen"), ("OWNS", "Gaëlle Jaouen", "Holding Jaouen"),
      ("OWNS", "Holding Jaouen", "Marlan")]),
    ("Le groupe Nerasvet, que Karl Ostrov contrôle via sa holding Rusalka Trading, exporte du nickel.",
     [("OWNS", "Karl Ostrov", "Nerasvet"), ("OWNS", "Rusalka Trading", "Nerasvet"),
      ("OWNS", "Karl Ostrov", "Rusalka Trading")]),
    ("Karl Ostrov a vendu les Verreries Brandel, qu'il détenait depuis 2001, au fonds Ardanel.",
     [("OWNS", "Karl Ostrov", "Verreries Brandel")]),
]

FORBIDDEN += [
    # the relative's subject does not hold what the main clause's subject holds
    ("La Holding Jaouen, que le dirigeant Yves Jaouen contrôle avec sa sœur Gaëlle Jaouen, détient 60 % de Marlan.",
     ("OWNS", "Yves Jaouen", "Marlan")),
    ("Le groupe Nerasvet, que Karl Ostrov contrôle via sa holding Rusalka Trading, exporte du nickel.",
     ("OWNS", "Nerasvet", "Rusalka Trading")),
]

CASES += [
    # a regulator's investigation is one too: the body that opens it SUES the one it targets
    ("La Commission européenne a ouvert en avril une enquête approfondie visant la France.",
     [("SUES", "Commission européenne", "France")]),
    ("L'Autorité des marchés financiers a ouvert une enquête visant le groupe Norvel.",
     [("SUES", "Autorité des marchés financiers", "Norvel")]),
    ("Mardi, la CNIL a lancé une enquête contre la société Datavor.", [("SUES", "CNIL", "Datavor")]),
]

CASES += [
    # a first-group participle after "avoir" (and adverbs) tagged an adjective or a noun is the verb of a
    # compound tense: the clause's subject and the noun phrase after it are its parties
    ("Dauphinoise Laitière a de son côté mandaté la Banque Élancourt.",
     [("WORKS_FOR", "Banque Élancourt", "Dauphinoise Laitière")]),
    ("Kerbras a pour sa part mandaté la banque d'affaires Halloran & Cie.",
     [("WORKS_FOR", "Halloran & Cie", "Kerbras")]),
    ("Le Trésor américain a de son côté gelé les avoirs de Karl Ostrov.",
     [("OPPOSES", "Trésor américain", "Karl Ostrov")]),
    ("Marc Lenoir a pour sa part déjeuné avec le député Paul Verne.", [("MEETS", "Marc Lenoir", "Paul Verne")]),
]

CASES += [
    # "X, élue du groupe Y" with "élue" tagged the participle: an elected member of the group or party
    ("Sylvie Jacquier, élue du groupe d'opposition Grésivaudan en commun, a voté contre.",
     [("MEMBER_OF", "Sylvie Jacquier", "Grésivaudan en commun")]),
    ("« Le projet est bâclé », a dénoncé Sylvie Jacquier, élue du groupe d'opposition Grésivaudan en commun, "
     "qui votera contre.",
     [("MEMBER_OF", "Sylvie Jacquier", "Grésivaudan en commun")]),
]

FORBIDDEN += [
    # a town is no group one is a member of
    ("Paul Verne, élu de la ville de Lyon, a voté contre.", ("MEMBER_OF", "Paul Verne", "Lyon")),
]

CASES += [
    # "en détient N %": the clitic stands for the company of the holding told just before, or of the
    # holder's own tie in the same sentence
    ("La famille Ivaldi détient 60 % du groupe Ivaldi. Le fonds Montalet Equity, entré en 2019, en possède 21 %.",
     [("OWNS", "famille Ivaldi", "Ivaldi"), ("OWNS", "Montalet Equity", "Ivaldi")]),
    ("Marc Ancelin, qui a fondé Hexalgo en 2009 et en détient encore 12 %, a été remplacé.",
     [("FOUNDED", "Marc Ancelin", "Hexalgo"), ("OWNS", "Marc Ancelin", "Hexalgo")]),
    ("Créée en 2008 par Frédéric Bascoul, qui la dirige toujours et en détient 40 %, la société Aubrac Défense "
     "exporte en Europe.",
     [("FOUNDED", "Frédéric Bascoul", "Aubrac Défense"), ("OWNS", "Frédéric Bascoul", "Aubrac Défense")]),
]

FORBIDDEN += [
    # another's post in the sentence is not what the clitic stands for
    ("Le fonds Ellar détient 60 % de Baltim. Le reste se partage entre son dirigeant, Jean Fabre, et la société "
     "Orvane, qui en possède 25 %.",
     ("OWNS", "Orvane", "Ellar")),
]

CASES += [
    # the stake's clause hung on the one before it: its subject is the name before the detached participle
    ("Le groupe Ivaldi fabrique des moules. La holding familiale Ilex Participations détient 64 % du groupe, le "
     "fonds Montalet Equity, entré en 2019, en possède 21 %, et le solde est entre les mains des salariés.",
     [("OWNS", "Ilex Participations", "Ivaldi"), ("OWNS", "Montalet Equity", "Ivaldi")]),
]
