"""Cases of the s37 precision checks (helper s37-prec37: extract/precision37.py, data/precision37.yaml;
mentions/names37.py, data/names37.yaml; a stake's holder in extract/precision36.py), invented names and sentences:
an attribution's source is no party, the offer's target is the one after "sur", a board's dismissal is a former
post, a completed sale is an acquisition, standing by someone is support, a minister's staff works for the
ministry, a constituency is no party, a bare "du groupe" after another party's name is not a group named before,
a delegation's head is a party member, an English name joined by "and" is one name, a stake before a company bought
by another is not the buyer's."""

# an attribution's source ("selon X", "d'après X") is no party to the support
CASES = []
FORBIDDEN = [
    ("Mais il a reçu, selon La Gazette du Rhône, le soutien de Renouveau et des Indépendants.",
     ("ALLY_OF", "La Gazette du Rhône", "Renouveau")),
    ("Mais il a reçu, selon La Gazette du Rhône, le soutien de Renouveau et des Indépendants.",
     ("ALLY_OF", "La Gazette du Rhône", "Indépendants")),
]

# "A rejette l'offre de B, C et D sur T": the bidders bid for T, not for the one rejecting
CASES += [
    ("Télécoms : Norvane rejette l'offre commune de Altavane, Kerbrat et Solvane sur Mercalis",
     [("BIDS_FOR", "Altavane", "Mercalis"), ("BIDS_FOR", "Solvane", "Mercalis")]),
]
FORBIDDEN += [
    ("Télécoms : Norvane rejette l'offre commune de Altavane, Kerbrat et Solvane sur Mercalis",
     ("BIDS_FOR", "Altavane", "Norvane")),
]

# a board that removes its chair: the chair led the company (former), no feud
CASES += [
    ("Réuni vendredi, le conseil d'administration du groupe Lumen a démis Jack Morrow de ses fonctions de président "
     "et nommé à sa place Anna Kell.",
     [("LEADS", "Jack Morrow", "Lumen")]),
    ("Le conseil de surveillance de Norlac a révoqué Paul Garnier de ses fonctions de président du directoire.",
     [("LEADS", "Paul Garnier", "Norlac")]),
]
FORBIDDEN += [
    ("Réuni vendredi, le conseil d'administration du groupe Lumen a démis Jack Morrow de ses fonctions de président "
     "et nommé à sa place Anna Kell.",
     ("OPPOSES", "Lumen", "Jack Morrow")),
    ("Le conseil de surveillance de Norlac a révoqué Paul Garnier de ses fonctions de président du directoire.",
     ("OPPOSES", "Norlac", "Paul Garnier")),
]

# a completed sale to someone is an acquisition, not a bid
CASES += [
    ("L'ancien président de l'AS Vernon, qui a cédé le club à l'homme d'affaires John Harlow en 2022, n'est pas "
     "encore officiellement candidat à la mairie.",
     [("ACQUIRES", "John Harlow", "AS Vernon")]),
]
FORBIDDEN += [
    ("L'ancien président de l'AS Vernon, qui a cédé le club à l'homme d'affaires John Harlow en 2022, n'est pas "
     "encore officiellement candidat à la mairie.",
     ("BIDS_FOR", "John Harlow", "AS Vernon")),
]

# "je reste aux côtés de X": support, not a meeting
CASES += [
    ("En revanche, Claire Morin, députée du Var, a confirmé son soutien : « Je reste aux côtés de Louis Carrel », "
     "a-t-elle déclaré.",
     [("ALLY_OF", "Claire Morin", "Louis Carrel")]),
]
FORBIDDEN += [
    ("En revanche, Claire Morin, députée du Var, a confirmé son soutien : « Je reste aux côtés de Louis Carrel », "
     "a-t-elle déclaré.",
     ("MEETS", "Claire Morin", "Louis Carrel")),
]

# a post in a minister's staff: WORKS_FOR the ministry, no head of it
CASES += [
    ("Ses proches au cabinet : Paul Verdier, directeur du cabinet du ministre de l'Économie, et Anne Roux, cheffe de "
     "cabinet.",
     [("WORKS_FOR", "Paul Verdier", "ministère de l'Économie")]),
]
FORBIDDEN += [
    ("Ses proches au cabinet : Paul Verdier, directeur du cabinet du ministre de l'Économie, et Anne Roux, cheffe de "
     "cabinet.",
     ("LEADS", "Paul Verdier", "ministère de l'Économie")),
]

# a constituency's place is no party (nor through the relative pronoun after it)
FORBIDDEN += [
    ("« Il faut une alliance avec les Bâtisseurs », a justifié le député des Alpes-Orientales, qui dit avoir rencontré Jean "
     "Castagne à deux reprises la semaine précédente.",
     ("MEETS", "Alpes-Orientales", "Jean Castagne")),
]

# "eurodéputé de Z et coprésident du groupe": the group is Z's, not a group the text named before
FORBIDDEN += [
    ("Le groupe S&R a voté contre. Nicola Pirotta, eurodéputé de Fratelli d'Oro et coprésident du groupe, se "
     "félicite.",
     ("LEADS", "Nicola Pirotta", "S&R")),
]

# the head of a party's delegation in a group is a member of the party, no employee
CASES += [
    ("De son côté, Paul Morand, chef de la délégation des Conservateurs au sein du PPA, défend une coopération au cas "
     "par cas.",
     [("MEMBER_OF", "Paul Morand", "Conservateurs")]),
]
FORBIDDEN += [
    ("De son côté, Paul Morand, chef de la délégation des Conservateurs au sein du PPA, défend une coopération au cas "
     "par cas.",
     ("WORKS_FOR", "Paul Morand", "Conservateurs")),
]

# an English name whose two domains "and" joins is one name
CASES += [
    ("Elle sera dirigée par Michael Stroud, l'actuel patron de Veltra Defence and Space, tandis que Paul Roux, PDG "
     "de Norlac, prendra la présidence du conseil.",
     [("LEADS", "Michael Stroud", "Veltra Defence and Space"), ("LEADS", "Paul Roux", "Norlac")]),
    ("Le groupe Norvane a racheté Kelvio Technologies and Solutions pour 3 milliards d'euros.",
     [("ACQUIRES", "Norvane", "Kelvio Technologies and Solutions")]),
]
FORBIDDEN += [
    ("Elle sera dirigée par Michael Stroud, l'actuel patron de Veltra Defence and Space, tandis que Paul Roux, PDG "
     "de Norlac, prendra la présidence du conseil.",
     ("LEADS", "Michael Stroud", "Space")),
    ("Elle sera dirigée par Michael Stroud, l'actuel patron de Veltra Defence and Space, tandis que Paul Roux, PDG "
     "de Norlac, prendra la présidence du conseil.",
     ("LEADS", "Michael Stroud", "Veltra Defence")),
]

# a stake written before a company another buyer took over ("rachetée par X") is not the buyer's
CASES += [
    ("Celle-ci a pris une participation de 15 % dans la fromagerie bretonne Le Korrigan, rachetée en 2019 par "
     "Lactoval, le grand concurrent de Fromalis.",
     [("ACQUIRES", "Lactoval", "Le Korrigan")]),
]
FORBIDDEN += [
    ("Celle-ci a pris une participation de 15 % dans la fromagerie bretonne Le Korrigan, rachetée en 2019 par "
     "Lactoval, le grand concurrent de Fromalis.",
     ("OWNS", "Lactoval", "Le Korrigan")),
]

# an accord to buy the other's stake is a sale, no partnership
CASES += [
    ("Norvane a annoncé lundi un accord avec le fonds Kerbrat pour lui racheter sa participation de 30 % dans Solvane.",
     [("OWNS", "Norvane", "Solvane")]),
]
FORBIDDEN += [
    ("Norvane a annoncé lundi un accord avec le fonds Kerbrat pour lui racheter sa participation de 30 % dans Solvane.",
     ("PARTNERS_WITH", "Norvane", "Kerbrat")),
]
