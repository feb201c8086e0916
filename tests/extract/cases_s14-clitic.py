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
    # the elected members of a public body decide as that body (and the verb coordinated with theirs too)
    ("Le même soir, les élus de la communauté de communes du Vercors ont voté une subvention exceptionnelle de "
     "120 000 euros au club Vercors Handball, puis attribué le marché de construction de la salle à Bardin TP, "
     "pour 6,8 millions d'euros.",
     [("FUNDS", "communauté de communes du Vercors", "Vercors Handball"),
      ("FUNDS", "communauté de communes du Vercors", "Bardin TP")]),
    ("Les conseillers municipaux de la ville de Sarlat ont accordé lundi une subvention de 40 000 euros à "
     "l'association Périgord Solidaire.",
     [("FUNDS", "ville de Sarlat", "Périgord Solidaire")]),
    ("Les élus du conseil départemental de la Creuse ont attribué à l'entreprise Maubert Bâtiment le marché de "
     "rénovation du collège, pour 3 millions d'euros.",
     [("FUNDS", "conseil départemental de la Creuse", "Maubert Bâtiment")]),
    # an aside between the auxiliary and its participle: the parse hangs "lui" and the subject on "a"
    ("La start-up Nordal a signé un accord avec l'énergéticien Opaline Energie. La région Bretagne lui a, de son "
     "côté, accordé une subvention de 4,5 millions d'euros.",
     [("FUNDS", "région Bretagne", "Nordal")]),
    ("La société Ferlac construit des bateaux à Toulon. Le département du Var lui a, pour sa part, versé une aide "
     "de 800 000 euros.",
     [("FUNDS", "département du Var", "Ferlac")]),
    ("Le député Marc Aubrac brigue la mairie de Lorient. La sénatrice Anne Kerlo lui a, dès lundi, apporté son "
     "soutien.",
     [("ALLY_OF", "Anne Kerlo", "Marc Aubrac")]),
    # "lui" in a relative clause on a name listed in the object: the main clause's subject, a descriptor
    ("La start-up Lumetix vend son logiciel aux hôpitaux. La société revendique une vingtaine d'établissements "
     "clients, dont les Hospices civils de Lyon, qui lui ont attribué l'an dernier un marché de 3,2 millions "
     "d'euros.",
     [("FUNDS", "Hospices civils de Lyon", "Lumetix")]),
    # support given by "lui" to the one the previous sentence names
    ("Le député Marc Aubrac brigue la mairie de Lorient. La sénatrice Anne Kerlo lui apporte son appui.",
     [("ALLY_OF", "Anne Kerlo", "Marc Aubrac")]),
]

FORBIDDEN = [
    # elected members who speak may be the body's opposition: not the body's words
    ("Les élues de la région Occitanie ont dénoncé la décision du groupe Ferval.",
     ("ACCUSES", "région Occitanie", "Ferval")),
    # the acronym's own name is not the one paid
    ("La start-up Kelvora emploie 40 personnes à Nantes. L'Assistance publique-Hôpitaux de Marseille (AP-HM) "
     "lui a attribué en mai un marché de 2 millions d'euros.",
     ("FUNDS", "Assistance publique-Hôpitaux de Marseille", "Assistance publique-Hôpitaux de Marseille")),
    ("Le député Marc Aubrac brigue la mairie de Lorient. La sénatrice Anne Kerlo ne lui a pas apporté son "
     "soutien.", ("ALLY_OF", "Anne Kerlo", "Marc Aubrac")),
]
