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

# "| Actionnaire | Part du capital de X |": the header names the company held; each row's actor holds its stake
# in it (the rows were read as X owning its shareholders). "Participation de Y" still names the holder.
_STAKE_TABLE = """Le groupe Marvane détient désormais 54 % du capital de Kelvio.

| Actionnaire | Part du capital de Kelvio | Commentaire |
|---|---|---|
| Marvane | 54,2 % | majoritaire |
| Paul Dortel | 8,1 % | affaibli |
| Banque Lurion | 5,5 % | reste au capital |
"""
CASES += [
    (_STAKE_TABLE, [("OWNS", "Paul Dortel", "Kelvio"), ("OWNS", "Banque Lurion", "Kelvio")]),
    # near miss: a header naming the holder keeps its direction
    ("""Le fonds Orsay Partenaires investit dans l'industrie.

| Société | Secteur | Participation d'Orsay Partenaires |
|---|---|---|
| Kelvio | chimie | 12 % |
| Brintex | textile | 30 % |
""", [("OWNS", "Orsay Partenaires", "Kelvio"), ("OWNS", "Orsay Partenaires", "Brintex")]),
]
FORBIDDEN += [
    (_STAKE_TABLE, ("OWNS", "Kelvio", "Banque Lurion")),
    (_STAKE_TABLE, ("OWNS", "Kelvio", "Paul Dortel")),
]
