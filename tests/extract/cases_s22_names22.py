"""Cases of the s22 entity names cut short or run on (helper names22), invented names and sentences."""

# A double family name: first name, surname, particle and a second capitalised word, which the NER cut
# before the particle (and took for a company): one person.
CASES = [
    ("La revue appartient à Paul Vernier de Castelmont, le patron de la holding Ferlac.",
     [("LEADS", "Paul Vernier de Castelmont", "Ferlac")]),
    ("Selon ses proches, Jacques Morvan de Kerhuel, le patron de Dorvex, hésite encore.",
     [("LEADS", "Jacques Morvan de Kerhuel", "Dorvex")]),
]
FORBIDDEN = [
    ("La revue appartient à Paul Vernier de Castelmont, le patron de la holding Ferlac.",
     ("LEADS", "Castelmont", "Ferlac")),
]
FORBIDDEN += [
    # a near miss: the word after the particle is a company the text names alone elsewhere
    ("Paul Vernier de Castelmont, le patron de la holding Ferlac, a signé. Castelmont a annoncé un rachat.",
     ("LEADS", "Paul Vernier de Castelmont", "Ferlac")),
]

# A ministry named by a portfolio the list lacked ("du Pétrole", "des Mines"), by one written without the
# accent of its capital ("l'Education nationale"), or joined to an adjective by "et" ("écologique et
# solidaire"): one public body, not its domain nor its first words.
CASES += [
    ("L'accord a été signé par le ministère du Pétrole, dirigé par Karim Haddouche.",
     [("LEADS", "Karim Haddouche", "ministère du Pétrole")]),
    ("Le ministère de l'Industrie et des Mines, dirigé par Samir Benali, a validé le contrat.",
     [("LEADS", "Samir Benali", "ministère de l'Industrie et des Mines")]),
    ("Le ministère de la Transition écologique et solidaire, dirigé par Lucie Tanguy, a validé le projet.",
     [("LEADS", "Lucie Tanguy", "ministère de la Transition écologique et solidaire")]),
    ("Claire Dumoulin hérite d'un vaste ministère de l'Education nationale et des Sports.",
     [("LEADS", "Claire Dumoulin", "ministère de l'Education nationale et des Sports")]),
]
FORBIDDEN += [
    ("L'accord a été signé par le ministère du Pétrole, dirigé par Karim Haddouche.",
     ("LEADS", "Karim Haddouche", "Pétrole")),
    ("Le ministère de l'Industrie et des Mines, dirigé par Samir Benali, a validé le contrat.",
     ("LEADS", "Samir Benali", "Mines")),
    # a near miss: the portfolio word outside a ministry's name is no body ("le prix du pétrole")
    ("Le prix du pétrole, selon Samir Benali, dirigeant de Kryptal, va monter.",
     ("LEADS", "Samir Benali", "ministère du pétrole")),
]

# A name opened by an article written with a capital inside a sentence, cut by the NER before its lower-case
# adjective: the adjective is the name's (the country or the region takes a small "la").
CASES += [
    ("Julie Morin, présidente du groupe La Bretagne insoumise à l'Assemblée, a réclamé sa démission.",
     [("LEADS", "Julie Morin", "La Bretagne insoumise")]),
]
FORBIDDEN += [
    ("Julie Morin, présidente du groupe La Bretagne insoumise à l'Assemblée, a réclamé sa démission.",
     ("LEADS", "Julie Morin", "Bretagne")),
    # a near miss: the region with a small article keeps its name alone
    ("Julie Morin, présidente de la Bretagne entière depuis 2020, a réclamé sa démission.",
     ("LEADS", "Julie Morin", "Bretagne entière")),
]

# A body's kind, an adjective of its reach and its purpose with "pour": one name, not the kind and adjective
# alone.
CASES += [
    ("Kryptal a rejoint l'Alliance européenne pour les moteurs, fondée par Paul Denis en 2017.",
     [("MEMBER_OF", "Kryptal", "Alliance européenne pour les moteurs")]),
]
FORBIDDEN += [
    ("Kryptal a rejoint l'Alliance européenne pour les moteurs, fondée par Paul Denis en 2017.",
     ("MEMBER_OF", "Kryptal", "Alliance européenne")),
    # a near miss: an adjective that says nothing of reach leaves "pour" outside the name
    ("Le Mouvement fédéraliste pour la campagne de 2019 a reçu un prêt de Kryptal.",
     ("FUNDS", "Kryptal", "Mouvement fédéraliste pour la campagne")),
]

# "<plural noun> sans frontières": an NGO's name the NER cuts at the preposition.
CASES += [
    ("Juristes sans frontières, qui a saisi le Conseil d'Etat, poursuit Kryptal en justice.",
     [("SUES", "Juristes sans frontières", "Kryptal")]),
]
FORBIDDEN += [
    ("Juristes sans frontières, qui a saisi le Conseil d'Etat, poursuit Kryptal en justice.",
     ("SUES", "Juristes", "Kryptal")),
]

# A name ending on an initial and its full stop does not run into the next sentence's article.
CASES += [
    ("Autre sujet : le rôle de Paul O. L'ancien ministre conseille Kryptal depuis 2020.", []),
]
FORBIDDEN += [
    ("Autre sujet : le rôle de Paul O. L'ancien ministre, qui conseille Kryptal, en détient des parts.",
     ("WORKS_FOR", "Paul O. L'", "Kryptal")),
]

# A capitalised word the language model knows, named alone elsewhere in the text, is a name of its own: the
# lower-case adjective after it ("riposte", "responsable") says something of it and is not its last word.
CASES += [
    ("Le tribunal de Lyon a jugé Boréal responsable. Boréal, le laboratoire dirigé par Paul Denis, fera appel.",
     [("LEADS", "Paul Denis", "Boréal")]),
]
FORBIDDEN += [
    ("Le tribunal de Lyon a jugé Boréal responsable. Boréal, le laboratoire dirigé par Paul Denis, fera appel.",
     ("LEADS", "Paul Denis", "Boréal responsable")),
    ("Le groupe Boréal a acheté Dorvex en 2015. En 2016, Boréal riposte en montant au capital de Kryptal, "
     "dirigé par Paul Denis.",
     ("LEADS", "Paul Denis", "Boréal riposte")),
]
CASES += [
    # a near miss: a common noun and its adjective, named whole each time, stay one name
    ("L'association Probité publique, présidée par Paul Denis, poursuit Kryptal. Probité publique réclame des "
     "comptes.",
     [("LEADS", "Paul Denis", "Probité publique")]),
]

# An English public body's name joins its domains with "and": one body, its acronym spelled without "and".
CASES += [
    ("Le gendarme de la pêche, la Fisheries and Waters Commission (FWC), poursuit Kryptal en justice. Le "
     "président de la FWC, Paul Denis, a signé la plainte.",
     [("LEADS", "Paul Denis", "Fisheries and Waters Commission")]),
    ("La Fisheries and Waters Commission poursuit Kryptal en justice.",
     [("SUES", "Fisheries and Waters Commission", "Kryptal")]),
]
FORBIDDEN += [
    ("La Fisheries and Waters Commission poursuit Kryptal en justice.",
     ("SUES", "Fisheries", "Kryptal")),
    # a near miss: two funds joined by "and" stay two investors
    ("Les fonds Bellpoint Capital and Harrow Partners ont investi dans Kryptal.",
     ("INVESTS_IN", "Bellpoint Capital and Harrow Partners", "Kryptal")),
]

# An investigation named after its target with an English plural noun ("X Files") is no name of the company.
CASES += [
    ("ENQUÊTE — Kryptal Files : comment le lobbyiste Paul Denis a ouvert les portes du ministère\n\n"
     "Des documents internes lèvent le voile sur l'offensive menée par Kryptal en France. Paul Denis, qui a "
     "quitté Kryptal en 2016, se dit lanceur d'alerte. Les dirigeants de Kryptal, dont son patron Marc Olin, "
     "ont rencontré le ministre.",
     [("LEADS", "Marc Olin", "Kryptal")]),
]
FORBIDDEN += [
    ("ENQUÊTE — Kryptal Files : comment le lobbyiste Paul Denis a ouvert les portes du ministère\n\n"
     "Des documents internes lèvent le voile sur l'offensive menée par Kryptal en France. Paul Denis, qui a "
     "quitté Kryptal en 2016, se dit lanceur d'alerte. Les dirigeants de Kryptal, dont son patron Marc Olin, "
     "ont rencontré le ministre.",
     ("LEADS", "Marc Olin", "Kryptal Files")),
]
CASES += [
    # a near miss: a company whose own name ends on such a word, written whole each time
    ("Le papetier Norvel Papers a fermé son usine. Paul Denis, le patron de Norvel Papers, regrette.",
     [("LEADS", "Paul Denis", "Norvel Papers")]),
]

# "propriétaire du X et d'Y": the repeated "de" after "et" joins two names the NER ran together.
CASES += [
    ("Le groupe détient 60 % du capital de Kryptal, propriétaire du Courrier du matin et d'Ondes 7.",
     [("OWNS", "Kryptal", "Courrier du matin"), ("OWNS", "Kryptal", "Ondes 7")]),
]
FORBIDDEN += [
    ("Le groupe détient 60 % du capital de Kryptal, propriétaire du Courrier du matin et d'Ondes 7.",
     ("OWNS", "Kryptal", "Courrier du matin et d'Ondes 7")),
    # a near miss: a ministry's portfolios join that way and stay one body
    ("Le ministère de l'Europe et des Affaires étrangères, dirigé par Paul Denis, a protesté.",
     ("LEADS", "Paul Denis", "Affaires étrangères")),
]

# A sentence opening on a first name the tagger reads as a verb, then a capitalised particle glued by a hyphen
# ("Al-", "El-", "Ben-"): the first name is the name's, not a word to strip.
CASES += [
    ("Nasser Al-Kharoub, président du club Dorvex, a salué l'arrivée d'un actionnaire.",
     [("LEADS", "Nasser Al-Kharoub", "Dorvex")]),
]
FORBIDDEN += [
    ("Nasser Al-Kharoub, président du club Dorvex, a salué l'arrivée d'un actionnaire.",
     ("LEADS", "Al-Kharoub", "Dorvex")),
]
