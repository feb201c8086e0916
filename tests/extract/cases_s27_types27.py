"""Cases of the s27 wrong-type gaps (helper s27-types27), invented names and sentences."""

# co-founders of a named body are its founders, not partners of each other (extract/types27.cofounders_not_partners)
CASES = [
    ("Leclair, Bonprix et Vitamarché ont fondé en 2023 une nouvelle alliance à l'achat, Orbis Retail, qui pèse un "
     "quart du marché.",
     [("FOUNDED", "Leclair", "Orbis Retail"), ("FOUNDED", "Bonprix", "Orbis Retail"),
      ("FOUNDED", "Vitamarché", "Orbis Retail")]),
    # a partnership stated besides the founding stays
    ("Leclair et Bonprix ont signé un partenariat pour leurs achats.", [("PARTNERS_WITH", "Leclair", "Bonprix")]),
]
FORBIDDEN = [
    ("Leclair, Bonprix et Vitamarché ont fondé en 2023 une nouvelle alliance à l'achat, Orbis Retail, qui pèse un "
     "quart du marché.", ("PARTNERS_WITH", "Leclair", "Bonprix")),
    ("Leclair, Bonprix et Vitamarché ont fondé en 2023 une nouvelle alliance à l'achat, Orbis Retail, qui pèse un "
     "quart du marché.", ("PARTNERS_WITH", "Bonprix", "Vitamarché")),
]
