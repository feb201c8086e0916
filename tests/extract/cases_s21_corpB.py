"""Cases of the s21 coverage gaps of French in the control ties (helper s21-corpB), invented names and
sentences."""

# A seat asked for on a board is annotated as the seat: "X demande / réclame un siège au conseil de Y"
# (slots/words.py SEAT_ASKING_VERBS, read by slots/phrases.py seat_taker as the verbs of getting a seat).
CASES = [
    ("Le fonds Brenmoor réclame deux sièges au conseil d'administration du groupe Valdane.",
     [("BOARD_MEMBER", "Brenmoor", "Valdane")]),
    ("Le groupe Sorelia demande un siège au conseil de surveillance de la société Quillard.",
     [("BOARD_MEMBER", "Sorelia", "Quillard")]),
]
FORBIDDEN = [
    # a seat asked for in vain is no seat
    ("Le fonds Brenmoor a réclamé en vain un siège au conseil d'administration du groupe Valdane.",
     ("BOARD_MEMBER", "Brenmoor", "Valdane")),
    ("Le fonds Brenmoor a demandé sans succès un siège au conseil d'administration du groupe Valdane.",
     ("BOARD_MEMBER", "Brenmoor", "Valdane")),
]

# "le patron de la franchise des Y", "président de l'écurie Y": a sports team's noun before its name is the
# team, as "club" and "équipe", not a department of it (slots/dependents.py _TEAM_NOUNS): the head leads it.
CASES += [
    ("Marc Delorme, l'ancien patron de la franchise américaine de basket des Ventura Falcons, a racheté un "
     "club de football.",
     [("LEADS", "Marc Delorme", "Ventura Falcons")]),
]
FORBIDDEN += [
    ("Marc Delorme, l'ancien patron de la franchise américaine de basket des Ventura Falcons, a racheté un "
     "club de football.",
     ("WORKS_FOR", "Marc Delorme", "Ventura Falcons")),
    # a franchise bought is a business's, no owner through it
    ("Le groupe Sorelia a acheté la franchise de la société Quillard.",
     ("OWNS", "Sorelia", "Quillard")),
]

# A mandate on a board is a seat on it, got, kept or asked for; a seat named through "comme" after an
# appointment's noun, with the possessive's owner the one who asks (slots/corpb21.py seat_sought).
CASES += [
    ("Le fonds Brenmoor n'exclut pas de solliciter d'autres mandats au sein du conseil de surveillance du "
     "groupe Valdane.",
     [("BOARD_MEMBER", "Brenmoor", "Valdane")]),
    ("Le fonds Brenmoor détient deux mandats au conseil d'administration du groupe Valdane.",
     [("BOARD_MEMBER", "Brenmoor", "Valdane")]),
    ("Le fonds Brenmoor envisage de demander sa nomination ou celle d'une ou de plusieurs personnes comme "
     "membre du conseil de surveillance du groupe Valdane.",
     [("BOARD_MEMBER", "Brenmoor", "Valdane")]),
]
FORBIDDEN += [
    ("Le fonds Brenmoor a sollicité en vain un mandat au conseil du groupe Valdane.",
     ("BOARD_MEMBER", "Brenmoor", "Valdane")),
    # a manager named "comme directeur" leads or works, does not sit on the board
    ("La nomination de Marc Delorme comme directeur du groupe Valdane a été approuvée.",
     ("BOARD_MEMBER", "Marc Delorme", "Valdane")),
]
CASES += [
    # near miss: a political mandate is no board seat
    ("Marc Delorme a obtenu un mandat de député dans la circonscription de Valdane.", []),
]

# Shares sold, named by their noun: the seller held a stake in the company named after them (slots/verbs.py
# deal_parties, _SHARE_NOUNS; never the article's company for shares of no company named).
CASES += [
    ("Le fonds Brenmoor a vendu ses actions du groupe Valdane.",
     [("OWNS", "Brenmoor", "Valdane")]),
    ("Le fonds Brenmoor a vendu ses parts du groupe Valdane au groupe Lorvant.",
     [("OWNS", "Brenmoor", "Valdane"), ("OWNS", "Lorvant", "Valdane")]),
    # near misses: shares of no company named; a newspaper ("le titre") sold
    ("Le fonds Brenmoor a vendu des actions pour financer son expansion.", []),
    ("Le groupe Valdane a vendu le titre du groupe Lorvant.", []),
]

# Shares put on sale: the one who puts them on sale holds them ("X a mis en vente ses 12 % du capital de Y",
# "l'annonce par X de la mise en vente des 12 % du capital de Y"; slots/corpb21.py put_on_sale).
CASES += [
    ("L'annonce par Julie Delorme de la mise en vente des 12,5 % du capital du groupe Lorvant a surpris.",
     [("OWNS", "Julie Delorme", "Lorvant")]),
    ("Julie Delorme a mis en vente ses 12 % du capital du groupe Lorvant.",
     [("OWNS", "Julie Delorme", "Lorvant")]),
    ("Le fonds Brenmoor a annoncé la mise en vente de ses 20 % du groupe Lorvant.",
     [("OWNS", "Brenmoor", "Lorvant")]),
    # near misses: a building put on sale; a court orders the sale, owns nothing
    ("Le groupe Lorvant a mis en vente son siège parisien.", []),
    ("Le tribunal a ordonné la mise en vente du groupe Lorvant.", []),
]

# A spell in a person's office (a minister's, a mayor's): "après un passage au cabinet de X" is a former job
# for X (slots/corpb21.py cabinet_of).
CASES += [
    ("Marc Delorme est entré chez Valdane en 1997, après un passage au cabinet de Julie Darel, entre 1993 et "
     "1995.",
     [("WORKS_FOR", "Marc Delorme", "Julie Darel")]),
    # near miss: a job given to someone's firm is no spell in it
    ("Julie Darel a confié une mission au cabinet de Marc Delorme.", []),
]

# "X, première femme à présider Y", "Première femme à présider Y, X a …", "X est la première femme à présider
# Y": the ranked noun's person is the infinitive's subject; its object, hung on the noun without a preposition,
# is the infinitive's (slots/corpb21.py ranked_infinitive_subject).
CASES += [
    ("Première femme à présider le groupe Valdane, Julie Darel a succédé en 2022 à Marc Delorme.",
     [("LEADS", "Julie Darel", "Valdane")]),
    ("Julie Darel, première femme à présider le groupe Valdane, a reçu les syndicats.",
     [("LEADS", "Julie Darel", "Valdane")]),
    ("Julie Darel est la première femme à présider le groupe Valdane.",
     [("LEADS", "Julie Darel", "Valdane")]),
]
FORBIDDEN += [
    # a candidate to the post does not hold it
    ("Marc Delorme, seul candidat à diriger le groupe Valdane, a parlé.",
     ("LEADS", "Marc Delorme", "Valdane")),
]

# "X était conseiller de Y": the bare title after "être" parsed as the verb "conseiller" in a passive
# (slots/corpb21.py adviser_misread).
CASES += [
    ("Lorsque Marc Delorme était conseiller de Julie Darel, il a signé le décret.",
     [("WORKS_FOR", "Marc Delorme", "Julie Darel")]),
    ("Marc Delorme était conseiller du groupe Valdane.",
     [("WORKS_FOR", "Marc Delorme", "Valdane")]),
    # near miss: an advice to give, no post
    ("Marc Delorme est à conseiller aux investisseurs du groupe Valdane.", []),
]
