"""Cases of the s33 shapes cercle reads that the context broke (helper s33-basics33, nlp/basics33.py,
extract/slots/basics33.py), invented names and sentences. Each mechanism is checked on several cue words and
shapes: a person's title set after the name and its comma, hung by the parse on the verb (présidente, présidente
du directoire, l'actuel PDG, patronne, l'ancien directeur général); a local authority's assembly for the authority
(président du conseil régional, la tête de l'assemblée départementale, le patron de l'exécutif régional, à la tête
du conseil régional)."""

# a title after "Name ," hung on the verb: the name's apposition (nlp/basics33.title_after_name)
CASES = [
    ("« Nous ne céderons pas », a écrit la ministre à Anne Fabre, présidente du directoire de Kelvio.",
     [("LEADS", "Anne Fabre", "Kelvio")]),
    ("Cette réforme l'oppose depuis deux ans à Hugo Ferrand, l'actuel PDG de Technova.",
     [("LEADS", "Hugo Ferrand", "Technova")]),
]

# a local authority's assembly or executive stands for the authority the text names (slots/basics33.assembly_authority)
CASES += [
    ("La Région Normandie versera 2 millions d'euros au campus, a annoncé vendredi Paul Verdier, président du "
     "conseil régional, lors d'une visite du chantier.",
     [("LEADS", "Paul Verdier", "Région Normandie")]),
    ("Le département du Var financera la route. Anne Fabre a pris la tête de l'assemblée départementale en 2021.",
     [("LEADS", "Anne Fabre", "département du Var")]),
    ("La métropole de Brivel et la région Occitanie soutiennent le projet, selon le patron de l'exécutif régional, "
     "Hugo Ferrand.",
     [("LEADS", "Hugo Ferrand", "région Occitanie")]),
    ("La région Occitanie soutient le projet. Jeanne Roux, qui a succédé à Marc Delorme à la tête du conseil "
     "régional, l'a confirmé.",
     [("LEADS", "Jeanne Roux", "région Occitanie")]),
]

# a possessive title opening a sentence: the previous subject "le <trade> X", over the agents of its aside
# (slots/basics33.named_subject_possessive)
CASES += [
    ("Le chantier Valnor, contrôlé par le groupe Sirel, a gagné le marché. Son directeur général, Paul Verdier, "
     "se réjouit.",
     [("LEADS", "Paul Verdier", "Valnor")]),
    ("Le sous-traitant Lomex, dont Kelvio détient 30 %, a signé le contrat. Son président, Marc Delorme, s'en "
     "félicite.",
     [("LEADS", "Marc Delorme", "Lomex")]),
    ("Le missilier Dorvane, détenu par Kelvio (50 %), Sirel (30 %) et Orvalis (20 %), arrivait en tête. Son patron, "
     "Hugo Ferrand, a obtenu une rallonge.",
     [("LEADS", "Hugo Ferrand", "Dorvane")]),
]

# a share in brackets after each name of a list: one list (nlp/basics33.bracketed_share_list)
CASES += [
    ("La société Nexora, contrôlée par Kelvio (51 %) et Sirel (49 %), a remporté le marché.",
     [("OWNS", "Kelvio", "Nexora"), ("OWNS", "Sirel", "Nexora")]),
    ("Le missilier Dorvane, détenu par Kelvio (50 %), Sirel (30 %) et Orvalis (20 %), arrivait en tête.",
     [("OWNS", "Sirel", "Dorvane"), ("OWNS", "Orvalis", "Dorvane")]),
    ("Nexora est contrôlée par Kelvio (51 %), Sirel (29 %) et le fonds Orvalis (20 %).",
     [("OWNS", "Sirel", "Nexora")]),
]

# an object relative with its subject after the verb, cut off by a bracketed acronym or a phrase of time
# (nlp/basics33.inverted_relative)
CASES += [
    ("Les marchés sont attribués par la Direction des achats de l'armée (DAA), que dirige Emmanuel Royer.",
     [("LEADS", "Emmanuel Royer", "Direction des achats de l'armée")]),
    ("Les contrats passent par l'Agence des achats publics (AAP), que préside Paul Verdier depuis 2022.",
     [("LEADS", "Paul Verdier", "Agence des achats publics")]),
    ("Le dossier revient à la Caisse régionale, que pilote depuis mars Anne Fabre.",
     [("LEADS", "Anne Fabre", "Caisse régionale")]),
    ("Le ministre a reçu les responsables de l'Office des forêts (ODF), que préside Clara Mével.",
     [("LEADS", "Clara Mével", "Office des forêts")]),
]

# a date between a verb and its object: the noun phrase after the date is the object (nlp/basics33.object_after_date)
CASES += [
    ("Paul Verdier dirige pourtant depuis avril 2018 le premier gestionnaire de fortune suisse, Helvalor.",
     [("LEADS", "Paul Verdier", "Helvalor")]),
    ("Hugo Ferrand codirige depuis 2021 Station Nord, l'incubateur de Lille.",
     [("LEADS", "Hugo Ferrand", "Station Nord")]),
    ("Clara Mével administre toujours depuis juin 2016 le troisième gestionnaire d'actifs français, Orvalis.",
     [("LEADS", "Clara Mével", "Orvalis")]),
]

# a bare public office after the text named the one body of its kind (slots/basics33.bare_public_title)
CASES += [
    ("Le ministère de la Mer a lancé un appel d'offres. Le ministre, Hugo Ferrand, a reçu jeudi les dirigeants de "
     "Navalis.",
     [("LEADS", "Hugo Ferrand", "ministère de la Mer")]),
    ("Le bras de fer entre la région Occitanie et la ville de Brivel n'a jamais cessé. Le maire écologiste, Paul "
     "Verdier, accuse la région.",
     [("LEADS", "Paul Verdier", "ville de Brivel")]),
    ("Le ministère de la Mer a publié son bilan. Selon la ministre, Anne Fabre, le groupe Navalis a tenu ses délais.",
     [("LEADS", "Anne Fabre", "ministère de la Mer")]),
]

# a qualified board seat: "membre <qualifier> du conseil de Y" (slots/basics33.qualified_board_member)
CASES += [
    ("Anne Fabre, membre indépendante du conseil de Technova, a démissionné.",
     [("BOARD_MEMBER", "Anne Fabre", "Technova")]),
    ("Marc Delorme, membre non exécutif du conseil d'administration de Technova, a démissionné.",
     [("BOARD_MEMBER", "Marc Delorme", "Technova")]),
    ("Clara Mével, membre élue du conseil de surveillance de Lomex, s'oppose au projet.",
     [("BOARD_MEMBER", "Clara Mével", "Lomex")]),
]

FORBIDDEN = [
    # two regions named: the assembly is neither's
    ("La région Occitanie et la région Bretagne soutiennent le projet. Paul Verdier, président du conseil régional, "
     "s'en félicite.",
     ("LEADS", "Paul Verdier", "région Occitanie")),
    # a company's board is no region's assembly
    ("Le groupe Technova et la région Occitanie soutiennent le projet. Paul Verdier, président du conseil "
     "d'administration, s'en félicite.",
     ("LEADS", "Paul Verdier", "région Occitanie")),
    # a bare office: only the body of its kind, not a body listed beside it
    ("Le bras de fer entre la région Occitanie et la ville de Brivel n'a jamais cessé. Le maire écologiste, Paul "
     "Verdier, accuse la région.",
     ("LEADS", "Paul Verdier", "région Occitanie")),
    # two ministries named: the bare minister is neither's; a former minister's is not said
    ("Le ministère de la Mer et le ministère des Armées ont lancé un appel d'offres. Le ministre, Hugo Ferrand, a "
     "critiqué Navalis.",
     ("LEADS", "Hugo Ferrand", "ministère de la Mer")),
    ("Le ministère de la Mer a lancé un appel d'offres. L'ancien ministre, Hugo Ferrand, a critiqué Navalis.",
     ("LEADS", "Hugo Ferrand", "ministère de la Mer")),
    # a verb of a pair after a date is not read as taking the object (nlp/basics33.object_after_date)
    ("Dans le duel qui oppose depuis vingt ans Luxora à Vendôme Group, elle incarne une génération moins frontale.",
     ("OPPOSES", "Luxora", "Vendôme Group")),
    # another council than a board
    ("Paul Verdier, membre indépendant du conseil scientifique de Technova, a signé.",
     ("BOARD_MEMBER", "Paul Verdier", "Technova")),
    # a bare title resolved to a person by coreference names no holder beside it: no office read from the text's body
    ("Le ministère du Travail prépare la réforme. La ministre a d'ailleurs été reçue mercredi à Matignon par Paul "
     "Verdier.",
     ("LEADS", "Paul Verdier", "ministère du Travail")),
]
