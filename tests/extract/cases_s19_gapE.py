"""Cases of the s19 entity gaps (helper s19-gapE): a party's name cut, glued or typed wrong, so the tie
missed or given to a wrong name. Invented names and sentences."""

# A rubric in capitals and a dash before a headline's name is no part of it ("PORTRAIT - X").
CASES = [
    ("PORTRAIT - Pavel Orlov, l'oligarque déchu\n\nPendant vingt ans, il a été le propriétaire du club "
     "londonien Fulwick.",
     [("OWNS", "Pavel Orlov", "Fulwick")]),
]
FORBIDDEN = [
    ("PORTRAIT - Pavel Orlov, l'oligarque déchu\n\nPendant vingt ans, il a été le propriétaire du club "
     "londonien Fulwick.",
     ("OWNS", "PORTRAIT - Pavel Orlov", "Fulwick")),
]

# An acronym in brackets that keeps some little words ("EPN" for "Ensemble pour la Nation") or is written
# like a word ("Circe") spells the whole name before it; the name is whole where the text repeats it.
CASES += [
    ("Il préside le groupe Ensemble pour la Nation (EPN) à l'Assemblée. Paul Mercier est membre du groupe "
     "Ensemble pour la Nation.",
     [("MEMBER_OF", "Paul Mercier", "Ensemble pour la Nation")]),
    ("Le Hongrois Lazlo Kardos, chef du Zentar, a lancé le groupe des Patriotes pour la Nation (PpN) avec "
     "vingt eurodéputés.",
     [("FOUNDED", "Lazlo Kardos", "Patriotes pour la Nation")]),
]
FORBIDDEN += [
    ("Le Hongrois Lazlo Kardos, chef du Zentar, a lancé le groupe des Patriotes pour la Nation (PpN) avec "
     "vingt eurodéputés.",
     ("OWNS", "Patriotes", "PpN")),
    ("Il préside le groupe Ensemble pour la Nation (EPN) à l'Assemblée. Paul Mercier est membre du groupe "
     "Ensemble pour la Nation.",
     ("MEMBER_OF", "Paul Mercier", "Ensemble")),
]

# "l'Etat du Mali": the state is the country named after "de".
CASES += [
    ("Orlon a engagé une procédure contre l'Etat du Mali devant un tribunal arbitral.",
     [("SUES", "Orlon", "Mali")]),
]
FORBIDDEN += [
    ("Orlon a engagé une procédure contre l'Etat du Mali devant un tribunal arbitral.",
     ("SUES", "Orlon", "Etat")),
]

# A title's "de" phrase is no part of the name after it ("Le PDG de RTK DMS").
FORBIDDEN += [
    ("Le PDG de RTK DMS l'emporte au terme d'un long bras de fer avec Paul Mercier.",
     ("LEADS", "de RTK", "DMS")),
]

# A company's staff body ("le comité social et économique de X", "la société des journalistes du Y") is a
# party of its own: it sues, it accuses; the company is not the one that does.
CASES += [
    ("Le comité social et économique de Norlac assigne Vortex et Dumas devant le tribunal.",
     [("SUES", "comité social et économique de Norlac", "Vortex")]),
    ("La société des journalistes du Courrier dénonce la mainmise de Vivor sur le titre.",
     [("ACCUSES", "société des journalistes du Courrier", "Vivor")]),
]
FORBIDDEN += [
    ("Le comité social et économique de Norlac assigne Vortex et Dumas devant le tribunal.",
     ("SUES", "Norlac", "Vortex")),
]
FORBIDDEN += [
    ("Le bras de fer s'est achevé mardi.\n\nPersonne n'est dupe : la décision porte la marque de Paul Mercier. "
     "Le milliardaire, dont le groupe Vivor détient déjà 57 % de Lamarque, attend le feu vert de Bruxelles "
     "pour prendre le contrôle de l'éditeur.",
     ("ACQUIRES", "Paul Mercier", "Personne")),
]
CASES += [
    ("La Société des journalistes (SDJ) du Fanal accuse Paul Mercier d'avoir piétiné l'indépendance du titre.",
     [("ACCUSES", "Société des journalistes", "Paul Mercier")]),
]
