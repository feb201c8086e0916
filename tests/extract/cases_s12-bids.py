"""Rule cases of takeover-bid articles (s12-bids): the cast around an offer. Invented actors only."""

_OFFER = "Le groupe nantais Marbrel a déposé lundi une offre publique d'achat sur Cordanne, un fabricant de pompes. "
_OFFER2 = ("L'industriel Solvène a lancé mardi une OPA hostile sur la société Pradelle Froid, valorisée à 800 millions d'euros. ")

CASES = [
    # a bidder's toehold in "sa cible", "son concurrent", "sa proie" (slots/biz.py offer_stake)
    (_OFFER + "Le groupe détient déjà 11,4 % du capital de sa cible.", [("OWNS", "Marbrel", "Cordanne")]),
    (_OFFER + "Marbrel a accumulé en Bourse 12 % du capital de son concurrent.", [("OWNS", "Marbrel", "Cordanne")]),
    (_OFFER + "Marbrel a ramassé depuis mars 8 % des actions de sa proie.", [("OWNS", "Marbrel", "Cordanne")]),
    (_OFFER2 + "Solvène possède déjà 6 % des droits de vote de sa rivale.", [("OWNS", "Solvène", "Pradelle Froid")]),
    # a company word coreference leaves unresolved or takes for the target (implied.py bidder_toeholds)
    (_OFFER2 + "L'entreprise, qui a discrètement accumulé 7 % du capital de sa cible, promet de garder le site.",
     [("OWNS", "Solvène", "Pradelle Froid")]),
    (_OFFER + "Selon nos informations, l'acquéreur détient déjà 9 % du capital de la cible.",
     [("OWNS", "Marbrel", "Cordanne")]),
    # a loan that finances the offer is lent to the bidder (implied.py bid_lenders)
    (_OFFER + "L'offre est financée par un crédit-relais de 700 M€ accordé par la banque Castagnac.",
     [("FUNDS", "Castagnac", "Marbrel")]),
    (_OFFER + "Pour financer l'opération, le groupe dispose d'un financement garanti par un pool bancaire mené "
     "par Vireloup Finance.", [("FUNDS", "Vireloup Finance", "Marbrel")]),
    (_OFFER2 + "Solvène assure disposer des prêts nécessaires, consentis par un consortium "
     "emmené par la Banque Ardéchoise.", [("FUNDS", "Banque Ardéchoise", "Solvène")]),
    # the target's holders through a named vehicle (implied.py holdings_in_target)
    (_OFFER + "La famille fondatrice, qui contrôle 35 % des droits de vote via la holding Lessard Participations, "
     "rejette l'offre.", [("OWNS", "Lessard Participations", "Cordanne")]),
    (_OFFER2 + "Ses héritiers détiennent 27 % du capital au travers de leur société Financière Varenne.",
     [("OWNS", "Financière Varenne", "Pradelle Froid")]),
    (_OFFER + "« Nous ne vendrons pas », a prévenu Mme Lessard, dont les enfants possèdent 19 % des actions par "
     "l'intermédiaire de Lessard Investissements.", [("OWNS", "Lessard Investissements", "Cordanne")]),
]

FORBIDDEN = [
    # the target's treasury shares: "son capital" is its own, no toehold of the bidder
    (_OFFER + "Cordanne détient 3 % de son capital en autocontrôle.", ("OWNS", "Marbrel", "Cordanne")),
    # a family, not the bidder, holds the target's votes
    (_OFFER + "La famille, qui contrôle 41 % des droits de vote de la cible, rejette l'offre.",
     ("OWNS", "Marbrel", "Cordanne")),
    # a loan to the target, named as its borrower, is not the bidder's
    (_OFFER + "Pour se défendre, Cordanne a obtenu un prêt de 50 M€ accordé par la banque Castagnac.",
     ("FUNDS", "Castagnac", "Marbrel")),
    # a stake in another company named: the vehicle holds that one, not the target
    (_OFFER + "La famille Lessard contrôle 35 % du capital du groupe Brissac Emballages via la holding "
     "Lessard Participations.", ("OWNS", "Lessard Participations", "Cordanne")),
    # the holder taken for the target does not own the vehicle
    (_OFFER + "Celle-ci, qui contrôle 31 % des droits de vote via la holding Orlan Participations, rejette l'offre.",
     ("OWNS", "Cordanne", "Orlan Participations")),
]
