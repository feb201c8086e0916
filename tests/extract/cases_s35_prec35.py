"""Cases of the s35 general checks that drop false ties (helper s35-prec35, extract/precision35.py, cue words in
extract/data/precision35.yaml), invented names and sentences. Each check is tried on several shapes and cue words,
and on the same shape where the tie is true and must stay."""

# a name after a locative phrase is a place, never the holder of the title that follows (près de, dans la banlieue
# de; le président-directeur général, le dirigeant)
FORBIDDEN = [
    ("Louis Barrat (Novalis) : « Nous n'avons pas besoin d'un nouveau tour de table »\n\nÀ la veille de "
     "l'inauguration de son usine de Bourbourg, près de Dunbrel, le président-directeur général de Novalis, la "
     "start-up qu'il a cofondée en 2020, répond à nos questions.", ("LEADS", "Dunbrel", "Novalis")),
    ("Marc Obin (Terval) : « Nous tenons »\n\nDans la banlieue de Montvert, le dirigeant de Terval, qui a repris "
     "l'usine en 2019, reçoit dans son bureau.", ("LEADS", "Montvert", "Terval")),
]
CASES = [
    ("Paul Marchand, le PDG de Novalis, a inauguré près de Dunbrel l'usine de Bourbourg.",
     [("LEADS", "Paul Marchand", "Novalis")]),
    # ("à l'entrée de X dans Y" is an accession, no place: test_s35_prec35.py)
]

# a share written after a name is the gapped clause's holder, not the company held (possède … et …; détient … et …)
FORBIDDEN += [
    ("Klémont, dont le fonds américain Harbor Capital détient 22 % et le fonds de pension suédois Norfond un peu plus "
     "de 5 %, a levé 600 millions d'euros.", ("OWNS", "Harbor Capital", "Norfond")),
    ("Chez Ordane, la holding Keroual possède désormais 35 %, le fonds Amalia environ 9 % et la banque Orsel 4 %.",
     ("OWNS", "Keroual", "Amalia")),
    ("Chez Ordane, la holding Keroual possède désormais 35 %, le fonds Amalia environ 9 % et la banque Orsel 4 %.",
     ("OWNS", "Keroual", "Orsel")),
]
CASES += [
    ("Le fonds Tarsis contrôle Belmar à 60 %.", [("OWNS", "Tarsis", "Belmar")]),
    ("Le groupe Vardel possède 12 % de Sirius depuis 2019.", [("OWNS", "Vardel", "Sirius")]),
]

# the accused is the other actor the noun names, not its de-complement (reproche à la filiale de, accuse la branche
# française de)
FORBIDDEN += [
    ("L'Autorité des marchés reproche à la filiale de Moravia d'avoir favorisé ses propres services.",
     ("ACCUSES", "Autorité des marchés", "Moravia")),
    ("Le syndicat Sud Rail accuse la branche française de Moravia d'avoir dissimulé des revenus.",
     ("ACCUSES", "Sud Rail", "Moravia")),
]
CASES += [
    ("L'Autorité des marchés reproche à Moravia d'avoir favorisé la filiale de Belmar.",
     [("ACCUSES", "Autorité des marchés", "Moravia")]),
    ("La ministre Jeanne Morel accuse le groupe Sorvane d'avoir trompé les clients de Belmar.",
     [("ACCUSES", "Jeanne Morel", "Sorvane")]),
    ("L'association Vigie Conso a porté plainte contre Belmar pour tromperie.", [("SUES", "Vigie Conso", "Belmar")]),
]

# the target of "lui reproche", "l'accuse" is the clitic: a name after the verb is inside the charge
FORBIDDEN += [
    ("« Paul Sarre a vendu la ville aux promoteurs », a lancé M. Vernet, qui fut son allié pendant vingt ans. "
     "L'intéressé lui reproche en retour une gestion « dispendieuse » de la communauté urbaine de Brévannes, que "
     "M. Vernet préside également.", ("ACCUSES", "Paul Sarre", "communauté urbaine de Brévannes")),
    ("Le syndicat Sud Rail a reçu le PDG de Tarvel, Hugo Blanc. Il l'accuse d'avoir vendu la société Agrinord à "
     "perte.", ("ACCUSES", "Sud Rail", "Agrinord")),
    ("Le fonds Tarsis ne lâche pas Velcor. Il lui reproche d'avoir sacrifié la filiale Agrinord.",
     ("ACCUSES", "Tarsis", "Agrinord")),
]
CASES += [
    ("Le syndicat Sud Rail a reçu Hugo Blanc. Il l'accuse d'avoir menti.", [("ACCUSES", "Sud Rail", "Hugo Blanc")]),
]

# handing over the helm is an appointment, no order paid (confié les commandes, laissé les rênes, cédé la barre)
FORBIDDEN += [
    ("Dernier en date, Valtor a confié en mars les commandes à Martin Berger, ancien dirigeant de Kelvan.",
     ("FUNDS", "Valtor", "Martin Berger")),
    ("Le fondateur de Sorvane a laissé les commandes à sa fille, Claire Dumas.", ("FUNDS", "Sorvane", "Claire Dumas")),
    ("Le conseil de Brenvia a cédé la barre à Hugo Lenoir en janvier.", ("FUNDS", "Brenvia", "Hugo Lenoir")),
]
CASES += [
    ("Valtor a passé une commande de douze rames à Alsorail pour 300 millions d'euros.",
     [("FUNDS", "Valtor", "Alsorail")]),
    # (the body that hands the helm over is the one its new holder heads)
    ("Dernier en date, Valtor a confié en mars les commandes à Martin Berger, ancien dirigeant de Kelvan.",
     [("LEADS", "Martin Berger", "Valtor")]),
]

# a person has no vice-president, treasurer or secretary general: the body has (dont il est l'un des
# vice-présidents; trésorière)
FORBIDDEN += [
    ("Face à lui, Paul Renard peut compter sur Avenir, le parti présidé par Louis Garnier, dont il est l'un des "
     "vice-présidents.", ("WORKS_FOR", "Paul Renard", "Louis Garnier")),
]
CASES += [
    ("Sophie Lamy, trésorière du mouvement Avenir présidé par Louis Garnier, a démissionné.",
     [("WORKS_FOR", "Sophie Lamy", "Avenir")]),
    ("Hugo Petit, conseiller de Louis Garnier, a démissionné.", [("WORKS_FOR", "Hugo Petit", "Louis Garnier")]),
]

# an earlier name of the same actor is no other actor (l'ex-, rebaptisé, anciennement)
FORBIDDEN += [
    ("La Caisse régionale est devenue mardi l'actionnaire de contrôle de Virelia, l'ex-Santora, au terme d'une "
     "restructuration.", ("OWNS", "Santora", "Virelia")),
]
CASES += [
    ("La Caisse régionale est devenue mardi l'actionnaire de contrôle de Virelia, l'ex-Santora, au terme d'une "
     "restructuration.", [("OWNS", "Caisse régionale", "Virelia")]),
    ("Le fonds Alvarez a pris 30 % de Brenvia (ex-Kortal) pour 200 millions d'euros.",
     [("OWNS", "Alvarez", "Brenvia")]),
]

# a delegated minister's portfolio is no ministry led (chargé de, chargée du; ancien, ancienne)
FORBIDDEN += [
    ("Ancien ministre délégué chargé des Comptes publics, Thomas Verdier a reçu mardi le maire de Pau.",
     ("LEADS", "Thomas Verdier", "ministère des Comptes publics")),
    ("Michel Obin, ministre délégué chargé de l'Industrie, a visité l'usine.",
     ("LEADS", "Michel Obin", "ministère de l'Industrie")),
    ("Agnès Pujol, l'ancienne ministre déléguée chargée du Numérique, rejoint Kerdal.",
     ("LEADS", "Agnès Pujol", "ministère du Numérique")),
]
CASES += [
    ("Jean Arnal, ministre de l'Économie, a reçu les syndicats.", [("LEADS", "Jean Arnal", "ministère de l'Économie")]),
    ("Le ministère du Commerce extérieur est dirigé par Claire Huet, ministre déléguée chargée du Commerce extérieur.",
     [("LEADS", "Claire Huet", "ministère du Commerce extérieur")]),
]

# the secretary general of an administration works for it (team convention); an international organisation's or a
# union's secretary general heads it
FORBIDDEN += [
    ("Paul Verne, secrétaire général de l'Élysée, a reçu les patrons.", ("LEADS", "Paul Verne", "Élysée")),
    ("La secrétaire générale de Matignon, Anne Roy, a été nommée préfète.", ("LEADS", "Anne Roy", "Matignon")),
]
CASES += [
    ("Paul Verne, secrétaire général de l'Élysée, a reçu les patrons.", [("WORKS_FOR", "Paul Verne", "Élysée")]),
    ("Claire Dubois, secrétaire générale du ministère des Armées, a démissionné.",
     [("WORKS_FOR", "Claire Dubois", "ministère des Armées")]),
    ("Sophie Marin, secrétaire générale de la CGT, a manifesté.", [("LEADS", "Sophie Marin", "CGT")]),
    ("Mark Olsen, secrétaire général de l'Otan, a reçu les ministres.", [("LEADS", "Mark Olsen", "Otan")]),
]

# members gathered by an association are no investors of a fund raised (réunit notamment, rassemble)
CASES += [
    ("La start-up Kelvio a réuni 20 millions d'euros auprès de Tarsis et d'Amalia.",
     [("INVESTS_IN", "Tarsis", "Kelvio"), ("INVESTS_IN", "Amalia", "Kelvio")]),
    ("Le collectif Presse Libre, qui rassemble Nordpress, Hartmann Verlag et Vigie, a saisi la justice.",
     [("MEMBER_OF", "Nordpress", "Presse Libre")]),
]

# two names of one list a preposition introduces are each the subject's rival or partner, not each other's
CASES += [
    ("Le constructeur Velcor s'est allié avec Tarsis et Amalia pour produire des batteries.",
     [("PARTNERS_WITH", "Velcor", "Tarsis"), ("PARTNERS_WITH", "Velcor", "Amalia")]),
    ("Byton et Xiaoli se livrent une guerre des prix sans merci.", [("COMPETES_WITH", "Byton", "Xiaoli")]),
    ("L'accord entre Byton et Xiaoli a été signé lundi.", [("PARTNERS_WITH", "Byton", "Xiaoli")]),
]

# a target written only inside the accuser's own title is its own body, reached by a descriptor meant for another
FORBIDDEN += [
    ("Claire Morin, présidente du groupe Avenir à l'Assemblée, reproche quant à elle au groupe de « piller l'argent "
     "public ».", ("ACCUSES", "Claire Morin", "Avenir")),
]
CASES += [
    ("Claire Morin, présidente d'Avenir, accuse Velcor de piller l'argent public.",
     [("ACCUSES", "Claire Morin", "Velcor")]),
]
