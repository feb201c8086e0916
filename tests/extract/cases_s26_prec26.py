"""Cases of the s26 precision audit (helper s26-prec26), invented names and sentences."""

# an interrogative pronoun is no party (slots/prec26.question_pronoun_no_party)
CASES = [
    ("Paul Garnier mettra la main sur Galdis.", [("ACQUIRES", "Paul Garnier", "Galdis")]),
]
FORBIDDEN = [
    ("Qui, de Jean Morel ou de Paul Garnier, mettra la main sur Galdis ?", ("ACQUIRES", "Qui", "Galdis")),
]

# "nos concurrents du Golfe, A ou B": the "de" phrase after a possessive says where the rivals come from
# (slots/prec26.rivals_origin_not_rival)
CASES += [
    ("« Pendant que nous nous déchirons, nos concurrents du Golfe, Emirana ou Qatalis Airways, se frottent les "
     "mains », dit le patron d'Air Valdor.",
     [("COMPETES_WITH", "Emirana", "Air Valdor"), ("COMPETES_WITH", "Qatalis Airways", "Air Valdor")]),
]
FORBIDDEN += [
    ("« Pendant que nous nous déchirons, nos concurrents du Golfe, Emirana ou Qatalis Airways, se frottent les "
     "mains », dit le patron d'Air Valdor.", ("COMPETES_WITH", "Emirana", "Golfe")),
]

# "un contrat de fourniture avec Y, qui lui achètera …": Y pays the signer, never the other way
# (slots/prec26.contract_buyer_in_relative)
CASES += [
    ("La start-up Helix a signé un contrat de fourniture avec Valdor Énergie, qui lui achètera une partie de sa production.",
     [("FUNDS", "Valdor Énergie", "Helix")]),
    # (no relative clause on the other: a contract "de fourniture" says the signer supplies, the other pays it,
    # s31-money31 slots/money31.supply_deal; the s26 case expected the reverse, the reading the team convention
    # of the thirty-first session corrects)
    ("La start-up Helix a signé un contrat de fourniture avec Valdor Énergie, qui installera ses batteries.",
     [("FUNDS", "Valdor Énergie", "Helix")]),
]
FORBIDDEN += [
    ("La start-up Helix a signé un contrat de fourniture avec Valdor Énergie, qui lui achètera une partie de sa production.",
     ("FUNDS", "Helix", "Valdor Énergie")),
]
