"""Cases of the nineteenth session's lead, invented names."""

# A conjunct with its own preposition ("…, le patron de Y, et au fonds Z") is another phrase of the verb,
# not a second title sharing the first one's "de Y": Z is no holding of Y.
CASES = [
    ("Celui-ci s'est associé à Marc Dutoit, le patron de Fimalor, et au fonds britannique Attesta pour "
     "injecter 1,2 milliard d'euros dans le distributeur.",
     [("LEADS", "Marc Dutoit", "Fimalor")]),
    # (a coordinated title with no preposition of its own still shares it)
    ("Hugo Larnier, président et cofondateur de la société Brenvis, a démissionné en mars.",
     [("LEADS", "Hugo Larnier", "Brenvis"), ("FOUNDED", "Hugo Larnier", "Brenvis")]),
]

FORBIDDEN = [
    ("Celui-ci s'est associé à Marc Dutoit, le patron de Fimalor, et au fonds britannique Attesta pour "
     "injecter 1,2 milliard d'euros dans le distributeur.",
     ("OWNS", "Fimalor", "Attesta")),
]

# "l'offre de Y" names Y as the bidder: one who defends or weighs it does not bid for Y.
FORBIDDEN += [
    ("Sa présidente du directoire, Marie Debert, qui avait fait le déplacement pour défendre l'offre de "
     "l'opérateur historique Kelvis, dénonce un choix politique.",
     ("BIDS_FOR", "Marie Debert", "Kelvis")),
]
CASES += [
    ("Le fonds Ardenza a lancé une offre sur la société Brenvis à 14 euros par action.",
     [("BIDS_FOR", "Ardenza", "Brenvis")]),
]

# "X dirigeait le cabinet du ministre de Y": the head of a minister's staff works for the ministry, does
# not lead it (as "X, directeur de cabinet du ministre de Y"); a firm called a cabinet is still led
CASES += [
    ("Avant d'entrer à l'Élysée, Paul Varenne dirigeait le cabinet du ministre de l'Économie.",
     [("WORKS_FOR", "Paul Varenne", "ministère de l'Économie")]),
    ("Paul Varenne dirige le cabinet d'avocats Marlot & Associés depuis 2015.",
     [("LEADS", "Paul Varenne", "Marlot & Associés")]),
]
FORBIDDEN += [
    ("Avant d'entrer à l'Élysée, Paul Varenne dirigeait le cabinet du ministre de l'Économie.",
     ("LEADS", "Paul Varenne", "ministère de l'Économie")),
]

# A fronted description of the subject ("Membre fondateur de Z, son entreprise a porté plainte contre Y") is
# no phrase of the light verb: Z does not sue
FORBIDDEN += [
    ("Membre fondateur de l'initiative européenne Cloudia, son entreprise avait porté plainte à Bruxelles "
     "contre Macrosoft en 2021.",
     ("SUES", "Cloudia", "Macrosoft")),
]
CASES += [
    ("La société Brenvis a déposé plainte jeudi contre Macrosoft pour abus de position dominante.",
     [("SUES", "Brenvis", "Macrosoft")]),
]

# Litotes: "n'efface pas la rivalité entre A et B" says the rivalry holds (see test_s19_lead_litotes)
LITOTES = ("Une continuité qui n'efface pas la rivalité, à peine voilée, entre le ministre Paul Varenne et le "
           "nouveau chef du gouvernement, Marc Dutoit.")

# A comma then the clause's own finite verb ("A, filiale de B, récupérerait 42 % des actifs, dont …, C …") is no
# apposition the list of B's mates steps over: C is no parent of A
FORBIDDEN += [
    ("Selon la répartition envisagée, Vortex Telecom, filiale du groupe Vortex, récupérerait 42 % des actifs, "
     "dont la clientèle entreprises, Amalis, le groupe contrôlé par Jean Dupuis, en prendrait 30 %, et Orlan le reste.",
     ("OWNS", "Amalis", "Vortex Telecom")),
    ("Selon la répartition envisagée, Vortex Telecom, filiale du groupe Vortex, récupérerait 42 % des actifs, "
     "dont la clientèle entreprises, Amalis, le groupe contrôlé par Jean Dupuis, en prendrait 30 %, et Orlan le reste.",
     ("OWNS", "Orlan", "Vortex Telecom")),
]
CASES += [
    ("Selon la répartition envisagée, Vortex Telecom, filiale du groupe Vortex, récupérerait 42 % des actifs.",
     [("OWNS", "Vortex", "Vortex Telecom")]),
]

# Lists and appositions: "A, propriété du groupe Y, B, …, et C" lists A, B, C (Y's comma closes A's
# apposition); "A, la mutuelle qui regroupe B, C et D, …": the list inside the relative is no list of A's
FORBIDDEN += [
    ("Les trois grandes maisons, Varlot, propriété du groupe Amarix, Marteau, qui appartient à Pernaud Group, "
     "et Rimbert, filiale de Rimbert Cointreau, échappent aux taxes.",
     ("OWNS", "Rimbert", "Varlot")),
    ("En septembre, Thierry Derval, le PDG de Covalis, la mutuelle qui regroupe Maafix, Mamex et Gemfa, avait "
     "lancé une offre non sollicitée sur Scorex.",
     ("LEADS", "Thierry Derval", "Mamex")),
    ("En septembre, Thierry Derval, le PDG de Covalis, la mutuelle qui regroupe Maafix, Mamex et Gemfa, avait "
     "lancé une offre non sollicitée sur Scorex.",
     ("LEADS", "Thierry Derval", "Gemfa")),
]
CASES += [
    ("Le groupe Iroval Médias, propriétaire du quotidien Le Courrier de l'Estuaire, de la radio Fréquence "
     "Océane et de la chaîne locale Canal Opale, a annoncé jeudi une série de nominations.",
     [("OWNS", "Iroval Médias", "Canal Opale"), ("OWNS", "Iroval Médias", "Fréquence Océane")]),
    ("Objet de la rencontre : sceller un accord entre Convergence citoyenne, que préside la députée de "
     "Seine-Saint-Denis, et Élan fédéral, le parti centriste dont M. Vautrin a pris la tête en 2023.",
     [("ALLY_OF", "Convergence citoyenne", "Élan fédéral")]),   # (s35-conv35: parties' accord, ALLY_OF)
]

# An acronym spells every word of substance: "LR" is no short name of "La République en marche"
FORBIDDEN += [
    ("Paul Varenne mène la liste de La République en marche. Le président sortant a reçu l'appui de Christian "
     "Jacquet, le patron de LR, et de l'UDI.",
     ("LEADS", "Christian Jacquet", "La République en marche")),
]
CASES += [
    ("Paul Varenne mène la liste de La République en marche. Le président sortant a reçu l'appui de Christian "
     "Jacquet, le patron de LR, et de l'UDI.",
     [("LEADS", "Christian Jacquet", "LR")]),
]
