"""Cases of the s25 interview gaps, second pass (helper s25-interview25b), invented names and sentences."""

# "Vous venez de prendre le contrôle de X", "vous aviez racheté X" in an interview's question: the purchase is the
# interviewee's organisation's, the one the lead names (mentions/quoted_we.py _you_in_deal)
CASES = [
    ("Paul Morin : « Nous voulons grandir »\n\nLe directeur général du groupe Alvor explique sa stratégie.\n\n"
     "Vous venez de prendre le contrôle de Brenta, la société fondée par Marc Dalle. Pourquoi ?\n"
     "Pour changer d'échelle.\n\nLe marché se concentre-t-il ?\nOui.",
     [("ACQUIRES", "Alvor", "Brenta")]),
    ("Paul Morin : « Nous voulons grandir »\n\nLe directeur général du groupe Alvor explique sa stratégie.\n\n"
     "Le marché se concentre-t-il ?\nOui.\n\n"
     "En 2019, vous aviez racheté l'assureur Corvane pour 3 milliards d'euros. Vous continuez ?\nNon.",
     [("ACQUIRES", "Alvor", "Corvane")]),
]
FORBIDDEN = [
    # taking the helm is no purchase
    ("Paul Morin : « Nous voulons grandir »\n\nLe directeur général du groupe Alvor explique sa stratégie.\n\n"
     "Vous venez de prendre la tête de Brenta. Pourquoi ?\nPour changer d'échelle.\n\n"
     "Le marché se concentre-t-il ?\nOui.",
     ("ACQUIRES", "Alvor", "Brenta")),
]

# "X IM" in an article that also names "X Investment Managers": the branch named short, never the bare "X"
# (mentions/grouping.py _spelled_branch): "le directeur général de X" leads X, not its branch
CASES += [
    ("Paul Morin : « Céder Velmor IM à la banque Orsane, c'est choisir l'échelle »\n\n"
     "Le directeur général de Velmor explique pourquoi l'assureur a choisi de céder sa filiale de gestion d'actifs.\n\n"
     "Pourquoi vous séparer de Velmor Investment Managers ?\nVelmor IM gère 800 milliards d'euros, ce n'est pas assez.\n\n"
     "En 2018, vous aviez racheté l'assureur américain Drake Group pour 15 milliards de dollars. Vous continuez ?\nNon.",
     [("LEADS", "Paul Morin", "Velmor"), ("ACQUIRES", "Velmor", "Drake Group")]),
]
FORBIDDEN += [
    ("Paul Morin : « Céder Velmor IM à la banque Orsane, c'est choisir l'échelle »\n\n"
     "Le directeur général de Velmor explique pourquoi l'assureur a choisi de céder sa filiale de gestion d'actifs.\n\n"
     "Pourquoi vous séparer de Velmor Investment Managers ?\nVelmor IM gère 800 milliards d'euros, ce n'est pas assez.",
     ("LEADS", "Paul Morin", "Velmor IM")),
]

# "A, le patron de Y, que j'ai reçu en juin": the relative after an apposition closed by its comma is the apposed
# name's, not its complement's (slots/relq25.comma_que_object)
CASES += [
    ("Lucie Carrel a parlé à Paul Garnier, le patron de Brenta, qu'elle a reçu en juin.",
     [("MEETS", "Lucie Carrel", "Paul Garnier"), ("LEADS", "Paul Garnier", "Brenta")]),
]
FORBIDDEN += [
    ("Lucie Carrel a parlé à Paul Garnier, le patron de Brenta, qu'elle a reçu en juin.",
     ("MEETS", "Lucie Carrel", "Brenta")),
]
