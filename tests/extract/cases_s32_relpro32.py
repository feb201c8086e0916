"""Cases of the s32 relative-pronoun pass (helper s32-relpro32, mentions/relpro32.py), invented names and sentences.
A relative pronoun after a preposition (à qui, auprès de qui, avec laquelle, dans lequel, auquel, auprès duquel)
stands for its antecedent (a name, a noun carrying a name, a noun set beside a name), so the readers of the
clause's verb or noun take it; checked on several cue words (reprocher, investir, lever, réunir, concurrence,
nouer un partenariat) and shapes (apposition before the relative, a descriptor, a second subject lifted out)."""

CASES = [
    # à qui / auquel + reprocher: the antecedent is the accused (an apposition between them)
    ("Le syndicat Sud Atelier vise Hugo Bernat, à qui il reproche des fautes graves.",
     [("ACCUSES", "Sud Atelier", "Hugo Bernat")]),
    ("Le syndicat Sud Atelier a écrit à Hugo Bernat, patron de Ferval, auquel il reproche d'avoir fermé les yeux.",
     [("ACCUSES", "Sud Atelier", "Hugo Bernat")]),
    # avec lequel + concurrence: a descriptor set beside the name
    ("Le marché européen reste dominé par Brenco, le géant allemand avec lequel Orlanis est en concurrence directe.",
     [("COMPETES_WITH", "Orlanis", "Brenco")]),
    # dans lequel + investir: the antecedent the parser made the clause's second subject
    ("Le fonds Arbaro, dans lequel Quintel a investi 5 millions, est basé à Lyon.",
     [("INVESTS_IN", "Quintel", "Arbaro")]),
    # auprès duquel / auprès de qui + lever / réunir: the lender is the investor
    ("Le cabinet Verlaine, auprès duquel Quintel a levé 20 millions d'euros, prépare un autre tour.",
     [("INVESTS_IN", "Verlaine", "Quintel")]),
    ("Le fonds Orvane, auprès de qui la start-up Kelvio a réuni 8 millions d'euros, reste discret.",
     [("INVESTS_IN", "Orvane", "Kelvio")]),
    # avec laquelle + nouer un partenariat: a noun phrase beside the name
    ("Le constructeur Ardenis a présenté Velmo, une jeune pousse avec laquelle il a noué un partenariat.",
     [("PARTNERS_WITH", "Ardenis", "Velmo")]),
    # "qui" after a preposition is the person whose apposition holds the name before it
    ("La présidente de la Métropole, Claire Dumont, a reçu le soutien de Paul Varenne, président de la Région "
     "Ouest, avec qui elle entretenait pourtant des relations glaciales il y a deux ans.",
     [("OPPOSES", "Claire Dumont", "Paul Varenne")]),
]

FORBIDDEN = [
    # the investor is the one "auprès de" whom money is raised, never the raiser
    ("Le cabinet Verlaine, auprès duquel Quintel a levé 20 millions d'euros, prépare un autre tour.",
     ("INVESTS_IN", "Quintel", "Verlaine")),
    # a "de" complement before the relative is not its antecedent: the council is
    ("Le conseil de Ferval, au sein duquel Marie Dutour siège, a validé le plan.",
     ("INVESTS_IN", "Marie Dutour", "Ferval")),
    # (the region named in the person's apposition is not who "qui" stands for)
    ("La présidente de la Métropole, Claire Dumont, a reçu le soutien de Paul Varenne, président de la Région "
     "Ouest, avec qui elle entretenait pourtant des relations glaciales il y a deux ans.",
     ("OPPOSES", "Claire Dumont", "Région Ouest")),
]
