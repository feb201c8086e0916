"""Cases of the s21 entity-name gaps (helper s21-names21): invented names and sentences."""

# A staff body with its acronym in brackets between ("la Société des journalistes (SDJ) du X"): the acronym
# closes the name, the body is named by what it spells; the company after the bracket only says whose body.
CASES = [
    ("La Société des journalistes (SDJ) du Phare accuse Marc Dubreuil d'avoir menti aux lecteurs.",
     [("ACCUSES", "Société des journalistes", "Marc Dubreuil")]),
]
FORBIDDEN = [
    ("La Société des journalistes (SDJ) du Phare accuse Marc Dubreuil d'avoir menti aux lecteurs.",
     ("ACCUSES", "Société des journalistes du Phare", "Marc Dubreuil")),
]
CASES += [
    # near miss: without the acronym the body's name keeps its company
    ("La société des rédacteurs du Phare accuse Marc Dubreuil d'avoir menti aux lecteurs.",
     [("ACCUSES", "société des rédacteurs du Phare", "Marc Dubreuil")]),
]

# A body that states its purpose with "pour" ("le Fonds pour la liberté de la presse"): French capitalises only
# the first word; the NER found the kind alone ("Fonds", no name) or nothing before an elided article.
CASES += [
    ("Le Fonds pour la liberté de la presse détient désormais 40 % de Norvex.",
     [("OWNS", "Fonds pour la liberté de la presse", "Norvex")]),
    ("La holding de Paul Verdon a cédé ses parts au Fonds pour l'indépendance des rédactions, la structure "
     "créée en 2023 par Marc Dubreuil.",
     [("FOUNDED", "Marc Dubreuil", "Fonds pour l'indépendance des rédactions")]),
    ("Le Comité pour la défense des riverains accuse Norvex de polluer la rivière.",
     [("ACCUSES", "Comité pour la défense des riverains", "Norvex")]),
]
FORBIDDEN += [
    # near miss: after an adjective, "pour" says what the money is for, not the party's name
    ("La Nouvelle Alliance a versé 60 000 euros au Mouvement fédéraliste pour la campagne de 2019.",
     ("FUNDS", "Nouvelle Alliance", "Mouvement fédéraliste pour la campagne")),
]
