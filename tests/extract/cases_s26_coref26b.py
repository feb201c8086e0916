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
