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
