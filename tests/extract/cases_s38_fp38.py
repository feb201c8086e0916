"""Cases of the s38 false ties left on the read pool (helper s38-fp38), invented names and sentences: a regional or
country head is staff ("son directeur général pour l'Europe" → WORKS_FOR, not LEADS), suppliers still competing for
an order are not paid ("un dossier sur lequel A et B sont en concurrence": no FUNDS)."""

CASES = [
    ("Le sidérurgiste Arlex juge les tarifs de Technova trop élevés, a dénoncé Julien Morel, son directeur général "
     "pour l'Europe.",
     [("WORKS_FOR", "Julien Morel", "Arlex")]),
    ("Julien Morel, directeur Asie-Pacifique de Varlin, a démissionné.",
     [("WORKS_FOR", "Julien Morel", "Varlin")]),
    ("Julien Morel, directeur général Europe de Varlin, a démissionné.",
     [("WORKS_FOR", "Julien Morel", "Varlin")]),
    # (the head of the whole company stays its head)
    ("Julien Morel, directeur général de Varlin, a démissionné.",
     [("LEADS", "Julien Morel", "Varlin")]),
]

FORBIDDEN = [
    ("Le sidérurgiste Arlex juge les tarifs de Technova trop élevés, a dénoncé Julien Morel, son directeur général "
     "pour l'Europe.", ("LEADS", "Julien Morel", "Arlex")),
    ("Julien Morel, directeur Asie-Pacifique de Varlin, a démissionné.", ("LEADS", "Asie-Pacifique", "Varlin")),
]

# (the parent written after "filiale du fonds" owns the shareholder, not the company it holds)
FORBIDDEN += [
    ("Le club Varlin FC a gagné. Le président du club dirige aussi Technova Sports (TS), l'actionnaire majoritaire "
     "du club, elle-même filiale du fonds souverain Arlex Capital (AC).", ("OWNS", "Arlex Capital", "Varlin FC")),
    ("Technova Sports, l'actionnaire majoritaire de Varlin FC, elle-même filiale du fonds Arlex Capital, a démenti.",
     ("OWNS", "Arlex Capital", "Varlin FC")),
]
CASES += [
    ("Technova Sports, l'actionnaire majoritaire de Varlin FC, elle-même filiale du fonds Arlex Capital, a démenti.",
     [("OWNS", "Technova Sports", "Varlin FC")]),
    ("Technova Sports, premier actionnaire de Varlin, est une filiale du fonds Arlex Capital.",
     [("OWNS", "Technova Sports", "Varlin"), ("OWNS", "Arlex Capital", "Technova Sports")]),
]

# (the place after a superlative is its scope, no party; a company after it stays one)
FORBIDDEN += [
    ("Paul Kerval est visé par des sanctions. L'homme le plus riche de Belgique, qui détient 36 % du géant du zinc "
     "Varlin, voit ses avoirs gelés.", ("OWNS", "Belgique", "Varlin")),
    ("La femme la plus riche de France, qui détient 20 % du groupe Varlin, a démenti.", ("OWNS", "France", "Varlin")),
]
CASES += [
    ("Paul Kerval, le plus gros actionnaire de Varlin, a démenti.", [("OWNS", "Paul Kerval", "Varlin")]),
]
