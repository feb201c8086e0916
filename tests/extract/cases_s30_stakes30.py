"""Cases of the s30 shareholding gaps (helper s30-stakes30), invented names and sentences. Each mechanism is
checked on several shapes (word order, quote attribution, passive sentence, lists, descriptor before the name)."""

_HEAD = ("Le groupe Orvane prépare sa cotation\n\nLe groupe Orvane, spécialiste des drones, prépare son entrée en "
         "Bourse. Orvane vise une valorisation de 2 milliards d'euros. ")

# "X, actionnaire principal avec 49 %": a shareholder apposed to a name, of no company named, holds the article's
# company (slots/stakes30.apposed_shareholder, read along the words: the parser breaks these phrases)
CASES = [
    (_HEAD + "Vexora, actionnaire principal avec 49,99 % depuis 2019, soutient le projet.",
     [("OWNS", "Vexora", "Orvane")]),
    (_HEAD + "« Nous soutenons le projet », a indiqué la banque Marlin Finance, actionnaire principal avec 30 %.",
     [("OWNS", "Marlin Finance", "Orvane")]),
    (_HEAD + "Le fonds activiste Brelan, actionnaire minoritaire, conteste la stratégie.",
     [("OWNS", "Brelan", "Orvane")]),
    (_HEAD + "Le projet a été validé par le fonds Tessard, actionnaire à hauteur de 12 % depuis 2018.",
     [("OWNS", "Tessard", "Orvane")]),
    (_HEAD + "Le fonds Vexora et la banque Marlin Finance, les deux actionnaires historiques, ont donné leur "
     "accord.",
     [("OWNS", "Vexora", "Orvane"), ("OWNS", "Marlin Finance", "Orvane")]),
    (_HEAD + "« C'est une erreur », estiment Vexora et Marlin Finance, actionnaires minoritaires depuis 2015.",
     [("OWNS", "Vexora", "Orvane"), ("OWNS", "Marlin Finance", "Orvane")]),
    (_HEAD + "Le fonds Tessard, l'ancien actionnaire américain, a vendu ses titres en 2021.",
     [("OWNS", "Tessard", "Orvane")]),
]
FORBIDDEN = [
    # (a company named after the noun is the one held, not the article's)
    (_HEAD + "Paul Dorin, actionnaire de référence de la banque Marlin Finance, a donné son accord.",
     ("OWNS", "Paul Dorin", "Orvane")),
]

# the company whose capital the text spoke of last: a share told in a named company sets it, whether or not a tie
# was read of that sentence (relations._update_focus, slots/stakes30.stake_told)
_PORT = ("Port de Valmorel : l'État prêt à vendre ses dernières parts\n\nSelon nos informations, l'État "
         "envisagerait de céder les 10,01 % qu'il détient encore dans Orvane Ports (ORP), la société qui gère le "
         "port. ")
CASES += [
    (_PORT + "Vexora, actionnaire principal avec 49,99 % depuis 2019, serait candidat.",
     [("OWNS", "Vexora", "Orvane Ports")]),
    (_PORT + "La perspective inquiète la Région Bretagne, qui détient 5 % du capital.",
     [("OWNS", "Région Bretagne", "Orvane Ports")]),
    (_PORT + "« Nous voulons un pacte local », plaide la chambre Brelan, premier actionnaire public avec 25 %.",
     [("OWNS", "Brelan", "Orvane Ports")]),
]

# "filiale de A et concurrent direct de B": a bare noun after "et" begins another phrase, B is not listed with A
# (arguments._extend_list)
CASES += [
    ("La plainte a été déposée par Brelan, filiale de Vexora et concurrent direct de Marlin Finance.",
     [("OWNS", "Vexora", "Brelan")]),
    ("Brelan est une filiale de Vexora et du groupe Marlin Finance.",
     [("OWNS", "Vexora", "Brelan"), ("OWNS", "Marlin Finance", "Brelan")]),
]
FORBIDDEN += [
    ("La plainte a été déposée par Brelan, filiale de Vexora et concurrent direct de Marlin Finance.",
     ("OWNS", "Marlin Finance", "Brelan")),
    ("Tessard, filiale de Vexora et fournisseur historique de la société Marlin Finance, a réagi.",
     ("OWNS", "Marlin Finance", "Tessard")),
    ("Orvane, filiale du groupe Vexora et client de Marlin Finance depuis 2010, a réagi.",
     ("OWNS", "Marlin Finance", "Orvane")),
]

# "X a repris les parts de Z dans Y": Z held a stake in Y (former; slots/stakes30.stake_taken_over)
CASES += [
    ("Le fonds Vexora a repris en 2019 les parts du fonds Marlin Finance dans Orvane.",
     [("OWNS", "Marlin Finance", "Orvane"), ("OWNS", "Vexora", "Orvane")]),
    ("Vexora a racheté la participation de Marlin Finance dans le groupe Orvane.",
     [("OWNS", "Marlin Finance", "Orvane")]),
    ("Paul Dorin, qui avait récupéré les actions de la banque Tessard dans Orvane, siège au conseil.",
     [("OWNS", "Tessard", "Orvane")]),
]
