"""Cases of the s31 name-boundary passes (helper s31-names31), invented names and sentences: a capitalised
preposition opening a sentence is no word of the name after it; a name ends with the number that closes it ("La
Voix du 13"); a lawyer's surname that is a French function word ("Me Anne Sur") stays the person's."""

CASES = [
    # lead-in prepositions (mentions/names31.cut_lead_ins; family in mentions/data/names31.yaml)
    ("Chez Vortalis, créé en 2004 par Hélène Garnier, qui en dirige toujours le conseil, la prudence domine.",
     [("FOUNDED", "Hélène Garnier", "Vortalis")]),
    ("Brenmar s'offre Delvi.\n\nCôté Brenmar, lancé en 2011 par Luc Ferrat, personne ne commente.",
     [("FOUNDED", "Luc Ferrat", "Brenmar")]),
    ("Auprès de Quintara, fondée par Inès Roval il y a dix ans, on confirme l'information.",
     [("FOUNDED", "Inès Roval", "Quintara")]),
    ("Au sein de Delvano, que préside Marc Hostin depuis 2019, l'inquiétude grandit.",
     [("LEADS", "Marc Hostin", "Delvano")]),
    # a name closed by a number ("du 13", "des 92"): mentions/names31.names_ending_in_a_number
    ("Exclue des Radicaux unis en 2016, Carla Mendi a fondé la même année son propre parti, La Voix du 13.",
     [("FOUNDED", "Carla Mendi", "La Voix du 13")]),
    ("Paul Ternier a lancé en 2020 son propre collectif, L'Élan du 92.",
     [("FOUNDED", "Paul Ternier", "L'Élan du 92")]),
    ("Le mouvement Renouveau du 31, lancé par Odile Brasque après sa défaite, compte déjà mille adhérents.",
     [("FOUNDED", "Odile Brasque", "Renouveau du 31")]),
    # a lawyer's surname that reads as a preposition: candidates.py end trim
    ("À l'audience, Me Olivier Sous, avocat de Kelmora, a dénoncé une manœuvre.",
     [("WORKS_FOR", "Olivier Sous", "Kelmora")]),
    ("Défendue par Me Claire Contre, la société Brivane a fait appel. Me Claire Contre, conseil de Brivane, "
     "conteste le jugement.",
     [("WORKS_FOR", "Claire Contre", "Brivane")]),
    ("« Nous irons en cassation », a prévenu Me Julien Avec, l'avocat de Tessaro.",
     [("WORKS_FOR", "Julien Avec", "Tessaro")]),
]
FORBIDDEN = [
    # the preposition never names the company
    ("Chez Vortalis, créé en 2004 par Hélène Garnier, la prudence domine.",
     ("FOUNDED", "Hélène Garnier", "Chez Vortalis")),
    ("Face à Ondelia, fondée par Rémi Castel, les syndicats protestent.",
     ("FOUNDED", "Rémi Castel", "Face à Ondelia")),
    ("Selon Varnix, dirigé par Léa Montel, la demande recule.",
     ("LEADS", "Léa Montel", "Selon Varnix")),
    # a date's number is no name's ending
    ("Marc Tolvan a fondé la société Ferval du 3 mars 2010.",
     ("FOUNDED", "Marc Tolvan", "Ferval du 3")),
]
