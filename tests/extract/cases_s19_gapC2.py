"""Cases of the s19 coverage gaps of French in OPPOSES / ACCUSES / SUES (helper s19-gapC2), invented names
and sentences (readers in src/cercle/extract/slots/stands.py)."""

CASES: list = []
FORBIDDEN: list = []

# A foe seen in one ("voir dans Y un rival"), a foe's noun tagged a participle ("le principal opposant de Y").
CASES += [
    ("Odile Fargues voit dans Bastien Rouvière un rival sérieux pour l'investiture.",
     [("OPPOSES", "Odile Fargues", "Bastien Rouvière")]),
    ("Gilles Fontanet fut le principal opposant de Bastien Rouvière pendant dix ans.",
     [("OPPOSES", "Gilles Fontanet", "Bastien Rouvière")]),
]
FORBIDDEN += [
    # an ally seen in one is no foe
    ("Odile Fargues voit dans Bastien Rouvière un allié précieux.", ("OPPOSES", "Odile Fargues", "Bastien Rouvière")),
]

# A war two wage on each other: "la guerre que se livrent A et B", "A et B se livrent une bataille".
CASES += [
    ("La bataille que se livrent Odile Fargues et Gilles Fontanet pour la présidence du club divise les supporters.",
     [("OPPOSES", "Odile Fargues", "Gilles Fontanet")]),
]
FORBIDDEN += [
    # goods delivered are no war
    ("Odile Fargues et Gilles Fontanet se livrent des confidences dans un livre commun.",
     ("OPPOSES", "Odile Fargues", "Gilles Fontanet")),
]

# A blame whose object names its maker: "X dénonce une cabale montée par Y" (not one who underwent it).
CASES += [
    ("Gilles Fontanet dénonce une cabale orchestrée par Odile Fargues.",
     [("ACCUSES", "Gilles Fontanet", "Odile Fargues")]),
]
FORBIDDEN += [
    ("Gilles Fontanet dénonce l'agression subie par Odile Fargues.", ("ACCUSES", "Gilles Fontanet", "Odile Fargues")),
]

# Abuse in words: "X a insulté Y".
CASES += [
    ("Bastien Rouvière a insulté le maire, Gilles Fontanet, pendant la séance du conseil.",
     [("ACCUSES", "Bastien Rouvière", "Gilles Fontanet")]),
]

# Going against one's wish: "X a maintenu le projet contre l'avis de Y".
CASES += [
    ("La Valdarie a maintenu les droits de douane, contre l'avis de la Lorvanie.",
     [("OPPOSES", "Valdarie", "Lorvanie")]),
]
FORBIDDEN += [
    # an opinion followed is no feud
    ("La Valdarie a maintenu les droits de douane, suivant l'avis de la Lorvanie.", ("OPPOSES", "Valdarie", "Lorvanie")),
]

# Pressure put on one: "X fait pression sur Y", "X exerce des pressions sur Y".
CASES += [
    ("Le fonds Kestrel Capital exerce de fortes pressions sur Odile Fargues pour qu'elle vende.",
     [("OPPOSES", "Kestrel Capital", "Odile Fargues")]),
]
FORBIDDEN += [
    # pressure on prices is no feud with a party
    ("La société Norvex fait pression sur les prix, selon Odile Fargues.", ("OPPOSES", "Norvex", "Odile Fargues")),
]

# A person toppled or suspended: "X tente de renverser Y", "Y a été suspendu par X".
CASES += [
    ("Le fonds Kestrel Capital a tenté de renverser Bastien Rouvière en juin.",
     [("OPPOSES", "Kestrel Capital", "Bastien Rouvière")]),
    ("Gilles Fontanet a été suspendu deux ans par la fédération Norvex.",
     [("OPPOSES", "Norvex", "Gilles Fontanet")]),
]
FORBIDDEN += [
    # a deal suspended is no person's suspension
    ("La société Norvex a suspendu son accord avec la société Calvex.", ("OPPOSES", "Norvex", "Calvex")),
]

# Lawsuits: a money claim in court, a ruling won, a complainant party, an act taken to court.
CASES += [
    ("La société Norvex réclame 40 millions d'euros à la société Calvex devant le tribunal de commerce de Lyon.",
     [("SUES", "Norvex", "Calvex")]),
    ("La société Norvex a obtenu une sentence arbitrale de 300 millions de dollars contre la société Calvex.",
     [("SUES", "Norvex", "Calvex")]),
    ("Le syndicat Solvia s'est porté partie plaignante contre Gilles Fontanet.",
     [("SUES", "Solvia", "Gilles Fontanet")]),
    ("L'association Vigie Citoyenne a attaqué le refus de l'Arcep devant le Conseil d'État.",
     [("SUES", "Vigie Citoyenne", "Arcep")]),
    ("Odile Fargues a déféré la délibération de la ville de Morlaix devant le tribunal administratif.",
     [("SUES", "Odile Fargues", "ville de Morlaix")]),
]
FORBIDDEN += [
    # a bill sent is no lawsuit
    ("La société Norvex réclame 40 millions d'euros à la société Calvex pour ses livraisons.",
     ("SUES", "Norvex", "Calvex")),
    # a ruling pronounced by a court: the court is no plaintiff
    ("Le tribunal de commerce de Lyon a rendu un jugement contre la société Calvex.",
     ("SUES", "tribunal de commerce de Lyon", "Calvex")),
]

# A fine named with its imposer's participle: "… a valu à Y une amende de 2 M€ infligée par X" (OPPOSES role sanctions, as
# opposes.fine).
CASES += [
    ("Cette émission a valu à la chaîne Tarvel TV une amende de 2 millions d'euros infligée par l'Arcep.",
     [("OPPOSES", "Arcep", "Tarvel TV")]),
]

# A licence-like right taken back: "X retire à Y ses droits miniers" (OPPOSES, role sanctions).
CASES += [
    ("La Valdarie a retiré ses droits d'exploitation à la société Norvex.",
     [("OPPOSES", "Valdarie", "Norvex")]),
]

# Rivals met in a market are no feud.
FORBIDDEN += [
    ("La société Norvex se heurte à des concurrents redoutables, à commencer par la société Calvex.",
     ("OPPOSES", "Norvex", "Calvex")),
]

# A blamed scheme whose "de" names its maker: "X dénonce la tentative d'intimidation de Y".
CASES += [
    ("Le syndicat Solvia dénonce la tentative de déstabilisation du groupe Norvex.",
     [("ACCUSES", "Solvia", "Norvex")]),
]

# A feud noun in a phrase of the clause, or kept up: "après un désaccord avec Y", "entretient avec Y une
# rivalité", "X, en froid avec Y".
CASES += [
    ("Odile Fargues a quitté le conseil après un violent désaccord avec Gilles Fontanet sur la stratégie.",
     [("OPPOSES", "Odile Fargues", "Gilles Fontanet")]),
    ("Bastien Rouvière entretient avec Gilles Fontanet une rivalité tenace.",
     [("OPPOSES", "Bastien Rouvière", "Gilles Fontanet")]),
    ("Bastien Rouvière, en froid avec Odile Fargues depuis le congrès, a quitté le bureau.",
     [("OPPOSES", "Bastien Rouvière", "Odile Fargues")]),
]
FORBIDDEN += [
    # a feud kept up is no meeting
    ("Bastien Rouvière entretient avec Gilles Fontanet une rivalité tenace.",
     ("MEETS", "Bastien Rouvière", "Gilles Fontanet")),
    # an agreement reached after a dispute with another party: the agreement's partner is not the foe
    ("Odile Fargues a signé un accord avec Gilles Fontanet.", ("OPPOSES", "Odile Fargues", "Gilles Fontanet")),
]

# Sanctions by an agent: "X figure sur la liste des personnes sanctionnées par Y", "X, placé sous sanctions par
# Y"; a formal notice: "Y a mis en demeure X".
CASES += [
    ("Gilles Fontanet figure depuis 2022 sur la liste des personnes sanctionnées par l'Union européenne.",
     [("OPPOSES", "Union européenne", "Gilles Fontanet")]),
    ("La société Orvalis, placée sous sanctions par le Royaume-Uni en mai, a cessé ses activités.",
     [("OPPOSES", "Royaume-Uni", "Orvalis")]),
    ("La préfecture du Rhône a mis en demeure la société Norvex en mars.",
     [("OPPOSES", "préfecture du Rhône", "Norvex")]),
]
FORBIDDEN += [
    # a refusal to give notice is no notice by the one who attacks the refusal
    ("L'association Vigie avait attaqué le refus de l'Arcep de mettre la chaîne Tarvel TV en demeure.",
     ("OPPOSES", "Vigie", "Tarvel TV")),
]

# Fines told from the fined one's side: "Y a écopé d'une amende de la part de X", "Y s'est vu infliger une amende
# par X" (OPPOSES role sanctions, as opposes.fine); a sentence one had pronounced: "X a fait condamner Y" (SUES, not words).
CASES += [
    ("La société Calvex a écopé d'une amende de 5 millions d'euros de la part de l'Arcep.",
     [("OPPOSES", "Arcep", "Calvex")]),
    ("La société Calvex s'est vu infliger une amende de 5 millions d'euros par l'Arcep.",
     [("OPPOSES", "Arcep", "Calvex")]),
    ("Odile Fargues a fait condamner Bastien Rouvière pour diffamation.",
     [("SUES", "Odile Fargues", "Bastien Rouvière")]),
]
FORBIDDEN += [
    ("Odile Fargues a fait condamner Bastien Rouvière pour diffamation.",
     ("ACCUSES", "Odile Fargues", "Bastien Rouvière")),
]
