"""Cases of the eighteenth session's helper gapB (coverage gaps of business and justice ties), invented names."""

# "X, qui contrôle Y": the present-tense verb after "qui" tagged a noun, "qui" and the clause hung
# elsewhere by the parser (the main verb's subject), or a date between the verb and its object
CASES = [
    ("Norvex, qui contrôle Bemex, a annoncé ses résultats.",
     [("OWNS", "Norvex", "Bemex")]),
    ("La société Kerval, qui contrôle depuis 2015 la marque Ventoli, a publié ses comptes.",
     [("OWNS", "Kerval", "Ventoli")]),
    ("Talix, la holding qui contrôle Bemex, a signé l'accord.",
     [("OWNS", "Talix", "Bemex")]),
    ("Solvane, qui contrôle en 2020 Pellis et Brisac, a réagi.",
     [("OWNS", "Solvane", "Pellis"), ("OWNS", "Solvane", "Brisac")]),
]

# "X, le N qui <verbe> Y": the relative's noun right before "qui" is the apposition of X
CASES += [
    ("Bemex, le comparateur qui concurrence Norvex, a grandi.",
     [("COMPETES_WITH", "Bemex", "Norvex")]),
    ("La société Pellis, une holding qui possède Ventoli, a publié ses comptes.",
     [("OWNS", "Pellis", "Ventoli")]),
    ("Orvia, la banque qui finance Brisac, a réagi.",
     [("FUNDS", "Orvia", "Brisac")]),
]

# "Y, la chaîne du groupe X", "la griffe italienne de X", "sa marque phare": a group's channels, brands,
# retail chains and divisions are its own
CASES += [
    ("Bemex, la chaîne du groupe Norvex, a perdu des téléspectateurs.",
     [("OWNS", "Norvex", "Bemex")]),
    ("La maison Ventoli, la griffe italienne du groupe Kerval, recule en Asie.",
     [("OWNS", "Kerval", "Ventoli")]),
    ("Bemex, l'enseigne de distribution du groupe Kerval, ferme des magasins.",
     [("OWNS", "Kerval", "Bemex")]),
    ("Le groupe Kerval a fermé son pôle industriel, Talix.",
     [("OWNS", "Kerval", "Talix")]),
    ("Kerval a présenté sa nouvelle griffe, Ventoli, à Milan.",
     [("OWNS", "Kerval", "Ventoli")]),
    ("Radio Ventoli, la chaîne de Paul Verdier, a été lancée hier.",
     [("OWNS", "Paul Verdier", "Radio Ventoli")]),
    # the apposition of the last name of a list hung on a plain noun describes that name
    ("Le juge a préféré deux nouveaux entrants : Kanal Neuf, le projet du groupe Norvex, et Radio Sud, la chaîne de Bemex.",
     [("OWNS", "Bemex", "Radio Sud")]),
]

FORBIDDEN = [
    # (after "X, le patron de Z, qui …" the clause may be Z's: no guess)
    ("Paul Verdier, le patron de Norvex, qui possède déjà Bemex, a parlé.", ("OWNS", "Paul Verdier", "Bemex")),
    ("Le juge a préféré deux nouveaux entrants : Kanal Neuf, le projet du groupe Norvex, et Radio Sud, la chaîne de Bemex.",
     ("OWNS", "Bemex", "Kanal Neuf")),
    ("La chaîne Bemex est diffusée sur le réseau de Norvex.", ("OWNS", "Norvex", "Bemex")),
    ("L'innovation, la marque de fabrique de Norvex, séduit les clients de Bemex.", ("OWNS", "Norvex", "Bemex")),
]

# A deal noun whose participle names its maker ("par X") and its other party ("à / avec / contre / sur Y"):
# only participles of making or giving (data/biz.yaml maker_participles)
CASES += [
    ("L'accord signé par Norvex avec Bemex prévoit des échanges de brevets.",
     [("PARTNERS_WITH", "Norvex", "Bemex")]),
    # (s35-conv35: an alliance between parties is ALLY_OF, the session-35 convention)
    ("L'alliance nouée par le Parti radical avec le Parti vert a surpris les militants.",
     [("ALLY_OF", "Parti radical", "Parti vert")]),
    ("Le partenariat conclu en 2021 par Kerval avec la société Ventoli court jusqu'en 2030.",
     [("PARTNERS_WITH", "Kerval", "Ventoli")]),
    ("L'enveloppe de 600 millions d'euros prêtée par la banque Orvia à Bemex a été versée.",
     [("FUNDS", "Orvia", "Bemex")]),
    ("Le prêt consenti par Solvane à Pellis sera remboursé en 2030.",
     [("FUNDS", "Solvane", "Pellis")]),
    ("Les subventions octroyées par la Région à la société Brisac ont doublé.",
     [("FUNDS", "Région", "Brisac")]),
    ("L'action engagée par Paul Verdier contre Marie Lenoir a été jugée recevable.",
     [("SUES", "Paul Verdier", "Marie Lenoir")]),
    ("Le collectif Vigie Sociale a annoncé de nouvelles actions contre Bemex.",
     [("SUES", "Vigie Sociale", "Bemex")]),
    ("L'offre publique d'achat lancée par le groupe Norvex sur Bemex a échoué.",
     [("BIDS_FOR", "Norvex", "Bemex")]),
    ("L'offre d'achat déposée par Kerval sur Ventoli expire lundi.",
     [("BIDS_FOR", "Kerval", "Ventoli")]),
]

FORBIDDEN += [
    # a guarantor, a judge of the deal or a passer-by is no maker
    ("La société Pellis a obtenu un prêt garanti par la Belgique de 6 millions d'euros de la banque Orvia.",
     ("FUNDS", "Belgique", "Pellis")),
    ("Le budget est financé par les dons de cent entreprises, de Norvex à Bemex en passant par Talix.",
     ("FUNDS", "Talix", "Bemex")),
    ("Le parquet a engagé des poursuites après les plaintes déposées contre la mairie par Vigie Nature et la Fédération Talix.",
     ("SUES", "Vigie Nature", "Fédération Talix")),
    ("Les actions détenues par Norvex dans Bemex ont été vendues.", ("SUES", "Norvex", "Bemex")),
]

# a participle's agent after a time phrase ("racheté depuis par X", "rachetée un an plus tôt par X")
CASES += [
    ("Bemex, l'opérateur racheté depuis par Norvex, a signé.",
     [("ACQUIRES", "Norvex", "Bemex")]),
    ("La maison Ventoli, rachetée un an plus tôt par Kerval et Solvane, a grandi.",
     [("ACQUIRES", "Kerval", "Ventoli"), ("ACQUIRES", "Solvane", "Ventoli")]),
    ("Pellis, une start-up rachetée deux ans auparavant par le groupe Orvane, a fermé.",
     [("ACQUIRES", "Orvane", "Pellis")]),
]

# verbs of motion with "être" read as passives by the parser ("Y est passée dans le giron de X"); being in a
# group's fold; among the holders ("X figure parmi les actionnaires de Y")
CASES += [
    ("Bemex est passée en 2020 dans le giron de Norvex.",
     [("ACQUIRES", "Norvex", "Bemex")]),
    ("La marque Ventoli est entrée dans le giron du groupe Kerval en 2018.",
     [("ACQUIRES", "Kerval", "Ventoli")]),
    ("La société Bemex est dans le giron de Norvex depuis 2015.",
     [("OWNS", "Norvex", "Bemex")]),
    ("Norvex figurait déjà parmi les principaux actionnaires de Bemex.",
     [("OWNS", "Norvex", "Bemex")]),
    ("Le fonds Solvane figure parmi les actionnaires historiques de Pellis.",
     [("OWNS", "Solvane", "Pellis")]),
]

# money billed or received ("Y a facturé N à X", "Y a perçu de X N"); a sentence sought or won
CASES += [
    ("Bemex a facturé 12 millions d'euros au ministère de la Santé.",
     [("FUNDS", "ministère de la Santé", "Bemex")]),
    ("Le cabinet Talix facture ses conseils à la société Pellis depuis 2019.",
     [("FUNDS", "Pellis", "Talix")]),
    ("Bemex a perçu de la Région 65 millions d'euros.",
     [("FUNDS", "Région", "Bemex")]),
    ("Norvex avait obtenu la condamnation de l'artiste Paul Verdier.",
     [("SUES", "Norvex", "Paul Verdier")]),
    ("Le parquet de Lille a requis la condamnation de Marie Lenoir.",
     [("SUES", "parquet de Lille", "Marie Lenoir")]),
]

FORBIDDEN += [
    ("Bemex est passée en 2020 dans le giron de Norvex.", ("OWNS", "Norvex", "Bemex")),
    ("Le tribunal de Lille a prononcé la condamnation de Marie Lenoir.", ("SUES", "tribunal de Lille", "Marie Lenoir")),
    ("Parmi les actionnaires de Bemex, Norvex a voté contre.", ("OWNS", "Norvex", "Bemex")),
    ("Bemex a perçu la Région comme un partenaire.", ("FUNDS", "Région", "Bemex")),
]

# the author of a contested decision, after the noun's participle; "une série de …" is no funding round
CASES += [
    ("Le recours déposé par Norvex contre la décision de l'Autorité de la concurrence a été rejeté.",
     [("SUES", "Norvex", "Autorité de la concurrence")]),
    ("La start-up Bemex a bouclé une série B de 20 millions d'euros menée par le fonds Norvex.",
     [("INVESTS_IN", "Norvex", "Bemex")]),
]

FORBIDDEN += [
    ("Bemex a subi une série de sanctions infligées par l'Autorité.", ("INVESTS_IN", "Autorité", "Bemex")),
    ("La société Pellis a lancé une série de produits vendus par Kerval.", ("INVESTS_IN", "Kerval", "Pellis")),
]

# "Y, une société détenue par X, …": the parser makes the apposed noun the main verb's subject
CASES += [
    ("Bemex, une société contrôlée par le groupe Norvex, a signé l'accord.",
     [("OWNS", "Norvex", "Bemex")]),
    ("Ventoli, une marque détenue par la famille Kerval, a ouvert une boutique.",
     [("OWNS", "famille Kerval", "Ventoli")]),
    ("Pellis, une entreprise rachetée par Orvane en 2021, a fermé.",
     [("ACQUIRES", "Orvane", "Pellis")]),
]

# "X, dont la filiale Y …": "dont" is "de" + the name before its comma
CASES += [
    ("Norvex, dont la filiale néerlandaise Bemex a souffert, a publié ses résultats.",
     [("OWNS", "Norvex", "Bemex")]),
    ("Le groupe Kerval, dont le principal concurrent, Ventoli, a fermé, se porte bien.",
     [("COMPETES_WITH", "Ventoli", "Kerval")]),
    ("La holding Solvane, dont la branche médias Radio Pellis perd de l'argent, cherche un acheteur.",
     [("OWNS", "Solvane", "Radio Pellis")]),
]

FORBIDDEN += [
    # ("dont" belongs to the stake: 30 % of X)
    ("Corvalis, dont le fonds Arvelle Partners détient 30 % du capital, a obtenu un prêt.",
     ("OWNS", "Corvalis", "Arvelle Partners")),
    ("Aquilane, dont le fonds Kerguelen Capital détient 30 % depuis 2022, dément toute manipulation.",
     ("OWNS", "Aquilane", "Kerguelen Capital")),
]

# "la tentative de rachat de Y par X": the "par" phrase hung on the noun of intent is the deal's (a bid)
CASES += [
    ("La tentative de rachat de Bemex par Norvex a échoué.",
     [("BIDS_FOR", "Norvex", "Bemex")]),
    ("Le projet d'acquisition de Ventoli par le groupe Kerval inquiète les syndicats.",
     [("BIDS_FOR", "Kerval", "Ventoli")]),
]

# a participle of alliance describing the name before it ("X, allié à Y dans une offre commune")
CASES += [
    ("Norvex, allié à Bemex dans une offre commune, a remporté le marché.",
     [("PARTNERS_WITH", "Norvex", "Bemex")]),
    ("Le groupe Kerval, associé au fonds Solvane, a déposé une offre.",
     [("PARTNERS_WITH", "Kerval", "Solvane")]),
    ("La société Pellis, alliée avec la banque Orvia depuis 2019, vise l'Asie.",
     [("PARTNERS_WITH", "Pellis", "Orvia")]),
]

# a phrase after an infinitive hung on the verb of trying that governs it ("X peine à rivaliser avec Y")
CASES += [
    ("Norvex peine à rivaliser avec Bemex.",
     [("COMPETES_WITH", "Norvex", "Bemex")]),
    ("Le groupe Kerval cherche à s'associer avec la société Ventoli.",
     [("PARTNERS_WITH", "Kerval", "Ventoli")]),
]

# a conglomerate or an empire of an owner
CASES += [
    ("Le conglomérat Talix, de l'homme d'affaires Paul Verdier, a signé.",
     [("OWNS", "Paul Verdier", "Talix")]),
    ("Bemex, l'empire de la famille Verdier, s'agrandit.",
     [("OWNS", "famille Verdier", "Bemex")]),
]

# "X, présenté / considéré comme N de Y": the participle's name is what the noun describes
CASES += [
    ("Norvex, présenté comme candidat à la reprise de Bemex, dément.",
     [("BIDS_FOR", "Norvex", "Bemex")]),
    ("La société Kerval, considérée comme le principal concurrent de Ventoli, recrute.",
     [("COMPETES_WITH", "Kerval", "Ventoli")]),
]

# "X est l'un des N de Y": the copula's subject is one of them
CASES += [
    ("Le fonds Solvane est l'un des principaux bailleurs de Pellis.",
     [("FUNDS", "Solvane", "Pellis")]),
    ("La société Orvane est l'une des concurrentes de Brisac.",
     [("COMPETES_WITH", "Orvane", "Brisac")]),
]

# "sa marque phare, Y": "phare" tagged a name heading the phrase
CASES += [
    ("Norvex voit les ventes de sa marque phare, Bemex, reculer.",
     [("OWNS", "Norvex", "Bemex")]),
    ("Le groupe Kerval a vendu sa marque phare, Ventoli.",
     [("OWNS", "Kerval", "Ventoli")]),
]

FORBIDDEN += [
    # ("dont" taken by "faire partie"; a kind noun says what Y is, not whose)
    ("Le consortium Talix, dont la société Bemex et le fonds Norvex font partie, a gagné.",
     ("OWNS", "Talix", "Bemex")),
]
