"""Lists and coordination (s11-lists): a tie stated of several actors, or towards several, is given to each
member of the list, read along the words when the parser breaks the list (extract/lists.py complete_lists,
listed_after). All names invented."""

CASES = [
    # a subject list of three: the parser hangs the first name elsewhere
    ("Marc Dubreuil, Léa Fontaine et Paul Gervais poursuivent en justice le groupe Brevia.",
     [("SUES", "Marc Dubreuil", "Brevia"), ("SUES", "Léa Fontaine", "Brevia"), ("SUES", "Paul Gervais", "Brevia")]),
    # an apposition inside an object list, and a describing noun before the next member
    ("L'Union européenne a inscrit sur sa liste noire l'armateur Galdor Tankers, immatriculé à Chypre, "
     "et la compagnie pétrolière Vostra Neft.",
     [("OPPOSES", "Union européenne", "Galdor Tankers"), ("OPPOSES", "Union européenne", "Vostra Neft")]),
    # the agent of a passive as a list
    ("Tarmac a été racheté par Brume Invest et Cèdre Partners.",
     [("ACQUIRES", "Brume Invest", "Tarmac"), ("ACQUIRES", "Cèdre Partners", "Tarmac")]),
    # a plural title and the names put beside it
    ("Les fondateurs de Brevia, Marc Dubreuil, Léa Fontaine et Paul Gervais, ont quitté l'entreprise.",
     [("FOUNDED", "Marc Dubreuil", "Brevia"), ("FOUNDED", "Léa Fontaine", "Brevia"),
      ("FOUNDED", "Paul Gervais", "Brevia")]),
    # "ainsi que" closing an object list, the last member described after it
    ("Le Trésor américain a sanctionné la milice Wagra, son chef Ivan Petrov ainsi que la société Zarko Gold, "
     "installée à Dubaï.",
     [("OPPOSES", "Trésor américain", "Wagra"), ("OPPOSES", "Trésor américain", "Zarko Gold")]),
    # a bracket listing what a plural noun stands for
    ("Marc Durel siège au conseil des banques dont il est actionnaire (Banque Sarthe, Crédit Varois, Lorvane).",
     [("BOARD_MEMBER", "Marc Durel", "Banque Sarthe"), ("BOARD_MEMBER", "Marc Durel", "Lorvane")]),
]

FORBIDDEN = [
    # a title put beside one member is that member's alone
    ("Lina Corvel, présidente de Brevia, et Hugo Marant ont signé l'accord avec Tarmac.",
     ("LEADS", "Hugo Marant", "Brevia")),
    ("Elle a rencontré Vincent Lorrain (président de Brevia) et Nadia Sorel (présidente de Lumio).",
     ("LEADS", "Vincent Lorrain", "Lumio")),
    ("Les actrices Léa Morin et Ana Riva ainsi que Doris Lambert, la mère de Steve Lambert, ont porté plainte.",
     ("FAMILY", "Léa Morin", "Steve Lambert")),
    # a name closing a fronted phrase is no member of the subject list after its comma
    ("Prétendants à la succession de Paul Mercier, Jean Dutour et Marc Lebel se disputent déjà la direction du parti.",
     ("OPPOSES", "Jean Dutour", "Paul Mercier")),
    # ", et de C" after an apposition of two names closes a bigger phrase: C is no owner of them
    ("La commission a retenu l'offre de Lumio et Tarmac, deux filiales de Vantor, et de Brevia.",
     ("OWNS", "Brevia", "Lumio")),
]

CASES += [
    # a round's backers with appositions between them, and ", avec" adding the others
    ("La start-up Brevia lève 20 millions d'euros. Le tour de table est mené par Alto Ventures, avec la participation "
     "de Loire Transition, le fonds régional lancé l'an dernier par plusieurs caisses mutualistes, et de Kervil Capital, "
     "déjà présent au capital depuis 2023.",
     [("INVESTS_IN", "Loire Transition", "Brevia"), ("INVESTS_IN", "Kervil Capital", "Brevia")]),
    ("La start-up Brevia annonce une série A de 32 millions d'euros menée par Névé Capital, avec Queyras Amorçage, "
     "déjà présent au capital, Motoria Ventures, le fonds de l'équipementier Motoria, et quelques business angels.",
     [("INVESTS_IN", "Queyras Amorçage", "Brevia"), ("INVESTS_IN", "Motoria Ventures", "Brevia")]),
]

FORBIDDEN += [
    # the name inside a member's apposition is no backer
    ("La start-up Brevia annonce une série A de 32 millions d'euros menée par Névé Capital, avec Queyras Amorçage, "
     "déjà présent au capital, Motoria Ventures, le fonds de l'équipementier Motoria, et quelques business angels.",
     ("INVESTS_IN", "Motoria", "Brevia")),
]

CASES += [
    # ", dont A, …, et sa société écran, B": the names a plural noun counts among its members
    ("Les États-Unis ont annoncé des sanctions contre six armateurs, dont la compagnie Galdor Tankers, basée à Rason, "
     "et sa société écran, Vostra Shipping.",
     [("OPPOSES", "États-Unis", "Galdor Tankers"), ("OPPOSES", "États-Unis", "Vostra Shipping")]),
    # ", à commencer par A, …, et B"
    ("Tramontane a porté plainte contre plusieurs concurrents, à commencer par le suédois Stellar, qui a levé "
     "200 millions l'an dernier, et le français Ozal Energy.",
     [("SUES", "Tramontane", "Stellar"), ("SUES", "Tramontane", "Ozal Energy")]),
]

FORBIDDEN += [
    # "dont" opening a relative clause names no member
    ("Marc Durel a quitté les sociétés dont il était actionnaire, Lumio compris.",
     ("OWNS", "Marc Durel", "Lumio")),
]

CASES += [
    # a plural noun and the names put beside it after its comma
    ("Les deux fonds, Alto Capital et Brume Invest, ont investi dans Tarmac.",
     [("INVESTS_IN", "Alto Capital", "Tarmac"), ("INVESTS_IN", "Brume Invest", "Tarmac")]),
    ("Tarmac a été rachetée par deux fonds, Alto Capital et Brume Invest.",
     [("ACQUIRES", "Alto Capital", "Tarmac"), ("ACQUIRES", "Brume Invest", "Tarmac")]),
]

FORBIDDEN += [
    # (the same, the subject list's first member described: "le ministre A")
    ("Prétendants à la succession de Paul Mercier, le ministre Jean Dutour et Marc Lebel se disputent déjà la "
     "direction du parti.", ("OPPOSES", "Marc Lebel", "Paul Mercier")),
]
CASES += [
    # members described before their names, read leftwards from the last
    ("Le fonds Altea Capital, l'assureur Mutuelle Varoise et Brume Invest poursuivent Tarmac en justice.",
     [("SUES", "Altea Capital", "Tarmac"), ("SUES", "Mutuelle Varoise", "Tarmac"), ("SUES", "Brume Invest", "Tarmac")]),
]
