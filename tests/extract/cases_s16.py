"""Cases of the sixteenth session's readings, invented names."""

CASES = [
    # "PDG du groupe agroalimentaire X": the parser hangs X on "PDG"; the singular organisation noun after
    # "du" still names it, so X is an organisation and the title's
    ("Marc-Olivier Tessier, PDG du groupe agroalimentaire Brenn Avel, a signé l'accord.",
     [("LEADS", "Marc-Olivier Tessier", "Brenn Avel")]),
    # "X-Y dirige depuis 2015 Z": the parse makes the hyphenated name the root, the verb a clause on it and
    # the company's name part of the person's; a finite verb right after the name heads the sentence
    ("Clarisse Vautrin-Mallet dirige depuis 2015 Oriflamme Logistics, l'entreprise fondée par son grand-père.",
     [("LEADS", "Clarisse Vautrin-Mallet", "Oriflamme Logistics")]),
    # "inscrit la société X Trading sur la liste noire": the parse hangs "Trading" on the verb and the list on
    # "Trading"; the name's last word is the name's, the list the verb's
    ("Les Pays-Bas ont inscrit la société Ombrelis Trading sur leur liste noire.",
     [("OPPOSES", "Pays-Bas", "Ombrelis Trading")]),
    # "a placé la société X sur sa liste noire" with the list hung on "société": the introducer noun and the
    # name are one entity, and the name's first word is still a name listed
    ("L'Union européenne a placé la société Corvamar Shipping sur sa liste noire.",
     [("OPPOSES", "Union européenne", "Corvamar Shipping")]),
    # a ministry named by two portfolios is one body, not a ministry and a stray "Finances"
    ("Sabine Lorrain a été nommée à la tête du ministère de l'Économie et des Finances.",
     [("LEADS", "Sabine Lorrain", "ministère de l'Économie et des Finances")]),
    # the one appointed to a post named by "à la tête de", "à la présidence de": the passive's subject
    ("Gilles Ravenne a été reconduit à la tête de Valtex Industries pour trois ans.",
     [("LEADS", "Gilles Ravenne", "Valtex Industries")]),
    ("Le ministre du Travail, de l'Emploi et de la Santé, Julien Ferrand, a reçu les syndicats.",
     [("LEADS", "Julien Ferrand", "ministère du Travail, de l'Emploi et de la Santé")]),
    # a regulator's "procédure de sanction à l'encontre de X" is proceedings (SUES), not a state's sanctions
    ("La CNIL a engagé une procédure de sanction à l'encontre de l'éditeur Lumio.",
     [("SUES", "CNIL", "Lumio")]),
]

FORBIDDEN = [
    ("La CNIL a engagé une procédure de sanction à l'encontre de l'éditeur Lumio.",
     ("OPPOSES", "CNIL", "Lumio")),
]
