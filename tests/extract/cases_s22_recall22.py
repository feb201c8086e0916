"""Cases of the s22 coverage gaps of French with both parties named (helper s22-recall22), invented names and
sentences."""

# (s22-recall22) owns.asset_of, owns.subsidiary_of_trade: a group's platform, network, arm, title, and a
# subsidiary whose trade sits between the noun and its parent
CASES = [
    ("Le service Kalvo, la plateforme de musique du groupe Trenmark, a perdu des abonnés.",
     [("OWNS", "Trenmark", "Kalvo")]),
    ("Ferlis, le bras logistique de Dunmore, ouvre trois entrepôts.",
     [("OWNS", "Dunmore", "Ferlis")]),
    ("La revue Ostrale, autre titre du groupe Vernac, cesse de paraître.",
     [("OWNS", "Vernac", "Ostrale")]),
    ("Tessaly Gestion, la filiale de gestion de l'assureur Morlaix, change de nom.",
     [("OWNS", "Morlaix", "Tessaly Gestion")]),
]
FORBIDDEN = [
    # a distribution network is no company the group owns
    ("Le groupe Vernac, qui s'appuie sur Quillon, le réseau de distribution de Dunmore, vend moins.",
     ("OWNS", "Dunmore", "Quillon")),
]

# (s22-recall22) owns.alongside (slots/recall22.py co_holders): "aux côtés de Z" after a holding verb names another
# holder of the same company, not a company held
CASES += [
    ("Le fonds Aldrin détient 40 % de la société Quermel aux côtés du groupe Sarvelis.",
     [("OWNS", "Aldrin", "Quermel"), ("OWNS", "Sarvelis", "Quermel")]),
    ("La mine Tavora, contrôlée à 60 % par Norvik aux côtés de l'australien Belcastel (40 %), a fermé.",
     [("OWNS", "Norvik", "Tavora"), ("OWNS", "Belcastel", "Tavora")]),
    ("La banque Ostrel détiendra 45 % de Varnier, aux côtés de l'assureur Dumbrel (30 %) et du groupe Castagne.",
     [("OWNS", "Ostrel", "Varnier"), ("OWNS", "Dumbrel", "Varnier"), ("OWNS", "Castagne", "Varnier")]),
]
FORBIDDEN += [
    ("Le fonds Aldrin détient 40 % de la société Quermel aux côtés du groupe Sarvelis.",
     ("OWNS", "Aldrin", "Sarvelis")),
    # a near miss: beside someone on a board, after another verb, is no holding
    ("Le fonds Aldrin détient 40 % de Quermel et siège aux côtés de Paul Vernet au conseil.",
     ("OWNS", "Paul Vernet", "Quermel")),
]

# (s22-recall22) slots/recall22.py founders_after_place: a founding participle's "par A (et B)" after a date or a
# place, which the parser hangs on the place or the date
CASES += [
    ("Marvilo, l'enseigne fondée en 1974 à Quimper par Lucien Ferrand, ferme ses portes.",
     [("FOUNDED", "Lucien Ferrand", "Marvilo")]),
    ("Le transporteur a rejoint Ventaxa, l'alliance fondée en 2003 par Kelvor et Drummon.",
     [("FOUNDED", "Kelvor", "Ventaxa"), ("FOUNDED", "Drummon", "Ventaxa")]),
]
FORBIDDEN += [
    # the second founder is no company the first founded
    ("Le transporteur a rejoint Ventaxa, l'alliance fondée en 2003 par Kelvor et Drummon.",
     ("FOUNDED", "Kelvor", "Drummon")),
    # a near miss: a participle of place with a "par" of route is no founding
    ("Marvilo, l'enseigne installée en 1974 à Quimper par la route nationale, ferme ses portes.",
     ("FOUNDED", "Quimper", "Marvilo")),
]

# (s22-recall22) competes.candidate_faced, opposes.candidate_faced (slots/recall22.py faced_in_contest): a candidate
# in a contest, or one "en lice", and the rival it faces
CASES += [
    ("Le groupe Brenmor Rail reste en lice face au groupe Castavel Mobilités pour le second lot.",
     [("COMPETES_WITH", "Brenmor Rail", "Castavel Mobilités")]),
    ("Le groupe Ferrovia Nord, candidat malheureux à l'appel d'offres face au groupe Ostran Energy, a fait appel.",
     [("COMPETES_WITH", "Ferrovia Nord", "Ostran Energy")]),
    ("Le groupe Kelvor Systems figure parmi les candidats au rachat de Ventaxa, que l'État veut vendre, face au "
     "groupe Drummon Energy et à Tessal Industries, maison mère de Parvel Aero.",
     [("COMPETES_WITH", "Kelvor Systems", "Drummon Energy"), ("COMPETES_WITH", "Kelvor Systems", "Tessal Industries")]),
]
FORBIDDEN += [
    # the parent's subsidiary named in an apposition is no rival
    ("Le groupe Kelvor Systems figure parmi les candidats au rachat de Ventaxa, que l'État veut vendre, face au "
     "groupe Drummon Energy et à Tessal Industries, maison mère de Parvel Aero.",
     ("COMPETES_WITH", "Kelvor Systems", "Parvel Aero")),
    # a near miss: "face à" hung on another verb of the sentence is no contest of the candidate
    ("Le groupe Kelvor Systems est candidat au rachat de Ventaxa et reste ferme face au groupe Drummon Energy.",
     ("COMPETES_WITH", "Kelvor Systems", "Drummon Energy")),
]

# (s22-recall22) leads.counterpart (slots/recall22.py counterpart_of_head): the counterpart of a company's head
# named just before heads his own company
CASES += [
    ("« Le marché se resserre », a reconnu Hélène Vautrin, la présidente exécutive de Marbeck Industries. Son homologue "
     "de Quarlon Technologies, Didier Ammar, parle d'une pause.",
     [("LEADS", "Didier Ammar", "Quarlon Technologies")]),
]
FORBIDDEN += [
    # a near miss: the counterpart of a finance director is no head
    ("Hélène Vautrin, la directrice financière de Marbeck Industries, a reçu son homologue de Quarlon Technologies, "
     "Didier Ammar.",
     ("LEADS", "Didier Ammar", "Quarlon Technologies")),
]
