"""Cases of the s30 political-press mechanisms (helper s30-politics30), invented names and sentences. Each
mechanism is checked on several shapes (tense, word order, relative, apposition, quote attribution, passive)."""

# a verb the tagger took for a preposition or a noun while the parser gave it a subject and an object
# (nlp/components.verb_pos): "multiplie les attaques contre Y" — and blame nouns aimed "contre" someone
CASES = [
    ("Paul Dorin multiplie les attaques contre Jean Marceau.", [("ACCUSES", "Paul Dorin", "Jean Marceau")]),
    ("Depuis sa défaite, Paul Dorin multiplie les piques contre Jean Marceau.",
     [("ACCUSES", "Paul Dorin", "Jean Marceau")]),
    ("Le Parti radical, qui multiplie les attaques contre le gouvernement de Jean Marceau, prépare une motion.",
     [("ACCUSES", "Parti radical", "gouvernement de Jean Marceau")]),
    ("Lucie Brenmor a lancé un véritable réquisitoire contre Jean Marceau.",
     [("ACCUSES", "Lucie Brenmor", "Jean Marceau")]),
]
FORBIDDEN = []

# a possessive ally or rival noun and the name apposed to it (slots/politics30.own_named)
CASES += [
    ("Jean Marceau a publié un message de soutien à son alliée Lucie Brenmor.",
     [("ALLY_OF", "Jean Marceau", "Lucie Brenmor")]),
    ("Jean Marceau a salué son protégé, Paul Dorin, lors du meeting.", [("ALLY_OF", "Jean Marceau", "Paul Dorin")]),
    ("Jean Marceau a salué son allié de toujours, Paul Dorin.", [("ALLY_OF", "Jean Marceau", "Paul Dorin")]),
    ("Paul Dorin accuse régulièrement son rival Jean Marceau de trahison.",
     [("OPPOSES", "Paul Dorin", "Jean Marceau"), ("ACCUSES", "Paul Dorin", "Jean Marceau")]),
    ("Paul Dorin a affronté dimanche son adversaire, Jean Marceau, lors du débat.",
     [("OPPOSES", "Paul Dorin", "Jean Marceau")]),
    ("Paul Dorin, qui dénonce son ennemi Jean Marceau, est candidat.", [("OPPOSES", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Paul Dorin a rencontré son avocat, Jean Marceau.", ("ALLY_OF", "Paul Dorin", "Jean Marceau")),
    ("Paul Dorin a rencontré son avocat, Jean Marceau.", ("OPPOSES", "Paul Dorin", "Jean Marceau")),
]

# a blame aimed without naming (slots/politics30.unnamed_target)
CASES += [
    ("Paul Dorin a dénoncé une « dérive », visant sans le nommer Jean Marceau.",
     [("ACCUSES", "Paul Dorin", "Jean Marceau")]),
    ("« Certains ont oublié d'où ils viennent », a lancé Lucie Brenmor, visant sans la citer Paule Vernier.",
     [("ACCUSES", "Lucie Brenmor", "Paule Vernier")]),
    ("Jean Marceau, visé sans être nommé par Paul Dorin, a répondu.", [("ACCUSES", "Paul Dorin", "Jean Marceau")]),
    ("Paule Vernier a critiqué Vexora, visant sans le nommer Jean Marceau.",
     [("ACCUSES", "Paule Vernier", "Jean Marceau")]),
]
FORBIDDEN += [
    ("En visant sans les nommer Lucie Brenmor et Jean Marceau, Paul Dorin a relancé la polémique.",
     ("ACCUSES", "Jean Marceau", "Lucie Brenmor")),
]

# entering a government: membership of it (slots/politics30.entered_government)
CASES += [
    ("Lucie Brenmor est entrée au gouvernement de Jean Marceau en 2024.",
     [("MEMBER_OF", "Lucie Brenmor", "gouvernement de Jean Marceau")]),
    ("Paul Dorin a quitté la mairie pour entrer au gouvernement de Jean Marceau comme ministre du travail.",
     [("MEMBER_OF", "Paul Dorin", "gouvernement de Jean Marceau")]),
    ("Lucie Brenmor a fait son entrée au gouvernement de Jean Marceau en 2024.",
     [("MEMBER_OF", "Lucie Brenmor", "gouvernement de Jean Marceau")]),
    ("Lucie Brenmor a surpris tout le monde. Son entrée au gouvernement de Jean Marceau date de janvier 2024.",
     [("MEMBER_OF", "Lucie Brenmor", "gouvernement de Jean Marceau")]),
    ("L'entrée de Paul Dorin au gouvernement de Jean Marceau a été confirmée.",
     [("MEMBER_OF", "Paul Dorin", "gouvernement de Jean Marceau")]),
    ("Jean Marceau est revenu au gouvernement de Paule Vernier en mars.",
     [("MEMBER_OF", "Jean Marceau", "gouvernement de Paule Vernier")]),
]

# bringing a government down (slots/politics30.toppled)
CASES += [
    ("Le Parti radical a fait tomber le gouvernement de Jean Marceau.",
     [("OPPOSES", "Parti radical", "gouvernement de Jean Marceau")]),
    ("Paul Dorin veut renverser le gouvernement de Jean Marceau.",
     [("OPPOSES", "Paul Dorin", "gouvernement de Jean Marceau")]),
    ("Paul Dorin espère faire tomber le gouvernement de Jean Marceau.",
     [("OPPOSES", "Paul Dorin", "gouvernement de Jean Marceau")]),
]

# coming from a party (slots/politics30.issued_from), loyalty "fidèle à"
CASES += [
    ("Paul Dorin, issu du Parti radical, a été nommé.", [("MEMBER_OF", "Paul Dorin", "Parti radical")]),
    ("Lucie Brenmor, issue des rangs du Mouvement démocrate, est candidate.",
     [("MEMBER_OF", "Lucie Brenmor", "Mouvement démocrate")]),
    ("Jean Marceau est issu du Mouvement démocrate.", [("MEMBER_OF", "Jean Marceau", "Mouvement démocrate")]),
    ("Paul Dorin est resté fidèle à Jean Marceau.", [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
    ("Paul Dorin est demeuré loyal à Jean Marceau.", [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Paul Dorin, issu de Vexora, dirige la filiale.", ("MEMBER_OF", "Paul Dorin", "Vexora")),
    ("Paul Dorin est resté fidèle à sa ligne, malgré Jean Marceau.", ("ALLY_OF", "Paul Dorin", "Jean Marceau")),
]

# the votes that brought a government down (slots/politics30.toppled)
CASES += [
    ("La motion de censure, qui a fait tomber le gouvernement de Jean Marceau grâce aux voix du Parti radical, a "
     "été adoptée.", [("OPPOSES", "Parti radical", "gouvernement de Jean Marceau")]),
    ("Une motion a fait tomber le gouvernement de Jean Marceau avec les votes du Mouvement démocrate.",
     [("OPPOSES", "Mouvement démocrate", "gouvernement de Jean Marceau")]),
]

# a pact made for an election or a government is closeness, not a business partnership (pacts30.py)
CASES += [
    ("Paul Dorin a conclu un accord électoral avec Jean Marceau en 2024.", [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
    ("Le Parti radical a conclu un accord électoral avec Paul Dorin pour les municipales.",
     [("ALLY_OF", "Parti radical", "Paul Dorin")]),
    ("Lucie Brenmor et Jean Marceau ont scellé un pacte de désistement pour les législatives.",
     [("ALLY_OF", "Lucie Brenmor", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Paul Dorin a conclu un accord électoral avec Jean Marceau en 2024.",
     ("PARTNERS_WITH", "Paul Dorin", "Jean Marceau")),
    ("Vexora et Orvane ont conclu un accord de distribution.", ("ALLY_OF", "Vexora", "Orvane")),
    # (s35-conv35) two parties' electoral accord is ALLY_OF (the session-35 convention; a partnership before)
    ("Le Parti radical et le Mouvement démocrate ont scellé une alliance électorale pour les municipales.",
     ("PARTNERS_WITH", "Parti radical", "Mouvement démocrate")),
]
