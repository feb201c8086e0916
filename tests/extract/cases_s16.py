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
]
