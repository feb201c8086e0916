"""Cases of the s26 gaps of entity names (helper s26-names26), invented names and sentences."""

# a movement's name built on "pour" is one name, not its first word (mentions/names26.movement_names_with_pour)
CASES = [
    ("Paul Garnier, qui préside le groupe Union pour la Démocratie, soutient le gouvernement.",
     [("LEADS", "Paul Garnier", "Union pour la Démocratie")]),
    ("Claire Dorval a rejoint le parti Ensemble pour la République.",
     [("MEMBER_OF", "Claire Dorval", "Ensemble pour la République")]),
]
FORBIDDEN = [
    ("Paul Garnier, qui préside le groupe Union pour la Démocratie, soutient le gouvernement.",
     ("LEADS", "Paul Garnier", "Union")),
    # a company's name before "pour" and a product: two things
    ("Claire Dorval mène une procédure contre Vexaro pour le Play Store.",
     ("SUES", "Claire Dorval", "Vexaro pour le Play Store")),
]

# a name the NER calls a place or a person that fills a company's slot ("45 % de X", "patron de X", "a racheté
# le X") is an organisation's (mentions/names26.company_slots)
CASES += [
    ("Marc Dubois possède 45 % de Silver Harbour.", [("OWNS", "Marc Dubois", "Silver Harbour")]),
    ("Jean Morel, patron de Valmont Fiduciaire, a quitté le groupe.",
     [("LEADS", "Jean Morel", "Valmont Fiduciaire")]),
    ("Marc Dubois a racheté le Stade Valmontais à Jean Morel.",
     [("ACQUIRES", "Marc Dubois", "Stade Valmontais"), ("OWNS", "Jean Morel", "Stade Valmontais")]),
]
FORBIDDEN += [
    # a country after "% de" is a share of a market, not of a company
    ("Marc Dubois possède 45 % de France.", ("OWNS", "Marc Dubois", "France")),
    # a first name and a surname after "patron de" are a person's (the boss of someone)
    ("Marc Dubois, patron de Paul Morel, a quitté Vexor.", ("LEADS", "Marc Dubois", "Paul Morel")),
]
