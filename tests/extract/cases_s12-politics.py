"""Cases of the s12 party-politics fixes (helper s12-politics), invented names."""

CASES = [
    # a sentence opening on "entre" and a comma names the parties of the feud its main clause is about
    ("Entre Mme Odile Ferrat et M. Hervé Castagnol, qui l'avait pourtant fait élire en 2019, la brouille est totale.",
     [("OPPOSES", "Odile Ferrat", "Hervé Castagnol")]),
    # "les deux …" with no name: the last two persons named
    ("Le sénateur Marc Dutreuil veut la présidence du parti, tout comme la députée Sandrine Lavergne. "
     "Entre les deux élus, la rivalité est ancienne.",
     [("OPPOSES", "Marc Dutreuil", "Sandrine Lavergne")]),
    ("Le sénateur Marc Dutreuil veut la présidence du parti, tout comme la députée Sandrine Lavergne. "
     "Entre les deux, la rupture est consommée.",
     [("OPPOSES", "Marc Dutreuil", "Sandrine Lavergne")]),
    ("La présidente Odile Ferrat a recruté Sophie Lanier en 2015. Entre les deux femmes, les tensions sont vives "
     "depuis le congrès.",
     [("OPPOSES", "Odile Ferrat", "Sophie Lanier")]),
    ("Le maire Hervé Castagnol a quitté le parti en mars. La conseillère Odile Ferrat l'a remplacé. "
     "Mais entre ces deux-là, la guerre est déclarée depuis longtemps.",
     [("OPPOSES", "Hervé Castagnol", "Odile Ferrat")]),
    ("Le député Paul Ravel a quitté le parti. Il reproche à Sophie Arnal une dérive autoritaire. Entre les deux "
     "anciens camarades – ils ont siégé ensemble au bureau national –, la rivalité est ancienne.",
     [("OPPOSES", "Paul Ravel", "Sophie Arnal")]),
]

FORBIDDEN = [
    # two companies at war over prices compete, they are no feud of persons
    ("Les groupes Varlen et Ostrix se disputent le marché. Entre les deux groupes, la guerre des prix fait rage.",
     ("OPPOSES", "Varlen", "Ostrix")),
    # a fronted "entre" with no feud noun is no feud
    ("Le sénateur Marc Dutreuil a rencontré la députée Sandrine Lavergne. Entre les deux, l'entente est parfaite.",
     ("OPPOSES", "Marc Dutreuil", "Sandrine Lavergne")),
]

CASES += [
    # a verb of meeting whose person met comes after a time or a place the parser took for its complement
    ("La présidente du parti, Jeanne Moulard, a reçu dans un restaurant du 7e arrondissement de Paris Gilles "
     "Falcucci, le secrétaire national des écologistes.",
     [("MEETS", "Jeanne Moulard", "Gilles Falcucci")]),
    ("Plusieurs élus ont affirmé que M. Thibault Garnier avait discrètement rencontré, début mars, Lucie Montel.",
     [("MEETS", "Thibault Garnier", "Lucie Montel")]),
    ("Le sénateur Luc Berthier a accueilli lundi soir dans sa permanence de Nantes la députée Odile Ferrat.",
     [("MEETS", "Luc Berthier", "Odile Ferrat")]),
    # a meal taken together by a plural subject
    ("Lucie Montel et Thibault Garnier ont pourtant dîné ensemble, mardi 14 octobre, dans un restaurant de Lyon.",
     [("MEETS", "Lucie Montel", "Thibault Garnier")]),
    ("Les sénatrices Anne Vidal et Claire Morin ont déjeuné ensemble jeudi à Bordeaux.",
     [("MEETS", "Anne Vidal", "Claire Morin")]),
    # the participle tagged as a noun after a conditional auxiliary
    ("Le sénateur Luc Berthier aurait déjeuné à deux reprises avec Paul Ravier dans les semaines précédentes.",
     [("MEETS", "Luc Berthier", "Paul Ravier")]),
]

FORBIDDEN += [
    # a thing received is no meeting, nor the one it comes from
    ("Le ministre Paul Dorin a reçu jeudi une lettre de Sophie Laval.", ("MEETS", "Paul Dorin", "Sophie Laval")),
    ("Le maire Paul Dorin a reçu mardi le soutien de Sophie Laval.", ("MEETS", "Paul Dorin", "Sophie Laval")),
]

CASES += [
    # a figure (pillar, member) of a party's wing is a member of the party; "figure" often tagged as a verb
    ("Romain Sérac, député du Rhône et figure de l'aile droite de Renouveau populaire, conteste la stratégie.",
     [("MEMBER_OF", "Romain Sérac", "Renouveau populaire")]),
    ("La députée européenne Hélène Darmont, figure de l'aile radicale du Bloc vert, a refusé.",
     [("MEMBER_OF", "Hélène Darmont", "Bloc vert")]),
    ("Paul Lenoir a accusé Anne Ibarra, figure de l'aile gauche du Bloc vert, de trahison.",
     [("MEMBER_OF", "Anne Ibarra", "Bloc vert")]),
    ("Le sénateur Luc Berthier, pilier du courant réformateur de l'Union civique, a voté contre.",
     [("MEMBER_OF", "Luc Berthier", "Union civique")]),
]

FORBIDDEN += [
    ("Paul Lenoir a accusé Anne Ibarra, figure de l'aile gauche du Bloc vert, de trahison.",
     ("MEMBER_OF", "Paul Lenoir", "Bloc vert")),
    ("Le nom de Marc Dutreuil figure dans le rapport du Bloc vert.", ("MEMBER_OF", "Marc Dutreuil", "Bloc vert")),
]

CASES += [
    # "proche parmi les proches de Y", "fidèle parmi les fidèles de Y": the closest of Y's allies
    ("Proche parmi les proches du premier ministre Tanguy Morvan, Rodolphe Vernal a été nommé.",
     [("ALLY_OF", "Rodolphe Vernal", "Tanguy Morvan")]),
    ("Isabelle Lemaire, porte-parole du parti et fidèle parmi les fidèles de la présidente Delphine Kervran, a démenti.",
     [("ALLY_OF", "Isabelle Lemaire", "Delphine Kervran")]),
    ("Le sénateur Hugo Marcel, intime parmi les intimes de Claire Dorval, a quitté la réunion.",
     [("ALLY_OF", "Hugo Marcel", "Claire Dorval")]),
]

CASES += [
    # a pact parsed as an oblique after a time phrase ("négocient depuis l'été un accord") is the verb's object;
    # (s35-conv35) between parties it is ALLY_OF (the session-35 convention; PARTNERS_WITH before)
    ("Le Parti vert et l'Union civique négocient depuis l'été un accord électoral.",
     [("ALLY_OF", "Parti vert", "Union civique")]),
    ("La présidente du Parti vert, Anne Morel, a reçu Paul Daix, le secrétaire national de l'Union civique. En "
     "réalité, les deux formations négocient depuis l'été un accord électoral pour les municipales.",
     [("ALLY_OF", "Parti vert", "Union civique")]),
]

FORBIDDEN += [
    ("Le Parti vert et l'Union civique ont renoncé depuis mars à un accord électoral.",
     ("PARTNERS_WITH", "Parti vert", "Union civique")),
    ("Le Parti vert et l'Union civique ont renoncé depuis mars à un accord électoral.",
     ("ALLY_OF", "Parti vert", "Union civique")),
]
