"""Cases of the s23 lead's fixes, invented names and sentences."""

# "Côté X, Paul Y, le président …": a sentence opening on "Côté" names the side it is about; the word is no
# part of the company's name (the entity was called "Côté X", typed a person, and took X's ties)
CASES = [
    ("La banque Ardena a racheté Velmont en 2022. Côté Ardena, Jeanne Morel, la directrice générale, se "
     "félicite de l'accord.",
     [("ACQUIRES", "Ardena", "Velmont")]),
]
FORBIDDEN = [
    ("La banque Ardena a racheté Velmont en 2022. Côté Ardena, Jeanne Morel, la directrice générale, se "
     "félicite de l'accord.",
     ("ACQUIRES", "Côté Ardena", "Velmont")),
]
