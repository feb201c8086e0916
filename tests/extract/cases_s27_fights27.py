"""Cases of the s27 conflict and alliance gaps (helper s27-fights27), invented names and sentences."""

# a fight or a meeting noun in a frame phrase: the clause's subject, also a passive one, is the party
# (slots/fights27.framed_event_subject)
CASES = [
    ("Paul Dorin avait été écarté par le conseil au terme d'un bras de fer avec Jean Marceau.",
     [("OPPOSES", "Paul Dorin", "Jean Marceau")]),
    ("Paul Dorin est engagé dans un bras de fer avec Jean Marceau.", [("OPPOSES", "Paul Dorin", "Jean Marceau")]),
    ("Paul Dorin aurait validé le nom lors d'un déjeuner avec Jean Marceau.",
     [("MEETS", "Paul Dorin", "Jean Marceau")]),
    ("Paul Dorin a signé le contrat lors d'une rencontre avec Jean Marceau.",
     [("MEETS", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN = [
    # the agent of the passive ousted him: the fight is the ousted one's
    ("Paul Dorin avait été écarté par Lucie Brenmor au terme d'un bras de fer avec Jean Marceau.",
     ("OPPOSES", "Lucie Brenmor", "Jean Marceau")),
    # an aside in brackets is about the one it follows, not the clause's subject
    ("Vexora est détenue par Paul Dorin et par Jean Marceau (qui possède sa part depuis 2018, lors d'un bras de fer "
     "avec Paul Dorin).", ("OPPOSES", "Vexora", "Paul Dorin")),
]

# "X a assuré Y de son soutien": X supports Y (slots/fights27.assured_of_support)
CASES += [
    ("Paul Dorin a assuré Jean Marceau de son soutien.", [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Paul Dorin a assuré à Jean Marceau que le projet avançait.", ("ALLY_OF", "Paul Dorin", "Jean Marceau")),
    ("Paul Dorin a assuré Jean Marceau de son désaccord.", ("ALLY_OF", "Paul Dorin", "Jean Marceau")),
]

# "(le tribunal,) saisi par X d'un recours contre Y": X sues Y (slots/fights27.court_seized_by)
CASES += [
    ("Le tribunal, saisi par la société Vexora d'une plainte contre la société Orvane, a tranché.",
     [("SUES", "Vexora", "Orvane")]),
    ("Le Conseil d'État, saisi par la société Vexora d'un recours contre la décision de l'Autorité des marchés "
     "financiers, a tranché.", [("SUES", "Vexora", "Autorité des marchés financiers")]),
]
FORBIDDEN += [
    ("Le tribunal, saisi par la société Vexora d'une demande d'avis sur la société Orvane, a tranché.",
     ("SUES", "Vexora", "Orvane")),
]

# "X a appelé à la grève contre (la direction de) Y": X opposes Y (slots/fights27.strike_called_against)
CASES += [
    ("Le syndicat Sud Santé a appelé à la grève contre la direction de Vexora.", [("OPPOSES", "Sud Santé", "Vexora")]),
    ("Le syndicat Sud Santé a appelé à la grève contre Vexora.", [("OPPOSES", "Sud Santé", "Vexora")]),
]
FORBIDDEN += [
    # a call to strike at a company names no one struck against
    ("Le syndicat Sud Santé a appelé à la grève chez Vexora.", ("OPPOSES", "Sud Santé", "Vexora")),
    ("Le syndicat Sud Santé a appelé à la grève des salariés de Vexora.", ("OPPOSES", "Sud Santé", "Vexora")),
]

# what "plutôt que" sets aside is no party (slots/fights27.rather_than_no_party)
CASES += [
    ("Le projet a été dénoncé par le syndicat Sud Rail, qui accuse la direction de Vexora de mentir.",
     [("ACCUSES", "Sud Rail", "Vexora")]),
]
FORBIDDEN += [
    ("Le choix d'un chantier chinois plutôt que des Chantiers de Lunel a été dénoncé par la CGT des marins, qui "
     "accuse la direction de Vexora de délocaliser.", ("ACCUSES", "CGT", "Chantiers de Lunel")),
]
