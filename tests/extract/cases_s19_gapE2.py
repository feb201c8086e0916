"""Cases of the s19 entity gaps (helper s19-gapE2): ties a name cut, glued or typed wrong lost, invented names."""

# A trade noun of firms before a nationality and a name opening with a first name: the firm's name, not a
# person's ("le chocolatier suisse X").
CASES = [
    ("Antoine de Vallières, jusque-là patron du chocolatier suisse Barry Vandemeer, rejoint le conseil.",
     [("LEADS", "Antoine de Vallières", "Barry Vandemeer")]),
]

# Committees named with what they serve: the title's holder leads the committee, not the event or the region.
CASES += [
    ("Paul Marchand, directeur général du comité d'organisation de la Coupe d'Europe 2031, a été limogé.",
     [("LEADS", "Paul Marchand", "comité d'organisation de la Coupe d'Europe 2031")]),
    ("L'ancien dirigeant du comité de Normandie, Luc Verdier, accusait l'équipe sortante.",
     [("LEADS", "Luc Verdier", "comité de Normandie")]),
]

# Another name the text goes on with: "X, plus connu sous le nom de Y"; "D&K" for "Dorne & Kessler".
CASES += [
    ("En 2017, Dorne National Chemical Corporation, plus connu sous le nom de DorChem, a racheté Vexal. "
     "Paul Martin, le PDG de DorChem, a attaqué Norlac.",
     [("LEADS", "Paul Martin", "Dorne National Chemical Corporation")]),
    ("Dorne & Kessler est entré au capital de Vexal. Paul Martin, le PDG de D&K, a attaqué Norlac.",
     [("LEADS", "Paul Martin", "Dorne & Kessler")]),
]

# An elected title, the party's label, the person's name: the label is the party's (MEMBER_OF).
CASES += [
    ("Présidée par le député Horizon Paul Marchand, la commission a auditionné Luc Verdier.",
     [("MEMBER_OF", "Paul Marchand", "Horizon")]),
    ("Il a insulté à l'antenne le député Renouveau Paul Marchand.",
     [("MEMBER_OF", "Paul Marchand", "Renouveau")]),
]

# Near misses that must give no tie.
FORBIDDEN = [
    # the towns of the plants a company runs are no owners of it
    ("Le groupe public, qui exploitait avec Norlac, filiale de Vexal, les centrales de Varnel et de Ostrow, "
     "réclamait 4 milliards d'euros.", ("OWNS", "Varnel", "Norlac")),
    ("Le groupe public, qui exploitait avec Norlac, filiale de Vexal, les centrales de Varnel et de Ostrow, "
     "réclamait 4 milliards d'euros.", ("OWNS", "Ostrow", "Norlac")),
    # a company's own committee is no body of its own: its member sits on the company's board
    ("Luc Verdier, membre du comité d'audit de Vexal, a démissionné.",
     ("BOARD_MEMBER", "Luc Verdier", "comité d'audit de Vexal")),
    # a craftsman named with a trade of firms and his first name stays a person
    ("Le chocolatier Paul Vandemeer a attaqué Norlac.", ("ACCUSES", "Vandemeer", "Norlac")),
]
