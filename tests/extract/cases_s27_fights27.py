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

# the maker of a blamed conduct: "exercée par Y" parsed as a modifier, "de la part de Y"
# (slots/fights27.blamed_maker_loose)
CASES += [
    ("Le syndicat Sud Santé dénonce la pression exercée par Orvane sur les fournisseurs.",
     [("ACCUSES", "Sud Santé", "Orvane")]),
    ("Paul Dorin dénonce un procès d'intention de la part du syndicat Sud Santé.",
     [("ACCUSES", "Paul Dorin", "Sud Santé")]),
]
FORBIDDEN += [
    # what Y underwent is not Y's doing; praise is no blame
    ("Paul Dorin dénonce la pression subie par Jean Marceau.", ("ACCUSES", "Paul Dorin", "Jean Marceau")),
    ("Paul Dorin salue un geste de la part de Jean Marceau.", ("ACCUSES", "Paul Dorin", "Jean Marceau")),
]

# siding with someone: "s'est rangé aux côtés de Y", "s'est rangé derrière Y" (slots/fights27.sided_with)
CASES += [
    ("Le fonds Tarnel s'était rangé aux côtés de la société Vexora.", [("ALLY_OF", "Tarnel", "Vexora")]),
    ("Paul Dorin s'est rangé derrière Jean Marceau.", [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Paul Dorin a rangé les dossiers de Jean Marceau.", ("ALLY_OF", "Paul Dorin", "Jean Marceau")),
]

# "X, un intime de Y" (rules ally.intimate, ally.intimate_adj; slots/fights27.intimate_adjective)
CASES += [
    ("Paul Dorin, un intime de Jean Marceau, a été nommé.", [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
    ("Paul Dorin est un intime de Jean Marceau.", [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Paul Dorin a livré un récit intime de sa rencontre avec Jean Marceau.", ("ALLY_OF", "Paul Dorin", "Jean Marceau")),
]

# a demotion imposed by a governing body is a sanction (rule opposes.demoted)
CASES += [
    ("La Ligue a rétrogradé le club Vexora en deuxième division.", [("OPPOSES", "Ligue", "Vexora")]),
]

# an aim stated with no subject ("Objectif affiché : rivaliser avec Y") is the article's company's
# (slots/fights27.stated_aim_competes)
CASES += [
    ("Vexora lève 30 millions d'euros. La société Vexora a été fondée en 2019 par Paul Dorin. Vexora emploie 300 "
     "salariés. Objectif affiché : rivaliser avec Orvane.", [("COMPETES_WITH", "Vexora", "Orvane")]),
]
FORBIDDEN += [
    ("Vexora lève 30 millions d'euros. La société Vexora a été fondée en 2019 par Paul Dorin. Vexora emploie 300 "
     "salariés. Pour les analystes, impossible de rivaliser avec Orvane.", ("COMPETES_WITH", "Vexora", "Orvane")),
]

# "Le ralliement de X, <apposition>, à Y": Y (slots/fights27.rallying_after_apposition)
CASES += [
    ("Le ralliement de Tarnel, l'un des principaux actionnaires de la compagnie, à Vexora a été décisif.",
     [("ALLY_OF", "Tarnel", "Vexora")]),
]
FORBIDDEN += [
    ("Le ralliement de Tarnel, l'un des principaux actionnaires, a surpris Paul Dorin à Lunel.",
     ("ALLY_OF", "Tarnel", "Paul Dorin")),
]

# the "par" phrase hung on a date word: the verb's agent, a title standing for the person apposed to it
# (slots/fights27.agent_under_date)
CASES += [
    ("Paul Dorin, qui avait été reçu à Bercy en janvier par le ministre de l'Économie, Jean Marceau, a obtenu un "
     "délai.", [("MEETS", "Jean Marceau", "Paul Dorin")]),
    ("Paul Dorin a été reçu à Bercy en janvier par le ministre de l'Économie, Jean Marceau.",
     [("MEETS", "Jean Marceau", "Paul Dorin")]),
]
FORBIDDEN += [
    ("Paul Dorin a été reçu à Bercy en janvier, un mois avant le départ de Jean Marceau.",
     ("MEETS", "Jean Marceau", "Paul Dorin")),
]
