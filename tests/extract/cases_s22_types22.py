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
