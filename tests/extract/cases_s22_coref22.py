"""Cases of the s22 second-reference gaps (helper coref22): ties whose party is a descriptor, a pronoun or a
possessive. Invented names and sentences."""

CASES = []
FORBIDDEN = []

# "Quant à Y, son président X …": the name "quant à" opens the sentence on is the title's owner, not a
# holder set beside the title ("X, son PDG").
CASES += [
    ("Le ministre a déposé plainte contre le journal Varnelle. Théo Brasquet, porte-parole du parti Renouveau, "
     "critique le gouvernement. Quant à Varnelle, son président, Octave Lamarsin, maintient ses informations.",
     [("LEADS", "Octave Lamarsin", "Varnelle")]),
]
FORBIDDEN += [
    ("Le ministre a déposé plainte contre le journal Varnelle. Théo Brasquet, porte-parole du parti Renouveau, "
     "critique le gouvernement. Quant à Varnelle, son président, Octave Lamarsin, maintient ses informations.",
     ("LEADS", "Octave Lamarsin", "Renouveau")),
]

# "Son PDG, X": a company's title; a public body is never its owner.
FORBIDDEN += [
    ("La Région Azuréenne a choisi la société Ferlimo pour exploiter la ligne. La collectivité financera de son côté "
     "l'achat de rames neuves. Son PDG, Gaston Pelerin, salue un signal fort.",
     ("LEADS", "Gaston Pelerin", "Région Azuréenne")),
]
CASES += [
    # near miss: a region's president is its own
    ("La Région Azuréenne a choisi la société Ferlimo pour exploiter la ligne. La collectivité financera de son côté "
     "l'achat de rames neuves. Son président, Gaston Pelerin, salue un signal fort.",
     [("LEADS", "Gaston Pelerin", "Région Azuréenne")]),
]

# "le président chinois X … le président français": a title with a country adjective is not the holder the
# text said was from another country.
CASES += [
    ("Hugo Vasseuil a été reçu jeudi par le président chinois Wang Lifei au Palais du peuple. Le président "
     "français a ensuite accusé le sénateur Lino Brambach de mentir.",
     [("ACCUSES", "Hugo Vasseuil", "Lino Brambach")]),
]
FORBIDDEN += [
    ("Hugo Vasseuil a été reçu jeudi par le président chinois Wang Lifei au Palais du peuple. Le sénateur Lino "
     "Brambach a accusé le président français de faiblesse.",
     ("ACCUSES", "Lino Brambach", "Wang Lifei")),
    ("Hugo Vasseuil a été reçu jeudi par le président chinois Wang Lifei au Palais du peuple. Le président "
     "français a appelé son hôte au calme.",
     ("LEADS", "Wang Lifei", "France")),
]

# "combattu par X, le patron de Y, avant que celui-ci …": "celui-ci" is X — the agent of a passive is not the
# clause's subject "celui-ci" sets aside, and the title's complement Y only says whose title it is.
CASES += [
    ("Le groupe Corvanel veut racheter l'éditeur Pimbreuil. Le projet a longtemps été combattu par Félix Arrandon, "
     "le patron de Pimbreuil, avant que celui-ci ne se rallie à Gildas Mourvel.",
     [("ALLY_OF", "Félix Arrandon", "Gildas Mourvel")]),
]
FORBIDDEN += [
    ("Le groupe Corvanel veut racheter l'éditeur Pimbreuil. Le projet a longtemps été combattu par Félix Arrandon, "
     "le patron de Pimbreuil, avant que celui-ci ne se rallie à Gildas Mourvel.",
     ("ALLY_OF", "Pimbreuil", "Gildas Mourvel")),
]
CASES += [
    # near miss: "celui-ci" after a plain object is the last actor named, the object
    ("Le groupe Corvanel a reçu Félix Arrandon. Celui-ci a ensuite rencontré Gildas Mourvel.",
     [("MEETS", "Félix Arrandon", "Gildas Mourvel")]),
]

# "X, de son côté, poursuit … : l'ancien PDG, qui …, a saisi …": the title after a colon goes on about the
# person whose clause the colon closes, not an earlier holder of a like title.
CASES += [
    ("Lucas Pervenche, ancien directeur général de Borvalis, a été évincé. Il accuse Hervé Sallandre d'avoir mené "
     "un coup de force. Bastien Korrigan, de son côté, poursuit sa propre guérilla : l'ancien PDG, qui conteste "
     "avoir démissionné, a saisi les prud'hommes contre Borvalis.",
     [("SUES", "Bastien Korrigan", "Borvalis")]),
]
FORBIDDEN += [
    ("Lucas Pervenche, ancien directeur général de Borvalis, a été évincé. Il accuse Hervé Sallandre d'avoir mené "
     "un coup de force. Bastien Korrigan, de son côté, poursuit sa propre guérilla : l'ancien PDG, qui conteste "
     "avoir démissionné, a saisi les prud'hommes contre Borvalis.",
     ("SUES", "Lucas Pervenche", "Borvalis")),
]

# "le danois", "l'Américain": a nationality noun takes up only an actor the text said was from that country
# ("le groupe danois X", "l'homme d'affaires américain X"); none when no actor or several are.
CASES += [
    ("Le groupe danois Ferrandel a lancé une offre sur Quilvane. Arsène Malbrook, directeur général de Quilvane, "
     "a accusé le danois de vouloir brader la société.",
     [("ACCUSES", "Arsène Malbrook", "Ferrandel")]),
]
FORBIDDEN += [
    # near miss: the country of no actor named: no guess
    ("Ferrandel a lancé une offre sur Quilvane. Arsène Malbrook, directeur général de Quilvane, a accusé le danois "
     "de vouloir brader la société.",
     ("ACCUSES", "Arsène Malbrook", "Ferrandel")),
    # the man the text did not say was American is not "l'Américain"
    ("L'homme d'affaires américain Silas Brandvold a racheté le club Varenne. Hector Lussac a quitté ses fonctions "
     "en mai. L'Américain a ensuite critiqué Rémi Tassart.",
     ("ACCUSES", "Hector Lussac", "Rémi Tassart")),
]
CASES += [
    ("L'homme d'affaires américain Silas Brandvold a racheté le club Varenne. Hector Lussac a quitté ses fonctions "
     "en mai. L'Américain a ensuite critiqué Rémi Tassart.",
     [("ACCUSES", "Silas Brandvold", "Rémi Tassart")]),
]

# Trade nouns of the introducers press uses as second references too ("la major", "l'électricien"), and an
# online newsroom named again ("le site d'information").
CASES += [
    ("L'affaire avait été révélée par Lumiscope. Le député Anatole Verchère a porté plainte contre le site "
     "d'information pour diffamation.",
     [("SUES", "Anatole Verchère", "Lumiscope")]),
    ("Le pétrolier Ostrala a signé un contrat en Irak. Le patron de la major, Colin Harbert, salue un accord "
     "historique.",
     [("LEADS", "Colin Harbert", "Ostrala")]),
]
FORBIDDEN += [
    # near miss: a plant is no newsroom; "le site" alone stays unread
    ("Le groupe Ostrala ferme son usine de Vierzon. Le directeur du site, Colin Harbert, promet des reclassements.",
     ("LEADS", "Colin Harbert", "Ostrala")),
]

# "lorsque X succède à ce dernier": "ce dernier" is never its own clause's subject, and after a succession verb
# with a person for subject it is a person (a post passes from a person to a person).
CASES += [
    ("Ulysse Morvan fut le directeur de cabinet de Basile Trégon au groupe Ferlimo. Il conserve le poste lorsque "
     "Noé Castagnier succède à ce dernier à la tête de Ferlimo, en 2014.",
     [("LEADS", "Basile Trégon", "Ferlimo"), ("LEADS", "Noé Castagnier", "Ferlimo")]),
]
