"""Cases of the s29 conflict and legal gaps (helper s29-fights29), invented names and sentences. Each mechanism
is checked on several shapes (names, tense, word order, relative, apposition, quote attribution)."""

# a fine challenged by the one it hit: Y sues the imposer, the imposer sanctions Y (slots/fights29.fine_challenged)
CASES = [
    ("Vexora demandait l'annulation de l'amende de 5 millions d'euros infligée en mars par l'Autorité de la "
     "concurrence.",
     [("SUES", "Vexora", "Autorité de la concurrence"), ("OPPOSES", "Autorité de la concurrence", "Vexora")]),
    ("Devant la cour administrative d'appel, la société Orvane a réclamé l'annulation de la sanction que lui avait "
     "infligée la CNIL.",
     [("SUES", "Orvane", "CNIL"), ("OPPOSES", "CNIL", "Orvane")]),
    ("Orvane conteste l'amende que lui a infligée l'Autorité de la concurrence.",
     [("SUES", "Orvane", "Autorité de la concurrence")]),
    ("Paul Dorin, qui a demandé la suspension de la pénalité infligée par l'Autorité des marchés financiers, reste "
     "confiant.",
     [("SUES", "Paul Dorin", "Autorité des marchés financiers"),
      ("OPPOSES", "Autorité des marchés financiers", "Paul Dorin")]),
    ("Le groupe Delmont a fait appel de l'amende de 12 millions d'euros infligée par l'Arcep.",
     [("SUES", "Delmont", "Arcep"), ("OPPOSES", "Arcep", "Delmont")]),
    ("« Nous contestons cette sanction », a indiqué Delmont, qui a fait appel de l'amende infligée par l'Arcep en "
     "2023.",
     [("SUES", "Delmont", "Arcep")]),
    ("Vexora, qui a déposé un recours contre la sanction prononcée en 2024 par la CNIL, attend la décision.",
     [("SUES", "Vexora", "CNIL"), ("OPPOSES", "CNIL", "Vexora")]),
    # the one fined named by the fine: it is sanctioned, the challenger sues
    ("Vexora demandait l'annulation de l'amende infligée par la CNIL à Orvane.",
     [("SUES", "Vexora", "CNIL"), ("OPPOSES", "CNIL", "Orvane")]),
]
FORBIDDEN = [
    ("Vexora demandait l'annulation de l'amende infligée par la CNIL à Orvane.", ("OPPOSES", "CNIL", "Vexora")),
    ("Vexora a salué l'amende infligée par la CNIL à Orvane.", ("SUES", "Vexora", "CNIL")),
]

# the subject of a main verb after "X, la filiale de Y qui …,": X, not Y (arguments._name_before_apposed_subject
# and the relative's antecedent in _subject_of)
CASES += [
    ("Orvane Logistique, la filiale de Vexora qui exploite les entrepôts du pays, demandait lundi l'annulation de "
     "l'amende infligée par la CNIL.",
     [("SUES", "Orvane Logistique", "CNIL")]),
    ("Le groupe Delmont, l'actionnaire de Vexora qui détient 40 % du capital, conteste l'amende que lui a infligée "
     "l'Arcep.",
     [("SUES", "Delmont", "Arcep")]),
    ("Le groupe Delmont, l'actionnaire de Vexora qui contrôle 40 % du capital, a fait appel de l'amende prononcée "
     "par l'Arcep.",
     [("SUES", "Delmont", "Arcep")]),
]
FORBIDDEN += [
    ("Orvane Logistique, la filiale de Vexora qui exploite les entrepôts du pays, demandait lundi l'annulation de "
     "l'amende infligée par la CNIL.", ("SUES", "Vexora", "CNIL")),
    ("Le groupe Delmont, l'actionnaire de Vexora qui détient 40 % du capital, conteste l'amende que lui a infligée "
     "l'Arcep.", ("SUES", "Vexora", "Arcep")),
]

# a court's name written without its accent ("le Conseil d'Etat", capitals unaccented): still a court
# (slots/stands.names_court folds accents)
CASES += [
    ("Vexora a contesté cette décision de l'Arcom devant le Conseil d'Etat.", [("SUES", "Vexora", "Arcom")]),
    ("Le syndicat Unitaire, qui a attaqué l'arrêté de la préfecture de Valmorel devant le Conseil d'Etat, attend.",
     [("SUES", "Unitaire", "préfecture de Valmorel")]),
    ("« Nous irons jusqu'au bout », a prévenu Orvane, qui conteste devant le Conseil d'Etat la sanction de "
     "l'Autorité de la concurrence.",
     [("SUES", "Orvane", "Autorité de la concurrence")]),
    ("L'Arcom a infligé une amende à Vexora. Vexora a contesté la sanction devant le Conseil d'Etat.",
     [("SUES", "Vexora", "Arcom")]),
]
FORBIDDEN += [
    ("Vexora a contesté cette décision de l'Arcom devant le Conseil d'Etat.", ("OPPOSES", "Vexora", "Arcom")),
]

# competition faced, seen, posed as, measured against (slots/fights29 competition_faced_ahead, seen_as_rival,
# measured_against; corpa21.posed_as through a relative)
CASES += [
    ("La start-up Orvane Systems, qui se pose en concurrent de Vexora, lève 10 millions.",
     [("COMPETES_WITH", "Orvane Systems", "Vexora")]),
    ("Face à la concurrence de l'allemand Orvane Systems et du suédois Delmont Group, Vexora baisse ses prix.",
     [("COMPETES_WITH", "Vexora", "Orvane Systems"), ("COMPETES_WITH", "Vexora", "Delmont Group")]),
    ("Face à la concurrence du groupe Orvane Systems, la société Vexora a baissé ses prix.",
     [("COMPETES_WITH", "Vexora", "Orvane Systems")]),
    ("Le groupe Vexora, face à la concurrence d'Orvane Systems, a dû réduire ses marges.",
     [("COMPETES_WITH", "Vexora", "Orvane Systems")]),
    ("Le groupe Vexora fait face à la concurrence des chinois Orvane Systems et Delmont Group.",
     [("COMPETES_WITH", "Vexora", "Orvane Systems"), ("COMPETES_WITH", "Vexora", "Delmont Group")]),
    ("Les banques Astria et Borval voient dans la société Vexora un concurrent frontal.",
     [("COMPETES_WITH", "Astria", "Vexora"), ("COMPETES_WITH", "Borval", "Vexora")]),
    ("Les assureurs historiques, dont Astria, voient dans la néobanque Vexora un concurrent de plus en plus "
     "redoutable.",
     [("COMPETES_WITH", "Astria", "Vexora")]),
    ("Le groupe Vexora se mesure à Orvane Systems sur ce marché.", [("COMPETES_WITH", "Vexora", "Orvane Systems")]),
    ("Sur le marché des logiciels, la société Vexora se mesure désormais au groupe Orvane Systems et à Delmont "
     "Group.",
     [("COMPETES_WITH", "Vexora", "Orvane Systems"), ("COMPETES_WITH", "Vexora", "Delmont Group")]),
    ("Paul Dorin se mesurera à Jean Marceau lors du second tour.", [("OPPOSES", "Paul Dorin", "Jean Marceau")]),
]
FORBIDDEN += [
    ("Le comité se mesure chaque année aux résultats du groupe Vexora.", ("COMPETES_WITH", "comité", "Vexora")),
    ("Face à la crise, la société Vexora a baissé ses prix.", ("COMPETES_WITH", "Vexora", "crise")),
]

# a participle set between the phrase "Face à la concurrence de Y" and the main clause
CASES += [
    ("Face à la concurrence du suédois Orvane Systems et de l'allemand Delmont Group, racheté depuis par Astria, la "
     "société Vexora a misé sur la qualité.",
     [("COMPETES_WITH", "Vexora", "Orvane Systems"), ("COMPETES_WITH", "Vexora", "Delmont Group")]),
]

# "cette décision" challenged before a court, taken up from a body's refusal or withdrawal in the sentence before
# (slots/coref24.decision_author: a deciding verb's subject, whoever the decision hit)
CASES += [
    ("L'Arcom a refusé de renouveler la fréquence de la chaîne Z9. Vexora a contesté cette décision devant le "
     "Conseil d'Etat, sans succès.",
     [("SUES", "Vexora", "Arcom")]),
    ("Le régulateur Arcom a rejeté la demande de la chaîne Z9. « C'est injuste », a réagi Vexora, qui a attaqué "
     "cette décision devant le Conseil d'Etat.",
     [("SUES", "Vexora", "Arcom")]),
    ("L'Agence nationale des fréquences a retiré l'autorisation de la radio Onde Libre. Son propriétaire, le groupe "
     "Vexora, a contesté cette décision devant le Conseil d'Etat.",
     [("SUES", "Vexora", "Agence nationale des fréquences")]),
]
FORBIDDEN += [
    ("Paul Dorin a refusé de signer le contrat. Vexora a contesté cette décision devant le tribunal de commerce.",
     ("SUES", "Vexora", "Paul Dorin")),
]

# tables: a plaintiff column and a defendant column state a lawsuit in each row; an appeal column of a table of the
# fined says whether each fine was appealed (extract/tables29.py)
CASES += [
    ("Audiences de la rentrée\n\nLa rentrée judiciaire s'annonce chargée. Voici les principales affaires.\n\n"
     "| Demandeur | Défendeur | Juridiction | Enjeu |\n|---|---|---|---|\n"
     "| Vexora | Orvane Systems | Tribunal de commerce de Lyon | 12 M€ de dommages et intérêts |\n"
     "| Delmont Group | Astria | Cour d'appel de Paris | Concurrence déloyale |\n\nLes audiences sont prévues en octobre.",
     [("SUES", "Vexora", "Orvane Systems"), ("SUES", "Delmont Group", "Astria")]),
    ("Le point sur les litiges\n\nPlusieurs procédures sont en cours.\n\n"
     "| Affaire | Plaignant | Mis en cause | Statut |\n|---|---|---|---|\n"
     "| Contrefaçon de logos | Astria | Borval Industries | audience en mars |\n"
     "| Brevets | Vexora | Orvane Systems | instruction |\n\nAucune date de jugement n'a été fixée.",
     [("SUES", "Astria", "Borval Industries"), ("SUES", "Vexora", "Orvane Systems")]),
    ("Les amendes du régulateur\n\nDepuis 2023, l'Autorité de la concurrence a infligé plus d'un milliard d'euros "
     "d'amendes à des entreprises du numérique. Voici les principales décisions.\n\n"
     "| Entreprise | Amende | Date | Motif | Recours |\n|---|---|---|---|---|\n"
     "| Vexora | 120 millions d'euros | mars 2024 | abus de position dominante | oui, devant la cour d'appel de Paris |\n"
     "| Orvane Systems | 45 millions d'euros | juin 2024 | entente sur les prix | non |\n\n"
     "Les entreprises ont deux mois pour contester.",
     [("SUES", "Vexora", "Autorité de la concurrence"), ("OPPOSES", "Autorité de la concurrence", "Orvane Systems")]),
]

# "… oppose X, apposition, à Y": X is set against Y, the apposition's names are no party
# (slots/fights29.set_against_apposed)
CASES += [
    ("Le dossier oppose Vexora, la filiale de Delmont, à Orvane Systems.", [("OPPOSES", "Vexora", "Orvane Systems")]),
    ("Un vieux différend oppose Paul Dorin, l'ancien patron de Vexora, à Jean Marceau.",
     [("OPPOSES", "Paul Dorin", "Jean Marceau")]),
    ("Le litige opposant Vexora, filiale de Delmont, à Orvane Systems sera jugé en mars.",
     [("OPPOSES", "Vexora", "Orvane Systems")]),
]
FORBIDDEN += [
    ("Le dossier oppose Vexora, la filiale de Delmont, à Orvane Systems.", ("OPPOSES", "Delmont", "Orvane Systems")),
    ("Un vieux différend oppose Paul Dorin, l'ancien patron de Vexora, à Jean Marceau.",
     ("OPPOSES", "Vexora", "Jean Marceau")),
]

# "Entre A et B, le bras de fer / la lutte …": a fronted "entre" phrase names the feud's parties (bonds.yaml
# between_nouns, rules.yaml opposes.between_fronted)
CASES += [
    ("Entre Paul Dorin et Jean Marceau, le bras de fer est permanent.", [("OPPOSES", "Paul Dorin", "Jean Marceau")]),
    ("Entre le ministre Paul Dorin et la maire Lucie Brenmor, le bras de fer dure depuis des mois.",
     [("OPPOSES", "Paul Dorin", "Lucie Brenmor")]),
    ("Entre la France et l'Algérie, la lutte d'influence se poursuit.", [("OPPOSES", "France", "Algérie")]),
]

# a participle of sending to trial set beside the one sent (slots/fights29.sent_to_trial_participle)
CASES += [
    ("Paul Dorin, renvoyé devant le tribunal correctionnel par le parquet national financier, conteste les faits.",
     [("SUES", "parquet national financier", "Paul Dorin")]),
    ("Renvoyée devant la cour d'assises par le parquet de Valmorel, Lucie Brenmor a toujours clamé son innocence.",
     [("SUES", "parquet de Valmorel", "Lucie Brenmor")]),
    ("Le procès de la société Vexora, renvoyée devant le tribunal par le parquet national financier, s'ouvre lundi.",
     [("SUES", "parquet national financier", "Vexora")]),
]

# "A et B, dont la plainte contre Y …": the relative's antecedent complains (slots/fights29.whose_complaint)
CASES += [
    ("Les ONG Alerte et Vigie, dont la plainte contre Vexora a été jugée recevable, se félicitent.",
     [("SUES", "Alerte", "Vexora"), ("SUES", "Vigie", "Vexora")]),
    ("Soutenus par les associations Alerte et Vigie, dont la plainte contre le groupe Vexora remonte à 2016, les "
     "anciens salariés témoignent.",
     [("SUES", "Alerte", "Vexora"), ("SUES", "Vigie", "Vexora")]),
    ("Les familles ont déposé plainte. Le collectif Vigie Citoyenne, dont le recours contre la société Vexora sera "
     "examiné en mai, réclame des sanctions.",
     [("SUES", "Vigie Citoyenne", "Vexora")]),
    ("Le procès s'ouvre lundi. Les associations Alerte et Vigie, dont les plaintes contre Vexora ont été jointes, "
     "attendent le verdict.",
     [("SUES", "Alerte", "Vexora"), ("SUES", "Vigie", "Vexora")]),
]
# (the participle closing the clause, said of its subject)
CASES += [
    ("Paul Dorin, ancien PDG de Vexora, comparaît depuis deux semaines pour corruption, renvoyé devant le tribunal "
     "par le parquet national financier.",
     [("SUES", "parquet national financier", "Paul Dorin")]),
    ("Lucie Brenmor comparaissait lundi pour favoritisme, renvoyée devant le tribunal correctionnel par le parquet "
     "de Valmorel.",
     [("SUES", "parquet de Valmorel", "Lucie Brenmor")]),
]
