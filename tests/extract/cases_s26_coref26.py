"""Cases of the s26 second-reference gaps (helper s26-coref26), invented names and sentences."""

# "le milliardaire breton": a French region's adjective after a person descriptor is no person the text said
# was from another country (mentions/coref.py, s26-coref26)
CASES = [
    # the same region said of the one named: still him
    ("Le milliardaire breton Karel Novak détient Lumex. Varnell appartient au groupe Orion, lui-même contrôlé "
     "par Kelvor, dont le milliardaire breton est le premier actionnaire.", [("OWNS", "Karel Novak", "Kelvor")]),
]
FORBIDDEN = [
    ("Le milliardaire tchèque Karel Novak détient Lumex. Varnell appartient au groupe Orion, lui-même contrôlé "
     "par Kelvor, dont le milliardaire breton est le premier actionnaire.", ("OWNS", "Karel Novak", "Kelvor")),
]

# "la société d'économie mixte de la ville, que dirige X": the relative may describe the company, not the
# town the complement names (extract/relative_posts._genitive_of_noun)
CASES += [
    ("En 2009, la mairie de Bressac, dirigée par Paul Martin, confie le projet à Varnell. Le dossier est suivi "
     "de près par la ville, que dirige depuis 2001 Jean Dupont.", [("LEADS", "Jean Dupont", "mairie de Bressac")]),
]
FORBIDDEN += [
    ("En 2009, la mairie de Bressac, dirigée par Paul Martin, confie le projet à Varnell. Le dossier est piloté "
     "par la Sodevar, la société d'économie mixte de la ville, que dirige Jean Dupont.",
     ("LEADS", "Jean Dupont", "mairie de Bressac")),
]

# "le club": not an organisation the text set beside its name as another kind ("X, la marque de boissons")
# (mentions/coref._apposed_as_other_kind)
CASES += [
    # set beside its name as a club: still it
    ("Paul Martin a racheté Lumex, le club de la ville, en 2017. Jean Dupont possédait le club depuis 2011.",
     [("OWNS", "Jean Dupont", "Lumex")]),
]
FORBIDDEN += [
    ("Paul Martin, propriétaire de Lumex, la marque de boissons, a racheté le club parisien. Jean Dupont "
     "possédait le club depuis 2011.", ("OWNS", "Jean Dupont", "Lumex")),
    ("Paul Martin, propriétaire de Lumex, la marque de boissons, a racheté le club parisien en 2017. Un projet "
     "d'absorption du club par le Racing Bressan avait échoué.", ("BIDS_FOR", "Racing Bressan", "Lumex")),
]

# "la start-up": not the organisation the text set beside its name as a fund ("X, le fonds souverain de Y");
# the one a start-up's noun introduced, when there is one (mentions/coref._apposed_as_other_kind)
_ROUND = ("La jeune pousse Varnell a levé 100 millions d'euros. Le tour est mené par Orion Souveraineté, le fonds "
          "souverain de Tarvex, selon un communiqué de l'entreprise. Fondée en 2022 par Paul Martin, qui la dirige, "
          "la start-up veut concurrencer les fabricants chinois, à commencer par Lumex.")
CASES += [
    (_ROUND, [("FOUNDED", "Paul Martin", "Varnell"), ("LEADS", "Paul Martin", "Varnell")]),
]
FORBIDDEN += [
    (_ROUND, ("FOUNDED", "Paul Martin", "Orion Souveraineté")),
    (_ROUND, ("LEADS", "Paul Martin", "Orion Souveraineté")),
]

# "l'éditeur", "le groupe": a company, never "la famille X" that runs it (mentions/coref, s26-coref26)
CASES += [
    ("Chez Varnell, la famille Martin défend son château. Le fonds Orion a porté plainte contre la famille.",
     [("SUES", "Orion", "famille Martin")]),
]
FORBIDDEN += [
    ("Chez Varnell, la famille Martin défend son château. Le fonds Orion a porté plainte contre l'éditeur.",
     ("SUES", "Orion", "famille Martin")),
]

# "le distributeur": a trade, not what the text only called a holding ("la holding X")
# (mentions/coref._introduced_as_other_kind)
CASES += [
    ("La holding Kelvor est en difficulté. Paul Martin a quitté la holding en 2023.",
     [("WORKS_FOR", "Paul Martin", "Kelvor")]),
]
FORBIDDEN += [
    ("La holding Kelvor est en difficulté. Paul Martin a fait ses classes chez Varnell, où il a dirigé plusieurs "
     "enseignes, avant de quitter le distributeur stéphanois en 2023.", ("WORKS_FOR", "Paul Martin", "Kelvor")),
]

# "X, le président exécutif de Y, avant que la firme n'assigne Z": the company the person's head title names in
# the descriptor's own sentence, the title with its adjective too (mentions/coref._headed_company_before)
_SUIT = ("Le fonds Orion accuse le laboratoire Varnell de fraude. En ligne de mire : Kelvor, une structure "
         "propriétaire des centres Lumex et Ostal. « Ces accusations sont fausses », a répliqué Paul Martin, le "
         "président exécutif de Varnell, avant que la firme n'assigne Orion devant un tribunal.")
CASES += [
    (_SUIT, [("SUES", "Varnell", "Orion")]),
]
FORBIDDEN += [
    (_SUIT, ("SUES", "Ostal", "Orion")),
]
