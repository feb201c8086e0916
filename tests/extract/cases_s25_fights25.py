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

# blaming someone for a deed is not asking him to leave: "Y a assigné Z, lui reprochant d'avoir retiré ses
# marques" gave OPPOSES through opposes.ouster_verb (slots/phrases.py _NOT_ASKING)
CASES += [
    ("Le fonds Vexora a demandé à Paul Dorin de quitter la présidence.",
     [("OPPOSES", "Vexora", "Paul Dorin")]),
]
FORBIDDEN += [
    ("Le groupe laitier Vexora a assigné Marchéco devant le tribunal de commerce de Paris, lui reprochant d'avoir "
     "retiré de ses rayons plusieurs de ses marques, dont Présidor et Lactol, après l'échec des négociations.",
     ("OPPOSES", "Vexora", "Marchéco")),
]

# a fine or a settlement paid to an authority: X sanctions Y (slots/fights25.fine_paid, opposes.fine_paid)
CASES += [
    ("Le groupe Vexora a plaidé coupable devant la Securities and Exchange Commission et accepté de payer une "
     "amende de 778 millions de dollars.",
     [("OPPOSES", "Securities and Exchange Commission", "Vexora")]),
    ("Le groupe Vexora a déjà accepté de verser 4,3 milliards de dollars à la Securities and Exchange Commission.",
     [("OPPOSES", "Securities and Exchange Commission", "Vexora")]),
    ("La plateforme Vexora a accepté de payer une amende de 4,3 milliards de dollars infligée par la Securities "
     "and Exchange Commission.",
     [("OPPOSES", "Securities and Exchange Commission", "Vexora")]),
    ("Le groupe Vexora avait déjà accepté de payer une amende de 25 millions d'euros à l'issue d'une enquête de "
     "la DGCCRF sur ses pratiques.",
     [("OPPOSES", "DGCCRF", "Vexora")]),
]
FORBIDDEN += [
    # a payment to a city, or a price paid to a seller, is no sanction
    ("Le groupe Vexora a accepté de verser 10 millions d'euros à la ville de Lyon.", ("OPPOSES", "Lyon", "Vexora")),
    ("Le groupe Vexora a accepté de payer le prix demandé par Orvane.", ("OPPOSES", "Orvane", "Vexora")),
    ("Le groupe Vexora a payé 10 millions d'euros à Orvane.", ("OPPOSES", "Orvane", "Vexora")),
]

# "X dénonce chez A et B …": each "chez" name is blamed (rule accuses.denounced_in); a name the parser broke across
# the subject's apposition is no second subject (slots/fights25.split_name_subject)
CASES += [
    ("Marie Vernet dénonce chez Paul Marceau et Jean Dorval « un clan qui se déchire ».",
     [("ACCUSES", "Marie Vernet", "Paul Marceau"), ("ACCUSES", "Marie Vernet", "Jean Dorval")]),
    ("Paul Marceau déplore chez Vexora un manque de transparence.",
     [("ACCUSES", "Paul Marceau", "Vexora")]),
    ("Marie Vernet, tête de liste d'Avenir Écologie-Les Bleus, dénonce chez Paul Marceau et Jean Dorval « un clan "
     "qui se déchire ».",
     [("ACCUSES", "Marie Vernet", "Paul Marceau"), ("ACCUSES", "Marie Vernet", "Jean Dorval")]),
    # two true subjects stay
    ("Marie Vernet et le parti Solvane accusent Paul Marceau de mentir.",
     [("ACCUSES", "Marie Vernet", "Paul Marceau"), ("ACCUSES", "Solvane", "Paul Marceau")]),
]
FORBIDDEN += [
    ("Marie Vernet, tête de liste d'Avenir Écologie-Les Bleus, dénonce chez Paul Marceau et Jean Dorval « un clan "
     "qui se déchire ».",
     ("ACCUSES", "Avenir Écologie-Les Bleus", "Paul Marceau")),
    # a place where something is denounced, not someone blamed
    ("Paul Marceau dénonce les pratiques en vigueur chez Vexora.", ("ACCUSES", "Paul Marceau", "Vexora")),
]

# a fight waged: "la concurrence que se livrent A et B", "la guerre des prix que lui livre X" (slots/fights25.fight_waged)
CASES += [
    ("Elle s'inscrit dans la concurrence acharnée que se livrent Vexora et Orvane.",
     [("COMPETES_WITH", "Vexora", "Orvane")]),
    ("Le groupe Vexora subit la guerre des prix que lui livre Orvane.",
     [("COMPETES_WITH", "Vexora", "Orvane")]),
]
FORBIDDEN += [
    # goods delivered are no fight
    ("Le groupe Vexora attend la commande que lui livre Orvane.", ("COMPETES_WITH", "Vexora", "Orvane")),
]
CASES += [
    ("Elle s'inscrit dans la concurrence acharnée que se livrent Vexora et le numéro un mondial du secteur, Orvane, "
     "dirigé par Paul Marceau.",
     [("COMPETES_WITH", "Vexora", "Orvane")]),
]

# a prosecutor's requisitions beyond "contre Y" (slots/fights25.required_more, sues.required)
CASES += [
    ("Le 27 mars, le parquet national financier a requis sept ans de prison contre Paul Marceau, six ans contre "
     "Jean Dorval.",
     [("SUES", "parquet national financier", "Paul Marceau"), ("SUES", "parquet national financier", "Jean Dorval")]),
    ("À l'audience, le parquet national financier a requis dix mois d'emprisonnement avec sursis à l'encontre de "
     "Paul Marceau.",
     [("SUES", "parquet national financier", "Paul Marceau")]),
    ("Le parquet national financier, qui avait requis en novembre le renvoi de Paul Marceau et Jean Dorval, évoque "
     "un pacte.",
     [("SUES", "parquet national financier", "Paul Marceau"), ("SUES", "parquet national financier", "Jean Dorval")]),
]
FORBIDDEN += [
    ("Un ancien ministre, qui a requis l'anonymat, s'alarme contre Paul Marceau.",
     ("SUES", "ancien ministre", "Paul Marceau")),
]

# a feud said by an idiom after a fronted "entre" phrase (slots/fights25.fronted_feud_idiom)
CASES += [
    ("Rivalité. Entre Paul Marceau et Jean Dorval, l'entente cordiale n'aura pas survécu à l'été 2018.",
     [("OPPOSES", "Paul Marceau", "Jean Dorval")]),
    ("Entre Paul Marceau et Jean Dorval, le courant ne passe pas.", [("OPPOSES", "Paul Marceau", "Jean Dorval")]),
    ("Entre Paul Marceau et Jean Dorval, le torchon brûlait depuis l'été.", [("OPPOSES", "Paul Marceau", "Jean Dorval")]),
    ("Entre Paul Marceau et Jean Dorval, le bras de fer a été rude.", [("OPPOSES", "Paul Marceau", "Jean Dorval")]),
]
FORBIDDEN += [
    ("Entre Paul Marceau et Jean Dorval, l'entente est parfaite.", ("OPPOSES", "Paul Marceau", "Jean Dorval")),
    ("Entre Paul Marceau et Jean Dorval, le courant passe très bien.", ("OPPOSES", "Paul Marceau", "Jean Dorval")),
]

# a complaint behind a sanction told in the same clause (slots/fights25.complaint_before_sanction)
CASES += [
    ("La Commission européenne a infligé l'an dernier à Vexora une amende de 1,8 milliard d'euros, après une plainte "
     "de Orvane, son concurrent.",
     [("SUES", "Orvane", "Vexora")]),
]
FORBIDDEN += [
    ("Le groupe Vexora a publié ses comptes après une plainte de Orvane.", ("SUES", "Orvane", "Vexora")),
]
