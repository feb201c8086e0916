"""Cases of the s29 people-and-politics gaps (helper s29-people29), invented names and sentences."""

# two titles of one name's apposition, "X, président de Y et administrateur de Z": the second title is the
# first one's conjunct and takes "de Z" (the parse hangs it on a word of Y's name, and may hang "de Z" on
# the first title) (nlp/docview._second_title_of_pair)
CASES = [
    ("« Nous croyons au redressement du groupe », explique Paul Dorin, président de Orvane Invest et "
     "administrateur de Vexora.",
     [("LEADS", "Paul Dorin", "Orvane Invest"), ("BOARD_MEMBER", "Paul Dorin", "Vexora")]),
    ("Paul Dorin, président de Orvane Invest et administrateur de Vexora, a démissionné.",
     [("LEADS", "Paul Dorin", "Orvane Invest"), ("BOARD_MEMBER", "Paul Dorin", "Vexora")]),
    ("Le plan tient, affirme Marie Lacan, présidente de Orvane Invest et administratrice de Vexora.",
     [("LEADS", "Marie Lacan", "Orvane Invest"), ("BOARD_MEMBER", "Marie Lacan", "Vexora")]),
    ("« Rien n'est joué », prévient Paul Dorin, le patron de Orvane Capital et administrateur de Vexora.",
     [("LEADS", "Paul Dorin", "Orvane Capital"), ("BOARD_MEMBER", "Paul Dorin", "Vexora")]),
    ("Le texte est signé par Marie Lacan, directrice de l'agence Orvane et membre du conseil de surveillance "
     "de Vexora.",
     [("LEADS", "Marie Lacan", "Orvane"), ("BOARD_MEMBER", "Marie Lacan", "Vexora")]),
]
FORBIDDEN = [
    ("Le plan tient, affirme Marie Lacan, présidente de Orvane Invest et administratrice de Vexora.",
     ("BOARD_MEMBER", "Marie Lacan", "Orvane Invest")),
    ("« Rien n'est joué », prévient Paul Dorin, le patron de Orvane Capital et administrateur de Vexora.",
     ("LEADS", "Paul Dorin", "Vexora")),
]

# a person's office as a career stage: "X est passé par le cabinet de Y" → X WORKS_FOR Y
# (slots/people29.cabinet_joined, works_for.cabinet_joined)
CASES += [
    ("Passé par le cabinet de Jean Marceau, Paul Dorin a pris la tête de Vexora.",
     [("WORKS_FOR", "Paul Dorin", "Jean Marceau"), ("LEADS", "Paul Dorin", "Vexora")]),
    ("Paul Dorin est passé par le cabinet de Jean Marceau avant de rejoindre Vexora.",
     [("WORKS_FOR", "Paul Dorin", "Jean Marceau")]),
    ("Marie Lacan, qui a travaillé au cabinet de Jean Marceau, dirige Vexora.",
     [("WORKS_FOR", "Marie Lacan", "Jean Marceau")]),
    ("Après être passée par le cabinet de la ministre Julie Barat, Marie Lacan a rejoint Vexora.",
     [("WORKS_FOR", "Marie Lacan", "Julie Barat")]),
    ("Marie Lacan a rejoint le cabinet de Jean Marceau en 2017.",
     [("WORKS_FOR", "Marie Lacan", "Jean Marceau")]),
]

# closeness said before the clause: "Proche de Y, X a …" → X ALLY_OF Y (slots/people29.fronted_close)
CASES += [
    ("Proche de Jean Marceau, Paul Dorin a pris la tête de Vexora.",
     [("ALLY_OF", "Paul Dorin", "Jean Marceau")]),
    ("Très proche du président Jean Marceau, la patronne de Vexora, Marie Lacan, a démenti.",
     [("ALLY_OF", "Marie Lacan", "Jean Marceau"), ("LEADS", "Marie Lacan", "Vexora")]),
    ("Paul Dorin dirige Vexora depuis 2010. Proche de Jean Marceau, qui l'a reçu à plusieurs reprises, il a aussi "
     "su séduire Marie Lacan.",
     [("ALLY_OF", "Paul Dorin", "Jean Marceau"), ("MEETS", "Jean Marceau", "Paul Dorin")]),
    ("Proche du Parti radical, Marie Lacan votera la motion.",
     [("ALLY_OF", "Marie Lacan", "Parti radical")]),
]
FORBIDDEN += [
    # a company close to another: no political closeness of persons
    ("Proche de Vexora, le fonds Orvane a démenti.", ("ALLY_OF", "Orvane", "Vexora")),
    # a task given to someone's office: no career stage
    ("Paul Dorin a confié une mission au cabinet de Jean Marceau.", ("WORKS_FOR", "Paul Dorin", "Jean Marceau")),
]

# a local body named right after its noun, with no "de": "la métropole Rives-de-Loire" is one public body
# (mentions/candidates._public_bodies, _NAMED_RIGHT_AFTER)
CASES += [
    ("Marie Lacan, présidente de la métropole Rives-de-Loire, a démenti.",
     [("LEADS", "Marie Lacan", "métropole Rives-de-Loire")]),
    ("Face à lui, Marie Lacan, présidente de la métropole Nantes-Atlantique, a obtenu le soutien de l'Union "
     "centriste.",
     [("LEADS", "Marie Lacan", "métropole Nantes-Atlantique"), ("ALLY_OF", "Union centriste", "Marie Lacan")]),
    ("La métropole Grand Vercors, présidée par Paul Dorin, a voté le budget.",
     [("LEADS", "Paul Dorin", "métropole Grand Vercors")]),
    ("Paul Dorin préside la communauté de communes Val-Vert depuis 2014.",
     [("LEADS", "Paul Dorin", "communauté de communes Val-Vert")]),
]
FORBIDDEN += [
    ("La métropole Grand Vercors, présidée par Paul Dorin, a voté le budget.",
     ("LEADS", "Paul Dorin", "Grand Vercors")),
]

# support as the second object of a list: "X a obtenu l'investiture de Z et le soutien de Y" → Y ALLY_OF X
# (slots/bonds._relied_support reads the list's first object's verb)
CASES += [
    ("Marie Lacan a obtenu l'investiture du Parti radical et le soutien de l'Union centriste.",
     [("ALLY_OF", "Union centriste", "Marie Lacan")]),
    ("Paul Dorin peut compter sur l'appui des élus locaux et sur le soutien du Parti radical.",
     [("ALLY_OF", "Parti radical", "Paul Dorin")]),
    ("Marie Lacan a obtenu la confiance des électeurs et le soutien de l'Union centriste.",
     [("ALLY_OF", "Union centriste", "Marie Lacan")]),
]

# the party a possessive calls a person's: "Y, sa famille politique", "Son parti, Y, l'a investi" → MEMBER_OF
# (rule member.own_party)
CASES += [
    ("Marie Lacan a obtenu l'investiture du Parti radical, sa famille politique.",
     [("MEMBER_OF", "Marie Lacan", "Parti radical")]),
    ("Paul Dorin brigue la mairie. Son parti, l'Union centriste, l'a investi.",
     [("MEMBER_OF", "Paul Dorin", "Union centriste")]),
    ("Paul Dorin a reçu le soutien de l'Union centriste, son parti.",
     [("MEMBER_OF", "Paul Dorin", "Union centriste"), ("ALLY_OF", "Union centriste", "Paul Dorin")]),
]

# a body's management or delegation met for the body: "X doit rencontrer la direction de Y", "X a reçu les
# représentants de A et la direction de B" (slots/corpa21.leaders_of, each conjunct of the object)
CASES += [
    ("Marie Lacan doit rencontrer jeudi la direction de Vexora.", [("MEETS", "Marie Lacan", "Vexora")]),
    ("Marie Lacan a reçu les représentants de la CGT et la direction de Vexora.",
     [("MEETS", "Marie Lacan", "CGT"), ("MEETS", "Marie Lacan", "Vexora")]),
    ("Le ministre Paul Dorin a convoqué mardi la direction d'Orvane.", [("MEETS", "Paul Dorin", "Orvane")]),
]
FORBIDDEN += [
    # given the helm, not a meeting
    ("Paul Dorin a reçu la direction de Vexora en 2019.", ("MEETS", "Paul Dorin", "Vexora")),
]

# a union's or a party's name right after a member's title: "X, délégué CFDT" → MEMBER_OF
# (slots/people29.union_label, member.union_label)
CASES += [
    ("Paul Dorin, délégué CFDT depuis quinze ans sur le site, a démenti.", [("MEMBER_OF", "Paul Dorin", "CFDT")]),
    ("La militante CGT Marie Lacan a démenti.", [("MEMBER_OF", "Marie Lacan", "CGT")]),
    ("« Nous ne lâcherons rien », prévient Marie Lacan, déléguée FO de l'usine.",
     [("MEMBER_OF", "Marie Lacan", "FO")]),
    ("Le délégué syndical CFDT Paul Dorin a démenti.", [("MEMBER_OF", "Paul Dorin", "CFDT")]),
]
FORBIDDEN += [
    ("Paul Dorin, délégué général de Vexora, a démenti.", ("MEMBER_OF", "Paul Dorin", "Vexora")),
]

# a co-founder "aux côtés de": "X a cofondé Y aux côtés de Z" → Z FOUNDED Y (slots/people29.founded_beside)
CASES += [
    ("Paul Dorin a cofondé Orvane aux côtés de Marie Lacan en 2015.",
     [("FOUNDED", "Paul Dorin", "Orvane"), ("FOUNDED", "Marie Lacan", "Orvane")]),
    ("Paul Dorin dirige Vexora. Il avait déjà cofondé Orvane, le spécialiste de la paie, aux côtés de Marie Lacan.",
     [("FOUNDED", "Marie Lacan", "Orvane")]),
    ("Orvane, créée aux côtés de Marie Lacan par Paul Dorin, emploie 300 personnes.",
     [("FOUNDED", "Paul Dorin", "Orvane"), ("FOUNDED", "Marie Lacan", "Orvane")]),
]
FORBIDDEN += [
    ("Paul Dorin a fondé Orvane et siège aux côtés de Marie Lacan au conseil de Vexora.",
     ("FOUNDED", "Marie Lacan", "Orvane")),
]

# a title a "dont" clause ends on: "Y, dont X est la présidente", "Y, dont il est administrateur" → the title's
# tie to Y (nlp/docview._dont_of_predicate, DONT_TITLES)
CASES += [
    ("Orvane, dont Marie Lacan est la présidente, a levé 30 millions d'euros.",
     [("LEADS", "Marie Lacan", "Orvane")]),
    ("Paul Dorin a investi dans Orvane, dont il est administrateur.",
     [("BOARD_MEMBER", "Paul Dorin", "Orvane"), ("INVESTS_IN", "Paul Dorin", "Orvane")]),
    ("Paul Dorin compte parmi les premiers investisseurs d'Orvane, dont il est administrateur aux côtés de "
     "Marie Lacan.",
     [("BOARD_MEMBER", "Paul Dorin", "Orvane")]),
    ("Il a rejoint Orvane, dont Paul Dorin était alors le président.", [("LEADS", "Paul Dorin", "Orvane")]),
]
FORBIDDEN += [
    # the subject is a relative of the person named, not the person
    ("Orvane, dont le frère de Paul Dorin est président, a levé 30 millions d'euros.",
     ("LEADS", "Paul Dorin", "Orvane")),
]

# counsel in court works for the party it defends or represents, no alliance (slots/people29.counsel_of,
# works_for.counsel)
CASES += [
    ("Défendu par le cabinet Gerval Associés, Orvane conteste la sanction.",
     [("WORKS_FOR", "Gerval Associés", "Orvane")]),
    ("Orvane, défendue par le cabinet Gerval Associés, conteste la sanction.",
     [("WORKS_FOR", "Gerval Associés", "Orvane")]),
    ("Représentée par Me Paul Dorin, Orvane a fait appel.", [("WORKS_FOR", "Paul Dorin", "Orvane")]),
    ("Vexora est représentée par Me Paul Dorin.", [("WORKS_FOR", "Paul Dorin", "Vexora")]),
    ("Le cabinet Gerval Associés défend Orvane dans ce dossier.", [("WORKS_FOR", "Gerval Associés", "Orvane")]),
    # a person defending another is support still
    ("Paul Dorin défend Marie Lacan face aux critiques.", [("ALLY_OF", "Paul Dorin", "Marie Lacan")]),
]
FORBIDDEN += [
    ("Défendu par le cabinet Gerval Associés, Orvane conteste la sanction.",
     ("ALLY_OF", "Gerval Associés", "Orvane")),
]

# a public body as a career stage: "Passée par le Conseil d'État, X …" → WORKS_FOR (slots/people29.body_passed,
# works_for.joined_body); a state passed through is a journey
CASES += [
    ("Passée par le Conseil d'État, Marie Lacan a pris la tête de l'Autorité des marchés.",
     [("WORKS_FOR", "Marie Lacan", "Conseil d'État")]),
    ("Paul Dorin, passé par le ministère de l'Économie, dirige Vexora.",
     [("WORKS_FOR", "Paul Dorin", "ministère de l'Économie")]),
    ("Marie Lacan, passée par la Cour des comptes puis par Vexora, dirige Orvane.",
     [("WORKS_FOR", "Marie Lacan", "Cour des comptes")]),
]
FORBIDDEN += [
    ("Le président Paul Dorin est passé par l'Arabie saoudite avant de rejoindre Vexora.",
     ("WORKS_FOR", "Paul Dorin", "Arabie saoudite")),
]

# a post "auprès de" a person serves that person (slots/people29.post_beside, works_for.post_beside)
CASES += [
    ("Paul Dorin, secrétaire d'État auprès de Marie Lacan, a démenti.", [("WORKS_FOR", "Paul Dorin", "Marie Lacan")]),
    ("Paul Dorin a été nommé secrétaire d'État auprès de la ministre Marie Lacan.",
     [("WORKS_FOR", "Paul Dorin", "Marie Lacan")]),
    ("Paul Dorin, conseiller spécial auprès de Marie Lacan, a démenti.", [("WORKS_FOR", "Paul Dorin", "Marie Lacan")]),
    ("Paul Dorin, ministre délégué auprès du ministre de l'Économie Jean Marceau, a démenti.",
     [("WORKS_FOR", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Paul Dorin, secrétaire général de Vexora, a démenti auprès de Marie Lacan.",
     ("WORKS_FOR", "Paul Dorin", "Marie Lacan")),
]
FORBIDDEN += [
    # a client named only by a description with two fit antecedents: no tie guessed
    ("Vexora a racheté Orvane en 2019. Représentée par le cabinet Gerval Associés, la société a fait appel.",
     ("WORKS_FOR", "Gerval Associés", "Vexora")),
]

# the one named to the post is the verb's object, not its subject ("Z le nomme … auprès de Y")
CASES += [
    ("Paul Dorin rejoint Jean Marceau, qui le nomme secrétaire d'État auprès de Marie Lacan.",
     [("WORKS_FOR", "Paul Dorin", "Marie Lacan")]),
    ("Jean Marceau a nommé Paul Dorin conseiller auprès de Marie Lacan.", [("WORKS_FOR", "Paul Dorin", "Marie Lacan")]),
]
FORBIDDEN += [
    ("Paul Dorin rejoint Jean Marceau, qui le nomme secrétaire d'État auprès de Marie Lacan.",
     ("WORKS_FOR", "Jean Marceau", "Marie Lacan")),
    # a name inside the client's phrase is no client
    ("Défendue par le cabinet Gerval Associés, l'entreprise cofondée par Marie Lacan a plaidé la relaxe.",
     ("WORKS_FOR", "Gerval Associés", "Marie Lacan")),
]
FORBIDDEN += [
    ("Défendue par le cabinet Gerval Associés, l'entreprise cofondée par Marie Lacan-Dorin a plaidé la relaxe.",
     ("WORKS_FOR", "Gerval Associés", "Marie Lacan-Dorin")),
]
