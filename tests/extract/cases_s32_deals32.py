"""Cases of the s32 coordination and money/stake pass (helper s32-deals32: slots/deals32.py, nlp/deals32.py,
gapb3 joint bidders, phrases offered_to, readers.stake_told_before), invented names and sentences. Each mechanism
is checked on several shapes and cue words (apposition inside the list, a source before it, present and
conditional; maison mère / société mère / holding; associés / réunis / regroupés in groupement / coentreprise /
consortium; escarcelle / mains / pavillon; renoncer / se retirer de la course)."""

# joint bidders: the list before the verb, past an apposition of its last name; the one an offer is handed to
# ("remis à X … pour racheter Y") is the seller, not the target (gapb3._joint_bidders, phrases._offered_to)
CASES = [
    ("Valcor Industries, Ardenne Capital et Brontel Group, maison mère de Fibrex, ont remis mercredi à Corvane une "
     "offre conjointe de 17 milliards d'euros pour racheter l'essentiel de Stelia.",
     [("BIDS_FOR", "Valcor Industries", "Stelia"), ("BIDS_FOR", "Brontel Group", "Stelia"),
      ("PARTNERS_WITH", "Valcor Industries", "Ardenne Capital"), ("PARTNERS_WITH", "Ardenne Capital", "Brontel Group")]),
    ("Selon Les Echos, Valcor Industries, Ardenne Capital et Brontel Group, filiale du fonds Orvane Partners, "
     "auraient déposé une offre conjointe pour reprendre Stelia.",
     [("BIDS_FOR", "Ardenne Capital", "Stelia"), ("PARTNERS_WITH", "Valcor Industries", "Brontel Group")]),
    ("Le groupe Valcor et Ardenne Capital, propriétaire de Fibrex Industries, présentent une offre commune sur "
     "Stelia.",
     [("PARTNERS_WITH", "Valcor", "Ardenne Capital"), ("BIDS_FOR", "Ardenne Capital", "Stelia")]),
    ("Valcor Industries, Ardenne Capital, la maison mère de Fibrex, et Brontel Group ont remis mardi à Corvane une "
     "offre conjointe de 17 milliards d'euros pour se partager l'essentiel des actifs de Stelia.",
     [("BIDS_FOR", "Ardenne Capital", "Stelia"), ("BIDS_FOR", "Valcor Industries", "Stelia"),
      ("PARTNERS_WITH", "Ardenne Capital", "Brontel Group")]),
]
FORBIDDEN = [
    ("Valcor Industries, Ardenne Capital et Brontel Group, maison mère de Fibrex, ont remis mercredi à Corvane une "
     "offre conjointe de 17 milliards d'euros pour racheter l'essentiel de Stelia.",
     ("BIDS_FOR", "Valcor Industries", "Corvane")),
    ("Selon Les Echos, Valcor Industries, Ardenne Capital et Brontel Group, filiale du fonds Orvane Partners, "
     "auraient déposé une offre conjointe pour reprendre Stelia.",
     ("BIDS_FOR", "Les Echos", "Stelia")),
    ("Selon Les Echos, Valcor Industries, Ardenne Capital et Brontel Group, filiale du fonds Orvane Partners, "
     "auraient déposé une offre conjointe pour reprendre Stelia.",
     ("PARTNERS_WITH", "Les Echos", "Valcor Industries")),
]

# a company's kind set after a person's title apposition describes the title's company (nlp/deals32.py,
# owners31.apposed_owner)
CASES += [
    ("Lina Marchal, directrice générale de Valcor Industries, société mère de Stelia, et Hugo Ferrand ont visité "
     "l'usine.",
     [("OWNS", "Valcor Industries", "Stelia")]),
    ("Hugo Ferrand, directeur général de Brontel Group, Lina Marchal, présidente du groupe Valcor, maison mère de "
     "Stelia, et Paul Verdier, directeur général d'Ardenne Capital, ont mis des semaines à s'accorder.",
     [("OWNS", "Valcor", "Stelia"), ("LEADS", "Lina Marchal", "Valcor")]),
    ("Paul Verdier, président du groupe Valcor, maison mère de Fibrex Industries, a signé l'accord.",
     [("OWNS", "Valcor", "Fibrex Industries")]),
    ("Hugo Ferrand, président du conglomérat Valcor, maison mère de Stelia, et Paul Verdier, fondateur de Fibrex, "
     "entretiennent une rivalité féroce.",
     [("OWNS", "Valcor", "Stelia")]),
]
FORBIDDEN += [
    ("Lina Marchal, directrice générale de Valcor Industries, société mère de Stelia, et Hugo Ferrand ont visité "
     "l'usine.",
     ("OWNS", "Lina Marchal", "Stelia")),
    ("Hugo Ferrand, directeur général de Brontel Group, Lina Marchal, présidente du groupe Valcor, maison mère de "
     "Stelia, et Paul Verdier, directeur général d'Ardenne Capital, ont mis des semaines à s'accorder.",
     ("OWNS", "Lina Marchal", "Stelia")),
]

# the members of a group a joint participle forms are partners (deals32.grouped_members)
CASES += [
    ("Les travaux ont été confiés à Valcor Industries et Brontel Group, associés au sein d'un groupement.",
     [("PARTNERS_WITH", "Valcor Industries", "Brontel Group")]),
    ("Associés dans une coentreprise, Valcor Industries et Brontel Group exploiteront le terminal.",
     [("PARTNERS_WITH", "Valcor Industries", "Brontel Group")]),
    ("La mairie a retenu Valcor Industries et Brontel Group, regroupés en consortium, pour construire le stade.",
     [("PARTNERS_WITH", "Valcor Industries", "Brontel Group")]),
    ("Valcor Industries et Brontel Group, qui se sont alliés au sein d'une coentreprise, visent le marché asiatique.",
     [("PARTNERS_WITH", "Valcor Industries", "Brontel Group")]),
]

# a possessive in an adjunct right after the verb's named object is the object's (deals32.object_possessive)
CASES += [
    ("Le Parquet de Lyon poursuit aussi Valcor Industries, pour ses filiales Fibrex et Stelia, ainsi que Brontel "
     "Group.",
     [("OWNS", "Valcor Industries", "Fibrex"), ("OWNS", "Valcor Industries", "Stelia")]),
]
CASES += [
    ("La Commission européenne a condamné Valcor Industries pour ses marques Fibrex et Stelia.",
     [("OWNS", "Valcor Industries", "Fibrex")]),
    ("L'association Clarté Publique attaque Valcor Industries, à travers ses enseignes Fibrex et Stelia.",
     [("OWNS", "Valcor Industries", "Stelia")]),
]
FORBIDDEN += [
    ("Le Parquet de Lyon poursuit aussi Valcor Industries, pour ses filiales Fibrex et Stelia, ainsi que Brontel "
     "Group.",
     ("OWNS", "Parquet de Lyon", "Fibrex")),
    ("La Commission européenne a condamné Valcor Industries pour ses marques Fibrex et Stelia.",
     ("OWNS", "Commission européenne", "Fibrex")),
]

# a holding of a means phrase is no parent of the possessor (deals32.means_holding)
FORBIDDEN += [
    ("La famille Verdier, qui contrôle 40 % du capital via ses holdings Fibrex et Stelia, soutient le plan.",
     ("OWNS", "Fibrex", "famille Verdier")),
]
FORBIDDEN += [
    ("Paul Verdier, qui détient 30 % de Valcor Industries par l'intermédiaire de sa holding Orvane Partners, s'est "
     "tu.",
     ("OWNS", "Orvane Partners", "Paul Verdier")),
]
CASES += [
    ("La famille Verdier, qui contrôle 40 % du capital via ses holdings Fibrex et Stelia, soutient le plan.",
     [("OWNS", "famille Verdier", "Fibrex")]),
    ("Paul Verdier, qui détient 30 % de Valcor Industries par l'intermédiaire de sa holding Orvane Partners, s'est "
     "tu.",
     [("OWNS", "Paul Verdier", "Orvane Partners"), ("OWNS", "Orvane Partners", "Valcor Industries")]),
    ("Le groupe Valcor et sa holding de tête, Orvane Partners, ont signé.",
     [("OWNS", "Orvane Partners", "Valcor")]),
]

# a capital no name follows is that of the stake the sentence told before (readers.stake_told_before)
CASES += [
    ("Valcor Industries s'offre le contrôle de Stelia. Côté actionnaires, l'État français, qui détient 28 % de "
     "Valcor Industries, a donné son accord, tout comme l'armateur Brontel Group, entré au capital en 2022 à "
     "hauteur de 9 %.",
     [("OWNS", "Brontel Group", "Valcor Industries")]),
]
CASES += [
    ("Valcor Industries rachète Stelia. La banque Orvane, qui possède 12 % du capital de Fibrex Industries, approuve, "
     "de même que le fonds Ardenne Capital, arrivé au capital en 2019.",
     [("OWNS", "Ardenne Capital", "Fibrex Industries")]),
    ("Valcor Industries rachète Stelia. Brontel Group, qui détient 5 % de Fibrex Industries, se tait, comme Ardenne "
     "Capital, présent au capital depuis 2018.",
     [("OWNS", "Ardenne Capital", "Fibrex Industries")]),
]
FORBIDDEN += [
    ("Valcor Industries rachète Stelia. Brontel Group, qui détient 5 % de Fibrex Industries, se tait, comme Ardenne "
     "Capital, présent au capital depuis 2018.",
     ("OWNS", "Ardenne Capital", "Stelia")),
    ("Valcor Industries s'offre le contrôle de Stelia. Côté actionnaires, l'État français, qui détient 28 % de "
     "Valcor Industries, a donné son accord, tout comme l'armateur Brontel Group, entré au capital en 2022 à "
     "hauteur de 9 %.",
     ("OWNS", "Brontel Group", "Stelia")),
]

# passing into a group's hands is a takeover (deals32.into_hands)
CASES += [
    ("Pour Paul Verdier, c'est une revanche : le groupe Brontel avait dû renoncer en 2023 à Stelia, l'ex-Fibrex, "
     "tombée dans l'escarcelle de Valcor Industries.",
     [("ACQUIRES", "Valcor Industries", "Stelia"), ("BIDS_FOR", "Brontel", "Stelia")]),
    ("Rachetée en 2015, Stelia est tombée entre les mains du fonds Ardenne Capital.",
     [("ACQUIRES", "Ardenne Capital", "Stelia")]),
    ("Stelia est passée aux mains de Valcor Industries en 2019.",
     [("ACQUIRES", "Valcor Industries", "Stelia")]),
    ("Stelia est passée sous pavillon Valcor Industries en 2019.",
     [("ACQUIRES", "Valcor Industries", "Stelia")]),
]

# giving up a target is a bid turned down (deals32.renounced_target)
CASES += [
    ("Le fonds Ardenne Capital s'est retiré de la course à Stelia.",
     [("BIDS_FOR", "Ardenne Capital", "Stelia")]),
    ("Brontel Group a finalement renoncé à Stelia, jugée trop chère.",
     [("BIDS_FOR", "Brontel Group", "Stelia")]),
    ("Ardenne Capital a abandonné la course pour Stelia.",
     [("BIDS_FOR", "Ardenne Capital", "Stelia")]),
]
FORBIDDEN += [
    ("Paul Verdier a renoncé à la présidence de Stelia.", ("BIDS_FOR", "Paul Verdier", "Stelia")),
    ("Stelia reste dans le giron de Valcor Industries.", ("ACQUIRES", "Valcor Industries", "Stelia")),
]

# money handed to a project, a programme, a worksite or a plant: its owner is paid (deals32.paid_to_project)
CASES += [
    ("La Région Occitanie a versé une aide de 8 millions d'euros au projet de Valcor Industries.",
     [("FUNDS", "Région Occitanie", "Valcor Industries")]),
    ("L'État apportera 15 millions d'euros au chantier de Brontel Group.",
     [("FUNDS", "État", "Brontel Group")]),
    ("Bpifrance a accordé un prêt de 20 millions d'euros au programme de recherche de Stelia Biotech.",
     [("FUNDS", "Bpifrance", "Stelia Biotech")]),
    ("La Commission européenne octroie une subvention de 40 millions d'euros à l'usine de Valcor Industries.",
     [("FUNDS", "Commission européenne", "Valcor Industries")]),
]
