"""Cases of the s14 party-politics fixes (helper s14-pol), invented names."""

CASES = [
    # a party's list head is a member of the party, not its leader
    ("Hugo Dessin, tête de liste du Bloc vert en 2020, s'est rangé derrière elle.",
     [("MEMBER_OF", "Hugo Dessin", "Bloc vert")]),
    ("La tête de liste de l'Union civique, Odile Ferrat, refuse tout accord.",
     [("MEMBER_OF", "Odile Ferrat", "Union civique")]),
    # a party's acronym right after an elected title, before the constituency
    ("La bataille fait rage au sein de la Fédération démocrate (FD). Frédéric Abadin, député FD de la "
     "Haute-Garonne, est candidat.",
     [("MEMBER_OF", "Frédéric Abadin", "Fédération démocrate")]),
    ("Le Parti radical (PR) est divisé. La sénatrice PR de la Loire Odile Ferrat a voté contre.",
     [("MEMBER_OF", "Odile Ferrat", "Parti radical")]),
    ("Le Bloc vert (BV) a gagné. Paul Lenoir, élu BV de la Drôme depuis 2014, a voté contre.",
     [("MEMBER_OF", "Paul Lenoir", "Bloc vert")]),
    ("L'Union républicaine (UR) est divisée. Odile Ferrat, maire UR de Rennes depuis 2020, a voté contre.",
     [("MEMBER_OF", "Odile Ferrat", "Union républicaine")]),
    # a leader's blessing is support
    ("Le maire Paul Dorin a publiquement adoubé Sophie Laval en septembre.",
     [("ALLY_OF", "Paul Dorin", "Sophie Laval")]),
    ("Sophie Laval, que le maire Paul Dorin a adoubée en septembre, est candidate.",
     [("ALLY_OF", "Paul Dorin", "Sophie Laval")]),
    # the parties of a pact made behind a candidate each support the candidate
    ("Le Bloc vert et l'Union civique ont scellé un accord derrière Anne Ibarra.",
     [("ALLY_OF", "Bloc vert", "Anne Ibarra"), ("ALLY_OF", "Union civique", "Anne Ibarra")]),
    ("Le Parti radical et les Verts ont conclu une alliance derrière le sénateur Paul Lenoir pour les municipales.",
     [("ALLY_OF", "Parti radical", "Paul Lenoir"), ("ALLY_OF", "Verts", "Paul Lenoir")]),
    # a relative clause of blame hanging on the one blamed
    ("Le sénateur Paul Lenoir, qu'Anne Ibarra accuse d'avoir saboté les négociations, se tait.",
     [("ACCUSES", "Anne Ibarra", "Paul Lenoir")]),
    ("La députée Anne Ibarra a quitté le parti. Elle vise le sénateur Paul Lenoir, qu'elle accuse d'avoir "
     "« trahi » les militants.",
     [("ACCUSES", "Anne Ibarra", "Paul Lenoir")]),
    ("La société Ostrix, que la Commission européenne soupçonne d'avoir contourné l'embargo, dément.",
     [("ACCUSES", "Commission européenne", "Ostrix")]),
]

FORBIDDEN = [
    ("Hugo Dessin, tête de liste du Bloc vert en 2020, s'est rangé derrière elle.",
     ("LEADS", "Hugo Dessin", "Bloc vert")),
    ("La tête de liste de l'Union civique, Odile Ferrat, refuse tout accord.",
     ("LEADS", "Odile Ferrat", "Union civique")),
    # "que" after a verb of saying is no relative clause on an actor
    ("Le groupe Varlen a racheté Ostrix. Anne Ibarra a rappelé que Ostrix critique Varlen depuis des mois.",
     ("ACCUSES", "Varlen", "Ostrix")),
    # the mayor's town is no party
    ("Le maire de Lille, Paul Dorin, a voté contre le projet de la Fédération démocrate.",
     ("MEMBER_OF", "Paul Dorin", "Fédération démocrate")),
]

FORBIDDEN += [
    # a relative clause after a name in a "de" phrase may hang on the noun the phrase completes
    ("Le Conseil a sanctionné Ivan Petrov, propriétaire de l'armateur Nordline, que Bruxelles accuse d'avoir "
     "transporté du brut russe.",
     ("ACCUSES", "Bruxelles", "Nordline")),
]

CASES += [
    # closeness to a power or a regime is political closeness
    ("L'homme d'affaires Ivan Petrov, réputé proche du Kremlin, a été sanctionné.",
     [("ALLY_OF", "Ivan Petrov", "Kremlin")]),
    ("L'oligarque Ivan Petrov, un proche du Kremlin, a été sanctionné.", [("ALLY_OF", "Ivan Petrov", "Kremlin")]),
    ("Ivan Petrov est un proche du régime de Minsk.", [("ALLY_OF", "Ivan Petrov", "Minsk")]),
    # a meal's participle tagged as a noun with the day for its object
    ("Le sénateur Paul Lenoir est candidat. Il a déjeuné mardi avec Sophie Laval.",
     [("MEETS", "Paul Lenoir", "Sophie Laval")]),
    ("La ministre Odile Ferrat a dîné lundi avec le maire de Nantes, Hervé Castagnol.",
     [("MEETS", "Odile Ferrat", "Hervé Castagnol")]),
]


CASES += [
    # a party's candidate named right after "Son candidat," (a title between)
    ("Reste l'inconnue de l'Union civique. Son candidat, l'avocat Luc Berthier, est crédité de 12 %.",
     [("MEMBER_OF", "Luc Berthier", "Union civique")]),
    ("Le Front républicain a tranché. Sa candidate, la sénatrice Odile Ferrat, a été investie dimanche.",
     [("MEMBER_OF", "Odile Ferrat", "Front républicain")]),
    ("Le Bloc national prépare les municipales. Son candidat, Sébastien Crozet, crédité de 17 % des intentions "
     "de vote, espère profiter des divisions.",
     [("MEMBER_OF", "Sébastien Crozet", "Bloc national")]),
    # a word of membership coordinated with another title beside the name
    ("Le maire Paul Dorin s'en va. Sophie Laval, sa première adjointe et militante du Bloc vert depuis vingt ans, "
     "est candidate.",
     [("MEMBER_OF", "Sophie Laval", "Bloc vert")]),
    ("Le maire Paul Dorin s'en va. Sophie Laval, son ancienne collaboratrice et membre du Bloc vert depuis 2010, "
     "est candidate.",
     [("MEMBER_OF", "Sophie Laval", "Bloc vert")]),
    ("Les élus Marc Dutreuil, sénateur du Nord, et Anne Ibarra, députée et figure du Parti radical, ont voté contre.",
     [("MEMBER_OF", "Anne Ibarra", "Parti radical")]),
]

FORBIDDEN += [
    # a company's candidate for a board is no party member
    ("Le fonds Varlen Capital a présenté son candidat, l'ancien banquier Paul Lenoir, pour le conseil.",
     ("MEMBER_OF", "Paul Lenoir", "Varlen Capital")),
    ("Les élus Marc Dutreuil, sénateur du Nord, et Anne Ibarra, députée et figure du Parti radical, ont voté contre.",
     ("MEMBER_OF", "Marc Dutreuil", "Parti radical")),
]

FORBIDDEN += [
    # support "financièrement" is money given, no political closeness
    ("L'entreprise Varlen a soutenu financièrement la candidate Anne Ibarra.", ("ALLY_OF", "Varlen", "Anne Ibarra")),
    ("La société Varlen soutient financièrement le festival Rives depuis 2015.", ("ALLY_OF", "Varlen", "Rives")),
    ("Le groupe Ostrix, qui a longtemps soutenu financièrement le Stade nantais, se retire.",
     ("ALLY_OF", "Ostrix", "Stade nantais")),
]
