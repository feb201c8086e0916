"""Cases of the s15 precision fixes (helper s15-prec: false ties read on articles nobody tuned on), invented
names."""

_RAISE = "Mirelle lève 25 millions d'euros\nLa jeune pousse nantaise Mirelle annonce une levée de fonds. "

CASES = [
    # an entry into the capital told now, with no share, is an investor joining the round
    (_RAISE + "Le fonds Corvane Capital fait son entrée au capital de Mirelle.",
     [("INVESTS_IN", "Corvane Capital", "Mirelle")]),
    (_RAISE + "Les assureurs Calvane et Ostrea font leur entrée au capital de Mirelle.",
     [("INVESTS_IN", "Calvane", "Mirelle"), ("INVESTS_IN", "Ostrea", "Mirelle")]),
    # told in the past, or with its share: a holding
    ("Le fonds Corvane Capital, entré au capital de Mirelle en 2019, soutient la direction.",
     [("OWNS", "Corvane Capital", "Mirelle")]),
    ("Le fonds Corvane Capital fait son entrée au capital de Mirelle à hauteur de 9 %.",
     [("OWNS", "Corvane Capital", "Mirelle")]),
    ("Le fonds Orsay Partners était entré au capital de Mirelle en 2015.",
     [("OWNS", "Orsay Partners", "Mirelle")]),
    # a stake sold, the company named in the share's relative clause
    ("Le groupe Ardelis a cédé au norvégien Mjølner Energi les 25 % qu'il détenait dans Ostval Terminal.",
     [("OWNS", "Mjølner Energi", "Ostval Terminal")]),
    ("L'assureur Calvane a vendu au fonds Brennac Capital les 12 % qu'il possédait dans la société Ostval.",
     [("OWNS", "Brennac Capital", "Ostval")]),
    # a regulator's fine is proceedings; a state's sanctions stay hostility
    ("La CNIL a sanctionné la plateforme Lumio d'une amende de 18 millions d'euros.",
     [("OPPOSES", "CNIL", "Lumio")]),
    ("L'Autorité de la concurrence a sanctionné les laboratoires Varenne et Oribel par une amende de 40 millions "
     "d'euros.", [("OPPOSES", "Autorité de la concurrence", "Varenne"), ("OPPOSES", "Autorité de la concurrence", "Oribel")]),
    ("Les États-Unis ont sanctionné l'armateur Pontal Shipping en mars.",
     [("OPPOSES", "États-Unis", "Pontal Shipping")]),
    # a board's chair leads the company
    ("Geneviève Roussel préside depuis 2015 le conseil de surveillance de Soldane, l'enseigne fondée par son mari.",
     [("LEADS", "Geneviève Roussel", "Soldane")]),
    ("Anne Ternier présidera le conseil d'administration de Velmora à partir de juin.",
     [("LEADS", "Anne Ternier", "Velmora")]),
    # a seat on the board stays a seat
    ("Marc Ternier, membre du conseil d'administration de Velmora, a démenti.",
     [("BOARD_MEMBER", "Marc Ternier", "Velmora")]),
    # leaving an institution is leaving an employer
    ("Paul Roux a quitté le ministère de l'Économie en 2019.",
     [("WORKS_FOR", "Paul Roux", "ministère de l'Économie")]),
    ("Paul Roux a quitté la Région Bretagne en 2019.", [("WORKS_FOR", "Paul Roux", "Région Bretagne")]),
    # the one reproached or ordered acts in the infinitive, not the one who reproaches or orders
    ("La Commission européenne reproche à Beacon d'avoir racheté Lumio sans notification.",
     [("ACQUIRES", "Beacon", "Lumio")]),
    ("Paul Ternier a demandé à Velmora de racheter Ostval.", [("ACQUIRES", "Velmora", "Ostval")]),
    # a possessive noun with the name put right after it, between commas, stands for that name
    ("Le groupe Ardelis a nommé Paul Ternier directeur général de sa filiale, Ostval.",
     [("LEADS", "Paul Ternier", "Ostval")]),
    ("Le groupe Sirocco Médias a annoncé la nomination de Damien Arvel au poste de directeur général de sa "
     "station phare, Radio Sirocco, à compter de septembre.", [("LEADS", "Damien Arvel", "Radio Sirocco")]),
    ("Le groupe Velmora confie la présidence de sa marque historique, Ostria, à Claire Dutour.",
     [("LEADS", "Claire Dutour", "Ostria")]),
    # a person's title after a participle's agent describes that person
    ("Au cœur du dossier figure un cabinet parisien, Vermeil Conseil, dirigé par Olivier Sarlat, un ancien cadre "
     "de Tessaly qui a quitté le groupe en 2018.", [("WORKS_FOR", "Olivier Sarlat", "Tessaly")]),
    ("Le fonds Orvane Capital, fondé par Paul Ternier, un ancien associé de Velmora, a racheté Ostval.",
     [("FOUNDED", "Paul Ternier", "Orvane Capital")]),
    ("Le parti Renouveau citoyen a scellé en janvier un accord électoral avec Cap Citoyen.",
     [("PARTNERS_WITH", "Renouveau citoyen", "Cap Citoyen")]),
    # a table row's sanction with its sum is a fine: proceedings
    ("La CNIL a durci le ton.\n\n| Autorité | Entreprise | Procédure | Montant |\n|---|---|---|---|\n"
     "| CNIL | Lumio | sanction RGPD | 18 M€ |", [("OPPOSES", "CNIL", "Lumio")]),
    ("Le cabinet Marlot & Associés et la banque Orvane conseillent Velmora.",
     [("WORKS_FOR", "Marlot & Associés", "Velmora"), ("WORKS_FOR", "Orvane", "Velmora")]),
]

FORBIDDEN = [
    ("La CNIL a durci le ton.\n\n| Autorité | Entreprise | Procédure | Montant |\n|---|---|---|---|\n"
     "| CNIL | Lumio | sanction RGPD | 18 M€ |", ("SUES", "CNIL", "Lumio")),
    # a department written as an acronym is no organisation
    ("Zélie Marchal a passé huit ans chez Pelliot Emballages, dont elle a dirigé la R&D jusqu'en 2020.",
     ("LEADS", "Zélie Marchal", "R&D")),
    ("Chez Velmora, Paul Ternier pilote la R&D depuis 2019.", ("LEADS", "Paul Ternier", "R&D")),
    # an agreement a person seals with a party is her own party's
    ("Mme Lantier, présidente de Renouveau citoyen, a scellé en janvier un accord national avec Terre commune.",
     ("PARTNERS_WITH", "Lantier", "Terre commune")),
    ("Isabelle Pontet réclame un rapprochement avec le Parti des territoires.",
     ("PARTNERS_WITH", "Isabelle Pontet", "Parti des territoires")),
    ("Au cœur du différend figure l'accord électoral conclu le 12 janvier avec le Mouvement des Communes, la "
     "formation de Mathilde Arnal.", ("PARTNERS_WITH", "Mathilde Arnal", "Mouvement des Communes")),
    # a person's title opening the sentence describes a person, never the organisation named after it
    ("Claire Dutour est morte lundi. Administratrice du Groupe Castel jusqu'en 2015, présidente du Handball Club "
     "de Libourne de 2009 à 2018, elle avait transmis sa société à son fils.",
     ("BOARD_MEMBER", "Handball Club de Libourne", "Groupe Castel")),
    ("Administratrice de Velmora depuis 2015, présidente de l'Association des Amis du Louvre, Claire Dutour a "
     "rejoint Ostval.", ("BOARD_MEMBER", "Association des Amis du Louvre", "Velmora")),
    ("Ancienne directrice de la communication d'Ostval, présidente de la fondation Lumen, Anne Morel rejoint "
     "Velmora.", ("WORKS_FOR", "Lumen", "Ostval")),
    ("Au cœur du dossier figure un cabinet parisien, Vermeil Conseil, dirigé par Olivier Sarlat, un ancien cadre "
     "de Tessaly qui a quitté le groupe en 2018.", ("MEMBER_OF", "Vermeil Conseil", "Tessaly")),
    ("Au cœur du dossier figure un cabinet parisien, Vermeil Conseil, dirigé par Olivier Sarlat, un ancien cadre "
     "de Tessaly qui a quitté le groupe en 2018.", ("MEMBER_OF", "Olivier Sarlat", "Tessaly")),
    ("La société Lumen, créée par Claire Dutour, une ancienne cadre d'Ostval, a levé 5 millions d'euros.",
     ("MEMBER_OF", "Lumen", "Ostval")),
    # the heirs sell, not the founder they are heirs of
    ("Armand Bessière a signé un accord pour racheter l'hebdomadaire Cap Hebdo aux héritiers de son fondateur, "
     "Jacques Dumoulin.", ("OWNS", "Jacques Dumoulin", "Cap Hebdo")),
    ("Velmora a racheté Ostval aux enfants de Paul Ternier.", ("OWNS", "Paul Ternier", "Ostval")),
    ("Le groupe Ardelis a nommé Paul Ternier directeur général de sa filiale, Ostval.",
     ("LEADS", "Paul Ternier", "Ardelis")),
    # a name joined by "&" is one name, no second subject
    ("Le journal Phare de l'Ouest change de main. Le banquier Thierry Valmont, ancien associé de Sauvel & Cie, "
     "fait son entrée au conseil de surveillance du journal.", ("BOARD_MEMBER", "Sauvel & Cie", "Phare de l'Ouest")),
    ("La juriste Anne Morel, ancienne collaboratrice de Brun & Associés, rejoint le conseil d'administration de "
     "Velmora.", ("BOARD_MEMBER", "Brun & Associés", "Velmora")),
    ("La Commission européenne reproche à Beacon d'avoir racheté Lumio sans notification.",
     ("ACQUIRES", "Commission européenne", "Lumio")),
    ("Olivier Rambert est jugé pour favoritisme. Le parquet lui reproche d'avoir fait attribuer, sans mise en "
     "concurrence, un contrat de 14 millions d'euros à Vairon BTP.", ("FUNDS", "parquet", "Vairon BTP")),
    ("L'Autorité de la concurrence a ordonné à Velmora de céder sa filiale Ostval au groupe Brennac.",
     ("ACQUIRES", "Autorité de la concurrence", "Ostval")),
    # the chair holds no seat besides
    ("Geneviève Roussel préside depuis 2015 le conseil de surveillance de Soldane, l'enseigne fondée par son mari.",
     ("BOARD_MEMBER", "Geneviève Roussel", "Soldane")),
    ("Marc Ternier, président du conseil d'administration de Velmora, a démenti.",
     ("BOARD_MEMBER", "Marc Ternier", "Velmora")),
    ("Le patriarche Louis Ardan, 80 ans, préside encore le conseil de surveillance d'Ardan Frères.",
     ("BOARD_MEMBER", "Louis Ardan", "Ardan Frères")),
    # a region or a town left is no employer
    ("Paul Roux a quitté la Bretagne en 1990 pour Paris.", ("WORKS_FOR", "Paul Roux", "Bretagne")),
    ("Claire Dutour n'a jamais vraiment quitté la Gironde, où elle a bâti son groupe.",
     ("WORKS_FOR", "Claire Dutour", "Gironde")),
    ("Claire Dutour a quitté la Normandie en 2012 pour s'installer à Paris.",
     ("WORKS_FOR", "Claire Dutour", "Normandie")),
    # a market share is no stake in the rival
    ("Brasseries Malterre inquiète. « Le groupe perd des parts de marché face à Brasserie Gallix », estime un "
     "analyste.", ("OWNS", "Brasseries Malterre", "Brasserie Gallix")),
    ("La chaîne Télé Azur gagne des parts d'audience sur Canal Ouest.", ("OWNS", "Télé Azur", "Canal Ouest")),
    # "Via" opening a sentence is no name, and a vehicle signs with its owner, not with him
    ("Via sa holding Ardent Participations, Armand Bessière a signé lundi un protocole d'accord pour racheter "
     "l'hebdomadaire Cap Hebdo.", ("PARTNERS_WITH", "Ardent Participations", "Armand Bessière")),
    ("Via sa holding Ardent Participations, Armand Bessière a signé lundi un protocole d'accord pour racheter "
     "l'hebdomadaire Cap Hebdo.", ("ACQUIRES", "Via", "Cap Hebdo")),
    # where one spoke is no party
    ("« On ne construit pas l'union ainsi », a-t-elle lancé dimanche sur France Inter, accusant M. Mestrallet de "
     "« verrouiller la gauche ».", ("ACCUSES", "France Inter", "Mestrallet")),
    ("« Ce projet est mort », a-t-il tranché mardi sur Radio Ouest, accusant la société Velmora de mentir.",
     ("ACCUSES", "Radio Ouest", "Velmora")),
    # a share price falling is no sale
    ("Vallorie a publié ses résultats. Le titre a cédé 7,4 % à la Bourse de Paris.",
     ("OWNS", "Bourse de Paris", "Vallorie")),
    ("Les comptes de Ostval inquiètent. L'action a cédé 3 % mardi sur Euronext.", ("OWNS", "Euronext", "Ostval")),
    # a law's acronym is no actor
    ("La CNIL a sanctionné la plateforme Lumio pour des manquements au RGPD.\n\n| Autorité | Entreprise | Procédure |"
     "\n|---|---|---|\n| CNIL | Lumio | sanction RGPD |", ("OPPOSES", "CNIL", "RGPD")),
    ("La Commission européenne a ouvert une procédure contre Beacon au titre du DSA.\n\n| Autorité | Cible | Procédure |"
     "\n|---|---|---|\n| Commission européenne | Beacon | procédure DSA |", ("SUES", "Commission européenne", "DSA")),
    ("Le régulateur Arcep reproche à Telvia de violer le DMA.", ("ACCUSES", "Telvia", "DMA")),
    # an interview's question mark opening a line is no name
    ("Données : la CNIL inflige une amende à Sorane\n\nQ. Que reproche exactement la CNIL à Sorane ?\n\nR. Elle "
     "reproche à Sorane un manque de transparence.", ("ACCUSES", "CNIL", "Q. Que")),
    ("Données : la CNIL inflige une amende à Sorane\n\nQ. Que reproche exactement la CNIL à Sorane ?\n\nR. Elle "
     "reproche à Sorane un manque de transparence.", ("ACCUSES", "CNIL", "Que")),
    ("Entretien avec la présidente de Velmora\n\nQ. Pourquoi Velmora quitte-t-elle Lyon ?\n\nR. Nous voulons "
     "nous rapprocher de Norvia, notre premier client.", ("PARTNERS_WITH", "Q. Pourquoi", "Velmora")),
    (_RAISE + "Le fonds Corvane Capital fait son entrée au capital de Mirelle.",
     ("OWNS", "Corvane Capital", "Mirelle")),
    (_RAISE + "Les assureurs Calvane et Ostrea entrent à leur tour au capital de Mirelle.",
     ("OWNS", "Ostrea", "Mirelle")),
]
