"""Cases of the s33 names (helper s33-names33: mentions/names33.py, data/names33.yaml, grouping.py), invented names
and sentences. Each mechanism is checked on several shapes and cue words: the State apart from its agency (État,
Etat, Ville; Agence des participations, Fonds stratégique, Société d'aménagement); a short name written first or a
long one introduced as a holding is another actor (holding, structure patrimoniale, société mère, véhicule
d'investissement; Advisors, Partners, International, Holding); goods are no actors (a model code after "du", in
"programme", "famille"; "la gamme X"; ETF, OPCVM, SCPI)."""

# the State (or the City) named alone is not its agency "… de l'État" named in the same text
CASES = [
    ("L'État a vendu 3 % du capital de Morvane mardi. L'opération, conduite par l'Agence des participations de "
     "l'État (APE), rapporte 900 millions d'euros.",
     [("OWNS", "État", "Morvane")]),
    ("La Ville détient 40 % de Lumabus depuis 2019, rappelle la Société d'aménagement de la Ville, qui gère le "
     "dossier.",
     [("OWNS", "Ville", "Lumabus")]),
]
FORBIDDEN = [
    ("L'État a vendu 3 % du capital de Morvane mardi. L'opération, conduite par l'Agence des participations de "
     "l'État (APE), rapporte 900 millions d'euros.",
     ("OWNS", "Agence des participations de l'État", "Morvane")),
    ("La Ville détient 40 % de Lumabus depuis 2019, rappelle la Société d'aménagement de la Ville, qui gère le "
     "dossier.",
     ("OWNS", "Société d'aménagement de la Ville", "Lumabus")),
]

# a short name written first in the body, or a long one introduced as a holding, is another actor: the ties of the
# company stay the company's
CASES += [
    ("Entretien avec Paul Verdier, cofondateur de Brenac Capital\n\nPaul Verdier a fondé Brenac Capital en 2009 avec "
     "Luc Morand, avec qui il dirige toujours le groupe.\n\nNous contrôlons 60 % du capital via notre holding Brenac "
     "Capital Advisors. Le fonds Orvale est entré au capital en 2018.",
     [("FOUNDED", "Paul Verdier", "Brenac Capital"), ("LEADS", "Paul Verdier", "Brenac Capital"),
      ("OWNS", "Orvale", "Brenac Capital")]),
    ("Dans un communiqué, Médiane Santé indique que Paul Girard quittera la présidence de Médiane Santé. La société "
     "mère Médiane Santé International, cotée à Zurich, a validé son départ.",
     [("LEADS", "Paul Girard", "Médiane Santé")]),
    ("La société mère Halvane Group, cotée à Londres, détient 70 % d'Halvane, qui fabrique des pompes à chaleur. "
     "Halvane emploie 800 personnes à Lyon, où son PDG, Marc Tessier, a ouvert une usine.",
     [("OWNS", "Halvane Group", "Halvane"), ("LEADS", "Marc Tessier", "Halvane")]),
    ("Le véhicule d'investissement Kerlys Partners Holding a acquis 30 % de Kerlys Partners, dirigée par Marc Lenoir.",
     [("LEADS", "Marc Lenoir", "Kerlys Partners")]),
]
FORBIDDEN += [
    ("Entretien avec Paul Verdier, cofondateur de Brenac Capital\n\nPaul Verdier a fondé Brenac Capital en 2009 avec "
     "Luc Morand, avec qui il dirige toujours le groupe.\n\nNous contrôlons 60 % du capital via notre holding Brenac "
     "Capital Advisors. Le fonds Orvale est entré au capital en 2018.",
     ("FOUNDED", "Paul Verdier", "Brenac Capital Advisors")),
    ("La société mère Halvane Group, cotée à Londres, détient 70 % d'Halvane, qui fabrique des pompes à chaleur. "
     "Halvane emploie 800 personnes à Lyon, où son PDG, Marc Tessier, a ouvert une usine.",
     ("LEADS", "Marc Tessier", "Halvane Group")),
]

# goods are no actors: a model code, a range or a programme, a financial product's acronym
CASES += [
    ("Sa première opération fut le rachat de Quantix, la plateforme d'ETF de la Banque Morvan, pour 800 millions "
     "d'euros.",
     [("OWNS", "Banque Morvan", "Quantix")]),
    ("Hervé Lamy, responsable des OPCVM de la Banque Salvan, a rejoint Orfève Gestion.",
     [("WORKS_FOR", "Hervé Lamy", "Banque Salvan")]),
]
FORBIDDEN += [
    ("Sa première opération fut le rachat de Quantix, la plateforme d'ETF de la Banque Morvan, pour 800 millions "
     "d'euros.",
     ("OWNS", "ETF", "Quantix")),
    ("Hervé Lamy, responsable des OPCVM de la Banque Salvan, a rejoint Orfève Gestion.",
     ("WORKS_FOR", "Hervé Lamy", "OPCVM")),
    ("Skyjet, premier client du Z990, a réclamé des livraisons plus rapides à Aérion, dont la présidente est Hélène "
     "Vasseur.",
     ("FUNDS", "Skyjet", "Z990")),
    ("Le directeur du programme K770, Paul Arnaud, a quitté Navalis pour rejoindre son concurrent Thalios.",
     ("LEADS", "Paul Arnaud", "K770")),
    ("Claire Morin, directrice de la gamme Solstice chez Lumera, a rejoint Bellane en mars.",
     ("LEADS", "Claire Morin", "Solstice")),
    ("Aérion, premier client du Vortex pour sa famille B220neo, réclame des livraisons : son président, Marc "
     "Dubreuil, a reproché à Motorix de ralentir les cadences.",
     ("LEADS", "Marc Dubreuil", "B220neo")),
]

# "nous contrôlons N % du capital via notre holding B": the capital of no company named is the article's company's,
# held by B; "nous" is not the holder of B (phrases.py via_owner)
CASES += [
    ("Entretien avec Paul Verdier, cofondateur de Brenac Capital\n\nPaul Verdier a fondé Brenac Capital en 2009 avec "
     "Luc Morand.\n\nNous contrôlons 60 % du capital via notre holding Brenac Capital Advisors.",
     [("OWNS", "Brenac Capital Advisors", "Brenac Capital")]),
    ("Velia Santé veut grandir\n\nVelia Santé, fondée par Marc Ruel, accélère. « Avec mes associés, nous possédons la "
     "majorité du capital au travers de la holding Ruel Partners », explique Marc Ruel, président de Velia Santé.",
     [("OWNS", "Ruel Partners", "Velia Santé")]),
    ("Corvet Industries : « Nous restons maîtres de notre destin »\n\nLa PDG de Corvet Industries, Anne Salin, a fondé "
     "le groupe en 1999. Avec ma sœur, nous détenons 55 % du capital par l'intermédiaire de notre société familiale "
     "Salin Invest. Le reste est coté.",
     [("OWNS", "Salin Invest", "Corvet Industries")]),
]
FORBIDDEN += [
    ("Entretien avec Paul Verdier, cofondateur de Brenac Capital\n\nPaul Verdier a fondé Brenac Capital en 2009 avec "
     "Luc Morand.\n\nNous contrôlons 60 % du capital via notre holding Brenac Capital Advisors.",
     ("OWNS", "Brenac Capital", "Brenac Capital Advisors")),
    ("Velia Santé veut grandir\n\nVelia Santé, fondée par Marc Ruel, accélère. « Avec mes associés, nous possédons la "
     "majorité du capital au travers de la holding Ruel Partners », explique Marc Ruel, président de Velia Santé.",
     ("OWNS", "Velia Santé", "Ruel Partners")),
]

# goods whose maker the text names ("le moteur P, fabriqué par M", "P, conçu par M"): a tie with the goods is one
# with the maker, wherever the goods' word is written (names33.goods_to_makers)
CASES += [
    ("Le groupe doit accélérer sur le moteur Vortex, fabriqué par Motorix. Aérion, premier client du Vortex, réclame "
     "des livraisons plus rapides.",
     [("FUNDS", "Aérion", "Motorix")]),
    ("La compagnie Skyjet, premier client du Z990, a reçu son dixième appareil. Le Z990, conçu par Aérion, a volé pour "
     "la première fois en 2019.",
     [("FUNDS", "Skyjet", "Aérion")]),
]
FORBIDDEN += [
    ("Le groupe doit accélérer sur le moteur Vortex, fabriqué par Motorix. Aérion, premier client du Vortex, réclame "
     "des livraisons plus rapides.",
     ("FUNDS", "Aérion", "Vortex")),
    ("Polaris Air loue vingt exemplaires du T450 depuis 2015. Le biréacteur T450, développé par le constructeur "
     "Avialis, consomme 20 % de moins.",
     ("FUNDS", "Polaris Air", "T450")),
]
