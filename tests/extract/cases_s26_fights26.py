"""Cases of the s26 conflict and alliance gaps (helper s26-fights26), invented names and sentences."""

# a referral to a criminal court is legal action against each one referred, not an ouster
# (slots/fights26.referral_to_court, rule sues.referred_to_court)
CASES = [
    ("Le parquet national financier a obtenu le renvoi devant le tribunal correctionnel de Lyon du maire "
     "Les Radicaux, de son épouse Lise Varnier, de Paul Garnier et de Jean Morel.",
     [("SUES", "parquet national financier", "Lise Varnier"), ("SUES", "parquet national financier", "Paul Garnier"),
      ("SUES", "parquet national financier", "Jean Morel")]),
    ("Le parquet national financier a obtenu le renvoi de Paul Garnier et de la société Drummon devant le tribunal "
     "correctionnel.",
     [("SUES", "parquet national financier", "Paul Garnier"), ("SUES", "parquet national financier", "Drummon")]),
]
FORBIDDEN = [
    ("Le parquet national financier a obtenu le renvoi devant le tribunal correctionnel de Lyon du maire "
     "Les Radicaux, de son épouse Lise Varnier, de Paul Garnier et de Jean Morel.",
     ("OPPOSES", "parquet national financier", "Paul Garnier")),
    # the mayor's party is no one referred
    ("Le parquet national financier a obtenu le renvoi devant le tribunal correctionnel de Lyon du maire "
     "Les Radicaux, de son épouse Lise Varnier, de Paul Garnier et de Jean Morel.",
     ("SUES", "parquet national financier", "Les Radicaux")),
    # near miss: a dismissal asked for stays an ouster, no lawsuit
    ("Le syndicat Varnell réclame le renvoi de Paul Garnier.", ("SUES", "Varnell", "Paul Garnier")),
]
CASES += [
    ("Le syndicat Varnell réclame le renvoi de Paul Garnier.", [("OPPOSES", "Varnell", "Paul Garnier")]),
]

# a clause the parser hangs on a fronted participle's relative: the noun after the relative's comma acts
# (slots/fights26.clause_after_relative)
CASES += [
    ("Fondée en 2022 par Paul Dorin, qui la dirige, la start-up Vexora ambitionne de produire des panneaux pour "
     "concurrencer les fabricants chinois, à commencer par Orvane et Tarnel.",
     [("COMPETES_WITH", "Vexora", "Orvane"), ("COMPETES_WITH", "Vexora", "Tarnel")]),
]
FORBIDDEN += [
    ("Fondée en 2022 par Paul Dorin, qui la dirige, la start-up Vexora ambitionne de produire des panneaux pour "
     "concurrencer les fabricants chinois, à commencer par Orvane et Tarnel.",
     ("COMPETES_WITH", "Paul Dorin", "Orvane")),
    # with no name after the comma, no one is read (not the founder)
    ("Fondée en 2021 par Paul Garnier, qui la dirige, la start-up ambitionne de produire des batteries pour "
     "concurrencer les fabricants coréens, à commencer par Kelvio et Varnell.",
     ("COMPETES_WITH", "Paul Garnier", "Kelvio")),
]

# "X, l'animateur vedette de Y, qui accuse Z": the relative's antecedent is the person, not the channel
# (arguments._STAFF_PERSON_NOUNS)
CASES += [
    ("« C'est une censure », a dénoncé Paul Garnier, l'animateur vedette de Drummon TV, qui accuse l'Autorité "
     "des écrans d'avoir voulu faire taire son émission.",
     [("ACCUSES", "Paul Garnier", "Autorité des écrans")]),
]
FORBIDDEN += [
    ("« C'est une censure », a dénoncé Paul Garnier, l'animateur vedette de Drummon TV, qui accuse l'Autorité "
     "des écrans d'avoir voulu faire taire son émission.",
     ("ACCUSES", "Drummon TV", "Autorité des écrans")),
]

# one defended at a trial is defended by his counsel (relations._counsel_defends): no alliance
CASES += [
    ("Au procès, Paul Garnier, défendu par Jean Morel, a dénoncé la partialité du parquet.",
     [("WORKS_FOR", "Jean Morel", "Paul Garnier")]),
    # near miss: political defence with no trial is support
    ("Paul Garnier, défendu par Jean Morel, a été réélu à la tête du parti Renouveau.",
     [("ALLY_OF", "Jean Morel", "Paul Garnier")]),
]
FORBIDDEN += [
    ("Au procès, Paul Garnier, défendu par Jean Morel, a dénoncé la partialité du parquet.",
     ("ALLY_OF", "Jean Morel", "Paul Garnier")),
    ("Paul Garnier, défendu par son avocat Jean Morel, a dénoncé la partialité du parquet.",
     ("ALLY_OF", "Jean Morel", "Paul Garnier")),
]

# closeness said by an apposed noun (slots/fights26.close_apposed, rule ally.close_apposed)
CASES += [
    ("Paul Garnier a omis de mentionner son poste d'administrateur de l'Institut Drummon, un organisme proche de la "
     "Fédération des assureurs.",
     [("ALLY_OF", "Institut Drummon", "Fédération des assureurs")]),
    ("Il a reçu Jean Morel, un homme d'affaires proche de Paul Garnier.", [("ALLY_OF", "Jean Morel", "Paul Garnier")]),
]
FORBIDDEN += [
    # near misses: an amount, an unnamed source
    ("Kelvio a racheté Drummon, un montant proche de 800 millions d'euros ayant été versé.",
     ("ALLY_OF", "Drummon", "800 millions d'euros")),
    ("Kelvio, selon une source proche de Paul Garnier, rachète Drummon.", ("ALLY_OF", "Kelvio", "Paul Garnier")),
]

# "X a dénoncé l'« acharnement » de Y": blamed conduct (data/bonds.yaml conduct_nouns)
CASES += [
    ("Paul Garnier a dénoncé l'« acharnement » du parquet national financier.",
     [("ACCUSES", "Paul Garnier", "parquet national financier")]),
]
CASES += [
    ("Paul Garnier a omis de mentionner son poste d'administrateur de l'Institut de formation des courtiers (IFC), "
     "un organisme proche de la Fédération des assureurs.",
     [("ALLY_OF", "Institut de formation des courtiers", "Fédération des assureurs")]),
]

# a subject noun with a possessive set off after a name: the name is the subject
# (slots/fights26.possessive_apposed_subject)
CASES += [
    ("Orvane, son rival historique au sein du Parti radical, accuse Paul Dorin de trahison.",
     [("ACCUSES", "Orvane", "Paul Dorin")]),
]
FORBIDDEN += [
    ("Orvane, son rival historique au sein du Parti radical, accuse Paul Dorin de trahison.",
     ("ACCUSES", "Parti radical", "Paul Dorin")),
    ("La compagnie Kelvio relie Lyon–Nantes. Kelvio, son concurrent direct sur la ligne Lyon–Nantes, accuse l'État "
     "de favoritisme.", ("ACCUSES", "Lyon–Nantes", "État")),
    # near miss: a source before the comma is no subject
    ("Selon Le Journal, son patron accuse l'État de lenteur.", ("ACCUSES", "Le Journal", "État")),
]

# an apposition the parser hangs as a "nmod" or makes the subject keeps its tie whatever the main verb denies
# (status.governors)
# (checked with the negation flag in test_s26_fights26.py: test_rules counts a negated tie as found)
APPOSED_NOT_NEGATED = [
    ("Vexora, le grand concurrent de Orvane sur les smartphones, n'est pas visé par la procédure.",
     ("COMPETES_WITH", "Vexora", "Orvane")),
    ("Vexora, concurrent de Orvane, n'est pas visé par la procédure.", ("COMPETES_WITH", "Vexora", "Orvane")),
    ("Kelvio, le grand concurrent de Drummon sur les tablettes, n'est pas visé par la procédure, précise-t-on à "
     "l'association, « faute d'éléments suffisants ».", ("COMPETES_WITH", "Kelvio", "Drummon")),
]
# near miss: a rivalry the text denies stays denied
STILL_NEGATED = [("Vexora n'est pas un concurrent de Orvane.", ("COMPETES_WITH", "Vexora", "Orvane"))]
