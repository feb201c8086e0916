"""Cases of the s28 wrong-party and capital gaps (helper s28-party28), invented names and sentences."""

# "auprès de A, le fonds souverain X, de B et de C": B and C are listed with A, not the fund's owners
# (slots/party28.list_after_apposition)
CASES = [
    ("Vexora a levé au total 80 millions d'euros, notamment auprès de Baltic Invest, le fonds souverain "
     "norvégien, de Kelvio Partners et de Marlin Capital.", [("INVESTS_IN", "Baltic Invest", "Vexora")]),
    # (the fund's own owner before any comma stays)
    ("Vexora a levé 80 millions d'euros auprès de Baltic Invest, le fonds souverain de la famille Orsini.",
     [("INVESTS_IN", "Baltic Invest", "Vexora")]),
]
FORBIDDEN = [
    ("Vexora a levé au total 80 millions d'euros, notamment auprès de Baltic Invest, le fonds souverain "
     "norvégien, de Kelvio Partners et de Marlin Capital.", ("OWNS", "Marlin Capital", "Baltic Invest")),
    ("Vexora a levé au total 80 millions d'euros, notamment auprès de Baltic Invest, le fonds souverain "
     "norvégien, de Kelvio Partners et de Marlin Capital.", ("OWNS", "Kelvio Partners", "Baltic Invest")),
]

# "Le groupe contrôlé par X possède Y": the nearest-names line does not take a participle's agent for the
# subject of the clause (linear._participle_agent)
FORBIDDEN += [
    ("Le groupe contrôlé par la famille Orsini possède désormais Radio Azur et le Journal du soir.",
     ("OWNS", "famille Orsini", "Radio Azur")),
    ("La société fondée par Paul Dorin a racheté Vexora.", ("ACQUIRES", "Paul Dorin", "Vexora")),
]
CASES += [
    ("Vexora, contrôlée par Paul Dorin, possède Orvane.",
     [("OWNS", "Paul Dorin", "Vexora"), ("OWNS", "Vexora", "Orvane")]),
]

# "sur A, la maison mère de B et de C": the list of "sur A" does not go on into the apposed noun's complement
# (arguments._extend_list)
CASES += [
    ("Paul Dorin a mis la main sur Kelvio Media, la maison mère de Télé Nova et de Radio Brume.",
     [("ACQUIRES", "Paul Dorin", "Kelvio Media"), ("OWNS", "Kelvio Media", "Télé Nova")]),
]
FORBIDDEN += [
    ("Paul Dorin a mis la main sur Kelvio Media, la maison mère de Télé Nova et de Radio Brume.",
     ("ACQUIRES", "Paul Dorin", "Télé Nova")),
    ("Paul Dorin a mis la main sur Kelvio Media, la maison mère de Télé Nova et de Radio Brume.",
     ("ACQUIRES", "Paul Dorin", "Radio Brume")),
]

# a singular participle after ", " describes the last name of a coordination (slots/party28.participle_on_last_conjunct),
# and "A, la coentreprise de B et de C, et D": a list closed by "et" does not take D (lists._mates_right)
CASES += [
    ("Face à la concurrence de l'australien Orbix et de l'américain Swarmo, racheté depuis par Kelvio Space, "
     "Vexora a joué la carte de la sobriété.", [("ACQUIRES", "Kelvio Space", "Swarmo")]),
    ("Vexora et Orvane, rachetées par Kelvio, ont fusionné.",
     [("ACQUIRES", "Kelvio", "Vexora"), ("ACQUIRES", "Kelvio", "Orvane")]),
]
FORBIDDEN += [
    ("Face à la concurrence de l'australien Orbix et de l'américain Swarmo, racheté depuis par Kelvio Space, "
     "Vexora a joué la carte de la sobriété.", ("ACQUIRES", "Kelvio Space", "Orbix")),
]

# "La présidente de la Région Y, X, dont la collectivité a accordé un prêt à Z": the body pays, not X
# (arguments._subject_of_uncached)
CASES += [
    ("La présidente de la Région Auvergne, Lucie Brenmor, dont la collectivité avait accordé un prêt de 5 millions "
     "d'euros à Vexora à ses débuts, a salué une réussite.", [("FUNDS", "Région Auvergne", "Vexora")]),
]
FORBIDDEN += [
    ("La présidente de la Région Auvergne, Lucie Brenmor, dont la collectivité avait accordé un prêt de 5 millions "
     "d'euros à Vexora à ses débuts, a salué une réussite.", ("FUNDS", "Lucie Brenmor", "Vexora")),
]

# "A, la coentreprise de B et de C, et D, créée par E et F": two appositions coordinated (lists._mates_right,
# slots/party28.participle_on_last_conjunct)
_TWO = ("À Bercy, on préfère mettre en avant les offres de confiance : Nuage, la coentreprise de Vexora et "
        "d'Orvane, et Brume, créée par Kelvio Systems et Marlin Cloud.")
CASES += [
    (_TWO, [("OWNS", "Vexora", "Nuage"), ("OWNS", "Orvane", "Nuage"), ("FOUNDED", "Kelvio Systems", "Brume")]),
]
FORBIDDEN += [
    (_TWO, ("PARTNERS_WITH", "Vexora", "Brume")),
    (_TWO, ("OWNS", "Brume", "Nuage")),
]

# "le club" is not the body that governs or sanctions clubs (coref: _TEAM_NOUNS, _GOVERNING_FIRST_WORDS); a
# possessive after a sentence whose subject is such an unresolved noun is not that sentence's one other name
# (EntityIndex.antecedent, unnamed_subject_sents)
FORBIDDEN += [
    ("La Direction nationale du contrôle de gestion a confirmé la rétrogradation des Aigles de Vernon en National 2. "
     "Le club a aussitôt annoncé qu'il ferait appel. Paul Dorin, qui a repris le club en 2021, reste confiant.",
     ("ACQUIRES", "Paul Dorin", "Direction nationale du contrôle de gestion")),
    ("Le club a aussitôt annoncé qu'il saisirait la conférence des conciliateurs du Comité national du sport. "
     "« On nous sanctionne », a fulminé son propriétaire, Paul Dorin.",
     ("OWNS", "Paul Dorin", "Comité national du sport")),
]

# a round's investors are not named past a clause opener ("alors que le groupe dirigé par X"): lists.investors_after
FORBIDDEN += [
    ("Le fonds voulait contraindre Vexora à relever son prix, alors que le groupe dirigé par Paul Dorin visait le "
     "retrait de la cote.", ("INVESTS_IN", "Paul Dorin", "Vexora")),
]

# "L'enveloppe versée par X": a sum paid is a payment, not a round X invests in (slots/party28.granted_sum_no_round)
_PAID = ("Vexora lève 6 millions d'euros\n\nLa start-up Vexora, installée à Rennes, emploie 40 salariés. L'enveloppe "
         "versée par la Région Bretagne, 6 millions d'euros, a financé les machines. Vexora vise l'export.")
CASES += [(_PAID, [("FUNDS", "Région Bretagne", "Vexora")])]
FORBIDDEN += [(_PAID, ("INVESTS_IN", "Région Bretagne", "Vexora"))]

# "X ne compte pas déposer d'offre concurrente": the competing offer is for the company an offer is on, not the
# last company bought (slots/party28.counter_offer_target)
_COUNTER = ("Outre l'offre de Vexora sur l'italien Orbalia, plusieurs dossiers ont avancé. Kelvio a bouclé le rachat "
            "de l'américain Motria, tandis que Marlin a confirmé son intention de racheter Nubio.\n\nChez Vexora, le "
            "directeur général Paul Dorin s'est dit confiant. L'allemand Cerbo ne compte pas déposer d'offre "
            "concurrente, a indiqué son porte-parole.")
FORBIDDEN += [(_COUNTER, ("BIDS_FOR", "Cerbo", "Motria"))]

# "| A | Y | 230 M€ | offre en cours |": an offer in a table row is a bid (relations._table_relations)
_ROWS = ("Les opérations de la semaine.\n\n| Acquéreur | Cible | Montant | Statut |\n|---|---|---|---|\n"
         "| Vexora | Orbalia | 230 M€ | offre en cours |\n| Kelvio | Motria | 850 M€ | finalisé |\n")
CASES += [(_ROWS, [("BIDS_FOR", "Vexora", "Orbalia")])]
FORBIDDEN += [(_ROWS, ("ACQUIRES", "Vexora", "Orbalia"))]

# "X entre au capital de Y (aux côtés de Z)": the present of "entrer" the parser took for the preposition
# (slots/party28.mend_entering_verb); the phrases after "au capital de Y" are the verb's, not more companies
_ENTERS = ("Lumea cède le contrôle de Brivo\n\nLumea a choisi le fonds Carvel pour reprendre sa filiale Brivo. Lumea "
           "garde 48 % de Brivo et Lumea reste confiant. Le fonds Kelvio Capital entre au capital de Brivo aux côtés "
           "de Carvel. Pourquoi ? Kelvio Capital prend 2 % du capital pour 150 millions d'euros. Lumea se recentre "
           "sur la pharmacie.")
CASES += [
    ("Kelvio Capital entre au capital de Vexora aux côtés de Marlin Partners. Pourquoi ?",
     [("OWNS", "Kelvio Capital", "Vexora")]),
    (_ENTERS, [("OWNS", "Kelvio Capital", "Brivo")]),
]
FORBIDDEN += [(_ENTERS, ("OWNS", "Kelvio Capital", "Carvel")), (_ENTERS, ("OWNS", "Kelvio Capital", "Lumea"))]

# "A et B travaillent sur un programme commandé par X": X pays those who do the work it ordered
# (slots/party28.ordered_work_suppliers)
CASES += [
    ("Vexora et Orvane Systems travaillent ensemble sur un programme de drones commandé par la Direction générale de "
     "l'armement.", [("FUNDS", "Direction générale de l'armement", "Vexora"),
                     ("FUNDS", "Direction générale de l'armement", "Orvane Systems")]),
]
FORBIDDEN += [
    ("Vexora, dont le programme de drones a été commandé par l'armée, recrute Paul Dorin.",
     ("FUNDS", "Vexora", "Paul Dorin")),
]
