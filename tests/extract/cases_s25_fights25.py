"""Cases of the s25 gaps of conflict and alliance ties (helper s25-fights25), invented names and sentences."""

# "A et B, concurrents directs de C": an adjective between the rival noun and its "de" keeps the rivalry with C,
# A and B are not rivals of each other (rules.yaml &rival_of)
CASES = [
    ("Vexora et Orvane, concurrents historiques de Tarnel, demandent un agrément.",
     [("COMPETES_WITH", "Vexora", "Tarnel"), ("COMPETES_WITH", "Orvane", "Tarnel")]),
    # near miss kept: no "de" after the adjective, the two are each other's rivals
    ("Vexora et Orvane, concurrents historiques, demandent un agrément.",
     [("COMPETES_WITH", "Vexora", "Orvane")]),
]
FORBIDDEN = [
    ("Vexora et Orvane, concurrents historiques de Tarnel, demandent un agrément.",
     ("COMPETES_WITH", "Vexora", "Orvane")),
    ("Le groupe Vexora et le groupe Orvane, concurrents directs de Tarnel, demandent un agrément européen.",
     ("COMPETES_WITH", "Orvane", "Vexora")),
]

# "le parti Y, emmené par X, accuse Z": the person heading a party acts not for it (arguments.py _LED_GROUPS);
# a consortium's leading member still does
CASES += [
    ("Le parti du Renouveau, emmené par Rahul Vandi, accuse le premier ministre Paul Dorin d'avoir menti.",
     [("ACCUSES", "Renouveau", "Paul Dorin")]),
    ("Le consortium Orvane, mené par le groupe Vexora, a déposé une offre sur Tarnel.",
     [("BIDS_FOR", "Orvane", "Tarnel")]),
]
FORBIDDEN += [
    ("Le parti du Renouveau, emmené par Rahul Vandi, accuse le premier ministre Paul Dorin d'avoir menti.",
     ("ACCUSES", "Rahul Vandi", "Paul Dorin")),
    ("Le mouvement des Verts, mené par Rahul Vandi, accuse le groupe Vexora d'avoir pollué la rivière.",
     ("ACCUSES", "Rahul Vandi", "Vexora")),
]
