"""Cases of the s26 gaps of ownership and money ties (helper s26-deals26), invented names and sentences."""

# "X a pris le contrôle de Y, allié à Z": the detached participle describes the clause's subject, not its
# object (slots/deals26.joined_with_subject)
CASES = [
    ("Le fonds Brenmor a racheté Kelvor, allié au fonds Dastel.",
     [("ACQUIRES", "Brenmor", "Kelvor"), ("PARTNERS_WITH", "Brenmor", "Dastel")]),
    # a passive clause: the agent, the last name before the comma, is the one allied
    ("Kelvor est détenue par le groupe Drummon, allié pour l'occasion au groupe Brenmor.",
     [("PARTNERS_WITH", "Drummon", "Brenmor")]),
]
FORBIDDEN = [
    ("Le fonds Brenmor a racheté Kelvor, allié au fonds Dastel.", ("PARTNERS_WITH", "Kelvor", "Dastel")),
    ("Le groupe Brenmor a pris le contrôle de Kelvor en mars 2024, allié au fonds Dastel.",
     ("PARTNERS_WITH", "Kelvor", "Dastel")),
]

# "X contrôle le groupe Y", "X, qui contrôle l'armateur Y": "contrôle" tagged a noun, its object parsed as a
# complement or a second subject (arguments.verb_tagged_noun, slots/deals26.object_of_noun_tagged_verb)
CASES += [
    ("Drummon contrôle le groupe Kelvor.", [("OWNS", "Drummon", "Kelvor")]),
    ("Drummon Invest, qui contrôle l'armateur Kelvor, a déposé une offre.", [("OWNS", "Drummon Invest", "Kelvor")]),
]
FORBIDDEN += [
    # a board controlled is no company owned
    ("Selon Brenmor, la famille Garnier contrôle le conseil de Kelvor.", ("OWNS", "Garnier", "Kelvor")),
]

# "ont créé Y, une coentreprise détenue à 51 % par A": the comma hung on the apposed noun
# (slots/deals26.described_before_comma)
CASES += [
    ("Les deux partenaires ont créé Dastel International, une coentreprise détenue à 51 % par Drummon.",
     [("OWNS", "Drummon", "Dastel International")]),
]

# "Z appartient au groupe Y, lui-même contrôlé par X": the participle after "lui-même" (tagged a determiner)
# describes Y, its "par" phrase is the agent (slots/deals26.itself_held_by)
CASES += [
    ("Dastel appartient au groupe Kelvor, lui-même contrôlé par Drummon.",
     [("OWNS", "Kelvor", "Dastel"), ("OWNS", "Drummon", "Kelvor")]),
    ("Dastel est une filiale de l'électricien Kelvor, lui-même contrôlé à 70 % par Drummon.",
     [("OWNS", "Drummon", "Kelvor")]),
    ("Paul Garnier contrôle toujours la Compagnie de Varlie.", [("OWNS", "Paul Garnier", "Compagnie de Varlie")]),
]
FORBIDDEN += [
    ("Dastel appartient au groupe Kelvor, lui-même contrôlé par Drummon.", ("OWNS", "Drummon", "Dastel")),
]

# "X, une structure détenue par A et propriétaire de Z", "X, fondateur de A et propriétaire de Z": the second
# owner title, coordinated inside the apposition, describes X (slots/deals26.second_owner_title)
CASES += [
    ("Kelvor, une structure détenue par la famille Garnier et propriétaire des cliniques Dastel et Mirvo, a vendu.",
     [("OWNS", "famille Garnier", "Kelvor"), ("OWNS", "Kelvor", "Dastel"), ("OWNS", "Kelvor", "Mirvo")]),
    ("Ses liens avec Paul Garnier, fondateur du groupe Kelvor et propriétaire du club Dastel, intriguent.",
     [("OWNS", "Paul Garnier", "Dastel")]),
]
FORBIDDEN += [
    ("Kelvor, une structure détenue par la famille Garnier et propriétaire des cliniques Dastel, a vendu.",
     ("OWNS", "famille Garnier", "Dastel")),
    ("Ses liens avec Paul Garnier, fondateur du groupe Kelvor et propriétaire du club Dastel, intriguent.",
     ("OWNS", "Kelvor", "Dastel")),
]
