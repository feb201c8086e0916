"""Cases of the s27 gaps of money and control ties (helper s27-deals27), invented names and sentences."""

# a minority stake sold with a decimal share ("49,99 %", parsed as the head of its phrase) is a holding, not
# a takeover (relations._minority_stake)
CASES = [
    ("Le groupe Ferrand a annoncé la cession de 49,99 % de sa filiale Delmas Towers au fonds Kestrel Partners.",
     [("OWNS", "Kestrel Partners", "Delmas Towers")]),
    # (over half: a takeover)
    ("Le groupe Ferrand a annoncé la cession de 50,01 % de sa filiale Delmas Towers au fonds Kestrel Partners.",
     [("ACQUIRES", "Kestrel Partners", "Delmas Towers")]),
]
FORBIDDEN = [
    ("Le groupe Ferrand a annoncé la cession de 49,99 % de sa filiale Delmas Towers au fonds Kestrel Partners.",
     ("ACQUIRES", "Kestrel Partners", "Delmas Towers")),
]

# "attribuer" ascribes a deed as often as it awards a contract: no payee then (slots/deals27.ascribed_not_awarded)
CASES += [
    ("La Ville de Lorient l'a attribué au groupe Kestrel pour 12 millions d'euros.",
     [("FUNDS", "Ville de Lorient", "Kestrel")]),
    ("Le ministère des Armées a attribué jeudi au consortium Kestrel un contrat de 230 millions d'euros.",
     [("FUNDS", "ministère des Armées", "Kestrel")]),
]
FORBIDDEN += [
    ("Le FBI l'attribue au groupe nord-coréen Kestrel.", ("FUNDS", "FBI", "Kestrel")),
    ("Le FBI attribue le piratage au groupe Kestrel.", ("FUNDS", "FBI", "Kestrel")),
]

# "X lui consent un prêt": the lender funds the borrower the clitic stands for (rule funds.loan_consented)
CASES += [
    ("Ferrand Industries traverse une crise. La Banque Delmas lui consent un prêt de 117 millions d'euros.",
     [("FUNDS", "Banque Delmas", "Ferrand Industries")]),
]
FORBIDDEN += [
    # (agreeing to something gives no money)
    ("La Banque Delmas a consenti à Ferrand Industries un délai de paiement.",
     ("FUNDS", "Banque Delmas", "Ferrand Industries")),
    ("Le gouvernement de Valdarie a consenti à Ferrand Industries de reporter le paiement.",
     ("FUNDS", "gouvernement de Valdarie", "Ferrand Industries")),
]

# "de A et de B, qui s'est imposé en signant un partenariat avec Y": the singular relative says B alone
# (lists._inside_singular_relative)
CASES += [
    ("La nouvelle structure concurrencera TDX et l'espagnol Cellnor, qui s'est imposé en France en signant en 2016 "
     "un partenariat avec Bouvard Telecom.", [("PARTNERS_WITH", "Cellnor", "Bouvard Telecom")]),
]
FORBIDDEN += [
    ("La nouvelle structure se posera en concurrente directe de TDX et de l'espagnol Cellnor, qui s'est imposé en "
     "France en signant en 2016 un partenariat avec Bouvard Telecom.", ("PARTNERS_WITH", "TDX", "Bouvard Telecom")),
    ("La nouvelle structure se posera en concurrente directe de TDX et de l'espagnol Cellnor, qui s'est imposé en "
     "France en signant en 2016 un partenariat avec Bouvard Telecom.", ("PARTNERS_WITH", "TDX", "Cellnor")),
]
FORBIDDEN += [
    # (the clitic resolved to one of the lenders of the clause before: no tie rather than a wrong borrower)
    ("Ferrand Ferries a commandé deux navires. La Région Bretagne et la Région Normandie lui prêtent chacune "
     "60 millions d'euros, tandis que la banque Kestrel lui consent un prêt de 117 millions d'euros.",
     ("FUNDS", "Kestrel", "Région Normandie")),
]

# "ses principaux investisseurs, parmi lesquels A et B": each invests in the possessive's company
# (slots/deals27.listed_among_holders; rules invests.among, owns.among_holders)
CASES += [
    ("La start-up Ferrand Pay traverse une crise. Son fondateur a été démis par un conseil d'administration où "
     "pèsent ses principaux investisseurs, parmi lesquels Kestrel Capital et Delmas Ventures.",
     [("INVESTS_IN", "Kestrel Capital", "Ferrand Pay"), ("INVESTS_IN", "Delmas Ventures", "Ferrand Pay")]),
    ("Les actionnaires de Ferrand Pay, parmi lesquels Kestrel Capital et Delmas Ventures, ont voté.",
     [("OWNS", "Kestrel Capital", "Ferrand Pay"), ("OWNS", "Delmas Ventures", "Ferrand Pay")]),
]
FORBIDDEN += [
    # (investors of no named company)
    ("La start-up Ferrand Pay traverse une crise. Des investisseurs, parmi lesquels Kestrel Capital et Delmas "
     "Ventures, ont voté.", ("INVESTS_IN", "Kestrel Capital", "Ferrand Pay")),
]

# "X a englouti Y": the press's verbs of swallowing a company (rule acquires.swallowed)
CASES += [
    ("Le groupe Ferrand a englouti Delmas Cliniques en 2017.", [("ACQUIRES", "Ferrand", "Delmas Cliniques")]),
]

# "X, qui ne détient que 0,02 % de Y": the restrictive "ne … que" parsed as a clause of its own
# (slots/deals27.restricted_stake)
CASES += [
    ("Le fonds Kestrel Capital, qui ne détient que 0,02 % de Ferrand Oil, a fait élire trois administrateurs.",
     [("OWNS", "Kestrel Capital", "Ferrand Oil")]),
    ("Le fonds Kestrel Capital ne détient plus que 5 % du capital de Ferrand Oil.",
     [("OWNS", "Kestrel Capital", "Ferrand Oil")]),
    ("La famille Ferrand ne détient en effet qu'environ 15 % de Delmas Games via sa holding, Ferrand Brothers.",
     [("OWNS", "famille Ferrand", "Delmas Games")]),
]
FORBIDDEN += [
    # (bonds are no stake)
    ("Le fonds Kestrel Capital ne détient que des obligations de Ferrand Oil.",
     ("OWNS", "Kestrel Capital", "Ferrand Oil")),
]
