"""Cases of the s14 money fixes (helper s14-money: rounds joined with no company named, co-backers listed
after a descriptor), invented names."""

_ROUND = ("Kelvio lève 20 millions d'euros\nLa start-up lyonnaise Kelvio annonce une levée de fonds de 20 millions "
          "d'euros. ")

CASES = [
    # joining a round already spoken of: completing it, entering it
    (_ROUND + "Le fonds Atrium Capital et la banque Morel Finance complètent le tour de table.",
     [("INVESTS_IN", "Atrium Capital", "Kelvio"), ("INVESTS_IN", "Morel Finance", "Kelvio")]),
    (_ROUND + "Le fonds Bellac Invest, présent depuis l'amorçage, a complété le tour.",
     [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
    (_ROUND + "Les fonds Sirius Partners et Bellac Invest font leur entrée au tour de table.",
     [("INVESTS_IN", "Sirius Partners", "Kelvio"), ("INVESTS_IN", "Bellac Invest", "Kelvio")]),
    (_ROUND + "Le fonds Sirius Partners est entré au tour de table.", [("INVESTS_IN", "Sirius Partners", "Kelvio")]),
    # the co-backers listed after a phrase of company, past a descriptor and its comma
    (_ROUND + "Le fonds Atrium Capital mène l'opération, aux côtés des investisseurs historiques de la start-up, "
     "Sirius Partners et Bellac Invest.",
     [("INVESTS_IN", "Atrium Capital", "Kelvio"), ("INVESTS_IN", "Sirius Partners", "Kelvio"),
      ("INVESTS_IN", "Bellac Invest", "Kelvio")]),
    (_ROUND + "Le fonds Atrium Capital participe également à l'opération, aux côtés de Sirius Partners et de "
     "Bellac Invest.",
     [("INVESTS_IN", "Sirius Partners", "Kelvio"), ("INVESTS_IN", "Bellac Invest", "Kelvio")]),
    (_ROUND + "Le fonds Atrium Capital a complété le tour de table, avec la participation des actionnaires "
     "historiques de la start-up, Sirius Partners et Bellac Invest.",
     [("INVESTS_IN", "Sirius Partners", "Kelvio"), ("INVESTS_IN", "Bellac Invest", "Kelvio")]),
]

FORBIDDEN = [
    # a loan completes the financing: money lent, no stake
    (_ROUND + "La banque Morel Finance complète le financement par un prêt de 2 millions d'euros.",
     ("INVESTS_IN", "Morel Finance", "Kelvio")),
    # the raiser completing its own round is no backer of it
    (_ROUND + "Kelvio complète son tour de table.", ("INVESTS_IN", "Kelvio", "Kelvio")),
    # entering the capital is a stake, read by the holding rules, not this one
    (_ROUND + "Le groupe Ardanel fait son entrée au conseil d'administration.", ("INVESTS_IN", "Ardanel", "Kelvio")),
]

# A backer of the club (association…) the article is about, with no receiver named: a sum brought, a support
# kept up or renewed, a place among the sponsors (or no longer: former).
_CLUB = ("Le Racing Club Morlaisien change de sponsor\nLe Racing Club Morlaisien, club de handball de Nationale 1, "
         "compte 400 licenciés. Le Racing Club Morlaisien a présenté son budget jeudi. ")

CASES += [
    (_CLUB + "La Région Bretagne apporte 90 000 euros.", [("FUNDS", "Région Bretagne", "Racing Club Morlaisien")]),
    (_CLUB + "La coopérative Ardanel apporte de son côté 80 000 euros.",
     [("FUNDS", "Ardanel", "Racing Club Morlaisien")]),
    (_CLUB + "Morlaix Communauté maintient sa subvention à 150 000 euros.",
     [("FUNDS", "Morlaix Communauté", "Racing Club Morlaisien")]),
    (_CLUB + "Le département du Finistère a doublé sa dotation cette saison.",
     [("FUNDS", "département du Finistère", "Racing Club Morlaisien")]),
    (_CLUB + "La société Ardanel renouvelle son soutien.", [("FUNDS", "Ardanel", "Racing Club Morlaisien")]),
    (_CLUB + "Les Transports Kerbiriou reconduisent leur partenariat pour deux saisons.",
     [("FUNDS", "Transports Kerbiriou", "Racing Club Morlaisien")]),
    (_CLUB + "La société Ardanel figure désormais parmi les sponsors.", [("FUNDS", "Ardanel", "Racing Club Morlaisien")]),
    (_CLUB + "La société Ardanel ne figure plus parmi les mécènes.", [("FUNDS", "Ardanel", "Racing Club Morlaisien")]),
]

_FIRM = ("Kelvio investit à Brest\nLa société Kelvio fabrique des capteurs à Brest. Kelvio emploie 80 personnes. "
         "Kelvio a publié ses comptes mardi. ")

FORBIDDEN += [
    # a sum brought to something the verb names is that thing's
    (_CLUB + "La Région Bretagne apporte 2 millions d'euros au projet de piscine.",
     ("FUNDS", "Région Bretagne", "Racing Club Morlaisien")),
    # a company's partnership kept up is a partnership, no payment
    (_FIRM + "Le groupe Ardanel renouvelle son partenariat.", ("FUNDS", "Ardanel", "Kelvio")),
    # a sum brought to a round is invested, not paid
    (_FIRM.replace("investit à Brest", "lève 20 millions d'euros") + "La start-up annonce une levée de fonds de "
     "20 millions d'euros. Le fonds Sirius Partners apporte 12 millions d'euros.", ("FUNDS", "Sirius Partners", "Kelvio")),
    # another party named in the clause: whose support, unsure
    (_CLUB + "La société Ardanel renouvelle son soutien au Stade brestois.",
     ("FUNDS", "Ardanel", "Racing Club Morlaisien")),
]

# "remettre au pot" in a second clause or behind an apposition: the parser loses its subject, the name right
# before the verb (past adverbs and one apposition) is it
_LED = ("Kelvio lève 20 millions d'euros\nLa jeune pousse lyonnaise Kelvio franchit un cap. La société annonce ce "
        "mardi une levée de fonds de série B de 20 millions d'euros, menée par Atrium Capital. ")
CASES += [
    (_LED + "Le fonds Orvane Partners accompagne l'opération, et la holding Bellac Invest remet aussi au pot.",
     [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
    (_LED + "Le fonds Orvane Partners fait son entrée au tour de table, tandis que la holding Bellac Invest, présente "
     "depuis 2021, remet au pot.", [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
    (_LED + "Le fonds Orvane Partners complète le tour, alors que le family office Bellac Invest remet lui aussi au pot.",
     [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
    (_LED + "Les fonds Orvane Partners et Sirius Ventures rejoignent l'opération, et la holding Bellac Invest remet "
     "au pot.", [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
]
FORBIDDEN += [
    # a name brought by "de" in the apposition is not the subject
    (_LED + "Le business angel Paul Verdier, ancien patron de l'enseigne de jardinage Ardanel, remet au pot.",
     ("INVESTS_IN", "Ardanel", "Kelvio")),
]

# a jersey partner is a team's sponsor, whatever the team's name says
CASES += [
    ("Les Laiteries Ardanel, entreprise familiale de Vertou, deviennent le partenaire maillot des Ondines de l'Erdre.",
     [("FUNDS", "Laiteries Ardanel", "Ondines de l'Erdre")]),
    ("La mutuelle Ardanel, partenaire maillot des Dauphins de Sète depuis 2019, prolonge son contrat.",
     [("FUNDS", "Ardanel", "Dauphins de Sète")]),
    ("Le transporteur Ardanel Logistique sera désormais le partenaire maillot de l'Union sportive de Carnac.",
     [("FUNDS", "Ardanel Logistique", "Union sportive de Carnac")]),
]
FORBIDDEN += [
    # a partner with no jersey and no club: a partnership
    ("La société Ardanel est le partenaire industriel du groupe Kelvio.", ("FUNDS", "Ardanel", "Kelvio")),
]

# a sponsor of no one named, in a club's article: the club's; its name read before the apposition's comma when
# the parser hangs the noun elsewhere
CASES += [
    (_CLUB + "Le club souligne que ses autres partenaires, à commencer par la mutuelle Ardanel, sponsor maillot depuis "
     "dix ans, n'ont jamais posé problème.", [("FUNDS", "Ardanel", "Racing Club Morlaisien")]),
    (_CLUB + "Le nouveau venu remplace les Transports Ardanel, sponsor maillot pendant dix saisons.",
     [("FUNDS", "Transports Ardanel", "Racing Club Morlaisien")]),
]
FORBIDDEN += [
    # a sponsor of something else, unnamed
    (_CLUB + "La société Ardanel, sponsor de la course cycliste, n'a rien dit.",
     ("FUNDS", "Ardanel", "Racing Club Morlaisien")),
    # no club: a company's sponsor of no one named is no one's
    (_FIRM + "La société Ardanel, sponsor maillot depuis dix ans, n'a rien dit.", ("FUNDS", "Ardanel", "Kelvio")),
]

# entering "le capital" with no company named, while a round is spoken of: a backer of the round
CASES += [
    (_ROUND + "Le fonds Sirius Partners, lancé en 2020 par l'assureur Morel, fait quant à lui son entrée au capital.",
     [("INVESTS_IN", "Sirius Partners", "Kelvio")]),
    (_ROUND + "Bellac Invest, le fonds de capital-risque du groupe Ardanel, fait son entrée au capital.",
     [("INVESTS_IN", "Bellac Invest", "Kelvio")]),
]
FORBIDDEN += [
    # another company's capital
    (_ROUND + "Le groupe Ardanel fait son entrée au capital de la société Morel Finance.",
     ("INVESTS_IN", "Ardanel", "Kelvio")),
    # no round spoken of: a stake, the holding rules'
    (_FIRM + "Le groupe Ardanel fait son entrée au capital.", ("INVESTS_IN", "Ardanel", "Kelvio")),
]

# a partnership not renewed ended: the tie is drawn, status former (tests/extract/test_s14_lead.py checks the status)
CASES += [
    (_CLUB + "La société Ardanel n'a pas renouvelé son partenariat.", [("FUNDS", "Ardanel", "Racing Club Morlaisien")]),
]
