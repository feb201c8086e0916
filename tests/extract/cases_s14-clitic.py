"""Cases of the s14 money and support given to a clitic (helper s14-clitic), invented names."""

CASES = [
    # a name with its bracketed acronym, then "lui a <participle>": the parser makes the name the root and
    # the verb a participle clause hung on it, or takes "lui" for the subject; the name is the subject
    ("La start-up Kelvora emploie 40 personnes à Nantes. L'Assistance publique-Hôpitaux de Marseille (AP-HM) "
     "lui a attribué en mai un marché de 2 millions d'euros.",
     [("FUNDS", "Assistance publique-Hôpitaux de Marseille", "Kelvora")]),
    ("La société Ferlane construit une usine à Lyon. La Banque publique d'investissement (BPI) lui a "
     "accordé un prêt de 5 millions d'euros.",
     [("FUNDS", "Banque publique d'investissement", "Ferlane")]),
    ("Le fabricant Dorvane vend ses drones à l'étranger. La Direction générale de l'armement (DGA) lui a "
     "commandé en 2023 trente appareils pour 12 millions d'euros.",
     [("FUNDS", "Direction générale de l'armement", "Dorvane")]),
    ("Le Centre national d'études spatiales (CNES) a versé 3 millions d'euros à la start-up Orbitane.",
     [("FUNDS", "Centre national d'études spatiales", "Orbitane")]),
    # support given by "lui" to the one the previous sentence names
    ("Le député Marc Aubrac brigue la mairie de Lorient. La sénatrice Anne Kerlo lui apporte son appui.",
     [("ALLY_OF", "Anne Kerlo", "Marc Aubrac")]),
]

FORBIDDEN = [
    # the acronym's own name is not the one paid
    ("La start-up Kelvora emploie 40 personnes à Nantes. L'Assistance publique-Hôpitaux de Marseille (AP-HM) "
     "lui a attribué en mai un marché de 2 millions d'euros.",
     ("FUNDS", "Assistance publique-Hôpitaux de Marseille", "Assistance publique-Hôpitaux de Marseille")),
    ("Le député Marc Aubrac brigue la mairie de Lorient. La sénatrice Anne Kerlo ne lui a pas apporté son "
     "soutien.", ("ALLY_OF", "Anne Kerlo", "Marc Aubrac")),
]
