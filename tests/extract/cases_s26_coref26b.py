"""Cases of the s26 second-reference gaps, second round (helper s26-coref26b), invented names and sentences."""

# "le géant de Shenzhen", "le groupe de Barcelone": a company noun with a town complement goes to the one actor
# the text said was from that town's country, never to one it said was from elsewhere, and to no one when the
# text said nothing of where the actors are from (mentions/coref._town_place, s26-coref26b)
CASES = [
    ("Le chinois Kelvor a signé un accord avec Lumex. Le géant de Shenzhen détient aussi 10 % de Varnell.",
     [("OWNS", "Kelvor", "Varnell")]),
]
FORBIDDEN = [
    # said to be from another country: not him
    ("Le japonais Kelvor a signé un accord avec Lumex. Le géant de Shenzhen a porté plainte contre Varnell.",
     ("SUES", "Kelvor", "Varnell")),
    # said to be from nowhere: no guess
    ("Le fonds Orion a publié un rapport sur Varnell. Le géant de Barcelone a porté plainte contre Lumex.",
     ("SUES", "Orion", "Lumex")),
]

# "Chez X, la famille Y …  contre la direction de l'éditeur": a company noun passes over "la famille Y" (never a
# company, s26-coref26) to the next actor that fits, rather than to the subject of a later sentence or no one
# (mentions/coref antecedent, s26-coref26b); "la holding familiale" is the family's own and still no one's
CASES += [
    ("Chez Lumex, la famille Martin défend son capital. Le fonds Kelvor a porté plainte contre la direction de "
     "l'éditeur.", [("SUES", "Kelvor", "Lumex")]),
]
FORBIDDEN += [
    ("Le fonds Kelvor critique la famille Martin. Le chinois Orvex possède 49 % de la holding familiale.",
     ("OWNS", "Orvex", "Kelvor")),
    ("Chez Lumex, la famille Martin défend son capital. Le fonds Kelvor a porté plainte contre la direction de "
     "l'éditeur.", ("SUES", "Kelvor", "famille Martin")),
    # the family's own holding, named after it, is no fallback either
    ("Le groupe Lumex a rejeté l'offre. L'issue dépendra de la famille Martin, qui contrôle 38 % du capital via sa "
     "holding Martin Participations. Le groupe grenoblois a mandaté le cabinet d'avocats Kelvor pour sa défense.",
     ("WORKS_FOR", "Kelvor", "Martin Participations")),
]
