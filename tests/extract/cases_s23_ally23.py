"""Cases of the s23 coverage gaps of French in the ties of support and conflict (helper s23-ally23), invented
names and sentences."""

# "X a rallié Y": rallying to a person is support; "X a rallié le camp de Y" the same through the camp's noun.
CASES = [
    ("Le sénateur Hugues Valbonne a quitté le parti Orval pour rallier Clarisse Montfort en 2019.",
     [("ALLY_OF", "Hugues Valbonne", "Clarisse Montfort")]),
    ("Arrivée troisième, Odile Ferrand a rallié le camp de Gaspard Lunel avant le second tour.",
     [("ALLY_OF", "Odile Ferrand", "Gaspard Lunel")]),
    ("Le député Firmin Castagne a rejoint le clan de Roseline Aubert.",
     [("ALLY_OF", "Firmin Castagne", "Roseline Aubert")]),
]
FORBIDDEN = [
    # one "rallie" a town: arriving there, no party
    ("Le ministre Hugues Valbonne a rallié Toulouse en train jeudi.",
     ("ALLY_OF", "Hugues Valbonne", "Toulouse")),
    # joining a company's team is no support of a person
    ("Odile Ferrand a rejoint l'équipe de la société Brantôme.",
     ("ALLY_OF", "Odile Ferrand", "Brantôme")),
]

# "Y, que soutenaient ouvertement A et B, …": a relative "que" the parser leaves unattached; the antecedent is
# the verb's object (the rules had fallen back on the nearest names and paired A with B).
CASES += [
    ("Ferdinand Morel, que soutenaient ouvertement la députée Adèle Ravier et le sénateur Yvon Cassagne, "
     "l'a emporté dimanche.",
     [("ALLY_OF", "Adèle Ravier", "Ferdinand Morel"), ("ALLY_OF", "Yvon Cassagne", "Ferdinand Morel")]),
    # a near miss: a thing as the antecedent, no tie
    ("Le projet de loi, que soutenaient Adèle Ravier et Yvon Cassagne, a été rejeté.", []),
]
FORBIDDEN += [
    ("Ferdinand Morel, que soutenaient ouvertement la députée Adèle Ravier et le sénateur Yvon Cassagne, "
     "l'a emporté dimanche.",
     ("ALLY_OF", "Adèle Ravier", "Yvon Cassagne")),
]

# "La fondation X, proche du parti Y": a body's political closeness to a party or a person.
CASES += [
    ("La fondation Lavergne, proche du parti Concorde, a publié une note sur les retraites.",
     [("ALLY_OF", "Lavergne", "Concorde")]),
    # near misses: an unnamed source, a place
    ("Selon une source proche de la société Ferlac, l'accord sera signé lundi.", []),
]
FORBIDDEN += [
    ("La société Ferlac, proche de la gare de Lyon, a déménagé.", ("ALLY_OF", "Ferlac", "gare de Lyon")),
]
FORBIDDEN += [
    # a party's label inside a title is not the one close to the person
    ("Lucie Varenne, conseillère régionale du parti Concorde et proche de Hector Dumay, a été désignée.",
     ("ALLY_OF", "Concorde", "Hector Dumay")),
]

# "X, le président (Y) de la région Z": the label in brackets between the title and its "de" is the holder's party;
# "le chancelier X (Y)": a chancellor's bracketed party.
CASES += [
    ("Armelle Dufour, la présidente (PS) de la région Occitanie, a inauguré le tramway.",
     [("MEMBER_OF", "Armelle Dufour", "PS")]),
    ("Le chancelier sortant Paul Durand (Volta) a parlé.",
     [("MEMBER_OF", "Paul Durand", "Volta")]),
]
FORBIDDEN += [
    # a company's name in brackets after its own name is no party
    ("Gaspard Roux, le président de la société Brantôme (groupe Ferlac), a signé.",
     ("MEMBER_OF", "Gaspard Roux", "Ferlac")),
]
