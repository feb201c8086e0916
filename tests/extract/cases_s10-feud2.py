"""Sentences for the s10-feud2 line of work (conflict ties): invented names only."""

CASES = [
    # two companies fighting over a market are rivals, not foes
    ("La société Vernadel affronte déjà le groupe Plumetis à Rennes, où les deux sociétés se disputent les mêmes appels d'offres.",
     [("COMPETES_WITH", "Vernadel", "Plumetis")]),
    # an action before an administrative court naming no one is brought against the contract's single public
    # buyer (feuds.py _buyer_sued)
    ("Le ministère de la Culture a attribué mardi à la société Ardelys un contrat de 40 millions d'euros. Son "
     "concurrent Brenval, écarté, a déposé un recours devant le tribunal administratif de Paris.",
     [("SUES", "Brenval", "ministère de la Culture")]),
    ("La société Pivelle a remporté l'appel d'offres lancé par la Métropole de Sorbiac, au détriment de Tarnelle. "
     "Le directeur général de Tarnelle, Jules Brami, a déposé un référé précontractuel devant le tribunal "
     "administratif.", [("SUES", "Tarnelle", "Métropole de Sorbiac")]),
    # censure aimed at a government (rules opposes.censure, opposes.censured)
    ("Le parti Union centriste votera la censure du gouvernement de Paul Valmont.",
     [("OPPOSES", "Union centriste", "gouvernement de Paul Valmont")]),
    ("Le parti Union centriste a censuré le gouvernement de Paul Valmont.",
     [("OPPOSES", "Union centriste", "gouvernement de Paul Valmont")]),
    ("Le groupe Ostrabel affronte la société Ferlinor sur le marché des pompes à chaleur.",
     [("COMPETES_WITH", "Ostrabel", "Ferlinor")]),
]

FORBIDDEN = [
    ("La société Vernadel affronte déjà le groupe Plumetis à Rennes, où les deux sociétés se disputent les mêmes appels d'offres.",
     ("OPPOSES", "Vernadel", "Plumetis")),
    # people fighting stay foes, market or not
    ("Le député Armand Quillet affronte Noémie Sarrazac sur le marché de l'emploi.",
     ("COMPETES_WITH", "Armand Quillet", "Noémie Sarrazac")),
    # two buyers: which one is sued is not said
    ("La Région Ostanie a confié à Vernadel le marché des transports scolaires. La Métropole de Sorbiac a confié "
     "à Plumetis le marché des cantines. Son concurrent Tarnelle a déposé un recours devant le tribunal "
     "administratif.", ("SUES", "Tarnelle", "Région Ostanie")),
    # a commercial court: no public contract contested
    ("Le ministère de la Culture a attribué mardi à la société Ardelys un contrat de 40 millions d'euros. Son "
     "concurrent Brenval, écarté, a déposé un recours devant le tribunal de commerce de Paris.",
     ("SUES", "Brenval", "ministère de la Culture")),
    # a court censures a law, not a person
    ("Le Conseil constitutionnel a prononcé la censure de la loi Valmont.",
     ("OPPOSES", "Conseil constitutionnel", "Valmont")),
]
