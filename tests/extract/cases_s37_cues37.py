"""Cases of the s37 readings of FUNDS, OPPOSES and ALLY_OF (helper s37-cues37, slots/cues37.py, data/cues37.yaml, the
"avec Y" before the pact noun in slots/ally36.py), invented names and sentences. Each mechanism is checked on
several cue words and shapes: a relation noun second in a coordinated apposition (président de … et allié de, élue …
et rivale de, ancien ministre … et proche de), a report's source that is no party (selon), a regulator's formal
notice (mise en demeure, avertissement, blâme; adressé alone or coordinated with a fine), a body named through its
members (les ministres des Affaires étrangères de, les chefs d'État de), money backing (avec le soutien financier
de, a reçu l'appui financier de), voting together (voté main dans la main avec, voté de concert avec), a pact
signed "avec Y" before its noun or by the sides listed as the subject (feront liste commune, ont conclu un accord
électoral), the lenders of the text's one deal (crédit-relais accordé par, émission placée par), standing by one
(reste aux côtés de), an award with its "par" body (l'attribution par … de contrats à), sanctions (placée sous
sanctions par, placé sous embargo)."""

# a relation noun second in a coordinated apposition describes the apposition's name
CASES = [
    ("Le sénateur Paul Verdier, président de la Fédération des Landes et allié de Jeanne Roux, a démissionné.",
     [("ALLY_OF", "Paul Verdier", "Jeanne Roux")]),
    ("La députée Karine Lemaire, élue LR et rivale de Jeanne Roux depuis 2020, s'est rangée derrière Paul Verdier.",
     [("OPPOSES", "Karine Lemaire", "Jeanne Roux"), ("ALLY_OF", "Karine Lemaire", "Paul Verdier")]),
    ("Le député Marc Dalban, élu LR et rival de Jeanne Roux depuis 2020, a démissionné.",
     [("OPPOSES", "Marc Dalban", "Jeanne Roux")]),
]

# a regulator's formal notice or warning is a sanction
CASES += [
    ("L'Arcom a infligé mardi une amende de 150 000 euros à Radio Sud et adressé une mise en demeure à Radio Azur.",
     [("OPPOSES", "Arcom", "Radio Sud"), ("OPPOSES", "Arcom", "Radio Azur")]),
    ("La CNIL a adressé un avertissement à la société Technova.",
     [("OPPOSES", "CNIL", "Technova")]),
]

# a body named through its members
CASES += [
    ("Réunis à Genève, les ministres des Affaires étrangères de l'Union andine ont adopté un paquet de sanctions "
     "contre la Valdonie.",
     [("OPPOSES", "Union andine", "Valdonie")]),
]
FORBIDDEN = [
    ("Réunis à Genève, les ministres des Affaires étrangères de l'Union andine ont adopté un paquet de sanctions "
     "contre la Valdonie.",
     ("OPPOSES", "Affaires étrangères", "Valdonie")),
]

# money backing: the backer pays the one it backs
CASES += [
    ("Le député Paul Verdier aurait proposé de racheter l'hebdomadaire pour 30 millions d'euros, avec le soutien "
     "financier du fonds Atlas Capital.",
     [("FUNDS", "Atlas Capital", "Paul Verdier")]),
]
FORBIDDEN += [
    ("Le député Paul Verdier aurait proposé de racheter l'hebdomadaire pour 30 millions d'euros, avec le soutien "
     "financier du fonds Atlas Capital.",
     ("ALLY_OF", "Atlas Capital", "Paul Verdier")),
]

# voting together, a pact signed "avec Y" before its noun
CASES += [
    ("Le groupe du Parti radical a voté main dans la main avec le Mouvement national pour adopter la directive.",
     [("ALLY_OF", "Parti radical", "Mouvement national")]),
    ("La sénatrice Jeanne Roux a signé lundi avec le Parti radical un accord de premier tour.",
     [("ALLY_OF", "Jeanne Roux", "Parti radical")]),
]

# the lenders of the text's one deal pay its maker
CASES += [
    ("Le groupe Vérane a déposé lundi une offre publique d'achat sur Solvéa. L'offre est financée par un "
     "crédit-relais de 900 M€ accordé par la banque Pierrefeu.",
     [("FUNDS", "Pierrefeu", "Vérane")]),
    ("Le groupe Vérane rachète la société Solvéa. L'acquisition sera financée par une émission obligataire placée "
     "par la Banque Aldine et le Crédit Nordique.",
     [("FUNDS", "Banque Aldine", "Vérane"), ("FUNDS", "Crédit Nordique", "Vérane")]),
]
FORBIDDEN += [
    # (two bidders: the offer's maker is not known)
    ("Le groupe Vérane a déposé une offre sur Solvéa, et le groupe Ostal a lancé une offre concurrente. L'offre est "
     "financée par un prêt de la banque Pierrefeu.",
     ("FUNDS", "Pierrefeu", "Vérane")),
    ("Le groupe Vérane a déposé une offre sur Solvéa, et le groupe Ostal a lancé une offre concurrente. L'offre est "
     "financée par un prêt de la banque Pierrefeu.",
     ("FUNDS", "Pierrefeu", "Ostal")),
    # (a company's formal notice to another is a legal step, not a sanction)
    ("Le groupe Vérane a adressé une mise en demeure à la société Solvéa.",
     ("OPPOSES", "Vérane", "Solvéa")),
    # (the source of a report is no party)
    ("Le maire Paul Verdier a reçu, selon Le Courrier, le soutien du Parti radical et des Centristes.",
     ("ALLY_OF", "Le Courrier", "Parti radical")),
]

# standing by one is support, not a meeting
CASES += [
    ("« Je reste aux côtés de Paul Verdier », a déclaré la députée Jeanne Roux.",
     [("ALLY_OF", "Jeanne Roux", "Paul Verdier")]),
    ("La députée Jeanne Roux reste aux côtés de Paul Verdier.",
     [("ALLY_OF", "Jeanne Roux", "Paul Verdier")]),
]
FORBIDDEN += [
    ("Jeanne Roux, députée de la Somme, a confirmé son soutien : « Je reste aux côtés de Paul Verdier », a-t-elle "
     "déclaré.",
     ("MEETS", "Jeanne Roux", "Paul Verdier")),
]

# an award told by its noun, the awarding body as its "par" phrase
CASES += [
    ("En cause : l'attribution par la ville de Vernon, entre 2016 et 2021, de plusieurs contrats de voirie pour un "
     "montant total de 48 millions d'euros au groupe Technova et à une PME locale, Solvéa.",
     [("FUNDS", "ville de Vernon", "Technova"), ("FUNDS", "ville de Vernon", "Solvéa")]),
    ("L'attribution de plusieurs contrats de voirie au groupe Technova par la ville de Vernon a fait scandale.",
     [("FUNDS", "ville de Vernon", "Technova")]),
]

# a pact made by the sides listed as the subject
CASES += [
    ("Le Parti radical et le Mouvement national feront liste commune aux municipales de 2026 à Marseille.",
     [("ALLY_OF", "Parti radical", "Mouvement national")]),
    ("La sénatrice Jeanne Roux et le Mouvement national ont conclu un accord électoral.",
     [("ALLY_OF", "Jeanne Roux", "Mouvement national")]),
]
FORBIDDEN += [
    # (a pact refused is no alliance)
    ("Le Parti radical et le Mouvement national ne feront pas liste commune aux municipales.",
     ("ALLY_OF", "Parti radical", "Mouvement national")),
]

# put under sanctions or on a sanctions list
CASES += [
    ("La Valdonie vient d'être placée sous sanctions par l'Union andine.",
     [("OPPOSES", "Union andine", "Valdonie")]),
    ("L'Union andine a placé la Valdonie sous embargo.",
     [("OPPOSES", "Union andine", "Valdonie")]),
]
FORBIDDEN += [
    ("L'Union andine a inscrit la Valdonie sur la liste des pays partenaires.",
     ("OPPOSES", "Union andine", "Valdonie")),
    ("La Valdonie a été placée sous surveillance par l'Union andine.",
     ("OPPOSES", "Union andine", "Valdonie")),
]

# the other cue words of the module's families
CASES += [
    ("Le député Alain Rocher, ancien ministre de la Culture et proche de Jeanne Roux, a démissionné.",
     [("ALLY_OF", "Alain Rocher", "Jeanne Roux")]),
    ("Réunis à Bruxelles, les chefs d'État de l'Union andine ont adopté de nouvelles sanctions contre la Valdonie.",
     [("OPPOSES", "Union andine", "Valdonie")]),
    ("Le groupe Technova a reçu l'appui financier de la Banque Aldine.",
     [("FUNDS", "Banque Aldine", "Technova")]),
    ("Le Parti radical a voté de concert avec le Mouvement national.",
     [("ALLY_OF", "Parti radical", "Mouvement national")]),
    ("L'Arcom a adressé un blâme à Radio Sud.",
     [("OPPOSES", "Arcom", "Radio Sud")]),
]
