"""Cases of the s24 false ties (helper s24-prec24b), invented names and sentences."""

# An offer turned down that states what it is for ("pour racheter Z"): the bid is for Z, not for the one turning it
# down (slots/prec24b.py)
CASES = [
    ("Kelvor, la maison mère de Brenmor, a rejeté mercredi l'offre de 9 milliards d'euros déposée conjointement par "
     "Drummon, Varlia et Solvane pour racheter l'essentiel des activités de Brenmor.",
     [("BIDS_FOR", "Drummon", "Brenmor"), ("BIDS_FOR", "Varlia", "Brenmor"), ("BIDS_FOR", "Solvane", "Brenmor")]),
    ("Kelvor a rejeté l'offre de Drummon pour racheter Brenmor.",
     [("BIDS_FOR", "Drummon", "Brenmor"), ("OPPOSES", "Kelvor", "Drummon")]),
    ("Le groupe Kelvor a rejeté l'offre de Drummon pour racheter sa filiale Brenmor.",
     [("BIDS_FOR", "Drummon", "Brenmor")]),
    # near-miss: no company after the purpose verb, the one turning it down is the target
    ("Kelvor a rejeté l'offre de Drummon pour racheter ses actions.",
     [("BIDS_FOR", "Drummon", "Kelvor"), ("OPPOSES", "Kelvor", "Drummon")]),
    ("Kelvor a rejeté l'offre de Drummon.",
     [("BIDS_FOR", "Drummon", "Kelvor")]),
]
FORBIDDEN = [
    ("Kelvor, la maison mère de Brenmor, a rejeté mercredi l'offre de 9 milliards d'euros déposée conjointement par "
     "Drummon, Varlia et Solvane pour racheter l'essentiel des activités de Brenmor.",
     ("BIDS_FOR", "Drummon", "Kelvor")),
    ("Kelvor a rejeté l'offre de Drummon pour racheter Brenmor.", ("BIDS_FOR", "Drummon", "Kelvor")),
    ("Le groupe Kelvor a rejeté l'offre de Drummon pour racheter sa filiale Brenmor.",
     ("BIDS_FOR", "Drummon", "Kelvor")),
]

# The offer only describes the company it is for and the one turning it down is apposed as its parent ("Y, la maison
# mère de Z, a rejeté l'offre … pour racheter l'opérateur"): the bid is for Z
CASES += [
    ("Kelvor, la maison mère de Brenmor, a rejeté mercredi l'offre de 9 milliards d'euros déposée conjointement par "
     "Drummon, Varlia et Solvane pour racheter l'essentiel des activités de l'opérateur au logo bleu.",
     [("BIDS_FOR", "Drummon", "Brenmor"), ("BIDS_FOR", "Varlia", "Brenmor"), ("BIDS_FOR", "Solvane", "Brenmor")]),
    ("Kelvor, la maison mère de Brenmor contrôlée par le milliardaire Paul Tarnel, a rejeté mercredi l'offre commune "
     "de Drummon, Varlia et Solvane, qui proposaient 9 milliards d'euros pour se partager le deuxième opérateur.",
     [("BIDS_FOR", "Drummon", "Brenmor"), ("BIDS_FOR", "Solvane", "Brenmor")]),
    # near-miss: "la société de X" says whose it is, not a parent: the one turning the offer down stays the target
    ("Kelvor, la société de Paul Tarnel, a rejeté l'offre de Drummon pour racheter l'opérateur.",
     [("BIDS_FOR", "Drummon", "Kelvor")]),
]
FORBIDDEN += [
    ("Kelvor, la maison mère de Brenmor, a rejeté mercredi l'offre de 9 milliards d'euros déposée conjointement par "
     "Drummon, Varlia et Solvane pour racheter l'essentiel des activités de l'opérateur au logo bleu.",
     ("BIDS_FOR", "Drummon", "Kelvor")),
    ("Kelvor, la maison mère de Brenmor contrôlée par le milliardaire Paul Tarnel, a rejeté mercredi l'offre commune "
     "de Drummon, Varlia et Solvane, qui proposaient 9 milliards d'euros pour se partager le deuxième opérateur.",
     ("BIDS_FOR", "Varlia", "Kelvor")),
]
# (the purpose may come after a relative on the bidders, some twenty words after the offer)
CASES += [
    ("Kelvor, la maison mère de Brenmor, a rejeté mercredi l'offre commune de Drummon, Varlia et Solvane, qui "
     "proposaient 17 milliards d'euros pour se partager le deuxième opérateur français, a-t-on appris.",
     [("BIDS_FOR", "Drummon", "Brenmor"), ("BIDS_FOR", "Varlia", "Brenmor"), ("BIDS_FOR", "Solvane", "Brenmor")]),
]
