"""Cases of the s24 second-reference gaps (helper s24-coref24), invented names and sentences."""

# A business noun ("le groupe", "le chimiste") is not the actor the text introduced only as an association,
# an NGO, a union or a party (coref._introduced_as_other_kind)
CASES = [
    ("Le chimiste Brenmor a annoncé un plan d'économies. L'association Vigie dénonce une opération "
     "d'écoblanchiment de la part du groupe. Le chimiste, déjà propriétaire du club de football FC Morges, "
     "multiplie les paris sportifs.",
     [("OWNS", "Brenmor", "FC Morges")]),
    ("Le groupe Brenmor a racheté une usine. L'association Vigie dénonce cette opération. Le groupe, fondé par "
     "Paul Martin, emploie 300 personnes.",
     [("FOUNDED", "Paul Martin", "Brenmor")]),
]
FORBIDDEN = [
    ("Le chimiste Brenmor a annoncé un plan d'économies. L'association Vigie dénonce une opération "
     "d'écoblanchiment de la part du groupe. Le chimiste, déjà propriétaire du club de football FC Morges, "
     "multiplie les paris sportifs.",
     ("OWNS", "Vigie", "FC Morges")),
    ("L'association Vigie dénonce une opération de la part d'un groupe pétrochimique. Le groupe, fondé par "
     "Paul Martin, finance aussi le club de football suisse FC Morges.",
     ("FOUNDED", "Paul Martin", "Vigie")),
    ("L'ONG Vigie dénonce une opération de la part d'un groupe pétrochimique. Le chimiste, déjà propriétaire "
     "du club de football suisse FC Morges, finance aussi une équipe de voile.",
     ("OWNS", "Vigie", "FC Morges")),
]

# "X, qui y emploie …, a annoncé…" parsed with the relative's verb as the root and X as its oblique: a name
# opening its sentence right before ", qui" is still the sentence's subject, what "le groupe" takes up next
# (coref._opens_relative_subject; the plain sentence is parsed right, it guards the reading)
CASES += [
    ("La CFDT, qui avait soutenu la démarche, réclame la fermeture des entrepôts du groupe. Orion, qui y emploie "
     "plus de 9 000 personnes en CDI, a annoncé son intention de faire appel. Le groupe fondé par Paul Martin a "
     "fermé ses sites.",
     [("FOUNDED", "Paul Martin", "Orion")]),
]
FORBIDDEN += [
    ("La CFDT, qui avait soutenu la démarche, réclame la fermeture des entrepôts du groupe. Orion, qui y emploie "
     "plus de 9 000 personnes en CDI, a annoncé son intention de faire appel. Le groupe fondé par Paul Martin a "
     "fermé ses sites.",
     ("FOUNDED", "Paul Martin", "CFDT")),
]

# "X, PDG de Y, qu'il a cofondé en 1986, …": the subject pronoun of an object relative clause on the company of a
# person's title apposition is that person, not the subject of the sentence before
# (coref._titled_person_of_relative)
CASES += [
    ("Pour Paul Marchal, PDG d'Orion, qu'il a cofondé en 1986 avec ses frères, l'opération est une bouffée "
     "d'oxygène.",
     [("FOUNDED", "Paul Marchal", "Orion")]),
    ("Le fonds Brenmor va investir 100 millions dans une filiale d'Orion. L'opération valorise cette entité, "
     "baptisée Vantage Lab, à 4 milliards d'euros. Elle sera dirigée par Luc Marchal. Pour Paul Marchal, PDG "
     "d'Orion, qu'il a cofondé en 1986 avec ses frères, l'opération est une bouffée d'oxygène.",
     [("FOUNDED", "Paul Marchal", "Orion"), ("LEADS", "Luc Marchal", "Vantage Lab")]),
]
FORBIDDEN += [
    ("Le fonds Brenmor va investir 100 millions dans une filiale d'Orion. L'opération valorise cette entité, "
     "baptisée Vantage Lab, à 4 milliards d'euros. Elle sera dirigée par Luc Marchal. Pour Paul Marchal, PDG "
     "d'Orion, qu'il a cofondé en 1986 avec ses frères, l'opération est une bouffée d'oxygène.",
     ("FOUNDED", "Vantage Lab", "Orion")),
    # (a relative clause of another verb: no founding)
    ("Paul Marchal, directeur financier d'Orion, qu'il a quitté en 2001, a vendu ses parts.",
     ("FOUNDED", "Paul Marchal", "Orion")),
]

# "X … son service X Music": a longer name introduced by a possessive and a thing's noun (service, marque,
# application…) after the short name was written is a thing the short name's actor owns, not that actor named in
# full (grouping._possessed_after_owner)
_SERVICE = ("La Commission européenne a infligé une amende à Orion. L'exécutif européen reproche à la firme "
            "d'avoir empêché le suédois Zapta, concurrent direct de son service Orion Music, d'informer les "
            "utilisateurs. Orion, dirigé par Paul Marchal, a annoncé un recours.")
CASES += [
    (_SERVICE, [("LEADS", "Paul Marchal", "Orion"), ("ACCUSES", "Commission européenne", "Orion")]),
]
FORBIDDEN += [
    (_SERVICE, ("LEADS", "Paul Marchal", "Orion Music")),
    (_SERVICE, ("ACCUSES", "Commission européenne", "Orion Music")),
]

# "la filiale, dont X conserve 70 %": the subject of a relative clause on a descriptor is not what the descriptor
# stands for (coref._relative_clause_subjects); "sa filiale d'exploration, X Exploration": the name set beside a
# company noun and its "de" phrase is introduced by that noun
_BRANCH = ("Brenmor a annoncé la cession de 30 % de sa filiale d'exploration, Brenmor Exploration, au fonds Zeta "
           "Capital. Zeta Capital disposera de deux sièges au conseil d'administration de la filiale, dont Brenmor "
           "conserve 70 %.")
CASES += [
    (_BRANCH, [("OWNS", "Brenmor", "Brenmor Exploration"), ("BOARD_MEMBER", "Zeta Capital", "Brenmor Exploration")]),
]
FORBIDDEN += [
    (_BRANCH, ("BOARD_MEMBER", "Zeta Capital", "Brenmor")),
    ("Brenmor a cédé 30 % de sa filiale Varnell au fonds Zeta Capital. Zeta Capital disposera de deux sièges au "
     "conseil d'administration de la société, dont Brenmor conserve 70 %.",
     ("BOARD_MEMBER", "Zeta Capital", "Brenmor")),
]

# "La Commission a infligé une amende à X. X a annoncé qu'il contesterait la décision devant le Tribunal": "la
# décision" with no author of its own is the act of the one that imposed it on the challenger
# (slots/coref24.decision_author); an organisation's pronoun in a clause its named subject governs, whatever
# gender its nouns gave it ("la firme")
_CHALLENGE = ("La Commission européenne a infligé une amende de 2 milliards d'euros à Orion. L'exécutif européen "
              "reproche à la firme d'avoir abusé de sa position dominante. Orion, dirigé par Paul Marchal, a "
              "aussitôt annoncé qu'il contesterait la décision devant le Tribunal de l'Union européenne.")
CASES += [
    (_CHALLENGE, [("SUES", "Orion", "Commission européenne")]),
]
FORBIDDEN += [
    # (the one contesting was not the one fined: whose act it is stays unsaid)
    ("La Commission européenne a infligé une amende de 2 milliards d'euros à Orion. Le groupe Zeta contestera la "
     "décision devant le Tribunal de l'Union européenne.",
     ("SUES", "Zeta", "Commission européenne")),
]
