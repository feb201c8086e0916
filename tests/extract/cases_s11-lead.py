"""Rule cases of the lead's eleventh-session fixes (read on a blind set): invented actors only."""

CASES = [
    # a probe "pour <charge> visant Y": the parser hangs "visant Y" on the charge, not on the probe
    ("Le parquet national financier a ouvert une enquête préliminaire pour délit d'initié visant M. Sorbel, ancien patron de Quintave.",
     [("SUES", "parquet national financier", "Sorbel")]),
    # a post handed "à sa fille, X": the name in apposition takes it, not the one who hands it over
    ("Henri Valmoret a confié en 2019 la direction de Tarvane à sa fille, Claire Valmoret.",
     [("LEADS", "Claire Valmoret", "Tarvane")]),
    # "Y a confié sa direction générale à X": the possessive is the post's organisation
    ("La société Ombrelle a confié sa direction générale à Solène Arvieux.",
     [("LEADS", "Solène Arvieux", "Ombrelle")]),
    # a sanctions list named in words of its own, with no quotes
    ("Le Conseil de l'Union européenne a inscrit lundi Piotr Savelev et sa compagnie, Norvak Shipping, sur la liste des personnes et entités visées par un gel des avoirs.",
     [("OPPOSES", "Conseil de l'Union européenne", "Piotr Savelev"),
      ("OPPOSES", "Conseil de l'Union européenne", "Norvak Shipping"),
      ("OWNS", "Piotr Savelev", "Norvak Shipping")]),
    # a person's own company named in apposition
    ("Le Trésor américain a sanctionné Igor Balev et sa société de négoce, Tervask Trading.",
     [("OWNS", "Igor Balev", "Tervask Trading")]),
]

FORBIDDEN = [
    # the one who hands the post over does not hold it
    ("Henri Valmoret a confié en 2019 la direction de Tarvane à sa fille, Claire Valmoret.",
     ("LEADS", "Henri Valmoret", "Tarvane")),
    # a list of candidates is no blacklist
    ("La fédération a inscrit Paul Tavernier sur la liste des candidats retenus par Ombrelle.",
     ("OPPOSES", "fédération", "Paul Tavernier")),
    # "tout comme / de même que B" after a named object: B is no second sanctioner
    ("Le Conseil de l'Union européenne a sanctionné Piotr Savelev, de même que la société Norvak Shipping.",
     ("OPPOSES", "Norvak Shipping", "Piotr Savelev")),
    # a share's apposition is the subject of the next clause, not the company held
    ("Nous avons simplifié le capital : la holding familiale Tarvel Participations détient 64 % du groupe, le fonds Morvane Equity, entré en 2019, en possède 21 %, et le solde est aux salariés.",
     ("OWNS", "Tarvel Participations", "Morvane Equity")),
]
