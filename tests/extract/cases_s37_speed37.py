"""Cases of the s37 speed branch (helper speed37): the biz.py readers that tidy, verb_objects and bond_parties now
call as gated runs (slots/gate.py: each reader on the trigger words its @acts_on declares), and the comparison cues
found by their last word (speakers34). Invented names and sentences; the output was byte-identical before and
after the change on the corpus and the invented set, these keep the readings working whatever the gates become."""

CASES = [
    # tidy's run: part_apposition (the part's owner is not bought), bid_by_title (the boss's company bids),
    # weighed_stake ("qui pèse N % du capital de Y")
    ("Le groupe Valtor a racheté Ortal, la filiale de Kelvio.",
     [("ACQUIRES", "Valtor", "Ortal"), ("OWNS", "Kelvio", "Ortal")]),
    ("Le patron de Valtor a déposé une offre sur Ortal.", [("BIDS_FOR", "Valtor", "Ortal")]),
    ("Le fonds Valtor, qui pèse 4,1 % du capital d'Ortal, votera contre.", [("OWNS", "Valtor", "Ortal")]),
    # verb_objects' run: offer_filed ("déposer auprès de l'AMF une offre sur Y")
    ("Valtor a déposé auprès de l'AMF une offre sur Ortal.", [("BIDS_FOR", "Valtor", "Ortal")]),
    # bond_parties' runs: contract_sides (the sponsor pays the club), money_to_topic, sponsor_partner
    ("Le club Stade Brestois a signé un contrat de trois ans avec la société Valtor.",
     [("FUNDS", "Valtor", "Stade Brestois")]),
    ("Le sponsor de la course, Valtor, a financé l'achat de navires d'Ortal.", [("FUNDS", "Valtor", "Ortal")]),
    ("Valtor, partenaire historique du club Stade Brestois, renouvelle son engagement.",
     [("FUNDS", "Valtor", "Stade Brestois")]),
    # comparison cues, found by their last word ("comme", "à l'instar de"): the names beside the subject
    ("Valtor a investi dans Ortal, à l'instar de Kelvio.",
     [("INVESTS_IN", "Valtor", "Ortal"), ("INVESTS_IN", "Kelvio", "Ortal")]),
    ("Comme Kelvio, le fonds Valtor a investi dans Ortal.",
     [("INVESTS_IN", "Valtor", "Ortal"), ("INVESTS_IN", "Kelvio", "Ortal")]),
]

FORBIDDEN = [
    # the owner of the part bought is no company bought (part_apposition, in tidy's gated run)
    ("Le groupe Valtor a racheté Ortal, la filiale de Kelvio.", ("ACQUIRES", "Valtor", "Kelvio")),
    # a contract signed with a sponsor is money paid, no partnership (contract_sides, in bond_parties' run)
    ("Le club Stade Brestois a signé un contrat de trois ans avec la société Valtor.",
     ("PARTNERS_WITH", "Stade Brestois", "Valtor")),
]
