"""Cases of the s28 stake gaps (helper s28-stake28), invented names and sentences."""

# a round's other backers after a bare ", avec" (implied.co_investors), a demonym tagged a name before a
# co-holder ("aux côtés du fonds qatari B", slots/recall22.co_holders)
CASES = [
    ("Pivane, la fintech, lève 30 millions d'euros. Le tour de table de Pivane a été mené par Ilvo Capital, avec "
     "Greenbark Ventures et Mertop Partners.",
     [("INVESTS_IN", "Greenbark Ventures", "Pivane"), ("INVESTS_IN", "Mertop Partners", "Pivane")]),
    ("Pivane, la fintech, lève 30 millions d'euros. Le tour de table de Pivane a été mené par Ilvo Capital, avec "
     "le fonds américain Greenbark Ventures.", [("INVESTS_IN", "Greenbark Ventures", "Pivane")]),
    ("Vortalis détient déjà 30 % de Pirouz aux côtés du fonds qatari Ombrine Partners.",
     [("OWNS", "Ombrine Partners", "Pirouz")]),
]
FORBIDDEN = [
    ("Ilvo Capital a investi 5 millions d'euros dans Pivane, avec l'accord de Paul Garnon.",
     ("INVESTS_IN", "Paul Garnon", "Pivane")),
]

# the clitic "en" before a holding verb with a share: the company of the clause the relative hangs on, or the
# subject of the sentence before (slots/stake28.en_stake); "Y, dont X détient N %" (slots/stake28.dont_stake)
CASES += [
    ("Opaline Énergie exploite douze parcs éoliens en Bretagne. Bpifrance en possède 12 % depuis 2021.",
     [("OWNS", "Bpifrance", "Opaline Énergie")]),
    ("Soldane vend des drones agricoles. Le fonds Tiberius Equity, entré en 2021, en détient 12 %.",
     [("OWNS", "Tiberius Equity", "Soldane")]),
    ("Le quotidien Le Matin était convoité par Paul Garnon, qui en détenait déjà 11 %.",
     [("OWNS", "Paul Garnon", "Le Matin")]),
    ("Aquilane, dont le fonds Kerguelen Capital détient 30 % depuis 2022, recrute.",
     [("OWNS", "Kerguelen Capital", "Aquilane")]),
    ("Kelvio veut prendre le contrôle de Pirouz, dont il détient déjà 30 %.", [("OWNS", "Kelvio", "Pirouz")]),
]
FORBIDDEN += [
    # no share: "en" is no stake
    ("Soldane vend des drones agricoles. Le fonds Tiberius Equity en détient les brevets depuis 2021.",
     ("OWNS", "Tiberius Equity", "Soldane")),
    # the one who bought is not the one who holds after "dont"
    ("Kelvio a racheté Pirouz, dont le fonds Marlo Capital détenait 30 %.", ("OWNS", "Kelvio", "Pirouz")),
]
FORBIDDEN += [
    # a participle after "en" ("la société X en détenant 85 %") is not read: its clause's parties go wrong
    ("Le groupe Vexora conserve 15 % du capital de Pirouz, la société Kelvio en détenant 85 %.",
     ("OWNS", "Kelvio", "Vexora")),
]

# "aux côtés des investisseurs historiques de la jeune pousse, A et B": "pousse" tagged a verb ended the
# descriptor before the names (implied.co_investors)
CASES += [
    ("Vortalis Technologies lève 9 millions d'euros auprès de Ardoine Capital. Ardoine Capital a investi dans "
     "Vortalis Technologies aux côtés des investisseurs historiques de la jeune pousse, Kerlys Ventures et "
     "Ombrine Partners.", [("INVESTS_IN", "Kerlys Ventures", "Vortalis Technologies"),
                           ("INVESTS_IN", "Ombrine Partners", "Vortalis Technologies")]),
]
