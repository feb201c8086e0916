"""Cases of the s21 false ties whose cause is general (helper s21-prec21): a party the grammar of the sentence
rules out. Invented names and sentences."""

# A passive participle has no direct object: "Y, présidé par X, finance le festival Z" (the parser made the
# main verb a noun and Z the object of "présidé"): X presides Y, not Z.
CASES = [
    ("Le groupe Korvex, présidé par Hugo Sarrail, finance depuis 2015 le programme Jeunes Talents.",
     [("LEADS", "Hugo Sarrail", "Korvex")]),
]
FORBIDDEN = [
    ("Le groupe Korvex, présidé par Hugo Sarrail, finance depuis 2015 le programme Jeunes Talents.",
     ("LEADS", "Hugo Sarrail", "Jeunes Talents")),
]
CASES += [
    # near miss: an active compound keeps its object
    ("Hugo Sarrail a présidé le groupe Valdrome de 2010 à 2018.", [("LEADS", "Hugo Sarrail", "Valdrome")]),
]

# A fronted participle's agent that is a common noun with a "de" complement ("par deux anciens ingénieurs de
# Y, A et B"): Y is where the founders come from, not a founder.
CASES += [
    # near miss: a company named right after "par" is the founder
    ("Créée en 2021 par le groupe Norvatec, la société Quillon emploie 40 personnes.",
     [("FOUNDED", "Norvatec", "Quillon")]),
]
FORBIDDEN += [
    ("Créée en 2021 par trois anciens ingénieurs de Norvatec, Léa Grimaud, Tom Vasseur et Inès Carle, la "
     "start-up Quillon a levé 12 millions d'euros.",
     ("FOUNDED", "Norvatec", "Quillon")),
]

# A title or adjective with its own "de" complement naming nobody does not borrow the "de" name of the title
# coordinated with it: "X, trésorier de Y et proche du ministre": not close to Y.
CASES += [
    ("Didier Lamarque, secrétaire général du parti Avenir commun et proche du président, a été entendu mardi.",
     [("LEADS", "Didier Lamarque", "Avenir commun")]),
    # near miss: a named person after "proche de" is the ally
    ("Didier Lamarque, secrétaire général du parti Avenir commun et proche de Jeanne Morvan, a été entendu mardi.",
     [("ALLY_OF", "Didier Lamarque", "Jeanne Morvan")]),
]
FORBIDDEN += [
    ("Didier Lamarque, secrétaire général du parti Avenir commun et proche du président, a été entendu mardi.",
     ("ALLY_OF", "Didier Lamarque", "Avenir commun")),
    # "sa société de production qui détient aussi Z": Z, in the relative clause, is not the "de" of "société"
    ("Luc Tardieu, l'ancien banquier de Fabrel devenu patron de Lumivox, sa société de médias qui possède "
     "aussi Radio Cévennes, s'en félicite.",
     ("OWNS", "Radio Cévennes", "Lumivox")),
]

# "X, son allié au sein du parti Y": the party is where X stands (MEMBER_OF), not an ally.
CASES += [
    ("Le maire de Nantes, Hugo Sarrail, son allié au sein du parti Les Verts, salue une bonne nouvelle.",
     [("MEMBER_OF", "Hugo Sarrail", "Les Verts")]),
]
FORBIDDEN += [
    ("Le maire de Nantes, Hugo Sarrail, son allié au sein du parti Les Verts, salue une bonne nouvelle.",
     ("ALLY_OF", "Hugo Sarrail", "Les Verts")),
]

# "L'ancien PDG contrôlait Y via sa holding B": what is controlled through the holding does not own it.
CASES += [
    ("L'ancien patron contrôlait la chaîne Dormane depuis 2005 via sa holding Castelbrune, elle-même détenue "
     "par la banque Ravel.",
     [("OWNS", "Castelbrune", "Dormane")]),
]
FORBIDDEN += [
    ("L'ancien patron contrôlait la chaîne Dormane depuis 2005 via sa holding Castelbrune, elle-même détenue "
     "par la banque Ravel.",
     ("OWNS", "Dormane", "Castelbrune")),
]

# "X cède 40 % de ses droits au canadien Z": Z (after "au" and a nationality the parser tags a noun) is the
# buyer, not the company the stake is in.
FORBIDDEN += [
    ("En 2012, Minerva cède 40 % de ses droits au brésilien Tarlow pour 900 millions de dollars.",
     ("OWNS", "Minerva", "Tarlow")),
]

# "X, secrétaire général de A, prend le Quai d'Orsay, succédant à Z": the post Z held is the one taken in the
# clause the participle hangs on, not the title of X's apposition.
FORBIDDEN += [
    ("Hugo Sarrail, secrétaire général de Renouveau et proche du président, prend le Quai d'Orsay, "
     "succédant à Jeanne Morvan.",
     ("LEADS", "Jeanne Morvan", "Renouveau")),
]
CASES += [
    ("Hugo Sarrail, directeur financier de Norvatec, prend la tête de Lumivox, succédant à Jeanne Morvan.",
     [("LEADS", "Jeanne Morvan", "Lumivox"), ("LEADS", "Hugo Sarrail", "Lumivox")]),
    # near miss: the post told in the sentence before is the one taken
    ("Hugo Sarrail a été nommé directeur général de Lumivox. Il prend ses fonctions lundi, succédant à "
     "Jeanne Morvan.",
     [("LEADS", "Jeanne Morvan", "Lumivox")]),
]

# A noun apposed to a person named by a title ("Le patron de Y, allié de Z", "le maire de Y, soutien de Z")
# describes that person, not Y, the title's complement.
FORBIDDEN += [
    ("Le patron de Verlane, allié de longue date de Jeanne Morvan, a démenti.",
     ("ALLY_OF", "Verlane", "Jeanne Morvan")),
    ("« Ce n'est pas mon choix », confie le maire de Rennes, soutien de la première heure de Jeanne Morvan.",
     ("ALLY_OF", "Rennes", "Jeanne Morvan")),
]
CASES += [
    # near miss: a body apposed itself
    ("Verlane, allié de longue date de Brisac, a démenti.", [("ALLY_OF", "Verlane", "Brisac")]),
]

# A bare title opening the sentence describes the subject after its comma; when that subject is a common noun
# naming nobody ("le transporteur"), a name later in the clause is not the one described.
FORBIDDEN += [
    ("Membre fondateur de l'alliance Oceanis, le transporteur compte Tarlow parmi ses clients.",
     ("MEMBER_OF", "Tarlow", "Oceanis")),
]
CASES += [
    # near miss: the subject after the comma is named
    ("Membre de l'alliance Skyline, Korvane compte Tarlow parmi ses clients.", [("MEMBER_OF", "Korvane", "Skyline")]),
]

# "X a gelé ses investissements dans la Drôme": a place the NER names is where the money goes, no company
# invested in.
FORBIDDEN += [
    ("Le groupe Tarvel a gelé ses investissements dans la Drôme.", ("INVESTS_IN", "Tarvel", "Drôme")),
]
CASES += [
    # near miss: a company after "dans"
    ("Le fonds Orvane a investi 20 millions d'euros dans la start-up lyonnaise Brevo.",
     [("INVESTS_IN", "Orvane", "Brevo")]),
]
