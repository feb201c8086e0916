"""Cases of the s24 false ties with both parties named (helper s24-prec24): a party taken against a plain rule of
French attachment (slots/prec24.py). Invented names and sentences."""

# "X, son directeur de cabinet lorsque Y dirigeait Z": the subordinate clause's verb has its own subject
CASES = [
    ("Paul Dumas, son directeur de cabinet lorsque Marc Lenoir dirigeait le ministère de l'Intérieur, a été "
     "condamné.",
     [("LEADS", "Marc Lenoir", "ministère de l'Intérieur")]),
]
CASES += [
    ("Paul Dumas, son directeur de cabinet quand Marc Lenoir présidait la région Occitanie, a été condamné.",
     [("LEADS", "Marc Lenoir", "région Occitanie")]),
    # near miss: the main clause keeps its subject
    ("Paul Dumas a quitté le groupe Kelvor lorsque Marc Lenoir a racheté la société Varnell.",
     [("WORKS_FOR", "Paul Dumas", "Kelvor"), ("ACQUIRES", "Marc Lenoir", "Varnell")]),
]
FORBIDDEN = [
    ("Paul Dumas, son directeur de cabinet quand Marc Lenoir présidait la région Occitanie, a été condamné.",
     ("LEADS", "Paul Dumas", "région Occitanie")),
    ("Paul Dumas, son directeur de cabinet lorsque Marc Lenoir dirigeait le ministère de l'Intérieur, a été "
     "condamné.",
     ("LEADS", "Paul Dumas", "ministère de l'Intérieur")),
]

# "…, orchestrée par X, à la tête de Y": the set-off phrase describes the participle's agent
CASES += [
    ("Paul Girard, le ministre de l'Économie, n'a jamais digéré la montée des Pays-Bas au capital du groupe, "
     "orchestrée par Jan Visser, à la tête du ministère néerlandais des Finances.",
     [("LEADS", "Jan Visser", "ministère néerlandais des Finances"),
      ("LEADS", "Paul Girard", "ministère de l'Économie")]),
    # near miss: the one succeeded, set off after "succéder à", does not take the helm
    ("Depuis le 1er janvier, Claire Morel a succédé à son père, Jean Morel, à la tête du groupe Kelvor.",
     [("LEADS", "Claire Morel", "Kelvor")]),
]
FORBIDDEN += [
    ("Paul Girard, le ministre de l'Économie, n'a jamais digéré la montée des Pays-Bas au capital du groupe, "
     "orchestrée par Jan Visser, à la tête du ministère néerlandais des Finances.",
     ("LEADS", "Paul Girard", "ministère néerlandais des Finances")),
]

# "X a rallié à sa société Y le banquier Z": Y is X's own camp, no ally; "se rallier à Y" still is
CASES += [
    ("Le sénateur Paul Dumas s'est rallié à Jean Morel en vue de la présidentielle.",
     [("ALLY_OF", "Paul Dumas", "Jean Morel")]),
]
FORBIDDEN += [
    ("De l'autre, Marc Lenoir a rallié à sa société Brenmor Holding le banquier Paul Dumas.",
     ("ALLY_OF", "Marc Lenoir", "Brenmor Holding")),
]

# "X a rencontré Y, le patron de Z, la filiale de W": the second apposition's name is no one met
CASES += [
    ("Selon nos informations, Jean Morel aurait rencontré à plusieurs reprises Paul Dumas, le patron de Kelvor, "
     "la filiale espagnole de Varnell, pour lui proposer le poste.",
     [("MEETS", "Jean Morel", "Paul Dumas"), ("LEADS", "Paul Dumas", "Kelvor")]),
]
FORBIDDEN += [
    ("Selon nos informations, Jean Morel aurait rencontré à plusieurs reprises Paul Dumas, le patron de Kelvor, "
     "la filiale espagnole de Varnell, pour lui proposer le poste.",
     ("MEETS", "Jean Morel", "Varnell")),
]

# "X a financé le rachat de Y": the company bought is not paid; "l'achat de deux navires de Y" still pays Y
CASES += [
    ("La banque Varnell, qui a financé en 2021 l'achat de deux navires de Brenmor Shipping, n'a pas répondu.",
     [("FUNDS", "Varnell", "Brenmor Shipping")]),
]
FORBIDDEN += [
    ("Le groupe Varnell a financé le rachat de Kelvor par le fonds Brenmor.", ("FUNDS", "Varnell", "Kelvor")),
]

# "X va investir dans une nouvelle filiale de Y regroupant ses marques A et B": the participle glued to the noun
# describes the unit (not X, nor Y); the money goes into the unit, not into Y
CASES += [
    # near misses: a participle after a comma, or the verb itself, keep their subject
    ("Le groupe Tenvar, regroupant les marques Alto Quest et Brio Wars, a été racheté.",
     [("OWNS", "Tenvar", "Alto Quest"), ("OWNS", "Tenvar", "Brio Wars")]),
    ("Le groupe Tenvar regroupe désormais les marques Alto Quest et Brio Wars.",
     [("OWNS", "Tenvar", "Alto Quest")]),
    ("Le fonds Brenmor a investi dans Kelvor, filiale de Varnell.", [("INVESTS_IN", "Brenmor", "Kelvor")]),
]
FORBIDDEN += [
    ("Le groupe Tenvar va investir 1 milliard d'euros dans une nouvelle filiale de Kelvor regroupant ses "
     "franchises phares, Alto Quest, Brio Wars et Cento Six, pour en détenir 25 %.",
     ("INVESTS_IN", "Tenvar", "Kelvor")),
    ("Le groupe Tenvar va investir 1 milliard d'euros dans une nouvelle filiale de Kelvor regroupant ses "
     "franchises phares, Alto Quest, Brio Wars et Cento Six, pour en détenir 25 %.",
     ("OWNS", "Kelvor", "Alto Quest")),
    ("Le géant Tenvar va investir 1 milliard d'euros dans une nouvelle filiale de Kelvor regroupant ses "
     "franchises phares, Alto Quest, Brio Wars et Cento Six, pour en détenir 25 %.",
     ("OWNS", "Tenvar", "Alto Quest")),
]

# a singular participle describes the conjunct it follows, not the other one ("A et B, détenus par X": both)
CASES += [
    ("L'assureur Kelvor et le réassureur Varnell, présidé par Paul Dumas, ont annoncé un accord.",
     [("LEADS", "Paul Dumas", "Varnell")]),
    ("Le groupe Kelvor et le fonds Varnell, contrôlés par la famille Dumas, ont annoncé un accord.",
     [("OWNS", "famille Dumas", "Varnell"), ("OWNS", "famille Dumas", "Kelvor")]),
    ("Le groupe Kelvor, présidé par Paul Dumas, et le fonds Varnell ont annoncé un accord.",
     [("LEADS", "Paul Dumas", "Kelvor")]),
]
FORBIDDEN += [
    ("L'assureur Kelvor et le réassureur Varnell, présidé par Paul Dumas, ont annoncé un accord.",
     ("LEADS", "Paul Dumas", "Kelvor")),
    ("Jeudi, l'assureur Tenvar, maison mère de Kelvor et de Dasmo, et le réassureur présidé par Paul Dumas ont "
     "annoncé un accord.",
     ("LEADS", "Paul Dumas", "Dasmo")),
]
