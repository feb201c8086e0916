"""Cases of the s14 business fixes (helper s14-biz: successions, table rows, bids, rivals), invented names."""

CASES = [
    # "X sera remplacé par Y": the successor takes the post the one who goes leaves
    ("Paul Ostrand, directeur général de Varlenne depuis 2015, quittera ses fonctions en juin. Il sera remplacé "
     "par Marie Cabrol, jusqu'ici directrice commerciale de Sofrel.",
     [("LEADS", "Marie Cabrol", "Varlenne")]),
    ("Le fabricant Tressol a annoncé le départ de son président Henri Malvaux, remplacé dès lundi par Julie Moreau.",
     [("LEADS", "Julie Moreau", "Tressol")]),
    ("Jacques Pellerin dirigeait la banque Oravia depuis dix ans. Il a été remplacé en mars par Sophie Martin, "
     "qui arrive de Crédit Ouest.",
     [("LEADS", "Sophie Martin", "Oravia")]),
    ("Le PDG de Solvane, Marc Tissier, sera remplacé par l'ancienne ministre Claire Dumas, a annoncé le conseil.",
     [("LEADS", "Claire Dumas", "Solvane")]),
]

FORBIDDEN = [
    ("Paul Ostrand, directeur général de Varlenne depuis 2015, quittera ses fonctions en juin. Il sera remplacé "
     "par Marie Cabrol, jusqu'ici directrice commerciale de Sofrel.",
     ("LEADS", "Paul Ostrand", "Sofrel")),
]

CASES += [
    # a table of appointments: the header names where the posts are held; the "Parcours" column tells past
    # jobs ("job chez Z"), and a cue apposed to Z ("concurrent direct") is Z's, not the row's person's
    ("Le distributeur Varlenne recrute. Les arrivées au comité de direction :\n\n"
     "| Nom | Poste chez Varlenne | Parcours |\n|---|---|---|\n"
     "| Paul Ostrand | Directeur financier | Analyste chez Sofrel, principal concurrent |\n"
     "| Léa Fontaine | Directrice des achats | Acheteuse senior chez Coriandre Distribution |\n\n"
     "Les nominations prendront effet en mai.",
     [("WORKS_FOR", "Paul Ostrand", "Varlenne"), ("WORKS_FOR", "Paul Ostrand", "Sofrel"),
      ("COMPETES_WITH", "Sofrel", "Varlenne"), ("WORKS_FOR", "Léa Fontaine", "Varlenne"),
      ("WORKS_FOR", "Léa Fontaine", "Coriandre Distribution")]),
    ("Le laboratoire Orvande renouvelle son équipe.\n\n"
     "| Nom | Fonction chez Orvande | Expérience |\n|---|---|---|\n"
     "| Hélène Roux | Directrice de la communication | Chargée de presse chez Maison Belcour |\n"
     "| Yves Garnier | Responsable des ventes | Commercial chez Tarvel, son rival historique |\n\n"
     "Elles prendront leurs fonctions en septembre.",
     [("WORKS_FOR", "Hélène Roux", "Orvande"), ("WORKS_FOR", "Hélène Roux", "Maison Belcour"),
      ("WORKS_FOR", "Yves Garnier", "Orvande"), ("WORKS_FOR", "Yves Garnier", "Tarvel")]),
]

FORBIDDEN += [
    ("Le distributeur Varlenne recrute. Les arrivées au comité de direction :\n\n"
     "| Nom | Poste chez Varlenne | Parcours |\n|---|---|---|\n"
     "| Paul Ostrand | Directeur financier | Analyste chez Sofrel, principal concurrent |\n"
     "| Léa Fontaine | Directrice des achats | Acheteuse senior chez Coriandre Distribution |\n\n"
     "Les nominations prendront effet en mai.",
     ("LEADS", "Léa Fontaine", "Coriandre Distribution")),
    ("Le distributeur Varlenne recrute. Les arrivées au comité de direction :\n\n"
     "| Nom | Poste chez Varlenne | Parcours |\n|---|---|---|\n"
     "| Paul Ostrand | Directeur financier | Analyste chez Sofrel, principal concurrent |\n"
     "| Léa Fontaine | Directrice des achats | Acheteuse senior chez Coriandre Distribution |\n\n"
     "Les nominations prendront effet en mai.",
     ("COMPETES_WITH", "Paul Ostrand", "Varlenne")),
    ("Le laboratoire Orvande renouvelle son équipe.\n\n"
     "| Nom | Fonction chez Orvande | Expérience |\n|---|---|---|\n"
     "| Hélène Roux | Directrice de la communication | Chargée de presse chez Maison Belcour |\n"
     "| Yves Garnier | Responsable des ventes | Commercial chez Tarvel, son rival historique |\n\n"
     "Elles prendront leurs fonctions en septembre.",
     ("LEADS", "Hélène Roux", "Maison Belcour")),
]

CASES += [
    # the bidder in a participle on the offer: "l'offre lancée (déposée, formulée, présentée) par X"
    ("Le transporteur Norvalis a rejeté jeudi l'offre publique d'achat non sollicitée lancée par le groupe danois "
     "Hafnia Lines, qui proposait 18 euros par action.",
     [("BIDS_FOR", "Hafnia Lines", "Norvalis")]),
    ("Le conseil d'administration de Norvalis a repoussé l'offre de rachat déposée par le fonds Orsay Capital.",
     [("BIDS_FOR", "Orsay Capital", "Norvalis")]),
    ("Le transporteur Norvalis a rejeté jeudi l'offre de rachat hostile lancée par le groupe danois Hafnia Lines.",
     [("BIDS_FOR", "Hafnia Lines", "Norvalis")]),
    ("L'OPA lancée par Hafnia Lines sur Norvalis a échoué.",
     [("BIDS_FOR", "Hafnia Lines", "Norvalis")]),
    ("L'offre déposée par le fonds Orsay Capital pour le fabricant Norvalis valorise la société à 2 milliards d'euros.",
     [("BIDS_FOR", "Orsay Capital", "Norvalis")]),
    # "X, qui …, est en concurrence avec Y": the predicate the parser hangs inside the relative clause
    ("Le groupe Norvalis, qui a réalisé un chiffre d'affaires de 640 millions d'euros en 2024, est en concurrence "
     "frontale avec Hafnia Lines.",
     [("COMPETES_WITH", "Norvalis", "Hafnia Lines")]),
    ("La chaîne Brivel, qui compte 80 magasins dans l'Ouest, est en concurrence directe avec l'enseigne Tardiou.",
     [("COMPETES_WITH", "Brivel", "Tardiou")]),
]
