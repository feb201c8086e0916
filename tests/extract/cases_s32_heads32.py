"""Cases of the s32 heads pass (helper s32-heads32, extract/heads32.py, data/heads32.yaml), invented names and
sentences. Each mechanism is checked on several shapes and cue words (an acronym, a party, a federation, a union, a
local authority, a holding; "ancien de", "transfuge", "ex de"; "pris le contrôle", "s'est emparée", "sous le
contrôle")."""

# a named organisation + "de" + a person: the head of a led body, the owner of a holding (heads32.possessive_heads)
CASES = [
    ("Le gouvernement a reçu mardi la CGT de Sophie Marchal.",
     [("LEADS", "Sophie Marchal", "CGT")]),
    ("Le Parti socialiste d'Olivier Ferrand a protesté contre la réforme.",
     [("LEADS", "Olivier Ferrand", "Parti socialiste")]),
    ("La Fédération nationale des transporteurs de Gilles Amiot menace de bloquer les routes.",
     [("LEADS", "Gilles Amiot", "Fédération nationale des transporteurs")]),
    ("Le ministre a reçu lundi le Rassemblement des Démocrates de Claire Joubert et l'Union patronale de Lina "
     "Marchal.",
     [("LEADS", "Claire Joubert", "Rassemblement des Démocrates"), ("LEADS", "Lina Marchal", "Union patronale")]),
    ("Selon la société Arbelle, le syndicat SUD-Rail de Paul Verdier a déposé un préavis de grève.",
     [("LEADS", "Paul Verdier", "SUD-Rail")]),
    ("La Métropole de Lyon de Martine Vasseur a voté le budget.",
     [("LEADS", "Martine Vasseur", "Métropole de Lyon")]),
]

FORBIDDEN = [
    # (a move whose "de" phrase is the organisation: "le départ de Y de X" — no head read)
    ("Le départ de la CGT de Sophie Marchal a surpris les observateurs.", ("LEADS", "Sophie Marchal", "CGT")),
    # (a club: its coach, its star or its owner)
    ("Le club Olympique Brivel de Paul Verdier a perdu dimanche.", ("LEADS", "Paul Verdier", "Olympique Brivel")),
]

# "ancien de Y" after a title of the story's company: a former employee of Y, no post at Y (heads32.former_of)
CASES += [
    ("Paul Verdier, directeur général du groupe depuis avril et ancien de Valcor, voulait tourner la page.",
     [("WORKS_FOR", "Paul Verdier", "Valcor")]),
    ("Gilles Amiot, président du conseil depuis 2020 et ancien de Brivel, défend la stratégie.",
     [("WORKS_FOR", "Gilles Amiot", "Brivel")]),
]
FORBIDDEN += [
    ("Paul Verdier, directeur général du groupe depuis avril et ancien de Valcor, voulait tourner la page.",
     ("LEADS", "Paul Verdier", "Valcor")),
    ("Gilles Amiot, président du conseil depuis 2020 et ancien de Brivel, défend la stratégie.",
     ("LEADS", "Gilles Amiot", "Brivel")),
    # "ancien PDG de Y et administrateur référent": the seat is held now, not at Y
    ("Hugo Ferrand, ancien PDG de Valcor et administrateur référent, passe pour l'un de ses fidèles.",
     ("BOARD_MEMBER", "Hugo Ferrand", "Valcor")),
    ("Dans le conseil, Gilles Amiot, ancien patron de Brivel et administrateur depuis 2019, soutient le plan.",
     ("BOARD_MEMBER", "Gilles Amiot", "Brivel")),
]
CASES += [
    # (the former title keeps its own tie)
    ("Hugo Ferrand, ancien PDG de Valcor et administrateur référent, passe pour l'un de ses fidèles.",
     [("LEADS", "Hugo Ferrand", "Valcor")]),
    # (a second title with its own "de" phrase is not a chain's: "président du comité d'audit")
    ("Hugo Ferrand, ancien administrateur de Valcor et président du comité d'audit, a démissionné.",
     [("BOARD_MEMBER", "Hugo Ferrand", "Valcor")]),
]

# taking control of a party, a federation, a union: leading it, not buying it (heads32.party_control)
CASES += [
    ("Marc Delorme, qui a pris le contrôle du parti Élan commun en décembre, cultive sa distance.",
     [("LEADS", "Marc Delorme", "Élan commun")]),
    ("En 2023, Lina Marchal s'est emparée de la fédération Horizon Rural.",
     [("LEADS", "Lina Marchal", "Horizon Rural")]),
    ("Le syndicat Force Unie est passé sous le contrôle de Paul Verdier.",
     [("LEADS", "Paul Verdier", "Force Unie")]),
]
FORBIDDEN += [
    ("En 2023, Lina Marchal s'est emparée de la fédération Horizon Rural.",
     ("ACQUIRES", "Lina Marchal", "Horizon Rural")),
    ("Le syndicat Force Unie est passé sous le contrôle de Paul Verdier.",
     ("ACQUIRES", "Paul Verdier", "Force Unie")),
]

# "Son successeur, Z", "Sa remplaçante Z": Z holds the post the one before was told to have left (heads32.
# possessive_successors)
CASES += [
    ("Paul Verdier a quitté la direction générale de Valcor en 2025 pour prendre la tête de Brivel. Son successeur, "
     "Hugo Ferrand, n'a pas souhaité s'exprimer.",
     [("LEADS", "Hugo Ferrand", "Valcor")]),
    ("Lina Marchal, l'ancienne présidente de l'association Clarté Publique, a démissionné en mars. Sa remplaçante, "
     "Claire Joubert, a été élue hier.",
     [("LEADS", "Claire Joubert", "Clarté Publique")]),
    ("« Je pars la tête haute », a dit Gilles Amiot, qui a quitté la présidence de Brivel. Son successeur Marc "
     "Delorme arrive lundi.",
     [("LEADS", "Marc Delorme", "Brivel")]),
]
FORBIDDEN += [
    # (no post told as left: "Son successeur" names no post)
    ("Paul Verdier dirige Valcor depuis 2010. Son successeur, Hugo Ferrand, sera désigné en juin.",
     ("LEADS", "Hugo Ferrand", "Valcor")),
]

# a post told with "en" for the organisation named before (slots/heads32.post_of_en); a helm's phrase right after a
# person's name (slots/heads32.helm_apposed); a gerund's helm (slots/heads32.helm_gerund); "manettes", "gouvernail"
CASES += [
    ("Au micro, Paul Verdier, fondateur de Valcor, qui en a repris la direction générale après le départ de Gilles "
     "Amiot, n'a pas caché son émotion.",
     [("LEADS", "Paul Verdier", "Valcor")]),
    ("Claire Joubert a créé Arbelle en 2010 et en assure toujours la direction.",
     [("LEADS", "Claire Joubert", "Arbelle")]),
    ("Marc Delorme, qui a fondé Arbelle, en tient toujours les manettes.",
     [("LEADS", "Marc Delorme", "Arbelle")]),
    ("Deux juges ont ordonné le renvoi devant le tribunal correctionnel de Lina Marchal, à la tête du ministère de la "
     "Culture, et de Paul Verdier, ancien PDG de Valcor, pour corruption.",
     [("LEADS", "Lina Marchal", "ministère de la Culture")]),
    ("On a vu arriver Claire Joubert, à la présidence de l'association Clarté Publique depuis mars.",
     [("LEADS", "Claire Joubert", "Clarté Publique")]),
    ("Paul Verdier entend faire du parti l'arbitre de la droite, tout en restant à la tête du ministère de "
     "l'Intérieur.",
     [("LEADS", "Paul Verdier", "ministère de l'Intérieur")]),
    ("Selon Gilles Amiot, aux manettes de Brivel depuis 2019, la crise est passée.",
     [("LEADS", "Gilles Amiot", "Brivel")]),
    ("Hugo Ferrand a pris le gouvernail de Valcor en pleine tempête.",
     [("LEADS", "Hugo Ferrand", "Valcor")]),
]

FORBIDDEN += [
    # (a department's direction is staff: no lead read from "en assure la direction créative")
    ("Chloé Aubin, qui a cofondé le studio Brivel avec son frère et en assure la direction créative, revient sur ces "
     "choix.", ("LEADS", "Chloé Aubin", "Brivel")),
    # a bracketed aside between a title and its "de" phrase: the title is not bare, not the article's company's
    # (slots/phrases._bracket_then_de)
    ("Valcor : l'État refuse d'entrer au capital. Le groupe Valcor cherche un repreneur depuis des mois. Le député "
     "Paul Verdier accuse l'exécutif d'avoir sacrifié un fleuron, tandis que Lina Marchal, présidente (LFI) de la "
     "commission des finances de l'Assemblée, réclame une enquête. Valcor emploie 10 000 personnes.",
     ("LEADS", "Lina Marchal", "Valcor")),
    ("Brivel : la start-up lève 50 millions d'euros. Brivel recrute 200 ingénieurs. Claire Joubert, directrice (par "
     "intérim) de l'agence régionale de santé, juge le projet utile. Brivel vise la rentabilité en 2027.",
     ("LEADS", "Claire Joubert", "Brivel")),
]

# a part of a career spent names the employer, as the years do (slots/phrases._career_span, heads32.yaml)
CASES += [
    ("Lina Marchal a passé une partie de sa carrière chez Brivel avant de rejoindre Valcor.",
     [("WORKS_FOR", "Lina Marchal", "Brivel")]),
    ("Paul Verdier, qui a passé l'essentiel de sa vie professionnelle chez Brivel, prend la tête de Valcor.",
     [("WORKS_FOR", "Paul Verdier", "Brivel")]),
    ("Gilles Amiot a passé la plus grande partie de son parcours chez Brivel.",
     [("WORKS_FOR", "Gilles Amiot", "Brivel")]),
]
FORBIDDEN += [
    ("Marc Delorme a passé une partie de l'été chez Valcor.", ("WORKS_FOR", "Marc Delorme", "Valcor")),
]
