"""Cases of the s22 entity-type gaps that block ties (helper s22-types22), invented names and sentences."""

# A movement's name opening on a state's word and closed by a movement tail ("La République en …") is the
# movement, an organisation: the state's vote of its first words no longer makes it a government, which no
# membership reader takes as a party.
CASES = [
    ("Julie Morin porte désormais les couleurs de La République en commun.",
     [("MEMBER_OF", "Julie Morin", "La République en commun")]),
    ("Julie Morin, députée de La République en marche, a voté contre le texte.",
     [("MEMBER_OF", "Julie Morin", "La République en marche")]),
]
FORBIDDEN = [
    # "le parti présidentiel" is the party in power just named, not another party whose name holds "Parti"
    ("Julie Morin, tête de liste du Parti radical, attaque. Marc Dubois porte les couleurs de La République en "
     "commun. Paul Morvan, exclu du parti présidentiel, fait campagne.",
     ("MEMBER_OF", "Paul Morvan", "Parti radical")),
]
CASES += [
    # a near miss: the republic itself, with no movement tail, stays the state and no party
    ("Julie Morin a servi la République pendant trente ans.", []),
]

# A court named by its lower-case kind and its seat ("le tribunal correctionnel de X", "le tribunal de commerce
# de X") is one public body when it acts or is led; where a case is brought ("devant le tribunal de X") or when
# it sentences, it is no party (a pronoun or possessive after it is not the court's).
CASES += [
    ("Le tribunal correctionnel de Varnel a infligé à Kryptal une amende record de 3 millions d'euros.",
     [("OPPOSES", "tribunal correctionnel de Varnel", "Kryptal")]),
    ("Paul Morvan, président du tribunal de commerce de Varnel, a présenté le bilan de l'année.",
     [("LEADS", "Paul Morvan", "tribunal de commerce de Varnel")]),
]
FORBIDDEN += [
    ("Le tribunal correctionnel de Varnel a infligé à Kryptal une amende record de 3 millions d'euros.",
     ("OPPOSES", "Varnel", "Kryptal")),
    # near misses: the venue of a suit, and a sentence, give the court no tie
    ("Le fabricant Kryptal a assigné devant le tribunal de commerce de Varnel son ancien fournisseur Dorvex.",
     ("FUNDS", "tribunal de commerce de Varnel", "Dorvex")),
    ("Le tribunal correctionnel de Varnel a condamné Paul Morvan à cinq ans de prison.",
     ("ACCUSES", "tribunal correctionnel de Varnel", "Paul Morvan")),
]
