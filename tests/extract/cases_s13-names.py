"""Rule cases of the s13 names helper (names cut, run on, typed wrongly): invented actors only."""

CASES = [
    # a capitalised common noun and its lower-case adjective are one name
    ("Une plainte a été déposée en juin par l'association Vigilance citoyenne contre la société Brenac Ingénierie.",
     [("SUES", "Vigilance citoyenne", "Brenac Ingénierie")]),
    ("Les élus de Marée montante ont voté contre le budget, a indiqué Paul Garnier, président de Marée montante.",
     [("LEADS", "Paul Garnier", "Marée montante")]),
]

FORBIDDEN = [
    # "the <company noun> de <town>": where the company is from, no party
    ("L'entreprise de Saint-Herblain, filiale du groupe ferroviaire Ilvaine, a remporté le marché.",
     ("OWNS", "Ilvaine", "Saint-Herblain")),
    ("Le groupe de Clermont-Ferrand est contrôlé à 34 % par la holding Brunel Participations.",
     ("OWNS", "Brunel Participations", "Clermont-Ferrand")),
    ("La PME de Saint-Étienne-du-Rouvray, rachetée par Tarvane en 2021, emploie 80 salariés.",
     ("ACQUIRES", "Tarvane", "Saint-Étienne-du-Rouvray")),
    # a name stops before "et" and the person's next title
    ("Reste l'arbitre : Paul Garnier, fondateur de Rempart démocrate et ancien ministre, se tait.",
     ("FOUNDED", "Paul Garnier", "Rempart démocrate et ancien ministre")),
]

FORBIDDEN += [
    # the press that reports is no owner the descriptor "l'industriel" could fall back on
    ("« Le prix est juste », a assuré à l'AFP Paul Garnier. L'industriel, qui possède déjà 9 % d'Ostrane, est conseillé par la banque Varin.",
     ("OWNS", "AFP", "Ostrane")),
]

FORBIDDEN += [
    # "the <company noun> <adjective> de <town>": the town is where the company is from
    ("Le groupe agricole de Loudéac versera 450 000 euros par saison au club Rugby Vernon.",
     ("FUNDS", "Loudéac", "Rugby Vernon")),
    ("La coopérative laitière de Vitré, propriété de la holding Ardel Participations, recrute.",
     ("OWNS", "Ardel Participations", "Vitré")),
    # "secrétaire d'État": a title, no state
    ("M. Favreau fut le directeur de cabinet de Mme Bérard, alors secrétaire d'État.",
     ("LEADS", "Bérard", "État")),
]

CASES += [
    # a family with a hyphenated surname is "famille X", an actor of its own
    ("Tout dépendra de la famille Pelletier-Ordonneau, premier actionnaire d'Orvalis avec 32 % du capital.",
     [("OWNS", "famille Pelletier-Ordonneau", "Orvalis")]),
]
