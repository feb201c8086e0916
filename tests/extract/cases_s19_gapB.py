"""Cases of the s19 coverage gaps of French (helper s19-gapB: capital, deals, cooperation), invented names
and sentences."""

# A passive relative clause: "qui" stands for the noun the clause hangs on ("Y, qui a été racheté par X").
CASES = [
    ("La société Norvex, qui a été rachetée par le groupe Bemex en 2020, a publié ses comptes annuels.",
     [("ACQUIRES", "Bemex", "Norvex")]),
    ("Le journal Le Matin, qui est détenu par le groupe Bemex, a changé de directeur.",
     [("OWNS", "Bemex", "Le Matin")]),
]

# "le groupe X, dont la holding Z détient N % de Y": X owns Z, Z owns Y (the stake is Z's, not X's).
CASES += [
    ("Le groupe Tarvel, dont la holding Kalmar détient 57 % de Bemex, attend le feu vert de Bruxelles.",
     [("OWNS", "Tarvel", "Kalmar"), ("OWNS", "Kalmar", "Bemex")]),
]

# A cooperation talked about or worked towards: the verb's subjects are its parties.
CASES += [
    ("Les groupes Norvex et Bemex discutent d'une coentreprise dans la gestion d'actifs.",
     [("PARTNERS_WITH", "Norvex", "Bemex")]),
    ("Les groupes Norvex et Bemex réfléchissent à une alliance dans le fret.",
     [("PARTNERS_WITH", "Norvex", "Bemex")]),
]

FORBIDDEN = [
    # the stake is the holding's: the group that owns the holding does not hold it itself
    ("Le groupe Tarvel, dont la holding Kalmar détient 57 % de Bemex, attend le feu vert de Bruxelles.",
     ("OWNS", "Tarvel", "Bemex")),
    # a talk about prices is no cooperation
    ("Les groupes Norvex et Bemex discutent du prix de l'électricité avec le ministère.",
     ("PARTNERS_WITH", "Norvex", "Bemex")),
]
