"""Cases of the s20 precision work on false ties (helper s20-prec), invented names and sentences."""

# A participle agrees with the noun it qualifies, and an apposition after "à Y" describes Y: "racheté X à Y,
# la holding de la famille Z présidée par W" — Y is the family's holding, W leads Y (not X, not the family).
CASES = [
    ("Vanore a racheté en 2021 le réassureur Sélis à Brevo, la holding de la famille Tarrin présidée par Marc "
     "Lenoir, pour 9 milliards d'euros.",
     [("ACQUIRES", "Vanore", "Sélis"), ("OWNS", "famille Tarrin", "Brevo"), ("LEADS", "Marc Lenoir", "Brevo")]),
    ("Le groupe Marvel a racheté en 2022 l'assureur Calvane au groupe Ostrel, la holding de la famille Dornac "
     "présidée par Paul Ferrand, pour 2 milliards.",
     [("ACQUIRES", "Marvel", "Calvane"), ("OWNS", "famille Dornac", "Ostrel"), ("LEADS", "Paul Ferrand", "Ostrel")]),
]
FORBIDDEN = [
    ("Vanore a racheté en 2021 le réassureur Sélis à Brevo, la holding de la famille Tarrin présidée par Marc "
     "Lenoir, pour 9 milliards d'euros.",
     ("OWNS", "famille Tarrin", "Sélis")),
    ("Vanore a racheté en 2021 le réassureur Sélis à Brevo, la holding de la famille Tarrin présidée par Marc "
     "Lenoir, pour 9 milliards d'euros.",
     ("LEADS", "Marc Lenoir", "famille Tarrin")),
    ("Le groupe Marvel a racheté en 2022 l'assureur Calvane au groupe Ostrel, la holding de la famille Dornac "
     "présidée par Paul Ferrand, pour 2 milliards.",
     ("LEADS", "Paul Ferrand", "famille Dornac")),
]

# A list that opens on a relative clause's object goes on after it: "la mutuelle qui regroupe A, B et C, a
# lancé une offre" — B and C are the mutuelle's members, not bidders (the parse hung them on the subject).
CASES += [
    ("En septembre 2018, Pierre Dorval, le PDG de Covane, la mutuelle qui regroupe Alma, Brisa et Corvel, avait "
     "lancé une offre non sollicitée sur Telmaris.",
     [("LEADS", "Pierre Dorval", "Covane"), ("MEMBER_OF", "Alma", "Covane"), ("MEMBER_OF", "Brisa", "Covane"),
      ("MEMBER_OF", "Corvel", "Covane")]),
]
FORBIDDEN += [
    ("En septembre 2018, Pierre Dorval, le PDG de Covane, la mutuelle qui regroupe Alma, Brisa et Corvel, avait "
     "lancé une offre non sollicitée sur Telmaris.",
     ("BIDS_FOR", "Brisa", "Telmaris")),
    ("En septembre 2018, Pierre Dorval, le PDG de Covane, la mutuelle qui regroupe Alma, Brisa et Corvel, avait "
     "lancé une offre non sollicitée sur Telmaris.",
     ("BIDS_FOR", "Corvel", "Telmaris")),
]

# "le chef de l'État" names no state: no LEADS to a bare "État" (ONTOLOGY: a bare title gives no tie); a state
# named by its adjective is led.
CASES += [
    ("Le chef de l'État ostrien, Jean Morel, a reçu les syndicats.", [("LEADS", "Jean Morel", "État ostrien")]),
]
FORBIDDEN += [
    ("Les juges ont estimé que l'ancien chef de l'Etat, Paul Ferrand, avait laissé ses collaborateurs démarcher "
     "le régime.",
     ("LEADS", "Paul Ferrand", "Etat")),
    ("Le chef de l'État, Jean Morel, a reçu les syndicats à l'Élysée.", ("LEADS", "Jean Morel", "État")),
]

# ", dont X, l'ancien directeur de la stratégie" with no verb: "dont" is "among them" (the cadres who leave),
# not "de" the group named before — X's title is no head's post in that group.
CASES += [
    ("Le fonds Orvane a racheté le groupe Velmar. Plusieurs hauts cadres quittent le groupe, dont Paul Ferrand, "
     "l'ancien directeur de la stratégie.",
     [("ACQUIRES", "Orvane", "Velmar")]),
    ("Le groupe Velmar, dont Paul Ferrand est le président, a racheté Orvane.",
     [("LEADS", "Paul Ferrand", "Velmar"), ("ACQUIRES", "Velmar", "Orvane")]),
]
FORBIDDEN += [
    ("Le fonds Orvane a racheté le groupe Velmar. Plusieurs hauts cadres quittent le groupe, dont Paul Ferrand, "
     "l'ancien directeur de la stratégie.",
     ("LEADS", "Paul Ferrand", "Velmar")),
]

# The creative director heads a department: staff, not the head of the house.
CASES += [
    ("Paul Ferrand, directeur créatif de la maison Velmar, présente sa collection.",
     [("WORKS_FOR", "Paul Ferrand", "Velmar")]),
]
FORBIDDEN += [
    ("Paul Ferrand, directeur créatif de la maison Velmar, présente sa collection.", ("LEADS", "Paul Ferrand", "Velmar")),
]
