"""Cases of the s33 descriptor coreference with the article's own roles (helper s33-descr33, mentions/descr33.py),
invented names and sentences. Each mechanism is checked on several nouns, shapes and cue words.

* opening and same role: a descriptor opening the body after a headline "X, l'outil …" / "X, la pépite …" is X, and
  the same noun with the same modifiers later is X again, over a nearer actor whose name holds the noun's word
  ("la banque coopérative" is not "la Banque Rivage"; "l'assureur mutualiste" not "la Mutuelle Assurances du Nord";
  "le laboratoire pharmaceutique" not "les Laboratoires Dumont"); accuse, assigne.
* fronted participle: "Créée par X, l'entreprise …", "Pilotée par X, la société …", "Lancé par X, le groupe …" is
  the company the text said X heads or founded, not the last company named.
"""

CASES = [
    ("Kelvion, l'outil que tout le monde courtise\n\nDécryptage. Sous pression, la banque coopérative a fermé trente "
     "agences cette année. Le président de la Banque Rivage, Paul Ravel, s'inquiète de la concentration du secteur.\n\n"
     "À l'Assemblée, le député Marc Duval accuse la banque coopérative de délaisser les campagnes. Kelvion dément. "
     "Kelvion compte 300 agences.",
     [("ACCUSES", "Marc Duval", "Kelvion")]),
    ("Orvane, l'acteur qui inquiète\n\nEnquête. Depuis janvier, l'assureur mutualiste multiplie les rachats. Le "
     "président de la Mutuelle Assurances du Nord, Paul Ravel, parle d'une fuite en avant.\n\nLa sénatrice Claire "
     "Vasseur accuse l'assureur mutualiste de brader les contrats. Orvane n'a pas répondu. Orvane compte 2 000 salariés.",
     [("ACCUSES", "Claire Vasseur", "Orvane")]),
    ("Vertalis, la pépite qui fâche\n\nL'an dernier, le laboratoire pharmaceutique a annoncé un plan social. Le patron "
     "des Laboratoires Dumont, Paul Ravel, y voit un mauvais signal.\n\nLe syndicat Solidaires Santé a assigné le "
     "laboratoire pharmaceutique en justice. Vertalis conteste. Vertalis emploie 900 personnes.",
     [("SUES", "Solidaires Santé", "Vertalis")]),
    ("Jeanne Morin dirige le groupe Tessaris depuis 2015. Tessaris vient de racheter Omnis. Omnis emploie 300 "
     "personnes. Créée en 1998 par Jeanne Morin et son frère, l'entreprise a acquis l'an dernier la société Lyrel.",
     [("FOUNDED", "Jeanne Morin", "Tessaris"), ("ACQUIRES", "Tessaris", "Lyrel")]),
    ("Paul Ravel est le président de Kestria. Kestria a cédé sa filiale Ondine à Orbis Capital. Ondine emploie 200 "
     "personnes. Pilotée depuis 2012 par Paul Ravel, la société a aussi racheté Lumio.",
     [("ACQUIRES", "Kestria", "Lumio")]),
    ("Claire Vasseur a cofondé Nymbus en 2009. Nymbus a vendu sa filiale Artémia au groupe Solveo. Artémia compte 80 "
     "salariés. Lancé en 2009 par Claire Vasseur, le groupe a racheté mardi la société Pixelia.",
     [("ACQUIRES", "Nymbus", "Pixelia")]),
]

FORBIDDEN = [
    (CASES[0][0], ("ACCUSES", "Marc Duval", "Banque Rivage")),
    (CASES[1][0], ("ACCUSES", "Claire Vasseur", "Mutuelle Assurances du Nord")),
    (CASES[2][0], ("SUES", "Solidaires Santé", "Laboratoires Dumont")),
    (CASES[3][0], ("FOUNDED", "Jeanne Morin", "Omnis")),
    (CASES[4][0], ("LEADS", "Paul Ravel", "Ondine")),
    (CASES[5][0], ("FOUNDED", "Claire Vasseur", "Solveo")),
    # (the fronted subject's words stop at its verb: "la firme investira dans la start-up X" is not X)
    ("Marc Duval, fondateur de Brivia, a cédé la société Kapta au groupe Solveo. Solveo est coté à Paris. Dirigée "
     "depuis vingt ans par Marc Duval, la firme investira dans la start-up Nemo.",
     ("LEADS", "Marc Duval", "Nemo")),
]
