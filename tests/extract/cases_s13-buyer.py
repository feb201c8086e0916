"""Cases of the s13 buyer fixes (helper s13-buyer: purchases told with no buyer named), invented names."""

CASES = [
    # a company told as bought by a participle with no "par" phrase: the buyer is the possessive's owner ...
    ("Le groupe Morvelle a publié ses comptes annuels. Sa filiale Verlac Biscuits, rachetée en 2016 pour "
     "30 millions d'euros, a progressé de 4 %.",
     [("ACQUIRES", "Morvelle", "Verlac Biscuits")]),
    # ... or the one who holds it, keeps it (a conjunct of the object too) ...
    ("Le groupe Morvelle cède la Biscuiterie Ardanel au groupe Kelvio mais conserve les Cartonnages Orbec et "
     "la Fromagerie Lanvic, acquise en 2021.",
     [("ACQUIRES", "Morvelle", "Fromagerie Lanvic")]),
    # ... the participle hung on the verb of holding after a comma, plural, no year but a span of time
    ("Le fonds Brisel Capital détient désormais les Tanneries Vauclair, rachetées il y a deux ans pour "
     "8 millions d'euros.",
     [("ACQUIRES", "Brisel Capital", "Tanneries Vauclair")]),
]

FORBIDDEN = [
    # a "par" phrase names the buyer: no other buyer
    ("Le groupe Morvelle a publié ses comptes annuels. Sa filiale Verlac Biscuits, reprise en 2020 par ses "
     "salariés, a progressé.",
     ("ACQUIRES", "Morvelle", "Verlac Biscuits")),
    # founded, not bought
    ("Le groupe Morvelle a publié ses comptes annuels. Sa filiale Verlac Biscuits, créée en 2016, a progressé.",
     ("ACQUIRES", "Morvelle", "Verlac Biscuits")),
    # a clause with its own subject is the rules' (the holder is not the buyer here)
    ("Le fonds Brisel Capital détient les Tanneries Vauclair, que le groupe Kelvio a rachetées en 2019.",
     ("ACQUIRES", "Brisel Capital", "Tanneries Vauclair")),
]

CASES += [
    # a bid its target turned down is still a bid (status rejected): other verbs, determiners, offer nouns
    ("Les Biscuiteries Lanvic ont rejeté l'offre du groupe Kelvio.",
     [("BIDS_FOR", "Kelvio", "Biscuiteries Lanvic")]),
    ("La société Orbec Industries a fermement refusé l'offre de Brisel Capital.",
     [("BIDS_FOR", "Brisel Capital", "Orbec Industries")]),
    ("Les Tanneries Vauclair ont écarté jeudi la proposition du groupe Kelvio.",
     [("BIDS_FOR", "Kelvio", "Tanneries Vauclair")]),
    ("La coopérative Terralis a repoussé l'OPA du groupe Kelvio, qu'elle juge trop basse.",
     [("BIDS_FOR", "Kelvio", "Terralis")]),
]

FORBIDDEN += [
    # the one who turns the offer down does not bid for the bidder
    ("Les Biscuiteries Lanvic ont rejeté l'offre du groupe Kelvio.",
     ("BIDS_FOR", "Biscuiteries Lanvic", "Kelvio")),
]

CASES += [
    # an offer "too" that names no target, in a sentence telling of a purchase, was on the company bought
    ("En 2019, le groupe Morvelle rachète la chaîne Verlac pour 310 millions d'euros, alors que Kelvio "
     "Distribution, son concurrent direct, avait lui aussi déposé une offre.",
     [("BIDS_FOR", "Kelvio Distribution", "Verlac")]),
    ("Le groupe Morvelle a repris les Tanneries Vauclair en 2020, tandis que Brisel Capital, un fonds lyonnais, "
     "avait elle aussi fait une offre.",
     [("BIDS_FOR", "Brisel Capital", "Tanneries Vauclair")]),
]

FORBIDDEN += [
    # the buyer's own offer is no rival's
    ("En 2019, le groupe Morvelle rachète la chaîne Verlac pour 310 millions d'euros, alors que Kelvio "
     "Distribution, son concurrent direct, avait lui aussi déposé une offre.",
     ("BIDS_FOR", "Morvelle", "Kelvio Distribution")),
]
