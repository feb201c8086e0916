"""Rule cases of the possessive fixes (s11-poss): who "son PDG", "son avocat" belong to. Invented actors only."""

CASES = [
    # a possessive title coordinated after an organisation is that organisation's, past a repeated
    # preposition and an adjective (not the regulator named before)
    ("Le régulateur Autorité des marchés de Valdanie a notifié des griefs à Tarvenne Industries et à son ancien PDG, Hugo Marchetti, pour diffusion d'informations trompeuses.",
     [("LEADS", "Hugo Marchetti", "Tarvenne Industries")]),
    # a dislocated topic ("La Banque X, elle, …") owns the possessive after it, not a nearer name
    ("La Banque Morvan, elle, accompagne la société Ferlande depuis vingt ans : Jean Dussol, son directeur général délégué, siège à son conseil de surveillance.",
     [("LEADS", "Jean Dussol", "Banque Morvan")]),
]

FORBIDDEN = [
    # the regulator that notifies the grievances does not employ the company's PDG
    ("Le 3 mars, le collège de l'Autorité des marchés financiers a notifié des griefs à la société et à son ancien PDG, Hugo Marchetti, pour diffusion d'informations trompeuses.",
     ("LEADS", "Hugo Marchetti", "Autorité des marchés financiers")),
    # a state is no lawyer's client through "son avocat"
    ("Le Royaume-Uni a gelé les avoirs de l'homme d'affaires Piotr Savelev. Son avocat, Me Paul Renaud, a annoncé un recours.",
     ("WORKS_FOR", "Paul Renaud", "Royaume-Uni")),
    # an unnamed dislocated topic ("La banque, elle, …") leaves "son directeur" to no one else
    ("Le groupe Ferlande a perdu son procès. La banque, elle, soutient le groupe Ferlande depuis vingt ans : Jean Dussol, son directeur général, siège au conseil de surveillance du négociant.",
     ("LEADS", "Jean Dussol", "Ferlande")),
    # the previous sentence is about an unnamed organisation ("Le family office", "La filiale du groupe
    # X"): "son directeur" is neither the company it buys into nor its owner
    ("Le nouveau venu s'appelle Herbelay Gestion. Le family office, qui gère la fortune des héritiers, prend 15 % de Corbelin Participations au travers d'une augmentation de capital. « Nous accompagnons une entreprise familiale », a assuré son directeur, Anatole Jubert.",
     ("LEADS", "Anatole Jubert", "Corbelin Participations")),
    ("Calorège a assigné Helvane en justice. La filiale française du groupe sud-coréen Gyeongan Thermal conteste tout emprunt. « Nos machines sont à nous », affirme son directeur général, Ivan Dessaigne.",
     ("LEADS", "Ivan Dessaigne", "Gyeongan Thermal")),
    # a possessive title on the last agent of "fondée par A, …, et B" is the founded company's, not a name
    # in the list
    ("Dynaval change de braquet. La start-up fondée en 2023 par Inès Dalmier, une ancienne ingénieure du CEA, et Gabriel Achard, son directeur technique, annonce ce mardi une levée de fonds.",
     ("WORKS_FOR", "Gabriel Achard", "CEA")),
    # two companies are the previous sentence's subjects: "son PDG" is either's, so no one's
    ("Ombrelle a vendu ses usines alsaciennes, tandis que Tarvane a fermé son siège lyonnais. Son PDG, Luc Fabre, s'explique.",
     ("LEADS", "Luc Fabre", "Ombrelle")),
    # the previous sentence's speaker is an unnamed person: its one name (a region) owns no "son président"
    ("La coopérative Armavert a nommé Loïc Brénal directeur général.\n\n« C'est un retour aux sources pour ce fils d'éleveurs du Léon », souligne un administrateur.\n\nLe conseil a également reconduit pour trois ans son président, Jean-Yves Abgral, éleveur à Plouédern.",
     ("LEADS", "Jean-Yves Abgral", "Léon")),
]
