"""Ties whose parties hang on how a name is cut or typed (s12-names): a company introduced by a market noun
and a nationality, a name running up to its bracketed acronym, a court's town, a person noun opening a
sentence."""

CASES = [
    ("Le groupe Vernet veut mieux résister à son concurrent allemand Kolbe Robotik.",
     [("COMPETES_WITH", "Vernet", "Kolbe Robotik")]),
    ("Le fondateur du Rassemblement civique pour l'avenir (RCA), Paul Verdier, critique le gouvernement.",
     [("FOUNDED", "Paul Verdier", "Rassemblement civique pour l'avenir")]),
    ("Claire Morin, présidente de l'Union populaire pour le progrès (UPP), a démissionné.",
     [("LEADS", "Claire Morin", "Union populaire pour le progrès")]),
    ("Le fabricant de vélos Kinétix a assigné devant le tribunal de commerce de Lyon son ancien fournisseur "
     "Taizhou Parts.", [("SUES", "Kinétix", "Taizhou Parts")]),
]

FORBIDDEN = [
    ("Le fabricant de vélos Kinétix a assigné devant le tribunal de commerce de Lyon son ancien fournisseur "
     "Taizhou Parts.", ("FUNDS", "Lyon", "Taizhou Parts")),
    ("La société Orvane a assigné devant le tribunal judiciaire de Nanterre son ex-partenaire Delmas Logistique.",
     ("FUNDS", "Nanterre", "Delmas Logistique")),
    ("Polytechnicienne, passionnée de voile, elle a fait ses armes chez Renaud Conseil avant de rejoindre "
     "Maison Brisac.", ("MEMBER_OF", "Polytechnicienne", "Maison Brisac")),
    ("Le fondateur du Mouvement civique pour la justice (MCJ), Paul Verdier, critique le gouvernement.",
     ("FOUNDED", "Paul Verdier", "Mouvement civique")),
]

FORBIDDEN += [
    ("Autre décision : le groupe Tarvel se sépare de Tarvel Ibérica, sa filiale de Lérida, qui perdait de l'argent.",
     ("OWNS", "Lérida", "Tarvel Ibérica")),
    ("En annonçant un accord avec le Pacte écologiste, Nadia Ouazzani, présidente des Nouveaux Progressistes, a "
     "surpris.", ("LEADS", "Pacte écologiste", "Nouveaux Progressistes")),
]

CASES += [
    ("L'association Épargnants en colère, qui revendique 900 membres, a assigné Tarvel devant le tribunal.",
     [("SUES", "Épargnants en colère", "Tarvel")]),
]

CASES += [
    ("L'association Vigie Finance reproche à la direction générale des douanes d'avoir fermé les yeux.",
     [("ACCUSES", "Vigie Finance", "direction générale des douanes")]),
]
