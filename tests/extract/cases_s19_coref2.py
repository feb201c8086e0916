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

# a person descriptor with a country adjective ("le milliardaire russe") is no person the text introduced as
# from another country ("l'homme d'affaires américain X"); one it introduced so, or nothing known, may be
CASES += [
    ("Le consortium emmené par l'homme d'affaires américain Paul Dervin a racheté le club Brulot FC. Le "
     "milliardaire américain, propriétaire de la franchise Tessar, promet des investissements.",
     [("OWNS", "Paul Dervin", "Tessar")]),
    ("Le gouvernement a autorisé la vente du club Brulot FC au consortium emmené par l'homme d'affaires "
     "américain Paul Dervin, mettant fin au règne d'Igor Varnov sur le club. Le milliardaire russe, "
     "propriétaire du club depuis 2003, avait été frappé par un gel de ses avoirs.",
     [("OWNS", "Igor Varnov", "Brulot FC")]),
]

FORBIDDEN = [
    ("Le consortium emmené par l'homme d'affaires américain Paul Dervin a racheté le club Brulot FC. Le "
     "milliardaire russe, propriétaire du club depuis 2003, avait été frappé par un gel de ses avoirs.",
     ("OWNS", "Paul Dervin", "Brulot FC")),
    # (near miss of the staff body: a journalists' society is no channel's head's company)
    ("Le groupe Malto a racheté Brulot Media, qui regroupe Tessar TV et Radio Varnel. La société des "
     "journalistes de Tessar TV a voté une motion de défiance. Paul Dervin, le directeur général de la "
     "chaîne, assure qu'il n'y aura aucune ingérence.",
     ("LEADS", "Paul Dervin", "société des journalistes de Tessar TV")),
]
