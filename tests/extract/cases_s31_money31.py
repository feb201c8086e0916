"""Cases of the s31 money flows (helper s31-money31), invented names and sentences. Each mechanism is checked on
several wordings (cue words of its family that the read passages never used), shapes and tenses."""

CASES = [
    # the deal's kind says who pays (slots/money31.supply_deal): supply kinds → the signer is paid
    ("Le motoriste Velmor, l'ex-Turbonix installée à Pau, a signé avec Brandair un contrat de fourniture de 400 "
     "moteurs.", [("FUNDS", "Brandair", "Velmor")]),
    ("La société Kestrane a conclu avec la compagnie Aerolis un contrat de livraison de 12 avions pour 2 milliards "
     "d'euros.", [("FUNDS", "Aerolis", "Kestrane")]),
    ("La société Kestrane a signé avec le groupe Orvia un accord de fourniture de batteries.",
     [("FUNDS", "Orvia", "Kestrane")]),
    ("Le chantier naval Marbel avait paraphé l'an dernier avec l'armateur Nordvik un contrat de construction de "
     "trois navires.", [("FUNDS", "Nordvik", "Marbel")]),
    # buy kinds → the signer pays; a won order → the one it is won from pays
    ("Brandair a signé avec Velmor une commande de 30 hélicoptères.", [("FUNDS", "Brandair", "Velmor")]),
    ("Kestrane décroche une commande record de Brandair.", [("FUNDS", "Brandair", "Kestrane")]),
    # a paying verb's money noun carries the receiver (slots/money31.paid_noun_to)
    ("Le club Atlantis versera désormais un loyer annuel de 5 millions d'euros à Stadex, la filiale de Borvane qui "
     "exploite le stade.", [("FUNDS", "Atlantis", "Stadex")]),
    ("Le tribunal de commerce a condamné la société Kolmar à verser 3 millions d'euros de dommages et intérêts à "
     "la société Stadex.", [("FUNDS", "Kolmar", "Stadex")]),
    ("Chaque année, l'association Brivelo paie une redevance de 40 000 euros à la société Parkival.",
     [("FUNDS", "Brivelo", "Parkival")]),
    ("L'association Brivelo versera chaque année une redevance de 800 000 euros à Parkival, la filiale du groupe "
     "Sorel qui gère le parking, contre 500 000 auparavant.", [("FUNDS", "Brivelo", "Parkival")]),
    # a flow noun with its two ends (slots/money31.flow_noun)
    ("Le contrat prévoit un versement annuel de 12 millions d'euros de la Ville de Lorvin à la société Stadex.",
     [("FUNDS", "Ville de Lorvin", "Stadex")]),
    ("La convention organise l'octroi d'une aide de la Région Occitanie à l'entreprise Velmor.",
     [("FUNDS", "Région Occitanie", "Velmor")]),
    ("Il a pesé sur l'attribution de plusieurs marchés de traitement des déchets du département de la Drôme à la "
     "société Kolmar.", [("FUNDS", "département de la Drôme", "Kolmar")]),
    # a receiving verb with the money's source (slots/money31.received_noun)
    ("La Métropole de Lorvin continue de percevoir une redevance de la société Stadex.",
     [("FUNDS", "Stadex", "Métropole de Lorvin")]),
    ("La société Kolmar a touché un loyer de la Ville de Lorvin.", [("FUNDS", "Ville de Lorvin", "Kolmar")]),
    ("Selon le rapport, l'association Brivelo encaisse chaque année des cotisations du groupe Parkival.",
     [("FUNDS", "Parkival", "Brivelo")]),
    # a supplier's verb on the customer's things (slots/money31.supplies_owner)
    ("La société Ferrant équipait les trains de la compagnie Ondalis depuis 2015.",
     [("FUNDS", "Ondalis", "Ferrant")]),
    ("Depuis 2019, le groupe Sorel fournit les usines du constructeur Valtrac en acier.",
     [("FUNDS", "Valtrac", "Sorel")]),
    ("C'est Orbalis qui approvisionne les magasins de l'enseigne Fradis depuis dix ans, a indiqué son directeur.",
     [("FUNDS", "Fradis", "Orbalis")]),
    # a creditor noun (funds.backer_noun)
    ("Le fonds Orvex, principal créancier de la société Kolmar, refuse le plan.", [("FUNDS", "Orvex", "Kolmar")]),
]
FORBIDDEN = [
    # a former name is the signer itself, never a second party
    ("Le motoriste Velmor, l'ex-Turbonix installée à Pau, a signé avec Brandair un contrat de fourniture de 400 "
     "moteurs.", ("FUNDS", "Velmor", "Brandair")),
    ("Le motoriste Velmor, l'ex-Turbonix installée à Pau, a signé avec Brandair un contrat de fourniture de 400 "
     "moteurs.", ("FUNDS", "Turbonix", "Brandair")),
    # the apposition's owner is not the receiver (the parser splits the apposition off as a second object)
    ("L'association Brivelo versera chaque année une redevance de 800 000 euros à Parkival, la filiale du groupe "
     "Sorel qui gère le parking, contre 500 000 auparavant.", ("FUNDS", "Brivelo", "Sorel")),
    ("Le club Atlantis versera désormais un loyer annuel de 5 millions d'euros à Stadex, la filiale de Borvane qui "
     "exploite le stade.", ("FUNDS", "Atlantis", "Borvane")),
    # a market won is no order ("marché" is read by funds.contract_won)
    ("Le groupe Sorel a gagné le marché chinois de Valtrac face à Orbalia.", ("FUNDS", "Valtrac", "Sorel")),
    # a supply or purchase deal signed is money paid, not a partnership
    ("Brandair a signé avec Velmor une commande de 30 hélicoptères.", ("PARTNERS_WITH", "Brandair", "Velmor")),
    ("La société Kestrane a signé avec le groupe Orvia un accord de fourniture de batteries.",
     ("PARTNERS_WITH", "Kestrane", "Orvia")),
    # a public body signing a supply contract buys the supplies
    ("La Ville de Lorvin a signé avec la société Kolmar un contrat de fourniture de repas.",
     ("FUNDS", "Kolmar", "Ville de Lorvin")),
]
