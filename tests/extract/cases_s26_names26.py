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
