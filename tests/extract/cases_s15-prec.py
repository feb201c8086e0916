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
     [("SUES", "CNIL", "Lumio")]),
    ("L'Autorité de la concurrence a sanctionné les laboratoires Varenne et Oribel par une amende de 40 millions "
     "d'euros.", [("SUES", "Autorité de la concurrence", "Varenne"), ("SUES", "Autorité de la concurrence", "Oribel")]),
    ("Les États-Unis ont sanctionné l'armateur Pontal Shipping en mars.",
     [("OPPOSES", "États-Unis", "Pontal Shipping")]),
]

FORBIDDEN = [
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
