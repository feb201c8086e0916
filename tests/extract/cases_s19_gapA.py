"""Cases of the s19 coverage gaps of French (helper s19-gapA), invented names and sentences."""

# A post kept through "rester" / "demeurer" in a relative clause, or a participle of "devenir" / "rester" set off
# after the name.
CASES = [
    ("Octave Marchal, qui reste le PDG du groupe Fenwald, a présenté hier les comptes semestriels.",
     [("LEADS", "Octave Marchal", "Fenwald")]),
    ("Clémence Aubert, qui demeure présidente de la mutuelle Arvalis, refuse toute fusion.",
     [("LEADS", "Clémence Aubert", "Arvalis")]),
    ("Léandre Picot, devenu conseiller de la start-up Quorvia, investit aussi dans la robotique.",
     [("WORKS_FOR", "Léandre Picot", "Quorvia")]),
]

# Shared posts: co-managers ("cogérant", tagged as a participle or an adjective) and "copiloter".
CASES += [
    ("Anselme Duroc, cogérant de la maison Valtière, a signé le contrat.",
     [("LEADS", "Anselme Duroc", "Valtière")]),
    ("Anselme Duroc devient cogérant de la maison Valtière en 2014.",
     [("LEADS", "Anselme Duroc", "Valtière")]),
    ("Ysaline Caron copilote désormais la société Brumal.",
     [("LEADS", "Ysaline Caron", "Brumal")]),
]

# Closeness: "allié de" read as a participle, "s'allier à / avec" between persons, "prendre la défense de",
# a title after "comme" describing the verb's object or passive subject.
CASES += [
    ("Hippolyte Varenne, allié de Solène Barthe, a voté la motion.",
     [("ALLY_OF", "Hippolyte Varenne", "Solène Barthe")]),
    ("Hippolyte Varenne, pourtant allié historique de Solène Barthe, a voté contre.",
     [("ALLY_OF", "Hippolyte Varenne", "Solène Barthe")]),
    ("Hippolyte Varenne s'était allié à Solène Barthe en 2019 pour conquérir la mairie.",
     [("ALLY_OF", "Hippolyte Varenne", "Solène Barthe")]),
    ("Gaspard Lenoir a pris publiquement la défense de Mireille Fontan après ses déclarations.",
     [("ALLY_OF", "Gaspard Lenoir", "Mireille Fontan")]),
    ("La presse présente Gaspard Lenoir comme un proche de Mireille Fontan.",
     [("ALLY_OF", "Gaspard Lenoir", "Mireille Fontan")]),
    ("Gaspard Lenoir est aujourd'hui décrit comme un fidèle de Mireille Fontan.",
     [("ALLY_OF", "Gaspard Lenoir", "Mireille Fontan")]),
]
FORBIDDEN = [
    ("Gaspard Lenoir a pris la direction de la société Brumal.",
     ("ALLY_OF", "Gaspard Lenoir", "Brumal")),
]

# A ministry kept, inherited or taken with no title noun; "X, nommé à la tête de Y".
CASES += [
    ("Honoré Vasseur garde le ministère de l'Intérieur dans le nouveau gouvernement.",
     [("LEADS", "Honoré Vasseur", "ministère de l'Intérieur")]),
    ("Honoré Vasseur hérite du ministère des Affaires étrangères.",
     [("LEADS", "Honoré Vasseur", "ministère des Affaires étrangères")]),
    ("Honoré Vasseur, installé au ministère de la Justice, a reçu les syndicats.",
     [("LEADS", "Honoré Vasseur", "ministère de la Justice")]),
    ("Honoré Vasseur, nommé à la tête du groupe Fenwald en mai, a parlé.",
     [("LEADS", "Honoré Vasseur", "Fenwald")]),
]
FORBIDDEN += [
    ("Honoré Vasseur a obtenu du ministère de l'Intérieur une dérogation.",
     ("LEADS", "Honoré Vasseur", "ministère de l'Intérieur")),
]

# An organisation joining or leaving an alliance or an assembly group.
CASES += [
    ("La compagnie Aeralis a quitté l'alliance Skyline pour rejoindre l'alliance Orbis.",
     [("MEMBER_OF", "Aeralis", "Skyline"), ("MEMBER_OF", "Aeralis", "Orbis")]),
    ("Le parti Horizon a rejoint le groupe Patriotes libres au Parlement européen.",
     [("MEMBER_OF", "Horizon", "Patriotes libres")]),
]
FORBIDDEN += [
    ("La société Fenwald a rejoint le groupe Brumal en 2020.",
     ("MEMBER_OF", "Fenwald", "Brumal")),
]

# A party called a person's is the one that person leads.
CASES += [
    ("Avenir France, le parti de Marius Loubet, a remporté la mairie.",
     [("LEADS", "Marius Loubet", "Avenir France")]),
]

# The helm held by someone ("la direction de Y est assurée par X").
CASES += [
    ("Le groupe Fenwald, dont la direction est assurée par Octave Marchal, recrute.",
     [("LEADS", "Octave Marchal", "Fenwald")]),
    ("La direction du groupe Fenwald est assurée par Octave Marchal.",
     [("LEADS", "Octave Marchal", "Fenwald")]),
]
FORBIDDEN += [
    ("La direction financière du groupe Fenwald est assurée par Octave Marchal.",
     ("LEADS", "Octave Marchal", "Fenwald")),
]

# A relative named after a trade and its adjectives; a board left; a country branch's head; inside a party.
CASES += [
    ("Aurèle Dantec, fils de l'industriel breton Jacques Dantec, reprend l'usine.",
     [("FAMILY", "Aurèle Dantec", "Jacques Dantec")]),
    ("Le groupe Fenwald a annoncé le départ de Roland Sauvat de son conseil d'administration.",
     [("BOARD_MEMBER", "Roland Sauvat", "Fenwald")]),
    ("Le directeur du groupe Fenwald au Niger, Issa Maïga, a été entendu.",
     [("WORKS_FOR", "Issa Maïga", "Fenwald")]),
    ("Bastien Roux, son allié au sein du parti Les Verts, salue la décision.",
     [("MEMBER_OF", "Bastien Roux", "Les Verts")]),
    ("Corentin Masse, entraîneur du FC Valmont depuis 2019, a prolongé son contrat.",
     [("WORKS_FOR", "Corentin Masse", "FC Valmont")]),
]
FORBIDDEN += [
    ("Le directeur du groupe Fenwald au Niger, Issa Maïga, a été entendu.",
     ("LEADS", "Issa Maïga", "Fenwald")),
    ("Le groupe Fenwald a annoncé le départ de Roland Sauvat, avant la réunion de son conseil d'administration.",
     ("BOARD_MEMBER", "Roland Sauvat", "Fenwald")),
]

# A head handing the post on: the heir heads the organisation the head's title names.
CASES += [
    ("Firmin Lasalle, le directeur général du groupe Fenwald, a cédé sa place à Noémie Caradec le 1er mars.",
     [("LEADS", "Noémie Caradec", "Fenwald")]),
]
FORBIDDEN += [
    ("Firmin Lasalle, PDG du groupe Fenwald, a cédé ses actions à Noémie Caradec.",
     ("LEADS", "Noémie Caradec", "Fenwald")),
]

# One named among a plural title after ", dont".
CASES += [
    ("Trois anciens cadres de Fenwald, dont Roland Sauvat, ont été licenciés.",
     [("WORKS_FOR", "Roland Sauvat", "Fenwald")]),
    ("Les fondateurs de Quorvia, dont Noémie Caradec, ont vendu leurs parts.",
     [("FOUNDED", "Noémie Caradec", "Quorvia")]),
]
FORBIDDEN += [
    ("Les salariés de Fenwald, dont la moitié travaille à Lyon, ont voté la grève avec Roland Sauvat.",
     ("WORKS_FOR", "Roland Sauvat", "Fenwald")),
]
