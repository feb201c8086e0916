"""Cases of the s20 precision round (helper s20-prec2), invented names and sentences."""

# Leaving a party is membership (MEMBER_OF, former), not employment: the party is named with no "parti"
# word, and the text shows it is one by its political family, by a candidate's or an elected member's label
# ("la candidate Y"), or by another member of it.
CASES = [
    ("Paul Vernier a quitté Les Modérés en 2017, mais il garde le soutien de son ancienne famille politique.",
     [("MEMBER_OF", "Paul Vernier", "Les Modérés")]),
    ("La candidate Les Modérés, Marie Blanc, recule. Paul Vernier, ancien ministre, a quitté Les Modérés en "
     "février pour rallier Jean Morel.",
     [("MEMBER_OF", "Paul Vernier", "Les Modérés")]),
    ("Le député Les Modérés Marc Tissier vote. Paul Vernier a quitté Les Modérés en février.",
     [("MEMBER_OF", "Paul Vernier", "Les Modérés")]),
    # near miss: a newspaper left by a journalist stays employment
    ("Paul Vernier a quitté Les Échos de Lorvanne en 2017 pour rejoindre Le Courrier d'Ostrie.",
     [("WORKS_FOR", "Paul Vernier", "Les Échos de Lorvanne")]),
]
FORBIDDEN = [
    ("Paul Vernier a quitté Les Modérés en 2017, mais il garde le soutien de son ancienne famille politique.",
     ("WORKS_FOR", "Paul Vernier", "Les Modérés")),
    ("Paul Vernier a quitté Les Échos de Lorvanne en 2017 pour rejoindre Le Courrier d'Ostrie.",
     ("MEMBER_OF", "Paul Vernier", "Les Échos de Lorvanne")),
]

# "le président du groupe Y à l'Assemblée / au Parlement européen": a group with a name of its own is led by
# its president; only a group named after a party the text calls one ("son parti, Y") makes a membership.
CASES += [
    ("Paul Martin, secrétaire général de Progrès et patron du groupe Avenir au Parlement européen, hérite du "
     "ministère des Sports.",
     [("LEADS", "Paul Martin", "Avenir"), ("LEADS", "Paul Martin", "Progrès")]),
    ("Léon Guérin, président du groupe Droite nouvelle à l'Assemblée, soutient le candidat.",
     [("LEADS", "Léon Guérin", "Droite nouvelle")]),
]
FORBIDDEN += [
    ("Léon Guérin, président du groupe Droite nouvelle à l'Assemblée, soutient le candidat.",
     ("MEMBER_OF", "Léon Guérin", "Droite nouvelle")),
]

# A line read backward from a trigger takes no "de" complement of a person's title as the actor: "Le PDG de Y
# accuse Z" is the unnamed PDG speaking, not Y (the same sentence with the person named keeps its tie).
CASES += [
    ("Paul Vernier, le PDG de Korvane, accuse Marc Tissier de mentir.",
     [("ACCUSES", "Paul Vernier", "Marc Tissier")]),
    # near miss: the company itself as subject still accuses
    ("Le groupe Korvane accuse Marc Tissier de mentir.", [("ACCUSES", "Korvane", "Marc Tissier")]),
]
FORBIDDEN += [
    ("Le PDG de Korvane accuse Marc Tissier de mentir.", ("ACCUSES", "Korvane", "Marc Tissier")),
    ("Le candidat de Progrès accuse la candidate Avenir d'être une girouette.", ("ACCUSES", "Progrès", "Avenir")),
]
