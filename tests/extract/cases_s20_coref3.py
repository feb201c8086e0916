"""Cases of the s20 second-reference gaps (helper s20-coref3), invented names and sentences."""

CASES = [
    # "le chef de l'État" as an object or a complement: the head of state the story names bare, early
    ("Paul Marlin a nommé Luc Berthier au gouvernement. Le député Henri Vasseur accusait le chef de l'Etat de "
     "trahir ses électeurs.",
     [("ACCUSES", "Henri Vasseur", "Paul Marlin")]),
    ("Paul Marlin a dévoilé son gouvernement. Luc Berthier, ministre de l'Économie, est un proche du chef de l'Etat.",
     [("ALLY_OF", "Luc Berthier", "Paul Marlin")]),
    ("Paul Marlin a nommé Luc Berthier au gouvernement. Henri Vasseur a critiqué le chef de l'État.",
     [("ACCUSES", "Henri Vasseur", "Paul Marlin")]),
    # "la jeune pousse": the tagger's adjective + verb read back as the noun (a start-up)
    ("Varnel domine le marché des modèles. La jeune pousse fondée par Paul Marlin et Luc Berthier a levé "
     "300 millions d'euros.",
     [("FOUNDED", "Paul Marlin", "Varnel"), ("FOUNDED", "Luc Berthier", "Varnel")]),
    ("La start-up Varnel a été fondée en 2021 par Paul Marlin. Le fonds Tessar a investi 10 millions d'euros "
     "dans la jeune pousse.",
     [("INVESTS_IN", "Tessar", "Varnel")]),
    # near miss: "pousse" as a verb stays a verb
    ("Le gouvernement pousse Varnel à vendre. La jeune femme pousse la porte de Tessar.", []),
]
FORBIDDEN = [
    # "le chef de l'État" names no state: no LEADS to a bare "État" (ONTOLOGY: a bare title gives no tie)
    ("Paul Marlin a reçu les syndicats hier. Le chef de l'Etat a rencontré Luc Berthier.",
     ("LEADS", "Paul Marlin", "Etat")),
    ("Paul Marlin a dévoilé son gouvernement. Luc Berthier, ministre de l'Économie, est un proche du chef de l'Etat.",
     ("LEADS", "Paul Marlin", "ministère de l'Économie")),
    ("Paul Marlin a dévoilé son gouvernement. Sophie Marly, une proche de la cheffe de l'État, prend le "
     "ministère de la Culture.",
     ("ALLY_OF", "Sophie Marly", "Paul Marlin")),
]

# "X, dont le groupe / la société / la famille … Y": the person before "dont" owns Y, X often a second
# reference ("le milliardaire breton", "l'animateur")
CASES += [
    ("La commission a auditionné Paul Marlin. Le milliardaire breton, dont le groupe Tessar détient déjà 57 % de "
     "Varnel, veut racheter Brulot.",
     [("OWNS", "Paul Marlin", "Tessar"), ("OWNS", "Tessar", "Varnel")]),
    ("La commission a entendu Paul Marlin. L'animateur, dont la société Tessar Productions fabrique l'émission, "
     "a quitté la chaîne.",
     [("OWNS", "Paul Marlin", "Tessar Productions")]),
    ("Paul Marlin, dont la famille contrôle le groupe Tessar, veut racheter Brulot.",
     [("OWNS", "Paul Marlin", "Tessar")]),
]
FORBIDDEN += [
    # a company before "dont": the group named after it holds part of it, it does not own the group
    ("Le groupe Varnel, dont le groupe Tessar détient 57 %, a publié ses comptes.", ("OWNS", "Varnel", "Tessar")),
    # the family did something else: no holding
    ("Paul Marlin, dont la famille a fui la guerre, a rejoint Tessar.", ("OWNS", "Paul Marlin", "Tessar")),
]

# "l'industriel" right after a person, in a story that calls someone "le milliardaire": that businessman
CASES += [
    ("Le milliardaire Paul Marlin a été entendu. L'industriel breton, dont la famille contrôle Tessar, veut "
     "racheter Brulot.",
     [("OWNS", "Paul Marlin", "Tessar"), ("BIDS_FOR", "Paul Marlin", "Brulot")]),
]
FORBIDDEN += [
    # the last actor named is a company: "l'industriel" stays that company, not the billionaire named earlier
    ("Le milliardaire Paul Marlin préside le groupe Varnel. L'association Malto a porté plainte contre Varnel. "
     "La fédération Brulot a accusé l'industriel de tirer les prix vers le bas.",
     ("ACCUSES", "Brulot", "Paul Marlin")),
]
