"""Cases of the s19 coverage gaps of French in the conflict types (helper s19-gapC), invented names and
sentences. Readers: extract/slots/against.py; rules: the "s19-gapC" block of data/rules.yaml."""

# Resisting someone, or a hostile move of theirs: "résister à Y", "résister à l'offensive de Y",
# "repousser les assauts de Y", "tenir tête à Y" (a feud; two companies resisting each other compete).
CASES = [
    ("Lucie Marsan, qui a longtemps résisté à Paul Verdon, a fini par céder la présidence du club.",
     [("OPPOSES", "Lucie Marsan", "Paul Verdon")]),
    ("Pendant deux ans, Gilles Fontanet a résisté à l'offensive du groupe Norvex sur son entreprise.",
     [("OPPOSES", "Gilles Fontanet", "Norvex")]),
    ("Hervé Lancelin a mobilisé ses proches pour repousser les assauts du fonds Kestrel sur la société.",
     [("OPPOSES", "Hervé Lancelin", "Kestrel")]),
    ("Depuis des mois, la maire Odile Fargues tient tête à Bastien Rouvière sur le budget de la ville.",
     [("OPPOSES", "Odile Fargues", "Bastien Rouvière")]),
]

# Barring, facing, allying against, striking against.
CASES += [
    ("Le parti Horizon libre veut faire barrage à Bastien Rouvière aux prochaines municipales.",
     [("OPPOSES", "Horizon libre", "Bastien Rouvière")]),
    ("Au second tour, Odile Fargues devra faire face à Bastien Rouvière, arrivé en tête dimanche.",
     [("OPPOSES", "Odile Fargues", "Bastien Rouvière")]),
    ("En 2019, Gilles Fontanet s'est allié à Hervé Lancelin contre Bastien Rouvière.",
     [("OPPOSES", "Gilles Fontanet", "Bastien Rouvière")]),
    ("Le syndicat Force Ouvrière a mené une grève de deux semaines contre la nomination de Bastien Rouvière.",
     [("OPPOSES", "Force Ouvrière", "Bastien Rouvière")]),
]

# A licence withdrawn (a sanction); a person's ways criticised.
CASES += [
    ("La Banque centrale de Valdarie a retiré sa licence bancaire à la banque Calvex en mars.",
     [("OPPOSES", "Banque centrale", "Calvex")]),
    ("Odile Fargues fustige ouvertement la verticalité de Bastien Rouvière.",
     [("ACCUSES", "Odile Fargues", "Bastien Rouvière")]),
]

# Legal action: a civil party, a prosecutor's requisitions, turning to the courts, a regulator seized.
CASES += [
    ("L'association Vigie Citoyenne s'est constituée partie civile contre Bastien Rouvière.",
     [("SUES", "Vigie Citoyenne", "Bastien Rouvière")]),
    ("L'association Vigie Citoyenne, partie civile contre Bastien Rouvière, réclame 50 000 euros.",
     [("SUES", "Vigie Citoyenne", "Bastien Rouvière")]),
    ("Le parquet national financier a requis trois ans de prison contre Bastien Rouvière.",
     [("SUES", "parquet national financier", "Bastien Rouvière")]),
    ("L'Office d'indemnisation s'est retourné contre la société Norvex en justice.",
     [("SUES", "Office d'indemnisation", "Norvex")]),
    ("La fédération Norvex avait saisi l'Autorité de la concurrence contre la société Bemex.",
     [("SUES", "Norvex", "Bemex")]),
]

# Near misses: no tie of these types.
FORBIDDEN = [
    # two companies: competition, not a feud
    ("La société Norvex a longtemps résisté à son concurrent Bemex.", ("OPPOSES", "Norvex", "Bemex")),
    # an event that befell the person is not their conduct
    ("Odile Fargues dénonce l'arrestation de Bastien Rouvière.", ("ACCUSES", "Odile Fargues", "Bastien Rouvière")),
    # a meeting put off is not pushed back like an assault
    ("Odile Fargues a repoussé sa rencontre avec Bastien Rouvière.", ("OPPOSES", "Odile Fargues", "Bastien Rouvière")),
    # turning against someone with no court is no lawsuit
    ("L'association Vigie Citoyenne s'est retournée contre Bastien Rouvière.",
     ("SUES", "Vigie Citoyenne", "Bastien Rouvière")),
    # an offer withdrawn is no licence withdrawn
    ("La société Calvex a retiré son offre sur la société Norvex.", ("OPPOSES", "Calvex", "Norvex")),
]

# A fault laid at someone's door in reported words: "« … les erreurs de Y », accuse X".
CASES += [
    ("« Les petits épargnants paient aujourd'hui les erreurs de Bastien Rouvière », accuse l'association "
     "Vigie Citoyenne.",
     [("ACCUSES", "Vigie Citoyenne", "Bastien Rouvière")]),
]

# A lawsuit against a titled person named after the comma: the person is sued, not the ministry.
CASES += [
    ("Gilles Fontanet a porté plainte pour diffamation contre la ministre de la Culture, Odile Fargues, "
     "devant la Cour de justice de la République.",
     [("SUES", "Gilles Fontanet", "Odile Fargues")]),
]
FORBIDDEN += [
    ("Gilles Fontanet a porté plainte pour diffamation contre la ministre de la Culture, Odile Fargues, "
     "devant la Cour de justice de la République.",
     ("SUES", "Gilles Fontanet", "ministère de la Culture")),
]

# Making someone one's target, souring relations, contesting a post held by someone.
CASES += [
    ("Depuis la rentrée, le parti Horizon libre a fait de Gilles Fontanet sa cible favorite.",
     [("OPPOSES", "Horizon libre", "Gilles Fontanet")]),
    ("Gilles Fontanet avait vu ses relations se tendre avec le fonds Kestrel Capital.",
     [("OPPOSES", "Gilles Fontanet", "Kestrel Capital")]),
    ("Les relations de Gilles Fontanet avec la société Calvex se sont dégradées en 2021.",
     [("OPPOSES", "Gilles Fontanet", "Calvex")]),
    ("Les rapports entre Gilles Fontanet et Odile Fargues se sont envenimés après le congrès.",
     [("OPPOSES", "Gilles Fontanet", "Odile Fargues")]),
    ("Bastien Rouvière dispute depuis deux ans le leadership du mouvement à Odile Fargues.",
     [("OPPOSES", "Bastien Rouvière", "Odile Fargues")]),
]
FORBIDDEN += [
    # making someone one's adviser is no feud
    ("Odile Fargues a fait de Gilles Fontanet son conseiller.", ("OPPOSES", "Odile Fargues", "Gilles Fontanet")),
    # a hand held out is no tension
    ("Gilles Fontanet a tendu la main à Odile Fargues.", ("OPPOSES", "Gilles Fontanet", "Odile Fargues")),
]

# Discord nouns ("divergences", "frictions", "animosité"), one pushed out of a post by another.
CASES += [
    ("Les divergences de Gilles Fontanet avec Odile Fargues portaient sur le calendrier des travaux.",
     [("OPPOSES", "Gilles Fontanet", "Odile Fargues")]),
    ("L'animosité entre Gilles Fontanet et Bastien Rouvière n'est un secret pour personne.",
     [("OPPOSES", "Gilles Fontanet", "Bastien Rouvière")]),
    ("Bastien Rouvière a été poussé vers la sortie par le fonds Kestrel Capital l'an dernier.",
     [("OPPOSES", "Kestrel Capital", "Bastien Rouvière")]),
    ("Odile Fargues a été écartée en 2022 par le fonds Kestrel Capital.",
     [("OPPOSES", "Kestrel Capital", "Odile Fargues")]),
]
FORBIDDEN += [
    # pushed to invest is no push out
    ("Gilles Fontanet a poussé Odile Fargues à investir dans la société.",
     ("OPPOSES", "Gilles Fontanet", "Odile Fargues")),
    # an offer set aside is no person ousted
    ("La société Norvex a écarté l'offre de la société Calvex.", ("OPPOSES", "Norvex", "Calvex")),
]

# A refusal said by negating a verb of alliance: the negation is the feud (not a denied tie).
CASES += [
    ("Le parti Horizon libre ne s'alliera jamais avec le parti Voix du peuple, a prévenu sa présidente.",
     [("OPPOSES", "Horizon libre", "Voix du peuple")]),
    ("Odile Fargues ne gouvernera pas avec Bastien Rouvière.",
     [("OPPOSES", "Odile Fargues", "Bastien Rouvière")]),
]
FORBIDDEN += [
    # a past talk that did not happen is no feud
    ("Odile Fargues n'a pas négocié avec Bastien Rouvière.", ("OPPOSES", "Odile Fargues", "Bastien Rouvière")),
]
