"""Cases of the s24 gaps of ties between people and bodies (helper s24-people24), invented names and sentences."""

# "Y, la société cofondée avec A et B": the ones a body was founded with are its founders (slots/people24.founded_with)
CASES = [
    ("Varnell, la start-up qu'il a cofondée en avril 2021 avec Jean Morel et Luc Dumas, recrute.",
     [("FOUNDED", "Jean Morel", "Varnell"), ("FOUNDED", "Luc Dumas", "Varnell")]),
    ("Varnell, la coquille boursière lancée en 2016 avec Jean Morel et Luc Dumas, recrute.",
     [("FOUNDED", "Jean Morel", "Varnell"), ("FOUNDED", "Luc Dumas", "Varnell")]),
    ("Le groupe Kelvor a présenté Drummon, la coentreprise créée en 2019 avec le groupe Varnell.",
     [("FOUNDED", "Varnell", "Drummon")]),
    ("À 40 ans, Paul Garnier dirige Varnell Labs, la start-up de robotique médicale qu'il a cofondée en mars 2020 "
     "avec Jean Morel et Luc Dumas, deux anciens ingénieurs de Kelvor.",
     [("FOUNDED", "Jean Morel", "Varnell Labs"), ("FOUNDED", "Luc Dumas", "Varnell Labs")]),
]
FORBIDDEN = [
    # help given to a launch is no founding; a product launched with a partner has no founder
    ("Varnell, la plateforme lancée en 2016 avec le soutien de Jean Morel, recrute.",
     ("FOUNDED", "Jean Morel", "Varnell")),
    ("Varnell, l'offre lancée en 2016 avec Jean Morel, recrute.",
     ("FOUNDED", "Jean Morel", "Varnell")),
]

# "L'intérim à la tête de Y a été assuré par X": who holds the helm for a while leads Y (slots/people24.interim_held)
CASES += [
    ("L'intérim à la tête de Renouveau avait été assuré par Lucie Brenmor.",
     [("LEADS", "Lucie Brenmor", "Renouveau")]),
    ("L'intérim de la direction générale de Varnell est assuré par Lucie Brenmor.",
     [("LEADS", "Lucie Brenmor", "Varnell")]),
]
FORBIDDEN += [
    # a department's interim is no lead
    ("L'intérim de la direction financière de Varnell est assuré par Lucie Brenmor.",
     ("LEADS", "Lucie Brenmor", "Varnell")),
]

# A founder's title coordinated with another title shares its holder and its body (slots/people24.shared_founder_title)
CASES += [
    ("La justice a assigné Varnell ainsi que son fondateur et patron, Paul Garnier.",
     [("FOUNDED", "Paul Garnier", "Varnell"), ("LEADS", "Paul Garnier", "Varnell")]),
    ("Cofondateur et président du directoire de Varnell, Paul Garnier a parlé.",
     [("FOUNDED", "Paul Garnier", "Varnell"), ("LEADS", "Paul Garnier", "Varnell")]),
]
FORBIDDEN += [
    # "son fondateur et son patron": two posts, maybe two people
    ("La justice a assigné Varnell ainsi que son fondateur et son patron, Paul Garnier.",
     ("FOUNDED", "Paul Garnier", "Varnell")),
]

# "l'administrateur directeur général de Y": the chief executive's title, no board seat (rule leads.administrator_ceo)
CASES += [
    ("Paul Garnier, l'administrateur directeur général de Varnell, a démissionné.",
     [("LEADS", "Paul Garnier", "Varnell")]),
    ("Paul Garnier, administrateur de Varnell et directeur général de Kelvor, a démissionné.",
     [("BOARD_MEMBER", "Paul Garnier", "Varnell"), ("LEADS", "Paul Garnier", "Kelvor")]),
]
FORBIDDEN += [
    ("Paul Garnier, l'administrateur directeur général de Varnell, a démissionné.",
     ("BOARD_MEMBER", "Paul Garnier", "Varnell")),
]

# "X, élue quelques jours plus tôt à la tête de Y": the post hung on the time adverb (slots/people24.post_after_time)
CASES += [
    ("Lucie Brenmor, élue quelques jours plus tôt à la tête de la fédération Drummon, a parlé.",
     [("LEADS", "Lucie Brenmor", "Drummon")]),
    ("Lucie Brenmor a été élue quelques jours plus tôt à la tête de la fédération Drummon.",
     [("LEADS", "Lucie Brenmor", "Drummon")]),
]

# "A et B, tous deux passés par Y": the participle hung on "deux" (slots/people24.participle_of_pair)
CASES += [
    ("Jean Morel et Luc Dumas, tous deux passés par Varnell, ont fondé Kelvor.",
     [("WORKS_FOR", "Jean Morel", "Varnell"), ("WORKS_FOR", "Luc Dumas", "Varnell")]),
]
FORBIDDEN += [
    # two companies "toutes deux cotées": no person, no employer
    ("Varnell et Kelvor, toutes deux passées par la Bourse de Lormont, ont fusionné.",
     ("WORKS_FOR", "Varnell", "Bourse de Lormont")),
]

# "X a cofondé avec Z la société Y": the object parsed as Z's apposition (slots/people24.object_after_with)
CASES += [
    ("Paul Garnier a cofondé avec Jean Morel la société Varnell.",
     [("FOUNDED", "Paul Garnier", "Varnell")]),
]
FORBIDDEN += [
    ("Paul Garnier a cofondé avec Jean Morel la société Varnell.",
     ("FOUNDED", "Paul Garnier", "Jean Morel")),
]
