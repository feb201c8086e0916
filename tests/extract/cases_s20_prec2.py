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
