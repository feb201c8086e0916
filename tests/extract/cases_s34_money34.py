"""Cases of the s34 bidders and holders named in a list or behind a nominalisation (helper s34-money34,
slots/money34.py, data/money34.yaml), invented names and sentences. Each mechanism is checked on several cue words
and shapes: an offer's target behind a takeover noun (offre de reprise, proposition de rachat), a purpose clause
(pour racheter, afin de reprendre) or an aiming participle (valorisant, visant); the bidders a group lists
(consortium réunissant, trio rassemblant, attelage composé de) or a passive's agent; holders listed after a plural
noun with a possessive (créanciers parmi lesquels, prêteurs notamment, actionnaires dont, souscripteurs au premier
rang desquels); a relative or a participle naming shareholders of the company the text spoke of last (qui
resteront actionnaires, qui demeure actionnaire, restés actionnaires); a bidder's role taken by a subject (jouer les
chevaliers blancs, se pose en sauveur, apparaît comme l'acquéreur pressenti, endosse le rôle de chevalier blanc)."""

# an offer's target and bidders (money34.offer_sides; bids.offer34, bids.members34)
CASES = [
    ("Le tribunal a rejeté l'offre de reprise de Norvia déposée par un consortium réunissant Korvane, la société de "
     "Jean Morel, et le fonds Seltis Industries.",
     [("BIDS_FOR", "Korvane", "Norvia"), ("BIDS_FOR", "Seltis Industries", "Norvia")]),
    ("Selon Les Échos, la surenchère sur Norvia, déposée par un trio rassemblant Korvane, Seltis et le groupe Orval, a "
     "été jugée insuffisante.",
     [("BIDS_FOR", "Korvane", "Norvia"), ("BIDS_FOR", "Seltis", "Norvia"), ("BIDS_FOR", "Orval", "Norvia")]),
    ("Le groupe Tarvel a soumis jeudi une proposition de rachat de la société Norvia.",
     [("BIDS_FOR", "Tarvel", "Norvia")]),
    ("Korvane Capital et Seltis Partners ont présenté mercredi une candidature commune afin de reprendre Norvia.",
     [("BIDS_FOR", "Korvane Capital", "Norvia"), ("BIDS_FOR", "Seltis Partners", "Norvia")]),
    ("Korvane, Seltis et Orval ont déposé une offre commune pour racheter Norvia.",
     [("BIDS_FOR", "Korvane", "Norvia"), ("BIDS_FOR", "Seltis", "Norvia"), ("BIDS_FOR", "Orval", "Norvia")]),
    ("Le groupe Tarvel prépare une OPA valorisant Norvia autour de 9 milliards d'euros.",
     [("BIDS_FOR", "Tarvel", "Norvia")]),
    ("Une contre-offre visant Norvia a été formulée par le fonds Korvane Capital.",
     [("BIDS_FOR", "Korvane Capital", "Norvia")]),
]

# holders listed after a plural holder noun with a possessive (money34.listed_holders; owns.listed34,
# invests.listed34)
CASES += [
    ("Norvia a cédé 40 % de son capital à ses créanciers, parmi lesquels les fonds Korvane et Seltis.",
     [("OWNS", "Korvane", "Norvia"), ("OWNS", "Seltis", "Norvia")]),
    ("Le groupe Norvia a ouvert 30 % de son capital à ses prêteurs, notamment Orval Finance et Dexane Capital.",
     [("OWNS", "Orval Finance", "Norvia"), ("OWNS", "Dexane Capital", "Norvia")]),
    ("La société Norvia a convaincu ses actionnaires historiques, dont Korvane Capital et Seltis Partners, de remettre "
     "au pot.",
     [("OWNS", "Korvane Capital", "Norvia"), ("OWNS", "Seltis Partners", "Norvia")]),
    ("Le groupe Dalmor a réuni ses souscripteurs, au premier rang desquels le fonds Korvane Capital, pour boucler "
     "l'opération.",
     [("INVESTS_IN", "Korvane Capital", "Dalmor")]),
]

# a relative or a participle making the names before it shareholders of the company the text spoke of last
# (money34.relative_shareholder; owns.apposed_shareholder, owns.relative_shareholder34)
CASES += [
    ("Le groupe Tarvel veut prendre le contrôle de Norvia. Le fonds Korvane Capital et l'État danois, qui resteront "
     "actionnaires, ont accepté de céder une partie de leurs titres.",
     [("OWNS", "Korvane Capital", "Norvia"), ("OWNS", "État danois", "Norvia")]),
    ("Tarvel a porté sa participation dans le groupe Norvia à 60 %. Seltis Partners, qui demeure actionnaire "
     "minoritaire, n'a pas vendu.",
     [("OWNS", "Seltis Partners", "Norvia")]),
    ("Tarvel est monté à 51 % du capital de Norvia. Korvane Capital et Seltis Partners, restés actionnaires, ont "
     "approuvé l'opération.",
     [("OWNS", "Korvane Capital", "Norvia"), ("OWNS", "Seltis Partners", "Norvia")]),
]

# a bidder's role taken by a subject (money34.bidder_role; bids.role34)
CASES += [
    ("Le groupe Tarvel détient 25 % du capital de Norvia et prépare une offre. Selon nos informations, le groupe "
     "Korvane pourrait jouer les chevaliers blancs.",
     [("BIDS_FOR", "Korvane", "Norvia")]),
    ("Le groupe Tarvel a pris 20 % du capital de Norvia. Seltis Partners se pose désormais en sauveur.",
     [("BIDS_FOR", "Seltis Partners", "Norvia")]),
    ("Le groupe Tarvel a pris 20 % du capital de Norvia. Korvane Capital apparaît comme l'acquéreur pressenti.",
     [("BIDS_FOR", "Korvane Capital", "Norvia")]),
    ("La banque Orval a repris 10 % du capital de la société Norvia. Le fonds Korvane Capital endosse le rôle de "
     "chevalier blanc.",
     [("BIDS_FOR", "Korvane Capital", "Norvia")]),
]

FORBIDDEN = [
    # (a role refused, a person shown in the role)
    ("Le groupe Korvane ne veut pas jouer les chevaliers blancs pour Norvia.", ("BIDS_FOR", "Korvane", "Norvia")),
    ("Le groupe Korvane a présenté le repreneur de Norvia, Jean Morel.", ("BIDS_FOR", "Korvane", "Norvia")),
    # (no longer a shareholder)
    ("Tarvel est monté à 51 % du capital de Norvia. Korvane Capital, qui n'est plus actionnaire, a approuvé "
     "l'opération.", ("OWNS", "Korvane Capital", "Norvia")),
    # (a descriptor apposed to a member is no bidder)
    ("Le tribunal a rejeté l'offre de reprise de Norvia déposée par un consortium réunissant Korvane, la société de "
     "Jean Morel, et le fonds Seltis Industries.", ("BIDS_FOR", "Jean Morel", "Norvia")),
    # (the target after a takeover noun is no bidder)
    ("Le groupe Tarvel a soumis jeudi une proposition de rachat de la société Norvia.", ("BIDS_FOR", "Norvia", "Tarvel")),
    # (an offer to take over is no completed takeover)
    ("Korvane, Seltis et Orval ont déposé une offre commune pour racheter Norvia.", ("ACQUIRES", "Korvane", "Norvia")),
    ("Korvane Capital et Seltis Partners ont présenté mercredi une candidature commune afin de reprendre Norvia.",
     ("ACQUIRES", "Seltis Partners", "Norvia")),
    # (creditors repaid hold no capital)
    ("Le groupe Norvia a remboursé ses créanciers, parmi lesquels Orval Finance.", ("OWNS", "Orval Finance", "Norvia")),
]
