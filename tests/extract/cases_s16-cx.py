"""Cases of the s16-cx fixes (missed ties of real press), invented names."""

CASES = [
    # a title object and the person's name after it: the parser hangs the name on the verb, the title is it
    ("Marc Delval a rencontré le directeur général, Paulo Venturi.",
     [("MEETS", "Marc Delval", "Paulo Venturi")]),
    ("Marc Delval a reçu la présidente de la société Calvor, Inès Marchal, mardi.",
     [("MEETS", "Marc Delval", "Inès Marchal"), ("LEADS", "Inès Marchal", "Calvor")]),
    ("Hier, Marc Delval a rencontré le directeur général de Brenfor, Paulo Venturi.",
     [("MEETS", "Marc Delval", "Paulo Venturi"), ("LEADS", "Paulo Venturi", "Brenfor")]),
    ("Le fonds Ardanel a accusé la patronne, Inès Marchal, de mentir aux actionnaires.",
     [("ACCUSES", "Ardanel", "Inès Marchal")]),
]

FORBIDDEN = [
    # the title's company is the person's, not the one who meets him
    ("Hier, Marc Delval a rencontré le directeur général de Brenfor, Paulo Venturi.",
     ("LEADS", "Marc Delval", "Brenfor")),
]

CASES += [
    # "Y a officialisé sa vente à X": with the buyer named and no "de" phrase, the possessive of the sale
    # (or of the purchase, its buyer given by "par") is the company sold, the verb's subject
    ("Calvor a officialisé sa vente au groupe Brenfor.", [("ACQUIRES", "Brenfor", "Calvor")]),
    ("Lundi, la société Ostral a confirmé sa cession à la holding Ardanel Participations.",
     [("ACQUIRES", "Ardanel Participations", "Ostral")]),
    ("Calvor a annoncé son rachat par le groupe Brenfor.", [("ACQUIRES", "Brenfor", "Calvor")]),
    ("La société Calvor, fondée en 1990, a validé mardi sa reprise par le fonds Ardanel.",
     [("ACQUIRES", "Ardanel", "Calvor")]),
]

FORBIDDEN += [
    # the possessive of a purchase with its "de" phrase is the buyer's
    ("Brenfor a annoncé son rachat de Calvor.", ("ACQUIRES", "Calvor", "Brenfor")),
    ("Brenfor a annoncé son rachat de Calvor.", ("ACQUIRES", "Brenfor", "Brenfor")),
]

CASES += [
    # a fight with its other party named, in a phrase of time hung on a verb: the verb's subject is the
    # first party ("lors de", "pendant", "au cours de", "après"; or hung on the name a relative describes)
    ("Lors d'un précédent bras de fer avec Calvor, Brenfor avait cédé.", [("OPPOSES", "Brenfor", "Calvor")]),
    ("Pendant sa guerre contre le fonds Ardanel, Paulo Venturi a vendu ses titres.",
     [("OPPOSES", "Paulo Venturi", "Ardanel")]),
    ("Au cours d'un différend avec Calvor, Brenfor a perdu deux clients.", [("OPPOSES", "Brenfor", "Calvor")]),
    ("Brenfor, qui possède cette part depuis 2018, lors d'un bras de fer avec Calvor, reste discret.",
     [("OPPOSES", "Brenfor", "Calvor")]),
]

FORBIDDEN += [
    # the fight's own party is not also its first one
    ("Lors d'un précédent bras de fer avec Calvor, Brenfor avait cédé.", ("OPPOSES", "Calvor", "Calvor")),
]

CASES += [
    # a publisher owns the titles it publishes: "X, éditeur de Y", "X, qui édite Y", "Y, édité par X"
    ("Le groupe Brenfor, qui édite notamment le quotidien La Voix du Soir, a annoncé des pertes.",
     [("OWNS", "Brenfor", "La Voix du Soir")]),
    ("Le fonds Ardanel contrôle 65 % de Brenfor Médias, éditeur du Journal de la Loire.",
     [("OWNS", "Brenfor Médias", "Journal de la Loire")]),
    ("Le magazine Calvor Hebdo, édité par le groupe Brenfor, a changé de format.",
     [("OWNS", "Brenfor", "Calvor Hebdo")]),
    ("Brenfor édite les magazines Calvor Hebdo et Ostral Magazine.",
     [("OWNS", "Brenfor", "Calvor Hebdo"), ("OWNS", "Brenfor", "Ostral Magazine")]),
    ("Les éditions Brenfor, éditrices de la revue Calvor, sont en vente.", [("OWNS", "Brenfor", "Calvor")]),
]

FORBIDDEN += [
    # a trade ("éditeur de logiciels") names no title published
    ("Paulo Venturi, ancien directeur financier de l'éditeur de logiciels Ostral, a été condamné.",
     ("OWNS", "Ostral", "Ostral")),
    ("Paulo Venturi, ancien directeur financier de l'éditeur de logiciels Ostral, a été condamné.",
     ("OWNS", "Paulo Venturi", "Ostral")),
]
