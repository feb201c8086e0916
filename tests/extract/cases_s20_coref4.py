"""Cases of the s20 second-reference gaps (helper s20-coref4): which party a possessive title opening a
sentence ("Son patron, X", "Son directeur général, X") points back to. Invented names and sentences."""

CASES = [
    # "X a beau V…, (le concurrent) Y V2": the clause on "avoir beau" only concedes; the sentence is about Y
    ("Varnel a beau répéter que son offre est la meilleure, le concurrent Tessar ne décolère pas. "
     "Son patron, Paul Marlin, dénonce une manœuvre.",
     [("LEADS", "Paul Marlin", "Tessar")]),
    ("Le directeur général de Garvel, Luc Berthier, a beau jurer que l'aide sera remboursée, le concurrent "
     "low cost Ostralis ne décolère pas. Son patron, Henri Vasseur, accuse le ministère de fausser le marché.",
     [("LEADS", "Henri Vasseur", "Ostralis"), ("LEADS", "Luc Berthier", "Garvel")]),
    # "X, la coentreprise de A et de B, V…": X is the subject the parser hung elsewhere
    ("Kordal, la coentreprise de Varnel et de Tessar, vend des serveurs. Son directeur général, Paul Marlin, "
     "promet des prix bas.",
     [("LEADS", "Paul Marlin", "Kordal")]),
    ("Kestria, la filiale commune de Garvel et de Brulot, commercialise des logiciels de paie. Sa directrice "
     "générale, Sophie Marly, vise la rentabilité.",
     [("LEADS", "Sophie Marly", "Kestria")]),
    # near miss: the main clause has no named subject; the conceding one is still what the sentence is about
    ("Varnel a beau répéter que Tessar est en faute, les syndicats ne décolèrent pas. Son patron, Paul Marlin, "
     "dénonce une manœuvre.",
     [("LEADS", "Paul Marlin", "Varnel")]),
]
FORBIDDEN = [
    ("Varnel a beau répéter que son offre est la meilleure, le concurrent Tessar ne décolère pas. "
     "Son patron, Paul Marlin, dénonce une manœuvre.",
     ("LEADS", "Paul Marlin", "Varnel")),
    ("Kordal, la coentreprise de Varnel et de Tessar, vend des serveurs. Son directeur général, Paul Marlin, "
     "promet des prix bas.",
     ("LEADS", "Paul Marlin", "Tessar")),
    ("Kordal, la coentreprise de Varnel et de Tessar, vend des serveurs. Son directeur général, Paul Marlin, "
     "promet des prix bas.",
     ("LEADS", "Paul Marlin", "Varnel")),
    # near miss: a name named inside the conceded clause is not the main clause's subject
    ("Varnel a beau répéter que Tessar est en faute, les syndicats ne décolèrent pas. Son patron, Paul Marlin, "
     "dénonce une manœuvre.",
     ("LEADS", "Paul Marlin", "Tessar")),
]
