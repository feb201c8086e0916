"""Cases of the s22 false ties left on the read pools (helper s22-prec22b), invented names and sentences."""

# ", et B a noué un partenariat avec C" after "A a signé un accord avec D": the second clause has its own
# subject and no relative word; it is no relative clause of the first object, and B is no list mate of D.
CASES = [
    ("La Sacem a signé en 2010 un accord avec Koral, et Brintex a noué un partenariat avec Ternia, le "
     "concurrent français du site.",
     [("PARTNERS_WITH", "Sacem", "Koral"), ("PARTNERS_WITH", "Brintex", "Ternia")]),
]
FORBIDDEN = [
    ("La Sacem a signé en 2010 un accord avec Koral, et Brintex a noué un partenariat avec Ternia, le "
     "concurrent français du site.",
     ("PARTNERS_WITH", "Koral", "Ternia")),
    ("La Sacem a signé en 2010 un accord avec Koral, et Brintex a noué un partenariat avec Ternia, le "
     "concurrent français du site.",
     ("PARTNERS_WITH", "Brintex", "Koral")),
]
CASES += [
    # near miss: a true list of co-signers keeps its mates
    ("Koral et Brintex ont noué un partenariat avec Ternia.",
     [("PARTNERS_WITH", "Koral", "Ternia"), ("PARTNERS_WITH", "Brintex", "Ternia")]),
]

# "rejoindre"/"intégrer" a bare place (a town, a country): going there, no employer (works_for.verb)
CASES += [
    ("Le président Paul Lenoir doit rejoindre vendredi Shanghai, où il débattra avec des étudiants.", []),
    # near miss: a company joined stays the employer
    ("Paul Lenoir a rejoint Koral en 2019 comme directeur financier.",
     [("WORKS_FOR", "Paul Lenoir", "Koral")]),
]
FORBIDDEN += [
    ("Le président Paul Lenoir doit rejoindre vendredi Canton, où il débattra avec des étudiants.",
     ("WORKS_FOR", "Paul Lenoir", "Canton")),
]

# "Y, défendue par Me X": a lawyer works for the client, no ally (works_for.lawyer_defends)
CASES += [
    ("Jeanne Morel, défendue par Me Paul Lenoir, a parlé d'un travail discret.",
     [("WORKS_FOR", "Paul Lenoir", "Jeanne Morel")]),
    # near miss: a politician who defends a colleague is an ally
    ("Paul Lenoir a défendu Jeanne Morel face aux critiques de son parti.",
     [("ALLY_OF", "Paul Lenoir", "Jeanne Morel")]),
]
FORBIDDEN += [
    ("Jeanne Morel, défendue par Me Paul Lenoir, a parlé d'un travail discret.",
     ("ALLY_OF", "Paul Lenoir", "Jeanne Morel")),
]

# "X, chef de file de Y": one title (a list's or a group's leader), no department "file" of Y
FORBIDDEN += [
    ("Chez les écologistes, Paul Lenoir, chef de file de Verdure aux européennes, reproche à Jean Morel de "
     "changer de ministre.",
     ("WORKS_FOR", "Paul Lenoir", "Verdure")),
]
CASES += [
    # near miss: a department's head still works for the company
    ("Paul Lenoir, chef du service juridique de Koral, a démissionné.", [("WORKS_FOR", "Paul Lenoir", "Koral")]),
]
