"""Cases of the fourteenth session's lead fixes (sanctions told by a fronted participle or followed by
another body: extract/sanctions.py), invented names."""

CASES = [
    # a fronted participle: each body named by "par" sanctions the first actor after the clause
    ("Sanctionné en décembre par le Trésor américain, puis en février par l'Union européenne, l'armateur "
     "grec Valcor Shipping a longtemps transporté le gaz de Brenix.",
     [("OPPOSES", "Trésor américain", "Valcor Shipping"), ("OPPOSES", "Union européenne", "Valcor Shipping")]),
    ("Sanctionnée l'an dernier par l'Union européenne, la banque Norvik Capital a fermé ses bureaux de Riga.",
     [("OPPOSES", "Union européenne", "Norvik Capital")]),
    ("Visé depuis mars par des sanctions du Trésor américain, le négociant Faltor Energy conteste toute "
     "irrégularité.",
     [("OPPOSES", "Trésor américain", "Faltor Energy")]),
    # no body named: the adjective's, told elsewhere in the article
    ("L'Union européenne a adopté un nouveau paquet de sanctions. Frappée depuis 2023 par des sanctions "
     "européennes, la banque Norvik Capital a fermé ses bureaux.",
     [("OPPOSES", "Union européenne", "Norvik Capital")]),
    # a sanction followed by another body
    ("Depuis avril, l'Union européenne sanctionne le négociant Faltor Energy, suivie par les États-Unis.",
     [("OPPOSES", "Union européenne", "Faltor Energy"), ("OPPOSES", "États-Unis", "Faltor Energy")]),
    ("Le Royaume-Uni a sanctionné la société Ostrava Trade en mai, suivi par le Canada.",
     [("OPPOSES", "Royaume-Uni", "Ostrava Trade"), ("OPPOSES", "Canada", "Ostrava Trade")]),
]


# Legal: the complaint behind the article's investigation, a probe "visant Y" whose name the parser hung on
# the verb, charges notified to a titled person, the labour court seized
CASES += [
    ("Le parquet national financier a ouvert une enquête visant Lorvane Défense. L'enquête a été déclenchée "
     "par une plainte de Gyrotec, le concurrent évincé. Lorvane Défense conteste.",
     [("SUES", "parquet national financier", "Lorvane Défense"), ("SUES", "Gyrotec", "Lorvane Défense")]),
    ("Le parquet de Paris a ouvert une information judiciaire contre la société Lorvane Défense. Cette enquête "
     "a été provoquée par une plainte de l'ONG Transparence Active. Lorvane Défense dément.",
     [("SUES", "Transparence Active", "Lorvane Défense")]),
    ("Le parquet de Nanterre a ouvert une enquête préliminaire visant le groupe Morvel. Le dirigeant, Paul "
     "Aubry, nie tout. Il affirme n'avoir rien su. L'enquête a été déclenchée par une plainte de la société "
     "Kestra, ancien client du groupe Morvel.",
     [("SUES", "Kestra", "Morvel")]),
    ("L'Autorité des marchés financiers (AMF) a notifié en janvier des griefs à l'ancienne directrice "
     "financière du groupe, Sophie Lavalette.",
     [("SUES", "Autorité des marchés financiers", "Sophie Lavalette")]),
    ("L'Autorité de la concurrence a notifié des griefs au président du distributeur, Marc Orsini.",
     [("SUES", "Autorité de la concurrence", "Marc Orsini")]),
    ("Fanny Bertin a saisi les prud'hommes contre Aldor Défense. Aldor Défense dément.",
     [("SUES", "Fanny Bertin", "Aldor Défense")]),
]


# Portraits: "la fille de X" opening the article on its person; a double-barrelled surname carries the family's
CASES += [
    ("Léa Marchetti-Vial, l'héritière pressée\n\nPORTRAIT - À 38 ans, la fille de Jean Vial a pris la présidence "
     "du groupe Vialmex. Léa Marchetti-Vial assume. Son père, 70 ans, préside toujours le conseil de surveillance.",
     [("FAMILY", "Léa Marchetti-Vial", "Jean Vial")]),
    ("Tom Berthelot-Roux, le dauphin\n\nÀ 35 ans, le fils de Marc Roux prend la tête de la brasserie Roux Frères. "
     "Tom Berthelot-Roux y travaille depuis dix ans.",
     [("FAMILY", "Tom Berthelot-Roux", "Marc Roux")]),
    ("Inès Garrec, l'héritière\n\nPORTRAIT. À 39 ans, la fille du fondateur prend les commandes des Biscuiteries "
     "Garrec. Inès Garrec y travaille depuis 2012.",
     [("LEADS", "Inès Garrec", "Biscuiteries Garrec")]),
    ("Claire Dumas-Ferrand dirige depuis mars l'enseigne Ferrandis. Diplômée de Lille, Claire Dumas-Ferrand a "
     "d'abord travaillé à Londres. Son cousin Hugo Ferrand, administrateur, a voté contre sa nomination.",
     [("FAMILY", "Hugo Ferrand", "Claire Dumas-Ferrand")]),
]

# A lawyer speaking "par la voix de" for the clause's subject; the lawyer's name after the comma is the lawyer's
CASES += [
    ("Le parquet a ouvert une enquête visant Lérande Défense. Sa rivale Gyrotec, présidée par Karen Lund, "
     "accuse. Lérande Défense conteste « toute irrégularité » par la voix de son avocate, Me Anne Guichet.",
     [("WORKS_FOR", "Anne Guichet", "Lérande Défense")]),
    ("Le groupe Varnel dément toute faute par la voix de son avocat, Me Paul Seznec.",
     [("WORKS_FOR", "Paul Seznec", "Varnel")]),
    ("Marc Tellier, le patron de Varnel, nie les faits. Son avocat, Me Paul Seznec, dénonce un acharnement.",
     [("WORKS_FOR", "Paul Seznec", "Marc Tellier")]),
    ("La société Rocheval est poursuivie pour fraude. L'avocate de l'entreprise, Me Sabine Courtel, a plaidé "
     "la relaxe.",
     [("WORKS_FOR", "Sabine Courtel", "Rocheval")]),
]

CASES += [
    ("L'Autorité des marchés financiers (AMF) a engagé une procédure de sanction contre l'ancien directeur "
     "financier, Denis Bailly, soupçonné d'avoir cédé des actions.",
     [("SUES", "Autorité des marchés financiers", "Denis Bailly")]),
    ("L'Union européenne a adopté des sanctions contre l'oligarque Oleg Varin.",
     [("OPPOSES", "Union européenne", "Oleg Varin")]),
]

# "présidente-directrice générale de Y": the feminine compound split by the tokenizer, read on its second post
CASES += [
    ("« Cette offre sous-évalue notre groupe », a déclaré Hélène Castel, présidente-directrice générale de "
     "Bellevigne.",
     [("LEADS", "Hélène Castel", "Bellevigne")]),
    ("Hélène Castel, présidente-directrice générale de Bellevigne depuis 2019, refuse l'offre.",
     [("LEADS", "Hélène Castel", "Bellevigne")]),
    ("Nadia Ismer, directrice générale du négociant Helvar, s'explique sur la rupture.",
     [("LEADS", "Nadia Ismer", "Helvar")]),
]

FORBIDDEN = [
    # a fronted participle of another kind is no sanction
    ("Touché par la crise, le groupe Maraval a licencié deux cents salariés, selon l'Union européenne.",
     ("OPPOSES", "Union européenne", "groupe Maraval")),
    # the one sanctioned by a fronted participle does not sanction
    ("Sanctionné en décembre par le Trésor américain, l'armateur Valcor Shipping transporte le gaz de Brenix.",
     ("OPPOSES", "Valcor Shipping", "Brenix")),
    # "X sait pourquoi son groupe figure sur la liste": the group is listed, not X
    # the daughter named with her own name is not the article's person
    ("Léa Vial, l'héritière\n\nLéa Vial a pris la présidence du groupe Vialmex. La fille de Jean Vial, Anne "
     "Vial, siège au conseil. Léa Vial assume.",
     ("FAMILY", "Léa Vial", "Jean Vial")),
    # the lawyer is no one contested, and no client of the last person named
    ("Le parquet a ouvert une enquête visant Lérande Défense. Sa rivale Gyrotec, présidée par Karen Lund, "
     "accuse. Lérande Défense conteste « toute irrégularité » par la voix de son avocate, Me Anne Guichet.",
     ("OPPOSES", "Lérande Défense", "Anne Guichet")),
    ("Le parquet a ouvert une enquête visant Lérande Défense. Sa rivale Gyrotec, présidée par Karen Lund, "
     "accuse. Lérande Défense conteste « toute irrégularité » par la voix de son avocate, Me Anne Guichet.",
     ("WORKS_FOR", "Anne Guichet", "Karen Lund")),
    # the second half of another compound is no trigger
    ("La maison-mère de Varnel, le groupe Ostrel, détient 80 % du capital.",
     ("LEADS", "Ostrel", "Varnel")),
    # a regulator's "procédure de sanction" is proceedings (SUES), no sanction
    ("L'Autorité des marchés financiers (AMF) a engagé une procédure de sanction contre l'ancien directeur "
     "financier, Denis Bailly, soupçonné d'avoir cédé des actions.",
     ("OPPOSES", "Autorité des marchés financiers", "Denis Bailly")),
    ("L'Autorité de la concurrence a ouvert une procédure de sanctions contre le groupe Varnel.",
     ("OPPOSES", "Autorité de la concurrence", "Varnel")),
    # an investigation started by a complaint names its own target: no complaint against another
    ("Le parquet de Paris a ouvert une enquête visant Lorvane Défense. Le groupe Sarvane, son rival, a "
     "signé un contrat. Une autre enquête a été ouverte après une plainte de Gyrotec contre Sarvane.",
     ("SUES", "Gyrotec", "Lorvane Défense")),
    ("Le Trésor américain a sanctionné l'armateur Valcor Shipping. Oleg Varin sait très bien pourquoi son "
     "groupe figure sur la liste.",
     ("OPPOSES", "Trésor américain", "Oleg Varin")),
]
