"""Ties whose company is the article's, unnamed in their sentence (s11-topic): a top post taken or left
with no company named, a company bought by the article's with no buyer named."""

_HEAD = "Vexor réorganise sa direction\nLe fabricant de pompes Vexor emploie 900 personnes. Vexor a publié ses comptes mardi. "

CASES = [
    (_HEAD + "Hugo Perrin prend la direction générale.", [("LEADS", "Hugo Perrin", "Vexor")]),
    (_HEAD + "Anne Morel quitte la présidence après dix ans.", [("LEADS", "Anne Morel", "Vexor")]),
    (_HEAD + "Claire Vidal prend la tête du directoire.", [("LEADS", "Claire Vidal", "Vexor")]),
    (_HEAD + "Pas question de céder Talmont Industries, rachetée en 2019.",
     [("ACQUIRES", "Vexor", "Talmont Industries")]),
]

FORBIDDEN = [
    # another organisation in the sentence: whose post, unsure
    (_HEAD + "Hugo Perrin quitte Norelec et prend la direction générale.", ("LEADS", "Hugo Perrin", "Vexor")),
    # a post of a body that is not a company's top
    (_HEAD + "Anne Morel prend la direction financière.", ("LEADS", "Anne Morel", "Vexor")),
    # the buyer is named: the rules read it
    (_HEAD + "Pas question de céder Talmont Industries, rachetée en 2019 par Norelec.", ("ACQUIRES", "Vexor", "Talmont Industries")),
]

_ROUND = ("Kelvio lève 20 millions d'euros\nLa start-up lyonnaise Kelvio annonce une levée de fonds de 20 millions "
          "d'euros. ")

CASES += [
    (_ROUND + "Le fonds Atrium Capital mène l'opération.", [("INVESTS_IN", "Atrium Capital", "Kelvio")]),
    (_ROUND + "Sirius Partners participe également à l'opération.", [("INVESTS_IN", "Sirius Partners", "Kelvio")]),
    (_ROUND + "Le fonds Bellac Invest figure parmi les souscripteurs.", [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
]

CASES += [
    (_HEAD + "Nicole Verdier, administratrice depuis 2015, s'en va.", [("BOARD_MEMBER", "Nicole Verdier", "Vexor")]),
    (_HEAD + "Le fonds Kaolin Partners, deuxième actionnaire avec 11,4 %, approuve.",
     [("OWNS", "Kaolin Partners", "Vexor")]),
    (_HEAD + "Romain Texier, nommé directeur financier, arrive en mars.", [("WORKS_FOR", "Romain Texier", "Vexor")]),
]

FORBIDDEN += [
    # a role at a company the sentence names: the rules' (and maybe not the article's company)
    (_HEAD + "Nicole Verdier, administratrice depuis 2015, rejoint Norelec.", ("BOARD_MEMBER", "Nicole Verdier", "Vexor")),
    # a former role is no current seat
    (_HEAD + "Nicole Verdier, ancienne administratrice, critique la stratégie.",
     ("BOARD_MEMBER", "Nicole Verdier", "Vexor")),
]

# two companies, no article topic: the paragraph's "Chez X, …" names whose post and whose board
_PAIR = ("Pompes : Vexor et Norelec publient leurs comptes\nVexor et Norelec ont publié mardi leurs comptes annuels. "
         "Les deux fabricants de pompes affichent des ventes en hausse.\nChez Norelec, on change de tête. ")

CASES += [
    (_PAIR + "Hugo Perrin prend la direction générale.", [("LEADS", "Hugo Perrin", "Norelec")]),
    (_PAIR + "Nicole Verdier, administratrice depuis 2015, s'en va.", [("BOARD_MEMBER", "Nicole Verdier", "Norelec")]),
    # a headline about the round: "l'opération" is the round however far from it
    (_ROUND + "Kelvio emploie 80 personnes.\nLe fonds Atrium Capital mène l'opération. Le fonds Orlane Ventures "
     "fait son entrée au capital. Le fonds Bellac Invest accompagne l'opération.",
     [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
]

FORBIDDEN += [
    (_PAIR + "Hugo Perrin prend la direction générale.", ("LEADS", "Hugo Perrin", "Vexor")),
]
