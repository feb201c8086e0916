"""Cases of the s30 money gaps (helper s30-money30), invented names and sentences. Each mechanism is checked on
several shapes (participle, passive, relative, fronted, title before or after the name, quote attribution)."""

CASES = [
    # a public body's aid named by its adjective: the text's one body of that kind pays (slots/money30.public_aid)
    ("Le maire de Valmont, Paul Drenne, a écrit à Claire Morvan, présidente de la région Bretagne, pour lui demander "
     "de geler les aides régionales accordées à Kerlys Industrie, soit 3 millions d'euros depuis 2019.",
     [("FUNDS", "région Bretagne", "Kerlys Industrie")]),
    ("Les opposants de Jean Darrac dénoncent les aides municipales accordées à la société Brenval, alors que la ville "
     "de Valmont affiche un déficit record.",
     [("FUNDS", "ville de Valmont", "Brenval")]),
    # a contract awarded with no awarder said: the sentence's (or the one before's) one public body pays
    # (slots/money30.award_unsaid)
    ("L'association Transparence a déposé plainte contre la métropole de Valmont pour favoritisme. En cause : le "
     "marché de collecte des déchets, d'un montant de 96 millions d'euros sur six ans, attribué en 2023 à Sorval "
     "Environnement au détriment de Kerlys.",
     [("FUNDS", "métropole de Valmont", "Sorval Environnement")]),
    ("En 2021, la concession du port de plaisance a été confiée à la société Marivel pour quinze ans, a rappelé la "
     "communauté d'agglomération de Valmont.",
     [("FUNDS", "communauté d'agglomération de Valmont", "Marivel")]),
    ("Le département de la Sarthe a publié jeudi les résultats : le contrat de transport scolaire, qui a été "
     "attribué à Transvéo, court jusqu'en 2030.",
     [("FUNDS", "département de la Sarthe", "Transvéo")]),
    # a public body's head pays in the body's name (extract/money30.public_heads_pay)
    ("La présidente de la région Bretagne, Claire Morvan, a confirmé une aide de 3 millions d'euros à Kerlys "
     "Industrie, versée sur trois ans.",
     [("FUNDS", "région Bretagne", "Kerlys Industrie")]),
    ("Le maire de Valmont, Paul Drenne, a accordé une subvention de 200 000 euros à Kerlys Industrie.",
     [("FUNDS", "Valmont", "Kerlys Industrie")]),
    ("Jean Darrac, président de la métropole de Valmont, a versé 2 millions d'euros à la fondation Brenval.",
     [("FUNDS", "métropole de Valmont", "Brenval")]),
    # cash handed over in person stays a payment (slots/recall24.cash_handed)
    ("Paul Drenne aurait remis une enveloppe contenant 50 000 euros en liquide à Jean Darrac.",
     [("FUNDS", "Paul Drenne", "Jean Darrac")]),
    ("La présidente du département de la Sarthe, Claire Morvan, a octroyé l'an dernier un prêt de 4 millions "
     "d'euros à Kerlys Industrie.",
     [("FUNDS", "département de la Sarthe", "Kerlys Industrie")]),
]
FORBIDDEN = [
    ("La présidente de la région Bretagne, Claire Morvan, a confirmé une aide de 3 millions d'euros à Kerlys "
     "Industrie, versée sur trois ans.", ("FUNDS", "Claire Morvan", "Kerlys Industrie")),
    ("Jean Darrac, président de la métropole de Valmont, a versé 2 millions d'euros à la fondation Brenval.",
     ("FUNDS", "Jean Darrac", "Brenval")),
    # a company's head stays the payer: only a public body takes the money over
    ("Claire Morvan, la présidente du groupe Kerlys Industrie, a versé 3 millions d'euros à la fondation Brenval.",
     ("FUNDS", "Kerlys Industrie", "Brenval")),
    # an offer handed over is a bid, no payment (slots/recall24.cash_handed, _OFFERS)
    ("Vexora et Orvane ont remis mardi à Kerlys Industrie une offre conjointe de 17 milliards d'euros pour ses "
     "actifs.", ("FUNDS", "Vexora", "Kerlys Industrie")),
    ("La fondation Brenval a remis à Kerlys Industrie une proposition de 3 millions d'euros pour le stade.",
     ("FUNDS", "Brenval", "Kerlys Industrie")),
    ("Kerlys Industrie, qui a remis une offre de 2 milliards d'euros à Sorval Environnement, attend sa réponse.",
     ("FUNDS", "Kerlys Industrie", "Sorval Environnement")),
]
