"""Cases of the s38 reading of ties missed although both parties are named (helper s38-misses38), invented names
and sentences: "X a quitté A pour en prendre la tête" (WORKS_FOR former A, no LEADS A: the clitic is the new
organisation), "Y a accepté l'offre de X sur Z" (an agreed deal awaiting closing: ACQUIRES, not BIDS_FOR),
"Z, détenue à parts égales par A et B" (OWNS each), "X, fils de W, siège au conseil de Y" (X sits, not W),
"X a depuis racheté Y" (the object after the adverb), "X, sponsor maillot du club Y" (the noun tagged as a verb), "A, B et C ont signé un
protocole d'accord" (the three cosigners)."""

CASES = [
    ("Son directeur général, Julien Morel, a quitté Technova en 2019 pour en prendre la tête.",
     [("WORKS_FOR", "Julien Morel", "Technova")]),
    ("Varlin a accepté vendredi l'offre de Technova sur sa filiale Varlin Italia, pour 8 milliards d'euros.",
     [("ACQUIRES", "Technova", "Varlin Italia")]),
    ("Le conseil de Varlin a accepté l'offre de Technova.",
     [("ACQUIRES", "Technova", "Varlin")]),
    ("L'ancien Arlex appartient à la holding Varlin, détenue à parts égales par l'État français et Dastier & Co, "
     "la holding des héritiers Dastier.",
     [("OWNS", "État français", "Varlin"), ("OWNS", "Dastier & Co", "Varlin")]),
    ("La holding Varlin est détenue à parts égales par Technova et Dastier Industries.",
     [("OWNS", "Technova", "Varlin"), ("OWNS", "Dastier Industries", "Varlin")]),
    ("Julien Morel, PDG de Dastier SE et fils de Paul Morel, siège depuis juin au conseil de surveillance de Varlin.",
     [("BOARD_MEMBER", "Julien Morel", "Varlin")]),
    ("Paul Kerval a depuis racheté Technova et pris le contrôle de Royal Brix.",
     [("ACQUIRES", "Paul Kerval", "Technova")]),
    ("Qualix Airways, sponsor maillot du club Varlin depuis 2022, versera 75 M€ par saison.",
     [("FUNDS", "Qualix Airways", "Varlin")]),
    ("Technova, Varlin et Arlex ont signé jeudi un protocole d'accord pour regrouper leurs activités.",
     [("PARTNERS_WITH", "Technova", "Varlin"), ("PARTNERS_WITH", "Technova", "Arlex"),
      ("PARTNERS_WITH", "Varlin", "Arlex")]),
]

FORBIDDEN = [
    ("Son directeur général, Julien Morel, a quitté Technova en 2019 pour en prendre la tête.",
     ("LEADS", "Julien Morel", "Technova")),
    ("Varlin a accepté vendredi l'offre de Technova sur sa filiale Varlin Italia, pour 8 milliards d'euros.",
     ("BIDS_FOR", "Technova", "Varlin Italia")),
    ("Julien Morel, fils de Paul Morel, siège au conseil de surveillance de Varlin.",
     ("BOARD_MEMBER", "Paul Morel", "Varlin")),
    # (the fronted comparison's possessive is the clause subject's, not the earlier sentence's actor)
    ("Technova a publié ses comptes. Contrairement à son concurrent Varlin, Arlex n'a jamais su se réinventer.",
     ("COMPETES_WITH", "Varlin", "Technova")),
]
