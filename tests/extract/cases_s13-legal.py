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
]

FORBIDDEN = [
    # the notifier is not charged; a company word with another company named is not the article's company
    ("L'AMF a notifié des griefs à Paul Verdier comme à sa société, Ombelle Gestion.",
     ("SUES", "Paul Verdier", "Ombelle Gestion")),
]
