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

# an interview its one "X : …" answer line shows: short paragraphs trailing off ("…") between answers are its
# questions, so every answer's "nous"/"notre" is the interviewee's organisation (not the last company named)
_INTERVIEW = "ENTRETIEN — Paul Dervin (Varnel) : « L'accord avec Tessar Pharma change notre dimension »\n\nCofondateur en 2003 de Varnel, la biotech lyonnaise spécialisée dans l'imagerie, Paul Dervin préside toujours son directoire. Il revient pour Le Fanal sur l'accord signé l'été dernier avec Malto, la filiale de Tessar Pharma.\n\nLe Fanal : Que prévoit exactement l'accord ?\nPaul Dervin : Malto obtient les droits mondiaux de notre produit phare. Le groupe américain nous verse 30 millions de dollars à la signature. Nous gardons la main sur l'essai en cours.\n\nVous aviez déjà cédé des droits en Asie…\nOui, nous avons un partenariat avec Brulot pour la Chine. Il n'est pas remis en cause.\n\nOn prête à Tessar Pharma l'intention de racheter la société…\nC'est faux. Tessar Pharma ne nous a fait aucune offre de rachat, et nous ne sommes pas à vendre. Jean Orsel, notre directeur financier, travaille au contraire à sécuriser notre financement.\n"

CASES += [
    (_INTERVIEW, [("PARTNERS_WITH", "Varnel", "Brulot"), ("WORKS_FOR", "Jean Orsel", "Varnel")]),
]

# a person noun a verb takes through a fused "au" points back as "le milliardaire" does
CASES += [
    ("La commission a auditionné Paul Dervin. L'industriel breton a assuré n'avoir aucun projet politique. Le "
     "rapporteur Luc Marsan reproche au milliardaire d'utiliser ses chaînes comme des outils de combat.",
     [("ACCUSES", "Luc Marsan", "Paul Dervin")]),
]

# a person named as the clause's subject ("Mme X, elle, reproche à…") is not the person noun the verb governs
_RIVALS = ("Face à elle, la maire sortante Claire Vasseur fait la course en tête dans les sondages. L'édile "
           "socialiste n'a pas ménagé sa rivale Sophie Marly : elle accuse la candidate LR de recycler les recettes "
           "du passé. Mme Marly, elle, reproche à la maire sortante l'état de saleté de la capitale.")
CASES += [
    (_RIVALS, [("ACCUSES", "Sophie Marly", "Claire Vasseur")]),
]

# an infinitive the parser hangs on the descriptor as a noun ("accuse le milliardaire de recycler les…") is
# no complement saying which one
CASES += [
    ("La commission a reçu Paul Marly. Luc Marsan accuse le milliardaire de recycler les recettes du passé.",
     [("ACCUSES", "Luc Marsan", "Paul Marly")]),
]

FORBIDDEN = [
    # (near miss: a real complement says which one: "le patron de Varnel" is not the person named before)
    ("La commission a reçu Paul Marly. Luc Marsan accuse le patron de Varnel de recycler les recettes du passé.",
     ("ACCUSES", "Luc Marsan", "Paul Marly")),

    # (near miss of the fused "au": a title taking a company gives no company the text does not say)
    ("Puis vient Orvane, la start-up fondée par Paul Dervin, dont Claire Vasseur préside le directoire. Un "
     "désaccord l'oppose au fondateur, qui lui reproche d'avoir sacrifié la recherche. Elle dirige désormais Varnel.",
     ("FOUNDED", "Paul Dervin", "Varnel")),

    # (near miss: the one person before is a woman the text calls "la présidente": not "au milliardaire")
    ("La commission a auditionné la présidente Claire Vasseur. Le rapporteur Luc Marsan reproche au milliardaire "
     "d'utiliser ses chaînes comme des outils de combat.",
     ("ACCUSES", "Luc Marsan", "Claire Vasseur")),

    (_INTERVIEW, ("WORKS_FOR", "Jean Orsel", "Tessar Pharma")),

    ("Le consortium emmené par l'homme d'affaires américain Paul Dervin a racheté le club Brulot FC. Le "
     "milliardaire russe, propriétaire du club depuis 2003, avait été frappé par un gel de ses avoirs.",
     ("OWNS", "Paul Dervin", "Brulot FC")),
    # (near miss of the staff body: a journalists' society is no channel's head's company)
    ("Le groupe Malto a racheté Brulot Media, qui regroupe Tessar TV et Radio Varnel. La société des "
     "journalistes de Tessar TV a voté une motion de défiance. Paul Dervin, le directeur général de la "
     "chaîne, assure qu'il n'y aura aucune ingérence.",
     ("LEADS", "Paul Dervin", "société des journalistes de Tessar TV")),
]
