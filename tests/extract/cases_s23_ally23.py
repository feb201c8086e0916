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
