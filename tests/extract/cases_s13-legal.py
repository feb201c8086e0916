"""Rule cases of the s13 lawsuit/probe/feud fixes (helper s13-legal): invented actors only."""

CASES = [
    # charges notified "à A et à B": every coordinated "à" phrase is charged, also behind a time phrase the
    # parser hung the charges on ("a notifié en mai des griefs à …")
    ("L'Autorité des marchés financiers a notifié en mai des griefs à la société Brévane et à son ancien "
     "directeur général, Paul Ormesson, pour manipulation de cours.",
     [("SUES", "Autorité des marchés financiers", "Brévane"), ("SUES", "Autorité des marchés financiers", "Paul Ormesson")]),
    ("En mars, l'Autorité de la concurrence avait notifié des griefs aux laboratoires Quessard et à leur "
     "présidente, Anne Delorme.",
     [("SUES", "Autorité de la concurrence", "Quessard"), ("SUES", "Autorité de la concurrence", "Anne Delorme")]),
    # "à X comme à sa société, Y"
    ("L'AMF a notifié des griefs à Paul Verdier comme à sa société, Ombelle Gestion.",
     [("SUES", "AMF", "Paul Verdier"), ("SUES", "AMF", "Ombelle Gestion")]),
    # "la société", unnamed, in an article about one company is that company
    ("Les comptes de Varmonde Industries inquiètent. Selon nos informations, l'Autorité des marchés financiers "
     "avait notifié des griefs à la société et à son ex-directrice financière, Hélène Casteran.",
     [("SUES", "Autorité des marchés financiers", "Varmonde Industries"),
      ("SUES", "Autorité des marchés financiers", "Hélène Casteran")]),
    # a probe "pour « A » et « B » visant Y": "visant" hung on the second charge
    ("Le parquet national financier a ouvert en avril une enquête préliminaire pour « favoritisme » et "
     "« prise illégale d'intérêts » visant Brévane Construction.",
     [("SUES", "parquet national financier", "Brévane Construction")]),
    ("Le parquet de Nanterre a ouvert une enquête pour abus de biens sociaux et recel, visant Quentin Morlaix, "
     "le fondateur de Talvane.",
     [("SUES", "parquet de Nanterre", "Quentin Morlaix")]),
    # "a déposé <jour> un référé contre Y": the noun tagged a verb ("référer") and hung on the time phrase
    ("Dalvane a déposé jeudi un référé précontractuel contre Rennes Métropole devant le tribunal administratif de Rennes.",
     [("SUES", "Dalvane", "Rennes Métropole")]),
    ("Kerlor a introduit lundi un référé précontractuel contre Lorient Agglomération.",
     [("SUES", "Kerlor", "Lorient Agglomération")]),
    # a falling-out: reflexive verbs of a plural subject, "les deux hommes" standing for the last pair named,
    # and "se brouiller avec Y"
    ("Paul Amblard et Rémi Saint-Ours se connaissent depuis l'école. Les deux hommes se sont brouillés en 2018.",
     [("OPPOSES", "Paul Amblard", "Rémi Saint-Ours")]),
    ("Claire Morvan a recruté Julie Ternant en 2015. Les deux femmes se déchirent aujourd'hui.",
     [("OPPOSES", "Claire Morvan", "Julie Ternant")]),
    ("Claire Morvan et Julie Ternant se sont fâchées lors du congrès de Tours.",
     [("OPPOSES", "Claire Morvan", "Julie Ternant")]),
    ("Chez Valbreuil, Marc Ollier et son directeur financier, Luc Paget, se détestent depuis des années.",
     [("OPPOSES", "Marc Ollier", "Luc Paget")]),
    ("Paul Amblard s'est brouillé avec Rémi Saint-Ours en 2018.", [("OPPOSES", "Paul Amblard", "Rémi Saint-Ours")]),
    ("Inès Barral s'était fâchée avec Léa Vidal au sujet du rachat.", [("OPPOSES", "Inès Barral", "Léa Vidal")]),
    # a title "le président de Y, X" as the one blamed stands for X (its body Y even when the parser hung
    # the name inside the title's phrase)
    ("Dans l'opposition, Armelle Tanguy accuse le président de Quimperlé Communauté, Jean-Paul Thébaud, d'avoir menti.",
     [("ACCUSES", "Armelle Tanguy", "Jean-Paul Thébaud")]),
    ("Le syndicat Sud-Rail reproche au directeur général de Ferlane, Yann Morvan, d'avoir ignoré les alertes.",
     [("ACCUSES", "Sud-Rail", "Yann Morvan")]),
    ("Luc Vernet accuse la directrice de l'agence, Inès Morel, de favoritisme.",
     [("ACCUSES", "Luc Vernet", "Inès Morel")]),
    # people blamed in a list with civil titles ("Mme A et M. B"), the second title misread as a conjunct of the verb
    ("Hervé Daumas a aussitôt accusé Mme Lenoir et M. Pastor de préparer une alliance.",
     [("ACCUSES", "Hervé Daumas", "Lenoir"), ("ACCUSES", "Hervé Daumas", "Pastor")]),
    ("Sophie Laval reproche à M. Garcin et à Mme Ruault leur silence.",
     [("ACCUSES", "Sophie Laval", "Garcin"), ("ACCUSES", "Sophie Laval", "Ruault")]),
    ("Le sénateur Alain Dury accuse M. Pelletier, Mme Cardon et M. Brun de « sabotage ».",
     [("ACCUSES", "Alain Dury", "Pelletier"), ("ACCUSES", "Alain Dury", "Cardon"), ("ACCUSES", "Alain Dury", "Brun")]),
    # a foe's "de" phrase the parser gave to the participle after the noun ("rival déclaré de Y", "ennemie jurée de Y")
    ("Gérald Tessier, rival déclaré de Thomas Vernier, a annoncé sa candidature.",
     [("OPPOSES", "Gérald Tessier", "Thomas Vernier")]),
    ("Inès Morel, l'ennemie jurée de Paul Carvin, préside désormais le groupe.",
     [("OPPOSES", "Inès Morel", "Paul Carvin")]),
    # companies fighting a rival named by its nationality or called a competitor: a market, not a feud
    ("Sylvane affronte le français Tensor, qui a levé 30 millions d'euros l'an dernier, et l'américain Rythmiq.",
     [("COMPETES_WITH", "Sylvane", "Tensor"), ("COMPETES_WITH", "Sylvane", "Rythmiq")]),
    ("En Europe, Norvelle affronte l'allemand Kesselwerk.", [("COMPETES_WITH", "Norvelle", "Kesselwerk")]),
    ("Aux États-Unis, la start-up Hexalor devra affronter des concurrents puissants, à commencer par Gatekeep "
     "Security, leader du secteur.", [("COMPETES_WITH", "Hexalor", "Gatekeep Security")]),
]

FORBIDDEN = [
    ("Sylvane affronte le français Tensor, qui a levé 30 millions d'euros l'an dernier, et l'américain Rythmiq.",
     ("OPPOSES", "Sylvane", "Tensor")),
    ("En Europe, Norvelle affronte l'allemand Kesselwerk.", ("OPPOSES", "Norvelle", "Kesselwerk")),
    ("Dans l'opposition, Armelle Tanguy accuse le président de Quimperlé Communauté, Jean-Paul Thébaud, d'avoir menti.",
     ("ACCUSES", "Armelle Tanguy", "Quimperlé Communauté")),
    ("Le syndicat Sud-Rail reproche au directeur général de Ferlane, Yann Morvan, d'avoir ignoré les alertes.",
     ("ACCUSES", "Sud-Rail", "Ferlane")),
    # the notifier is not charged; a company word with another company named is not the article's company
    ("L'AMF a notifié des griefs à Paul Verdier comme à sa société, Ombelle Gestion.",
     ("SUES", "Paul Verdier", "Ombelle Gestion")),
]
