"""Cases of the s25 wrong-party attachments from relative clauses and participles (helper s25-relq25), invented
names and sentences."""

# "X, filiale de Y présidée par Z, qui possède W": the ", qui" after a participle's "par" person is not the
# person's when it tells what a firm does (holding, paying, buying); it is the described name's
# (arguments._agent_relative_antecedent)
CASES = [
    ("Drummon, filiale du fonds Varlia présidée par Paul Garnier, qui possède le club Kelvor depuis 2011, a recruté.",
     [("OWNS", "Drummon", "Kelvor")]),
    ("Varlia Capital, le fonds activiste fondé par Paul Garnier, qui détient environ 20 % du capital de Kelvor, "
     "réclame la révocation du conseil.",
     [("OWNS", "Varlia Capital", "Kelvor")]),
    ("Le groupe Varlia, cofondé par Paul Garnier, qui s'était engagé à verser 800 millions d'euros par an à la Ligue, "
     "a cessé de payer.",
     [("FUNDS", "Varlia", "Ligue")]),
]
FORBIDDEN = [
    ("Drummon, filiale du fonds Varlia présidée par Paul Garnier, qui possède le club Kelvor depuis 2011, a recruté.",
     ("OWNS", "Paul Garnier", "Kelvor")),
    ("Le groupe sino-espagnol cofondé par Paul Garnier, qui s'était engagé à verser 800 millions d'euros par an "
     "à Kelvor, a cessé de payer.",
     ("FUNDS", "Paul Garnier", "Kelvor")),
    ("Varlia Capital, le fonds activiste fondé par Paul Garnier, qui détient environ 20 % du capital de Kelvor, "
     "réclame la révocation du conseil.",
     ("OWNS", "Paul Garnier", "Kelvor")),
]
# near-misses: what only a person does, or a clitic standing for the firm, keeps the person as antecedent
CASES += [
    ("Kelvor, contrôlée par Paul Garnier, qui la détient depuis 2010, a recruté.",
     [("OWNS", "Paul Garnier", "Kelvor")]),
]

# "Le milliardaire Z, dont le groupe Y détient 57 % de W": the "dont" relative's own subject holds W, not Z
# (arguments._subject_of_uncached: the parser makes the relative the main clause with two subjects)
CASES += [
    ("Le milliardaire Paul Garnier, dont le groupe Varlia détient déjà 57 % de Kelvor, n'a jamais caché son intérêt.",
     [("OWNS", "Varlia", "Kelvor")]),
]
FORBIDDEN += [
    ("Le milliardaire Paul Garnier, dont le groupe Varlia détient déjà 57 % de Kelvor, n'a jamais caché son intérêt.",
     ("OWNS", "Paul Garnier", "Kelvor")),
    ("Le milliardaire Paul Garnier, dont le groupe détient déjà 57 % de Kelvor, n'a jamais caché son intérêt.",
     ("OWNS", "Paul Garnier", "Kelvor")),
]

# "…de Y, que X avait racheté": an object relative after a comma the parser reads as a conjunction, its clause
# hung on the main verb: the object is the name right before ", que" (slots/relq25.comma_que_object)
CASES += [
    ("Kelvor sera rapproché de Lumex, que Varnell avait racheté en 2019.",
     [("ACQUIRES", "Varnell", "Lumex")]),
    ("Fort de 15 000 salariés, Kelvor sera rapproché de Lumex Logistics, que Varnell avait racheté en 2019 et que "
     "dirige Paul Garnier.",
     [("ACQUIRES", "Varnell", "Lumex Logistics"), ("LEADS", "Paul Garnier", "Lumex Logistics")]),
]
FORBIDDEN += [
    # the clause has an object of its own: the name before the comma is no party
    ("Le groupe Kelvor a écrit à Lumex, que Varnell a racheté Drummon.",
     ("ACQUIRES", "Varnell", "Lumex")),
]
