"""Cases of the s28 blame gaps (helper s28-accuse28), invented names and sentences."""

# an object clitic of a main-clause verb of blame: the actor the text was speaking of
# (slots/accuse28.clitic_blamed_main)
CASES = [
    # the previous sentence's subject, the one who blames being another
    ("Marc Delbos, PDG de Tressan, fait face à la colère de l'association Vigie Rurale. "
     "L'association lui reproche une gestion opaque.", [("ACCUSES", "Vigie Rurale", "Marc Delbos")]),
    # the one who blames was the previous subject: the one other actor named there
    ("Longtemps numéro deux du parti, Paul Garnier n'a jamais caché sa rivalité avec Mme Sophie Lemaire. "
     "Il l'accuse désormais d'avoir « bradé l'identité du parti ».", [("ACCUSES", "Paul Garnier", "Sophie Lemaire")]),
    # a sentence naming no actor passed over (a portrait)
    ("Hélène Vasseur dirige l'Agence nationale du rail depuis 2019. Elle a doublé les contrôles. "
     "Ses adversaires sont moins tendres. Le député Marc Tellier lui reproche une lenteur coupable.",
     [("ACCUSES", "Marc Tellier", "Hélène Vasseur")]),
]
FORBIDDEN = [
    # two other actors named in the previous sentence: unsure, no tie
    ("Le sénateur Paul Ravier a reçu Jean Morlet et Lucie Brenmor. Paul Ravier l'accuse de « cacher la vérité ».",
     ("ACCUSES", "Paul Ravier", "Lucie Brenmor")),
]
FORBIDDEN += [
    # a state and its services speak as one: the previous subject is no one blamed
    ("Londres avait déjà sanctionné Igor Valev en février. Le Trésor britannique le soupçonne de contrôler Kestrel.",
     ("ACCUSES", "Trésor britannique", "Londres")),
]

# a finite verb of blame hung on the name before an apposition: the name is its subject
# (slots/accuse28.subject_before_apposition)
CASES += [
    ("Sophie Garnier, conseillère d'opposition, reproche au maire de Vannes, Hervé Cadet, d'avoir « fermé les yeux ».",
     [("ACCUSES", "Sophie Garnier", "Hervé Cadet")]),
]
