"""Cases of the s38 work on organisations reached through a person or a description (helper s38-groupof38),
invented names and sentences: a company named after first names joined by "et" before a legal form is one company
(mentions/names38.py); "Y, rachetée au groupe X": X sold Y, never bought it (extract/linear.py); a loan "accordé à Y"
names its borrower (extract/slots/cues37.py); "après avoir quitté X, l'ancien patron …": X is no person
(mentions/typing_cues.py); "chez Y. Le groupe de X, qui convoitait Z, n'a jamais formulé d'offre": Y is X's group
and its bid was never made (extract/groupof38.py)."""

_GROUP = ("Le groupe Vardon a présenté ses comptes. L'alliance fait grincer des dents chez Korvel. Le groupe de "
          "Jean-Marc Dalbain, qui convoitait lui aussi Tessora, n'a jamais formulé d'offre.")

_LOAN = ("Fromageries Loriot : la famille Orsoni rachète la part de Ternel\n\n"
         "C'est la fin d'un long face-à-face. Ternel a cédé à Varbel sa participation de 23 % dans Fromageries Loriot, "
         "ont annoncé mercredi les deux groupes.\n\n"
         "L'opération avec Ternel est financée par un prêt de 400 millions d'euros accordé à Varbel par la Banque "
         "Castanet et Natorix. Le fonds Orbis, un temps cité comme partenaire financier de la famille, n'a finalement "
         "pas participé.")
_LEFT = ("Arrivé en septembre à la direction générale de Velmor après avoir quitté Corvane, l'ancien patron du "
         "constructeur automobile a conclu dimanche la vente de Velmor Beauté à Lorvan.")

CASES = [
    # the company whole, its head's tie on it
    ("Le spécialiste des conserves, contrôlé à 51 % par la holding familiale Paul et Marc Lenoir SAS, a présenté "
     "mercredi sa nouvelle équipe. Jacques Lenoir préside Paul et Marc Lenoir SAS depuis 2015.",
     [("LEADS", "Jacques Lenoir", "Paul et Marc Lenoir SAS")]),
    # the seller held what it sold
    ("Le groupe Vardon compte déjà la radio Onde Bleue, rachetée au groupe Maltric en 2021 pour 40 millions d'euros, "
     "et le quotidien Le Matin.",
     [("OWNS", "Maltric", "Onde Bleue")]),
    # the loan's own borrower
    (_LOAN, [("FUNDS", "Banque Castanet", "Varbel"), ("FUNDS", "Natorix", "Varbel")]),
    # the group the sentence before names is the person's
    (_GROUP, [("OWNS", "Jean-Marc Dalbain", "Korvel")]),
]

FORBIDDEN = [
    # no piece of the company's name is a party
    ("Le spécialiste des conserves, contrôlé à 51 % par la holding familiale Paul et Marc Lenoir SAS, a présenté "
     "mercredi sa nouvelle équipe. Jacques Lenoir préside Paul et Marc Lenoir SAS depuis 2015.",
     ("LEADS", "Jacques Lenoir", "Paul")),
    ("Le spécialiste des conserves, contrôlé à 51 % par la holding familiale Paul et Marc Lenoir SAS, a présenté "
     "mercredi sa nouvelle équipe. Jacques Lenoir préside Paul et Marc Lenoir SAS depuis 2015.",
     ("LEADS", "Jacques Lenoir", "Marc Lenoir SAS")),
    # the seller is no buyer
    ("Le groupe Vardon compte déjà la radio Onde Bleue, rachetée au groupe Maltric en 2021 pour 40 millions d'euros, "
     "et le quotidien Le Matin.",
     ("ACQUIRES", "Maltric", "Onde Bleue")),
    # the family that owns the borrower is not the borrower
    (_LOAN, ("FUNDS", "Banque Castanet", "famille Orsoni")),
    (_LOAN, ("FUNDS", "Natorix", "famille Orsoni")),
    # the company one left is no head of the one one joined
    (_LEFT, ("LEADS", "Corvane", "Velmor")),
    # not the person's bid (that Korvel's bid is negated, test_s38_groupof38.py checks: these keys ignore negation)
    (_GROUP, ("BIDS_FOR", "Jean-Marc Dalbain", "Tessora")),
]
