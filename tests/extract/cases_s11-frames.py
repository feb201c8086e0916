"""Cases of the s11 tie-frame fixes (helper s11-frames), invented names."""

CASES = [
    # a participle opening the sentence, its main verb mis-tagged and its subject hung on the agents:
    # the first mention after a comma that its own verb follows is what the participle describes
    ("Fondée en 2020 par Lina Morel et Yann Thiry, deux anciens de la Banque Orvalle, Kelvane revendique "
     "300 clients.",
     [("FOUNDED", "Lina Morel", "Kelvane"), ("FOUNDED", "Yann Thiry", "Kelvane")]),
    # "Celle-ci, qui contrôle N % du capital au travers de sa holding, B": the pronoun's antecedent
    # holds B, and B holds the stake in the article's company
    ("Vercors Industrie lance une offre sur les Tuileries Brossard. La famille Morvan reste discrète. "
     "Celle-ci, qui contrôle 27,3 % du capital et près de 40 % des droits de vote au travers de sa holding, "
     "la Financière du Ventoux, n'entend pas apporter ses titres.",
     [("OWNS", "famille Morvan", "Financière du Ventoux"), ("OWNS", "Financière du Ventoux", "Tuileries Brossard")]),
]

FORBIDDEN = [
    # the aside's own company is not the one founded
    ("Fondée en 2020 par Lina Morel et Yann Thiry, deux anciens de la Banque Orvalle, Kelvane revendique "
     "300 clients.", ("FOUNDED", "Lina Morel", "Banque Orvalle")),
    ("Fondée en 2020 par Lina Morel et Yann Thiry, deux anciens de la Banque Orvalle, Kelvane revendique "
     "300 clients.", ("FOUNDED", "Kelvane", "Kelvane")),
]

CASES += [
    # "X fait son entrée, par ailleurs, au conseil de surveillance de Y": the board read past the aside
    ("Léna Castaing quitte la direction financière de Brivane et fait son entrée, par ailleurs, au conseil "
     "de surveillance de la société de gestion Orvane Gestion.",
     [("BOARD_MEMBER", "Léna Castaing", "Orvane Gestion")]),
    # "X y fait son entrée comme administratrice": the company "y" stands for
    ("Le conseil d'administration des Laboratoires Sarrel est renouvelé. Inès Marlaud, ancienne directrice "
     "de Brivane, y fait son entrée comme administratrice indépendante.",
     [("BOARD_MEMBER", "Inès Marlaud", "Laboratoires Sarrel")]),
]

FORBIDDEN += [
    # an entry into the capital is a stake, not a seat
    ("Le fonds Orvane Capital fait son entrée au capital de Brivane.", ("BOARD_MEMBER", "Orvane Capital", "Brivane")),
]

_HEAD = "Tuileries Brossard : la famille garde la main\nLes Tuileries Brossard restent une entreprise familiale. "
CASES += [
    # "X, entré en 2016 à hauteur de 19 %", "X, entré en 2019 avec 15 %": a stake in the article's company
    (_HEAD + "Le reste du capital se partage entre le fonds régional Vercors Croissance, entré en 2016 à hauteur "
     "de 19 %, et les salariés.", [("OWNS", "Vercors Croissance", "Tuileries Brossard")]),
    (_HEAD + "Le fonds Vercors Croissance, entré en 2019 avec 15 %, réclame un siège.",
     [("OWNS", "Vercors Croissance", "Tuileries Brossard")]),
]

FORBIDDEN += [
    # a place named on the line is where the fund entered
    (_HEAD + "Le fonds Vercors Croissance, entré en 2019 chez Lumio avec 15 %, réclame un siège.",
     ("OWNS", "Vercors Croissance", "Tuileries Brossard")),
]

CASES += [
    # "…au conseil de Y, où siège déjà X": the inverted subject sits on the board "où" stands for
    ("Le fonds Orvane Capital obtient un siège : Léon Brisac, associé chez Orvane, fait son entrée au conseil "
     "d'administration de Brivane, où siège déjà Marthe Quillet.",
     [("BOARD_MEMBER", "Marthe Quillet", "Brivane"), ("BOARD_MEMBER", "Léon Brisac", "Brivane")]),
    # "X, qui siège au conseil de surveillance de Y" with "siège" tagged as a noun
    ("Les Laboratoires Sarrel changent de gouvernance. Marthe Quillet, qui siège au conseil de surveillance "
     "de Brivane, prend la présidence.", [("BOARD_MEMBER", "Marthe Quillet", "Brivane")]),
]

CASES += [
    # a relative clause the parser hangs on an earlier noun naming no actor: "qui" right after "X," is X
    ("Le contrat de parrainage conclu avec l'assureur Mutuelle des Causses, qui versera 300 000 euros par an "
     "à Brivane, court jusqu'en 2030.", [("FUNDS", "Mutuelle des Causses", "Brivane")]),
]

FORBIDDEN += [
    # "X, ancien président de la société Y, qui siégera …": no telling whether X or Y sits
    ("Plusieurs investisseurs complètent le tour, dont Henri Valmy, ancien président de la société Orvane, "
     "qui siégera au conseil d'administration de Brivane.", ("BOARD_MEMBER", "Orvane", "Brivane")),
]

_QUOTE = ("Lumio rachète des titres de Brivane. « Brivane n'est pas à vendre », a tranché Claire Vermont, la présidente "
          "du conseil, petite-fille de Raymond Vermont, qui avait créé Brivane en 1957.")
_SUPPLY = ("Brivane rachète Lumio. « Nous cherchions un partenaire solide », explique Marc Audier, le directeur technique "
           "de Brivane, qui se fournissait jusqu'ici auprès du néerlandais Orvane Semiconductors.")
CASES += [
    # "…, petite-fille de B, qui avait créé Y": the relative hung on the title noun stands for B
    (_QUOTE, [("FOUNDED", "Raymond Vermont", "Brivane")]),
    (_SUPPLY, [("FUNDS", "Brivane", "Orvane Semiconductors")]),
]

FORBIDDEN += [
    # "se fournir auprès de Y": the reflexive buys from Y, Y is not a customer
    (_SUPPLY, ("FUNDS", "Orvane Semiconductors", "Brivane")),
]

CASES += [
    # "« La présidente aurait dû … », tacle l'élu X": the quote's described subject is the one taunted, the
    # speaker the name after the incise's descriptor
    ("Claire Vermont préside la métropole depuis 2020. « La présidente aurait dû se déporter, au minimum par "
     "souci d'apparence », tacle l'élu d'opposition Marc Audier.", [("ACCUSES", "Marc Audier", "Claire Vermont")]),
    ("Le conseil municipal a voté le budget. « Le maire Paul Ravel a menti aux habitants », tacle Marc Audier.",
     [("ACCUSES", "Marc Audier", "Paul Ravel")]),
]
