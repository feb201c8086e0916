"""Cases of the s17-freq fixes (constructions that recur across the dev writers), invented names."""

CASES = [
    # "Elle succède à X" / "Il remplace X" with X a person: the pronoun is the newcomer (a person), not the
    # company that named her in the sentence before; the one replaced held the post she takes
    ("Varnier Industries a nommé Claire Dubreuil directrice financière. Elle succède à Paul Mérignac, "
     "parti chez Olsen Group.",
     [("WORKS_FOR", "Claire Dubreuil", "Varnier Industries"), ("WORKS_FOR", "Paul Mérignac", "Varnier Industries"),
      ("WORKS_FOR", "Paul Mérignac", "Olsen Group")]),
    ("La banque Rostand a choisi Hélène Vasseur comme directrice générale. Elle remplace Thomas Brival, "
     "qui part à la retraite.",
     [("LEADS", "Hélène Vasseur", "Rostand"), ("LEADS", "Thomas Brival", "Rostand")]),
    ("Le groupe Kerlan a nommé Julien Orsat directeur général. Il remplace depuis lundi Marie Tessier.",
     [("LEADS", "Julien Orsat", "Kerlan"), ("LEADS", "Marie Tessier", "Kerlan")]),
    # "Âgée de 47 ans, elle…": the age says a person, as "À 47 ans, elle…" does
    ("L'assureur Morvane a annoncé mardi la nomination d'Inès Garrec au poste de directrice générale. "
     "Âgée de 47 ans, elle dirigeait jusqu'ici la filiale Morvane Vie.",
     [("LEADS", "Inès Garrec", "Morvane"), ("LEADS", "Inès Garrec", "Morvane Vie")]),
    # a title after a name and its comma, taken by the parser for the verb's object, is the name's apposition
    ("Paul Vidrine est parti en septembre chez Tarnac Power, le grand concurrent de Solvéa.",
     [("COMPETES_WITH", "Tarnac Power", "Solvéa")]),
    ("Elle a vendu ses parts à Ostral Capital, l'actionnaire de référence de Calvor.",
     [("OWNS", "Ostral Capital", "Calvor")]),
    ("Agathe Sorel a été nommée directrice financière de Solvéa. Elle succède à Paul Vidrine, parti en "
     "septembre chez Tarnac Power, le grand concurrent de Solvéa dans l'éolien en mer.",
     [("COMPETES_WITH", "Tarnac Power", "Solvéa"), ("WORKS_FOR", "Paul Vidrine", "Solvéa")]),
]

FORBIDDEN = [
    # the apposition's title is not the verb's subject's
    ("Agathe Sorel a été nommée directrice financière de Solvéa. Elle succède à Paul Vidrine, parti en "
     "septembre chez Tarnac Power, le grand concurrent de Solvéa dans l'éolien en mer.",
     ("COMPETES_WITH", "Agathe Sorel", "Solvéa")),
    ("Paul Vidrine est parti en septembre chez Tarnac Power, le grand concurrent de Solvéa.",
     ("COMPETES_WITH", "Paul Vidrine", "Solvéa")),
]
