"""Cases of the s14 founders fixes (helper s14-found), invented names."""

CASES = [
    # a founding participle without auxiliary describes the company phrase before it: the name the
    # descriptor is apposed to ("Y, une société de conseil créée en 2021 par X")
    ("Le ministère a payé Corvel Conseil, une petite société de conseil lyonnaise créée en 2019 par "
     "Mathilde Rozier. Le contrat a été signé en mars.",
     [("FOUNDED", "Mathilde Rozier", "Corvel Conseil")]),
    # plural participle, right after the name and its comma, a kin word before the founder
    ("Bertrand Alquier dirige les Fromageries Alquier, fondées par son oncle, Jean Vasselin, en 1951.",
     [("FOUNDED", "Jean Vasselin", "Fromageries Alquier")]),
    # a definite descriptor opening the sentence, broken parse ("pousse" taken for a verb): the article's company
    ("Tressane lève 20 millions d'euros\n\nLa start-up nantaise Tressane accélère. La jeune pousse fondée "
     "en 2019 par Ambre Lecoq et Malik Ferhat annonce ce mardi une levée de fonds menée par Orion Capital.",
     [("FOUNDED", "Ambre Lecoq", "Tressane"), ("FOUNDED", "Malik Ferhat", "Tressane")]),
    # the descriptor and its comma before a co-founding participle, two founders with titles
    ("Tressane lève 20 millions d'euros.\n\nLa fintech bordelaise, cofondée il y a six ans par l'ingénieure "
     "Ambre Lecoq et le financier Malik Ferhat, compte 80 salariés.",
     [("FOUNDED", "Ambre Lecoq", "Tressane"), ("FOUNDED", "Malik Ferhat", "Tressane")]),
    # a complement inside the descriptor ("la start-up de drones"), masculine participle
    ("Le contrat revient à Ostrel, le fabricant de drones agricoles fondé par Hervé Carrel, qui "
     "emploie 30 personnes.",
     [("FOUNDED", "Hervé Carrel", "Ostrel")]),
]

FORBIDDEN = [
    # the company named elsewhere in the sentence is not the one the participle describes
    ("Kalvane s'est associée à Perlis Robotique, la start-up toulousaine fondée par Hugo Mérand, avec "
     "laquelle Kalvane développe un capteur.", ("FOUNDED", "Hugo Mérand", "Kalvane")),
    # an indefinite descriptor inside the sentence is no article's company
    ("Tressane lève 20 millions d'euros. Son directeur a travaillé pour une jeune pousse fondée en 2015 par "
     "Rémi Caudron.", ("FOUNDED", "Rémi Caudron", "Tressane")),
    # a founding verb with its auxiliary keeps its own subject ("qu'elle a créée"): not the descriptor's
    ("Tressane lève 20 millions d'euros. Ambre Lecoq a quitté Orvane, la société qu'elle a créée en 2010 avec "
     "Malik Ferhat.", ("FOUNDED", "Malik Ferhat", "Tressane")),
]

CASES += [
    # the founder of the company paid is no one paid: founded by him, paid to the company
    ("Le conseil régional a versé 300 000 euros à Morvane Études, une société d'ingénierie créée en 2018 par "
     "Alice Ternant.", [("FOUNDED", "Alice Ternant", "Morvane Études")]),
]

FORBIDDEN += [
    # a name after "par" the parser hangs on the descriptor as an apposition is no apposed name
    # (arguments.entities_at; these wordings parse well today and guard the reading, the misparse itself
    # comes and goes with the sentence)
    ("Entre 2021 et 2023, la mairie a versé 2 millions d'euros d'honoraires à Morvane Études, une société "
     "d'ingénierie créée en 2018 par Alice Ternant.", ("FUNDS", "mairie", "Alice Ternant")),
    ("Le groupe Kervalis a payé 900 000 euros à Tilsen Partners, un cabinet de conseil fondé par Marc Oudin.",
     ("FUNDS", "Kervalis", "Marc Oudin")),
    ("Calden paie cher ses conseils. L'an passé, Calden a versé 250 000 euros de commissions à Norvel, une petite "
     "société de conseil dont la seule associée n'est autre que Lucie Garnier.", ("FUNDS", "Calden", "Lucie Garnier")),
    ("La société Orbane a confié un contrat de 3 millions d'euros à Astrel, une agence lyonnaise fondée en 2016 "
     "par Clara Besnier.", ("FUNDS", "Orbane", "Clara Besnier")),
]

# A founder who heads a department is staff too: the department title's tie stays beside FOUNDED
_START = ("Belvane lève 12 millions d'euros\n\nLa start-up rennaise Belvane lève 12 millions d'euros. Fondée en 2020 "
          "par Léa Guillou et Marc Dantec, la société compte 40 salariés. ")
CASES += [
    (_START + "Directeur technique de la société, Marc Dantec pilotera les recrutements.",
     [("WORKS_FOR", "Marc Dantec", "Belvane"), ("FOUNDED", "Marc Dantec", "Belvane")]),
    (_START + "« Nous visons l'Europe », précise Marc Dantec, son directeur technique.",
     [("WORKS_FOR", "Marc Dantec", "Belvane")]),
    (_START + "Marc Dantec, directeur financier de Belvane, prépare déjà la prochaine levée.",
     [("WORKS_FOR", "Marc Dantec", "Belvane")]),
    (_START + "La directrice scientifique de la start-up, Léa Guillou, a déposé quatre brevets.",
     [("WORKS_FOR", "Léa Guillou", "Belvane")]),
]

# A possessive title, a comma, then a trade and the name ("son fondateur, le designer X"), the name hung
# elsewhere by the parser: the name is the title's holder
_HOUSE = ("La Maison Ternel ouvre son capital\n\nLa Maison Ternel, une marque de sacs de luxe, ouvre son capital. "
          "La Maison Ternel emploie 60 personnes. ")
CASES += [
    (_HOUSE + "Le capital restait entre les mains de son fondateur, le designer Romain Ternel.",
     [("FOUNDED", "Romain Ternel", "Maison Ternel")]),
    (_HOUSE + "La marque reste très liée à sa fondatrice, la styliste Agathe Mérieux.",
     [("FOUNDED", "Agathe Mérieux", "Maison Ternel")]),
    (_HOUSE + "Les nouveaux actionnaires ont racheté les parts de son fondateur, l'homme d'affaires Bernard Talmont.",
     [("FOUNDED", "Bernard Talmont", "Maison Ternel")]),
]

FORBIDDEN += [
    # coordinated with another possessive's noun: the founder is not read as the subsidiary's
    ("Bruxelles sanctionne le conglomérat Orvalis Holdings\n\nL'Union européenne sanctionne le conglomérat Orvalis "
     "Holdings, ainsi que sa filiale minière Tarsen Mining et son fondateur, l'homme d'affaires Bernard Talmont.",
     ("FOUNDED", "Bernard Talmont", "Tarsen Mining")),
]
