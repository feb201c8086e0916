"""Cases of the s19 second-reference gaps (helper s19-coref2), invented names and sentences."""

CASES = [
    # "le groupe", subject of the next sentence, is the main clause's subject, not a seller the generic noun
    # introduced in passing inside a participle ("acquis auprès du groupe X")
    ("Ces dernières années, Varnel a multiplié les rachats : Tessar Studios, acquis en 2020 auprès du groupe "
     "Tessar, puis l'allemand Malto en 2021. Le groupe rivalise désormais avec Brulot.",
     [("COMPETES_WITH", "Varnel", "Brulot")]),
    # a staff body is no channel: "la chaîne" is the company whose journalists' society it is
    ("Le groupe Malto a racheté Brulot Media, qui regroupe Tessar TV et Radio Varnel. La société des "
     "journalistes de Tessar TV a voté une motion de défiance. Paul Dervin, le directeur général de la "
     "chaîne, assure qu'il n'y aura aucune ingérence.",
     [("LEADS", "Paul Dervin", "Tessar TV")]),
]
