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
