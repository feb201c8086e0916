"""Cases of the s27 second-reference gaps (helper s27-coref27), invented names and sentences."""

# "le groupe coréen": the press's word for a South Korean company; with two Korean actors, the last named
# (mentions/data/demonyms.yaml, coref._placed)
CASES = [
    ("Le contrat a été signé entre le sud-coréen Hanvel Power et l'État. Le groupe Varnell, qui avait perdu face "
     "à Hanvel Power, filiale du groupe public sud-coréen Kordex, conteste. L'américain Kelvor a mis fin à son litige "
     "avec Hanvel Power en signant avec le groupe coréen un accord de coopération.",
     [("PARTNERS_WITH", "Kelvor", "Hanvel Power")]),
]
FORBIDDEN = [
    ("Le contrat a été signé entre le sud-coréen Hanvel Power et l'État. Le groupe Varnell, qui avait perdu face "
     "à Hanvel Power, filiale du groupe public sud-coréen Kordex, conteste. L'américain Kelvor a mis fin à son litige "
     "avec Hanvel Power en signant avec le groupe coréen un accord de coopération.",
     ("PARTNERS_WITH", "Kelvor", "Varnell")),
    # (near miss: no Korean actor at all; the French one is not "le groupe coréen")
    ("Le groupe français Varnell a perdu l'appel d'offres. L'américain Kelvor a signé avec le groupe coréen un "
     "accord de coopération.", ("PARTNERS_WITH", "Kelvor", "Varnell")),
]

# "la Fédération X, dont Y est membre : son président, Z": X's president, not Y's (coref._relative_heads,
# EntityIndex.antecedent)
CASES += [
    ("Le groupe Lumex a racheté trois usines. Même ligne à la Fédération des fabricants de meubles, dont Lumex est "
     "membre : son président, Paul Martin, juge que la réforme est urgente.",
     [("LEADS", "Paul Martin", "Fédération des fabricants de meubles")]),
    ("Le groupe Lumex a racheté trois usines. Même ligne à la Fédération des fabricants de meubles (FFM), dont Lumex "
     "est membre : son président, Paul Martin, juge que la réforme est urgente.",
     [("LEADS", "Paul Martin", "Fédération des fabricants de meubles")]),
]
FORBIDDEN += [
    ("Le groupe Lumex a racheté trois usines. Même ligne à la Fédération des fabricants de meubles, dont Lumex est "
     "membre : son président, Paul Martin, juge que la réforme est urgente.",
     ("LEADS", "Paul Martin", "Lumex")),
]

# "la compagnie", "le pétrolier": no actor the text only called a fund (coref._only_called_fund)
CASES += [
    ("Le fonds Orion a fait élire trois administrateurs au conseil du géant pétrolier Varnell. Dès décembre, Kelvor, "
     "le fonds de pension des enseignants, s'était rangé à ses côtés. Le ralliement de Lumex, l'un des principaux "
     "actionnaires de la compagnie, a fini de faire basculer le scrutin.",
     [("OWNS", "Lumex", "Varnell")]),
]
FORBIDDEN += [
    ("Le fonds Orion a fait élire trois administrateurs au conseil du géant pétrolier Varnell. Dès décembre, Kelvor, "
     "le fonds de pension des enseignants, s'était rangé à ses côtés. Le ralliement de Lumex, l'un des principaux "
     "actionnaires de la compagnie, a fini de faire basculer le scrutin.",
     ("OWNS", "Lumex", "Orion")),
]

# "l'institution", "l'instance", "l'autorité": the last body named before whose name says it is one
# (coref._named_body); with a complement or adjective of its own, or no such body, no one
CASES += [
    ("L'Autorité des marchés a infligé une amende à Varnell. « Les manquements sont graves », a commenté Benoît "
     "Caron, le président de l'institution.", [("LEADS", "Benoît Caron", "Autorité des marchés")]),
    ("La Ligue nationale de handball (LNH) a sanctionné le club. En 2018, l'instance présidée par Paul Goze a infligé "
     "au club Varnell une amende.", [("LEADS", "Paul Goze", "Ligue nationale de handball")]),
]
FORBIDDEN += [
    # (near miss: no body named before; the company is no institution)
    ("Le groupe Varnell a publié ses comptes. « Les résultats sont bons », a commenté Benoît Caron, le président "
     "de l'institution.", ("LEADS", "Benoît Caron", "Varnell")),
    # (a court is no "autorité")
    ("Le Conseil d'État a validé la décision contre la chaîne Varnell. L'autorité avait infligé à Varnell plusieurs "
     "amendes, sous la présidence de Paul Martin.", ("OPPOSES", "Conseil d'État", "Varnell")),
]

# the same, when the parser made the relative clause's subject the whole sentence's: "X, dont le fonds Y détient
# 30 %, a annoncé le départ de son directeur" (EntityIndex.past_relative in slots/titles.py)
CASES += [
    ("La société Varnell, dont le fonds Orion détient 30 %, a annoncé le départ de son directeur général, Paul Martin.",
     [("LEADS", "Paul Martin", "Varnell"), ("OWNS", "Orion", "Varnell")]),
]
FORBIDDEN += [
    ("La société Varnell, dont le fonds Orion détient 30 %, a annoncé le départ de son directeur général, Paul Martin.",
     ("LEADS", "Paul Martin", "Orion")),
    ("La société Varnell, dont le fonds Orion détient 30 %, a vu son directeur général, Paul Martin, démissionner.",
     ("LEADS", "Paul Martin", "Orion")),
]
CASES += [
    # (near miss: the fund as the main clause's own subject keeps its possessive)
    ("Le fonds Orion a annoncé le départ de son directeur général, Paul Martin.", [("LEADS", "Paul Martin", "Orion")]),
]

# "le directeur de la rédaction", "à la tête de la rédaction": the paper the text introduced last as one
# (coref._newsroom_post, coref._last_paper); a company that bought "le quotidien" is no paper
CASES += [
    ("Le Journal du soir traverse une crise. Paul Martin a pris la tête de la rédaction en août.",
     [("LEADS", "Paul Martin", "Journal du soir")]),
    ("L'hebdomadaire Varnell traverse une crise. Paul Martin, le directeur de la rédaction, a démissionné.",
     [("LEADS", "Paul Martin", "Varnell")]),
]
FORBIDDEN += [
    ("Le groupe Varnell a racheté le quotidien régional. Paul Martin, le directeur de la rédaction, a démissionné.",
     ("LEADS", "Paul Martin", "Varnell")),
    # (the newsroom itself, not its head: no tie for the paper)
    ("L'hebdomadaire Varnell traverse une crise. La rédaction a voté une motion de défiance contre Paul Martin.",
     ("OPPOSES", "Varnell", "Paul Martin")),
]
