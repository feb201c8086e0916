"""Cases of the s28 conflict and legal gaps (helper s28-fights28), invented names and sentences."""

# a court's sentence is a sanction: OPPOSES court → sentenced, also in the passive and in a participle
# (slots/fights28.sentenced_in_passive; mentions/candidates._court_venue keeps a sentencing court a party)
CASES = [
    ("Le tribunal correctionnel de Lyon a condamné Paul Dorin à deux ans de prison.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Paul Dorin")]),
    ("Paul Dorin a été condamné par le tribunal correctionnel de Lyon à deux ans de prison.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Paul Dorin")]),
    ("Condamné le 3 mars par le tribunal correctionnel de Lyon à deux ans de prison, Paul Dorin a fait appel.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Paul Dorin"),
      ("SUES", "Paul Dorin", "tribunal correctionnel de Lyon")]),
    ("C'est là que Lucie Brenmor, condamnée le 31 mars par le tribunal correctionnel de Lyon à quatre ans "
     "d'emprisonnement, dont deux ferme, joue son avenir politique.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Lucie Brenmor")]),
]
FORBIDDEN = [
    # a sentence is no words of blame
    ("Paul Dorin a été condamné par le tribunal correctionnel de Lyon à deux ans de prison.",
     ("ACCUSES", "tribunal correctionnel de Lyon", "Paul Dorin")),
    # a civil award: the claimant sued, the court is no party
    ("Le tribunal de commerce de Lyon a condamné Vexora à verser 2 millions d'euros à Orvane.",
     ("ACCUSES", "tribunal de commerce de Lyon", "Vexora")),
    ("Le tribunal de commerce de Lyon a condamné Vexora à verser 2 millions d'euros à Orvane.",
     ("FUNDS", "tribunal de commerce de Lyon", "Orvane")),
]

# a later sentence with no court named is the court's told before (extract/sentenced28.py); its appeal sues
# that court (extract/appeals.py)
CASES += [
    ("Le tribunal correctionnel de Lyon a condamné Paul Dorin à deux ans de prison. Jean Marceau, maire de "
     "Valmorel, également condamné, a lui aussi interjeté appel.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Jean Marceau"),
      ("SUES", "Jean Marceau", "tribunal correctionnel de Lyon")]),
    ("Paul Dorin a été condamné par le tribunal correctionnel de Lyon à deux ans de prison. La société Vexora, en "
     "tant que personne morale, a été condamnée à 2 millions d'euros d'amende.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Vexora")]),
]
# (an appeal said not brought is negated: test_s28_fights28.py)

# a span of time after a verb of blame swallows its "à" phrase (slots/fights28.blame_after_span)
CASES += [
    ("Le syndicat Sud Rail, qui reproche depuis des années à Vexora de tirer les salaires vers le bas, a manifesté.",
     [("ACCUSES", "Sud Rail", "Vexora")]),
]
FORBIDDEN += [
    ("Le syndicat Sud Rail travaille depuis des années à Vexora.", ("ACCUSES", "Sud Rail", "Vexora")),
]

# "X a infligé à Y, la chaîne de Z, une amende": Y fined (slots/fights28.fine_after_apposition); an appeal whose
# subject is a description sues the body that sanctioned the one sanctioned just before (extract/appeals.py)
CASES += [
    ("L'Arcom a infligé à Telvio, la chaîne du groupe Orvane, une amende de 100 000 euros pour manquement au "
     "pluralisme. La chaîne a annoncé faire appel devant le Conseil d'État.",
     [("OPPOSES", "Arcom", "Telvio"), ("SUES", "Telvio", "Arcom")]),
    ("Lucie Brenmor a été condamnée par le tribunal correctionnel de Lyon à quatre ans de prison. La cheffe de file "
     "des députés a fait appel dès le lendemain.", [("SUES", "Lucie Brenmor", "tribunal correctionnel de Lyon")]),
]
FORBIDDEN += [
    # two sanctioned in one sentence: which one appeals stays unsaid
    ("L'Autorité de la concurrence a infligé une amende à Vexora et à Orvane. Le groupe a annoncé qu'il ferait appel.",
     ("SUES", "Vexora", "Autorité de la concurrence")),
    # a person's word is no company
    ("L'Autorité de la concurrence a infligé une amende à Vexora. Paul Dorin dirige la société. Le ministre a annoncé "
     "qu'il ferait appel.", ("SUES", "Vexora", "Autorité de la concurrence")),
]

# a body's organ that passes the sanction stands for the body (extract/sentenced28.organ_sanctions_to_body); "son
# intention de former un recours" is an appeal put ahead (extract/appeals._intent_noun)
CASES += [
    ("La Commission des sanctions de l'Autorité des marchés financiers (AMF) a eu la main lourde. Elle a infligé "
     "jeudi une amende de 2 millions d'euros au fonds Vexora Capital. Vexora Capital a annoncé son intention de "
     "former un recours devant le Conseil d'État.",
     [("OPPOSES", "Autorité des marchés financiers", "Vexora Capital"),
      ("SUES", "Vexora Capital", "Autorité des marchés financiers")]),
]
FORBIDDEN += [
    ("La Commission des sanctions de l'Autorité des marchés financiers (AMF) a eu la main lourde. Elle a infligé "
     "jeudi une amende de 2 millions d'euros au fonds Vexora Capital.",
     ("OPPOSES", "Commission des sanctions", "Vexora Capital")),
]

# a prosecutor sending someone to trial sues them (slots/fights28.sent_to_trial, rule sues.sent_to_trial)
CASES += [
    ("Le parquet de Lyon avait par ailleurs renvoyé Paul Dorin et Jean Marceau devant le tribunal pour manipulation "
     "de cours.", [("SUES", "parquet de Lyon", "Paul Dorin"), ("SUES", "parquet de Lyon", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Vexora a renvoyé Paul Dorin devant ses actionnaires.", ("SUES", "Vexora", "Paul Dorin")),
]

# (s28: was FORBIDDEN in cases_s26_fights26b.py) an appealed conviction sues the court that passed it
CASES += [
    ("Le tribunal correctionnel de Varnel a condamné la société Vexaris à une amende de 2 millions d'euros. "
     "Vexaris a fait appel de la décision.",
     [("OPPOSES", "tribunal correctionnel de Varnel", "Vexaris"), ("SUES", "Vexaris", "tribunal correctionnel de Varnel")]),
]

# a possessive says whose rivals they are (slots/fights28.possessed_rivals)
FORBIDDEN += [
    ("Lucie Brenmor et Jean Marceau sont nos adversaires principaux.", ("OPPOSES", "Lucie Brenmor", "Jean Marceau")),
]
CASES += [
    ("Lucie Brenmor et Jean Marceau sont adversaires depuis dix ans.", [("OPPOSES", "Lucie Brenmor", "Jean Marceau")]),
]

# a fine received after a body's sanction (slots/fights28.fine_received_after_sanction)
CASES += [
    ("L'Autorité de la concurrence a sanctionné mercredi quatre industriels laitiers. Vexora, dirigé par Paul Dorin, "
     "écope de la plus lourde amende, 98 millions d'euros.", [("OPPOSES", "Autorité de la concurrence", "Vexora")]),
    ("La Commission nationale de l'informatique et des libertés a sanctionné plusieurs groupes. L'opérateur Vexora, "
     "filiale du groupe Orvane, s'est vu infliger 42 millions d'euros d'amende.",
     [("OPPOSES", "Commission nationale de l'informatique et des libertés", "Vexora")]),
]
FORBIDDEN += [
    ("La Commission nationale de l'informatique et des libertés a sanctionné plusieurs groupes. L'opérateur Vexora, "
     "filiale du groupe Orvane, s'est vu infliger 42 millions d'euros d'amende.",
     ("OPPOSES", "Commission nationale de l'informatique et des libertés", "Orvane")),
]

# "X a sanctionné Y" is a sanction: Y's appeal sues X (rules.yaml opposes.verb with role sanctions)
CASES += [
    ("L'Autorité de la concurrence a sanctionné mercredi quatre industriels, dont Vexora et Orvane. Vexora a aussitôt "
     "annoncé son intention de faire appel de la décision.", [("SUES", "Vexora", "Autorité de la concurrence")]),
]

# "A et B soldent leur guerre": A and B at odds (slots/fights28.their_own_fight)
CASES += [
    ("Vexora et Orvane soldent devant les juges leur guerre de sept ans.", [("OPPOSES", "Vexora", "Orvane")]),
    ("Vexora et Orvane ont enterré leur différend.", [("OPPOSES", "Vexora", "Orvane")]),
]
FORBIDDEN += [
    ("Vexora et Orvane ont présenté leur conflit avec Telvio aux juges.", ("OPPOSES", "Vexora", "Orvane")),
]

# "l'État de droit" is the rule of law, no state (mentions/candidates._drop_non_actors)
FORBIDDEN += [
    ("Paul Dorin a reproché à Lucie Brenmor de « s'attaquer à l'État de droit ».", ("ACCUSES", "Lucie Brenmor", "État")),
]

# "Le député MoDem X a attaqué Y": X is the subject, not the party (slots/fights28.labelled_person_subject)
CASES += [
    ("Le député Vexora Paul Dorin a attaqué la Commission européenne devant le Tribunal de l'Union européenne.",
     [("SUES", "Paul Dorin", "Commission européenne")]),
]
FORBIDDEN += [
    ("Le député Vexora Paul Dorin a attaqué la Commission européenne devant le Tribunal de l'Union européenne.",
     ("SUES", "Vexora", "Commission européenne")),
]
CASES += [("Le groupe Vexora a attaqué Orvane en justice.", [("SUES", "Vexora", "Orvane")])]

# a lawyer's words are not the client's (extract/linear._TITLE_OWNERS)
FORBIDDEN += [
    ("Me Paul Dorin, l'avocat de Lucie Brenmor, a accusé le parquet national financier d'acharnement.",
     ("ACCUSES", "Lucie Brenmor", "parquet national financier")),
]

# "X a ironisé sur Y et Z": X accuses both (slots/fights28.mocked_on)
CASES += [
    ("Le député Paul Dorin a d'ailleurs ironisé sur Jean Marceau et Lucie Brenmor, « le mariage des perdants ».",
     [("ACCUSES", "Paul Dorin", "Jean Marceau"), ("ACCUSES", "Paul Dorin", "Lucie Brenmor")]),
]

# a referral to the prosecutor about someone sues them (slots/fights28.referral_about)
CASES += [
    ("La Commission nationale des comptes de campagne a par ailleurs saisi le parquet au sujet des comptes de Vexora, "
     "le parti fondé par Paul Dorin.", [("SUES", "Commission nationale des comptes de campagne", "Vexora")]),
    ("Le syndicat Sud Rail a saisi la justice à propos de Vexora.", [("SUES", "Sud Rail", "Vexora")]),
]
