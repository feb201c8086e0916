"""Cases of the s26 conflict gaps, second round (helper s26-fights26b), invented names and sentences."""

# a court's or a regulator's sentence is a sanction: OPPOSES (role sanctions), no longer SUES (rule sues.sentenced)
CASES = [
    ("Le Conseil de la concurrence a condamné la société Ternelis à une amende de 3 millions d'euros.",
     [("OPPOSES", "Conseil de la concurrence", "Ternelis")]),
]
FORBIDDEN = [
    ("Le Conseil de la concurrence a condamné la société Ternelis à une amende de 3 millions d'euros.",
     ("SUES", "Conseil de la concurrence", "Ternelis")),
    # words of blame by a person are no sentence
    ("Le député Lucien Marvaud a condamné la société Ternelis pour ses licenciements.",
     ("OPPOSES", "Lucien Marvaud", "Ternelis")),
]

# an appeal against a sanction told before sues the one body that imposed it (appeals.py, sues.appeal_of_sanction)
_FINE = "L'Autorité de régulation a infligé une amende de 5 millions d'euros au groupe Vexaris. "
CASES += [
    (_FINE + "Le groupe, qui conteste plusieurs griefs, envisage un recours devant le Conseil d'État.",
     [("SUES", "Vexaris", "Autorité de régulation")]),
    (_FINE + "Vexaris a annoncé qu'il saisirait le Conseil d'État.",
     [("SUES", "Vexaris", "Autorité de régulation")]),
    (_FINE + "Vexaris a fait appel de la décision.",
     [("SUES", "Vexaris", "Autorité de régulation")]),
    (_FINE + "Le groupe envisage de saisir le Conseil d'État.",
     [("SUES", "Vexaris", "Autorité de régulation")]),
]
FORBIDDEN += [
    # near misses: calling on someone, a deadline to appeal, an appeal by another, a conviction by a court
    (_FINE + "Vexaris a fait appel à Dornel Conseil pour se défendre.",
     ("SUES", "Vexaris", "Autorité de régulation")),
    (_FINE + "Le groupe dispose d'un mois pour faire appel.",
     ("SUES", "Vexaris", "Autorité de régulation")),
    (_FINE + "La société Dornel a saisi le Conseil d'État.",
     ("SUES", "Dornel", "Autorité de régulation")),
    # (s28-fights28: an appealed conviction now sues the court that passed it, read28 gold and the lead's reading:
    # "Le tribunal correctionnel de Varnel a condamné la société Vexaris … Vexaris a fait appel" moved to CASES of
    # cases_s28_fights28.py)
]

# a climb into one's capital pushed back opposes the climber, whom the parser hangs on "capital"
# (slots/against._move_actors, rule opposes.resist_move)
CASES += [
    ("Ternelis a repoussé la montée au capital de Vexaris.", [("OPPOSES", "Ternelis", "Vexaris")]),
    ("Après avoir repoussé la montée au capital de Vexora, la famille Dorin a cédé Orvane.",
     [("OPPOSES", "famille Dorin", "Vexora")]),
]
FORBIDDEN += [
    # near miss: a date pushed back is no move
    ("Ternelis a repoussé au mois de mars son entrée au capital de Vexaris.", ("OPPOSES", "Ternelis", "Vexaris")),
]

# a fine told as an amount, "d'amende(s)" hung on the currency (slots/fights26b.fine_in_amount, opposes.fine_imposer)
CASES += [
    ("L'Autorité de régulation avait infligé au groupe Vexaris plus de 7,5 millions d'euros d'amendes.",
     [("OPPOSES", "Autorité de régulation", "Vexaris")]),
    ("L'Autorité de régulation inflige 2,4 millions d'euros d'amende au groupe Vexaris.",
     [("OPPOSES", "Autorité de régulation", "Vexaris")]),
]
FORBIDDEN += [
    # near miss: a fine paid to a body is not imposed on it
    ("Le groupe Vexaris a payé 2,4 millions d'euros d'amendes à l'Autorité de régulation.",
     ("OPPOSES", "Vexaris", "Autorité de régulation")),
]

# a penalty the parser hangs on the object's name is still a sentence, no blame (slots/feuds._sentence_phrase)
CASES += [
    ("La commission des sanctions de l'AMF a condamné Lucien Marvaud à 300 000 euros d'amende.",
     [("OPPOSES", "AMF", "Lucien Marvaud")]),
]
FORBIDDEN += [
    ("La commission des sanctions de l'AMF a condamné Lucien Marvaud à 300 000 euros d'amende.",
     ("ACCUSES", "AMF", "Lucien Marvaud")),
    # near miss: blame of a person's conduct with an "à" phrase of place is no sentence
    ("Le syndicat Varnell a condamné Lucien Marvaud à Lyon pour ses propos.",
     ("OPPOSES", "Varnell", "Lucien Marvaud")),
]
