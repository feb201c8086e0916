"""Cases of the s19 coverage gaps of French in the capital, deal and cooperation ties (helper s19-gapB2),
invented names and sentences."""

# "Y, dont X est (le premier) actionnaire": "dont" is the owner title's complement (the parse hangs it on
# the clause's subject, and the clause as Y's apposition, or on the noun before Y).
CASES = [
    ("La coopérative Valmorel, dont le groupe Strandel est le premier actionnaire, a fermé deux laiteries "
     "dans le Jura.",
     [("OWNS", "Strandel", "Valmorel")]),
    ("Contrairement à la banque Ferlac, dont l'État ostrien est le premier actionnaire, la banque Quillan "
     "n'a pas d'actionnaire de référence.",
     [("OWNS", "État ostrien", "Ferlac")]),
    ("La compagnie Aubrac Marine, dont la famille Sarrazin est l'actionnaire majoritaire, a commandé deux "
     "navires.",
     [("OWNS", "famille Sarrazin", "Aubrac Marine")]),
    ("L'armateur Aubrac Marine, dont le fonds Persil est l'actionnaire majoritaire, a commandé deux navires.",
     [("OWNS", "Persil", "Aubrac Marine")]),
]
FORBIDDEN = [
    # the shareholder is not the company's property
    ("La coopérative Valmorel, dont le groupe Strandel est le premier actionnaire, a fermé deux laiteries "
     "dans le Jura.",
     ("OWNS", "Valmorel", "Strandel")),
    ("L'armateur Aubrac Marine, dont le fonds Persil est l'actionnaire majoritaire, a commandé deux navires.",
     ("OWNS", "Aubrac Marine", "Persil")),
]
CASES += [
    # a near miss: the "dont" noun is the owner of something else, no tie with the antecedent
    ("Lucien Maresq, dont le frère est propriétaire d'un hôtel à Biarritz, a témoigné jeudi.", []),
]

# "X a racheté en 2022 la société Y au groupe Z": after a time phrase the parse makes the kind noun the
# subject of the name; the noun heads its phrase again and the "à" phrase is the verb's.
CASES += [
    ("Le groupe Ostrel a racheté en 2021 la société Pimbert au fonds Garance pour 300 millions d'euros.",
     [("ACQUIRES", "Ostrel", "Pimbert"), ("OWNS", "Garance", "Pimbert")]),
    ("Le fonds Garance a vendu en 2020 la société Pimbert au groupe Ostrel pour 300 millions d'euros.",
     [("ACQUIRES", "Ostrel", "Pimbert"), ("OWNS", "Garance", "Pimbert")]),
]

# "X se heurte à des concurrents de poids, à commencer par Y et Z": market rivals (COMPETES_WITH), not a
# feud (the facing verb's OPPOSES reading is dropped when its phrase is a competitor noun).
CASES += [
    ("Dans les batteries, le groupe Ostrel se heurte à des concurrents de taille, à commencer par Pimbert "
     "et Valdane.",
     [("COMPETES_WITH", "Ostrel", "Pimbert"), ("COMPETES_WITH", "Ostrel", "Valdane")]),
]
FORBIDDEN += [
    ("Dans les batteries, le groupe Ostrel se heurte à des concurrents de taille, à commencer par Pimbert "
     "et Valdane.",
     ("OPPOSES", "Ostrel", "Pimbert")),
]

# "X lançait son offre de N milliards de dollars sur Y": the target hung on the amount (and "offre" after
# the possessive tagged a verb).
CASES += [
    ("Le laboratoire Ostrel lançait son offre de 12 milliards d'euros sur la société Pimbert.",
     [("BIDS_FOR", "Ostrel", "Pimbert")]),
]

# "X a racheté Y auprès du fonds Z", "Y, acquise auprès du groupe Z": Z sold Y, so Z held it (the parse
# hangs the name on the adverb "auprès").
CASES += [
    ("Le groupe Ostrel a racheté la société Pimbert auprès du fonds Garance.",
     [("ACQUIRES", "Ostrel", "Pimbert"), ("OWNS", "Garance", "Pimbert")]),
    ("La société Pimbert, acquise en 2019 auprès du groupe Valdane, a doublé ses ventes.",
     [("OWNS", "Valdane", "Pimbert")]),
]

# "X forme un tandem avec Y", "X fait binôme avec Y": two people running something together.
CASES += [
    ("Au festival, Odile Carrel forme un tandem solide avec Bastien Lhomme.",
     [("PARTNERS_WITH", "Odile Carrel", "Bastien Lhomme")]),
]
FORBIDDEN += [
    # a musical duo is no partner of whoever dines nearby
    ("Odile Carrel a dîné avec Bastien Lhomme dans un bar où joue un duo de jazz.",
     ("PARTNERS_WITH", "Odile Carrel", "Bastien Lhomme")),
]

# "X a dû se défaire de Y": a company one parts with was held (OWNS, former).
CASES += [
    ("Sous la pression des banques, le groupe Ostrel a dû se défaire de la société Pimbert.",
     [("OWNS", "Ostrel", "Pimbert")]),
]
