"""Cases of the s31 second references by role (helper s31-coref31), invented names and sentences: a noun of a body
people join ("le syndicat", "le mouvement") is not the company a story is about; a trade's noun ("l'armateur",
"l'énergéticien", "le motoriste") is no actor the text gave another trade, and fits the one whose apposition or
name says its trade; a team's noun ("le club") is not its owner ("X Football Group", "Y Rugby Holding"); a
"Chez X," / "Du côté de X," opening the descriptor's own sentence names what it stands for."""

CASES = [
    ("Lait : Bravant, le champion que l'État ménage\n\nBravant a annoncé la fermeture de deux usines en Mayenne. "
     "Bravant promet des reclassements. Claire Dumas, la ministre, a reçu Marc Duroc, le PDG de Bravant. "
     "Mais l'entretien n'a rien donné.\n\nFace à la ministre, la FNPA, présidée par Jules Martin, joue une partition "
     "ambiguë. Le syndicat accuse l'industriel de sacrifier les éleveurs.",
     [("ACCUSES", "FNPA", "Bravant")]),
    ("Meravia : l'usine de Douai menacée\n\nMeravia, le numéro un du rail, veut délocaliser son usine de Douai. Meravia emploie 900 "
     "personnes sur le site, selon Meravia. Le ministre a demandé des garanties. Rien n'a été promis.\n\n"
     "Du côté des salariés, Sud Métal a lancé une pétition en ligne. Le mouvement a porté plainte contre le constructeur.",
     [("SUES", "Sud Métal", "Meravia")]),
    ("Le cimentier Calvor a signé un accord avec Navimar. Navimar, le premier transporteur de conteneurs d'Europe, "
     "livrera ses sacs de ciment en Afrique. Calvor fournira aussi les quais du port. L'armateur a commandé six "
     "navires aux chantiers Brevan.",
     [("FUNDS", "Navimar", "Brevan")]),
    ("Le brasseur Hollvik a signé un contrat avec Norsea. Norsea, premier fournisseur d'électricité verte du pays, "
     "alimentera ses sites. Hollvik vise la neutralité carbone. L'énergéticien a signé un partenariat avec Vantor.",
     [("PARTNERS_WITH", "Norsea", "Vantor")]),
    ("Le FC Sorvane a été racheté en 2021 par Rivera Football Group. Rivera Football Group a injecté 40 millions "
     "d'euros depuis. La Ligue a sanctionné le club en juin.",
     [("OPPOSES", "Ligue", "FC Sorvane")]),
    ("Le Sporting Club de Brenne appartient depuis 2020 à Kalder Rugby Holding. Kalder Rugby Holding prépare une "
     "augmentation de capital, selon un proche du dossier. Le club a signé un partenariat avec Ondeo.",
     [("PARTNERS_WITH", "Sporting Club de Brenne", "Ondeo")]),
    ("Les deux partenaires du programme sont Belvia et Varlan. Belvia fournira le radar. Chez Varlan, Paul Ferrand, "
     "le directeur général, reste prudent : le motoriste a signé un accord avec Turbex.",
     [("PARTNERS_WITH", "Varlan", "Turbex")]),
    ("Le groupe Norvel a racheté Fretline. Norvel emploie 3 000 personnes. Du côté de Brisk, Marie Lenoir, la "
     "présidente, se veut rassurante : le transporteur a signé un partenariat avec Axiale.",
     [("PARTNERS_WITH", "Brisk", "Axiale")]),
    # a pronoun subject after a sentence the parser cut at its semicolon, whose second half names no actor as subject:
    # the subject before the semicolon
    ("L'ancien propriétaire du club, également actionnaire de Vantor, est loin de faire l'unanimité. Paul Marchand, "
     "entrepreneur nantais et supporter de longue date, avait proposé 15 millions d'euros pour reprendre le club ; "
     "son offre a été rejetée en janvier. Il accuse aujourd'hui Luc Ferrand d'avoir sacrifié le club.",
     [("ACCUSES", "Paul Marchand", "Luc Ferrand")]),
    ("Le FC Brenne est en difficulté. Le club a perdu son sponsor. Anne Leroy, élue d'opposition, a déposé un recours "
     "contre la délibération ; sa demande a été rejetée en mars. Elle critique désormais le maire Luc Ferrand.",
     [("ACCUSES", "Anne Leroy", "Luc Ferrand")]),
]
FORBIDDEN = [
    ("Lait : Bravant, le champion que l'État ménage\n\nBravant a annoncé la fermeture de deux usines en Mayenne. "
     "Bravant promet des reclassements. Claire Dumas, la ministre, a reçu Marc Duroc, le PDG de Bravant. "
     "Mais l'entretien n'a rien donné.\n\nFace à la ministre, la FNPA, présidée par Jules Martin, joue une partition "
     "ambiguë. Le syndicat accuse l'industriel de sacrifier les éleveurs.",
     ("ACCUSES", "Bravant", "FNPA")),
    ("Le FC Sorvane a été racheté en 2021 par Rivera Football Group. Rivera Football Group a injecté 40 millions "
     "d'euros depuis. La Ligue a sanctionné le club en juin.",
     ("OPPOSES", "Ligue", "Rivera Football Group")),
    ("Le cimentier Calvor a signé un accord avec Navimar. Navimar, le premier transporteur de conteneurs d'Europe, "
     "livrera ses sacs de ciment en Afrique. Calvor fournira aussi les quais du port. L'armateur a commandé six "
     "navires aux chantiers Brevan.",
     ("FUNDS", "Calvor", "Brevan")),
]
