"""Cases of the s23 coverage gaps of French with both parties named (helper s23-recall23), invented names and
sentences."""

# "Y, elle-même contrôlée à N % par X": the emphatic pronoun before an apposed participle is no determiner
CASES = [
    ("La holding Varnell, elle-même contrôlée à 60 % par la société Brenmor Partners, a cédé ses titres.",
     [("OWNS", "Brenmor Partners", "Varnell")]),
    ("La holding Varnell, elle-même contrôlée à plus de 50 % par la société familiale Brenmor Partners, a cédé "
     "ses titres.",
     [("OWNS", "Brenmor Partners", "Varnell")]),
]
FORBIDDEN = [
    ("La holding Varnell, elle-même contrôlée à 60 % par la société Brenmor Partners, a cédé ses titres.",
     ("OWNS", "Varnell", "Brenmor Partners")),
]

# An order of goods placed with a supplier: FUNDS payer → supplier (slots/recall23.py order_parties)
CASES += [
    ("La compagnie Aérolinea Sud a passé commande de 40 appareils auprès du constructeur Brenmor Aviation.",
     [("FUNDS", "Aérolinea Sud", "Brenmor Aviation")]),
    ("La région Occitanie financera l'achat de 12 autocars électriques auprès du groupe Varnell Mobilités.",
     [("FUNDS", "région Occitanie", "Varnell Mobilités")]),
    ("Le groupe Brenmor Aviation a annoncé la commande de 60 appareils par la compagnie Aérolinea Sud.",
     [("FUNDS", "Aérolinea Sud", "Brenmor Aviation")]),
    ("Le groupe Brenmor Aviation a décroché une commande de 60 appareils de la compagnie Aérolinea Sud.",
     [("FUNDS", "Aérolinea Sud", "Brenmor Aviation")]),
]
FORBIDDEN += [
    # a company or a stake bought from its owner is no order of goods
    ("Le groupe Varnell Mobilités a finalisé l'achat de la société Quellec Transports auprès du fonds Brenmor "
     "Capital.",
     ("FUNDS", "Varnell Mobilités", "Brenmor Capital")),
    ("Le groupe Varnell Mobilités a finalisé l'achat de 20 % du capital de Quellec Transports auprès du fonds "
     "Brenmor Capital.",
     ("FUNDS", "Varnell Mobilités", "Brenmor Capital")),
    # "aux commandes de": at the helm
    ("Paul Mercadier a repris les commandes du groupe Varnell Mobilités auprès du fonds Brenmor Capital.",
     ("FUNDS", "Paul Mercadier", "Brenmor Capital")),
]

# Sanctions told by a relative clause: OPPOSES (role sanctions), the state or body → the one sanctioned
CASES += [
    ("Le Trésor américain a levé dimanche les sanctions qui frappaient depuis 2019 le groupe Ostrel Mining.",
     [("OPPOSES", "Trésor américain", "Ostrel Mining")]),
    ("L'Union européenne a adopté un nouveau paquet de sanctions, qui interdit toute transaction avec la "
     "compagnie Brenmor Shipping.",
     [("OPPOSES", "Union européenne", "Brenmor Shipping")]),
    # the name after a time phrase, which the parser hangs on the sanctions
    ("Le Trésor américain a levé les sanctions qui frappaient depuis avril 2019 Ostrel Mining, un producteur "
     "de nickel.",
     [("OPPOSES", "Trésor américain", "Ostrel Mining")]),
]
FORBIDDEN += [
    # a clause of another verb names no one sanctioned
    ("Le Trésor américain a levé dimanche les sanctions qui inquiétaient depuis 2019 le groupe Ostrel Mining.",
     ("OPPOSES", "Trésor américain", "Ostrel Mining")),
]

# A title taken after another: "X, ancien T1 de Z devenu T2 de Y": X holds the second title too
CASES += [
    ("Hugues Malzac, ancien ministre de l'Industrie devenu président du groupe Brenmor Aviation, a démenti.",
     [("LEADS", "Hugues Malzac", "Brenmor Aviation")]),
    ("Hugues Malzac, l'ancien banquier de Varnell Finance devenu patron du quotidien Le Courrier du Velay, a "
     "démenti.",
     [("LEADS", "Hugues Malzac", "Le Courrier du Velay")]),
]
FORBIDDEN += [
    # a title someone else took: the person named before is not its holder
    ("Hugues Malzac, ancien ministre de l'Industrie, a salué Lucie Orsan, devenue présidente du groupe Brenmor "
     "Aviation.",
     ("LEADS", "Hugues Malzac", "Brenmor Aviation")),
]

# "X, elle, V …": the stressed pronoun between commas repeats the name; the verb is the name's (parse repair
# relations._emphatic_asides)
CASES += [
    ("Solène Aubriac, elle, hérite d'un vaste ministère de l'Agriculture et de la Mer.",
     [("LEADS", "Solène Aubriac", "ministère de l'Agriculture et de la Mer")]),
    ("Solène Aubriac, elle, a racheté la société Brenmor Aviation.",
     [("ACQUIRES", "Solène Aubriac", "Brenmor Aviation")]),
]
FORBIDDEN += [
    # a causative: the subject of "faire entrer" does not enter the board
    ("Le fonds Varnell Capital, lui, fait entrer son associé Hugo Dernier au conseil d'administration de la "
     "société Brenmor Aviation.",
     ("BOARD_MEMBER", "Varnell Capital", "Brenmor Aviation")),
]

# A bare name right after a date between a verb and its object is the verb's object (parse repair
# relations._objects_after_date)
CASES += [
    ("Le groupe Varnell Mobilités a racheté le 14 septembre Quellec Transports.",
     [("ACQUIRES", "Varnell Mobilités", "Quellec Transports")]),
    ("Le Trésor américain a sanctionné le 3 février Ostrel Mining et Brenmor Shipping.",
     [("OPPOSES", "Trésor américain", "Ostrel Mining"), ("OPPOSES", "Trésor américain", "Brenmor Shipping")]),
]
FORBIDDEN += [
    # the date's own complement after "de" is no object
    ("Le groupe Varnell Mobilités a annoncé le 14 septembre de nouveaux résultats pour Quellec Transports.",
     ("ACQUIRES", "Varnell Mobilités", "Quellec Transports")),
]
