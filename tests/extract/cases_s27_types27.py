"""Cases of the s27 wrong-type gaps (helper s27-types27), invented names and sentences."""

# co-founders of a named body are its founders, not partners of each other (extract/types27.cofounders_not_partners)
CASES = [
    ("Leclair, Bonprix et Vitamarché ont fondé en 2023 une nouvelle alliance à l'achat, Orbis Retail, qui pèse un "
     "quart du marché.",
     [("FOUNDED", "Leclair", "Orbis Retail"), ("FOUNDED", "Bonprix", "Orbis Retail"),
      ("FOUNDED", "Vitamarché", "Orbis Retail")]),
    # a partnership stated besides the founding stays
    ("Leclair et Bonprix ont signé un partenariat pour leurs achats.", [("PARTNERS_WITH", "Leclair", "Bonprix")]),
]
FORBIDDEN = [
    ("Leclair, Bonprix et Vitamarché ont fondé en 2023 une nouvelle alliance à l'achat, Orbis Retail, qui pèse un "
     "quart du marché.", ("PARTNERS_WITH", "Leclair", "Bonprix")),
    ("Leclair, Bonprix et Vitamarché ont fondé en 2023 une nouvelle alliance à l'achat, Orbis Retail, qui pèse un "
     "quart du marché.", ("PARTNERS_WITH", "Bonprix", "Vitamarché")),
]

# "X a rompu avec Y": a person leaves a body, no feud with it (extract/types27.persons_breaking_with_bodies)
CASES += [
    ("Paul Garnier a rompu avec le parti Renouveau.", [("MEMBER_OF", "Paul Garnier", "Renouveau")]),
    # between two people, or two states cutting their ties, a break stays a conflict
    ("Paul Garnier a rompu avec Jean Morel.", [("OPPOSES", "Paul Garnier", "Jean Morel")]),
    ("La Syldavie a rompu ses liens diplomatiques avec la Bordurie en 2016.", [("OPPOSES", "Syldavie", "Bordurie")]),
]
FORBIDDEN += [
    ("Le maire de Nice, Paul Garnier, qui a lui-même rompu avec Les Radicaux en mai, le soutient.",
     ("OPPOSES", "Paul Garnier", "Les Radicaux")),
    ("Paul Garnier a rompu avec le parti Renouveau.", ("OPPOSES", "Paul Garnier", "Renouveau")),
]

# "la rivalité entre A et B dans Z, un marché où …": two companies' rivalry on a market is competition
# (relations._market_fight, the market word a few words on)
CASES += [
    ("Ces acquisitions attisent surtout la rivalité entre les laboratoires Varnell Pharma et Drummon Biotech dans "
     "l'hémophilie, un marché où le danois fait figure de leader.",
     [("COMPETES_WITH", "Varnell Pharma", "Drummon Biotech")]),
]
FORBIDDEN += [
    # no market named: the rivalry stays a conflict
    ("La rivalité entre les laboratoires Varnell Pharma et Drummon Biotech empoisonne les relations entre leurs "
     "patrons.", ("COMPETES_WITH", "Varnell Pharma", "Drummon Biotech")),
]

# "X, porte-parole du parti Y": a spokesperson works for the body (ONTOLOGY), even when
# its name opens on a movement word (relations._memberships)
CASES += [
    ("Le député Paul Garnier, porte-parole du Rassemblement républicain, mène la liste.",
     [("WORKS_FOR", "Paul Garnier", "Rassemblement républicain")]),
    # an office below the head: (s35-conv35) a party's vice-president works for it (the session-35 convention; it
    # was membership before)
    ("Paul Garnier, vice-président du Parti radical, dénonce la réforme.", [("WORKS_FOR", "Paul Garnier", "Parti radical")]),
]
FORBIDDEN += [
    ("Le député Paul Garnier, porte-parole du Rassemblement républicain, mène la liste.",
     ("MEMBER_OF", "Paul Garnier", "Rassemblement républicain")),
]
