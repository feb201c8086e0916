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
