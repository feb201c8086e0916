"""Cases of the eighteenth session's lead, invented names."""

# "l'acquisition de 30 % de Y": buying a minority stake is a holding (ONTOLOGY), told with a noun as with a verb
CASES = [
    ("Le groupe Kerval a annoncé l'acquisition de 30 % de la maison Ventoli auprès du fonds Moravia.",
     [("OWNS", "Kerval", "Ventoli")]),
    ("Le rachat de 18 % du capital de Pellis par Orvane a été bouclé lundi.",
     [("OWNS", "Orvane", "Pellis")]),
    ("Le fonds Solvane a bouclé l'acquisition de 12,5 % du capital de la société Brisac.",
     [("OWNS", "Solvane", "Brisac")]),
    # (control stays an acquisition)
    ("Le rachat de 60 % de Brisac par Solvane a été bouclé en mars.",
     [("ACQUIRES", "Solvane", "Brisac")]),
]

FORBIDDEN = [
    ("Le groupe Kerval a annoncé l'acquisition de 30 % de la maison Ventoli auprès du fonds Moravia.",
     ("ACQUIRES", "Kerval", "Ventoli")),
    ("Le rachat de 18 % du capital de Pellis par Orvane a été bouclé lundi.",
     ("ACQUIRES", "Orvane", "Pellis")),
]

# titles and verbs of real press the rules did not read
CASES += [
    # "premier secrétaire": a title opening on an adjective (no noun rule started on it)
    ("Paul Verdier, le premier secrétaire du Parti radical, a salué la décision.",
     [("LEADS", "Paul Verdier", "Parti radical")]),
    ("Claire Moreau, première secrétaire du Parti radical, a salué la décision.",
     [("LEADS", "Claire Moreau", "Parti radical")]),
    ("Le premier secrétaire du Mouvement progressiste, Paul Verdier, a salué la décision.",
     [("LEADS", "Paul Verdier", "Mouvement progressiste")]),
    # "X, qui contrôle déjà Y et Z": the verb tagged a noun, its object hung elsewhere
    ("Paul Verdier, qui contrôle déjà Radio Sud et Canal 9, a racheté le titre.",
     [("OWNS", "Paul Verdier", "Radio Sud"), ("OWNS", "Paul Verdier", "Canal 9")]),
    ("La banque Orvia, qui finance Bemex depuis 2019, a réagi.",
     [("FUNDS", "Orvia", "Bemex")]),
    # "président par intérim de Y": "de Y" hung on "intérim"
    ("Paul Verdier, président par intérim de Norvex, a réagi.",
     [("LEADS", "Paul Verdier", "Norvex")]),
    ("Claire Moreau, directrice générale par intérim du groupe Bemex, a réagi.",
     [("LEADS", "Claire Moreau", "Bemex")]),
    # a channel's faces work for it
    ("Marc Dulac, l'animateur vedette de Canal 9, a signé pour trois saisons.",
     [("WORKS_FOR", "Marc Dulac", "Canal 9")]),
    ("Selon Les Echos, Julie Roux, présentatrice de Radio Sud, quittera l'antenne en juin.",
     [("WORKS_FOR", "Julie Roux", "Radio Sud")]),
]

FORBIDDEN += [
    # a channel's face is no person's employee
    ("La villa appartient à Marc Dulac, présentateur vedette de la télévision publique et fervent soutien "
     "de Paul Verdier.", ("WORKS_FOR", "Marc Dulac", "Paul Verdier")),
    # a secretary is no leader
    ("Paul Verdier, secrétaire du Parti radical, a salué la décision.",
     ("LEADS", "Paul Verdier", "Parti radical")),
]

# "… a déclaré à La Gazette Paul Verdier, le directeur de Y": the title after the comma is the nearer name's
CASES += [
    ("« Nous voulons croître », a déclaré à La Gazette Paul Verdier, le directeur général de Norvex.",
     [("LEADS", "Paul Verdier", "Norvex")]),
    ("« Le marché est mûr », a confié à La Dépêche Claire Moreau, la présidente du groupe Bemex.",
     [("LEADS", "Claire Moreau", "Bemex")]),
]

FORBIDDEN += [
    ("« Nous voulons croître », a déclaré à La Gazette Paul Verdier, le directeur général de Norvex.",
     ("LEADS", "La Gazette", "Norvex")),
]

# "racheter 30 % de Y à Talmane Group": a name cut in two by the parse, its last word made the verb's object;
# the "à" phrase is the seller, never what is bought
CASES += [
    ("Norvex devait pour cela racheter 30 % du capital de Bemex à Talmane Group, filiale du géant allemand "
     "Orvia, pour 641 millions d'euros.",
     [("OWNS", "Norvex", "Bemex"), ("OWNS", "Orvia", "Talmane Group")]),
]
FORBIDDEN += [
    ("Norvex devait pour cela racheter 30 % du capital de Bemex à Talmane Group, filiale du géant allemand "
     "Orvia, pour 641 millions d'euros.", ("OWNS", "Norvex", "Talmane Group")),
]

# "Arvel Capital, le fonds de Paul X, a racheté Y": a fronted unknown name the parse made an adverb, its
# apposition the subject
CASES += [
    ("Arvel Capital, le fonds de Paul Verdier, a racheté Lascombe.",
     [("ACQUIRES", "Arvel Capital", "Lascombe"), ("OWNS", "Paul Verdier", "Arvel Capital")]),
    ("Arvel Capital, le fonds du financier californien Paul Verdier, avait racheté Lascombe au brasseur "
     "britannique Bemex.", [("ACQUIRES", "Arvel Capital", "Lascombe")]),
]
FORBIDDEN += [
    ("Arvel Capital, le fonds de Paul Verdier, a racheté Lascombe.", ("ACQUIRES", "Paul Verdier", "Lascombe")),
]

# a joint venture is not its owners' partner: "Nuvio, la coentreprise de Talmane et de Bemex"
CASES += [
    ("Norvex a créé une coentreprise avec Bemex.", [("PARTNERS_WITH", "Norvex", "Bemex")]),
    ("La coentreprise entre Norvex et Bemex a été dissoute en mars.", [("PARTNERS_WITH", "Norvex", "Bemex")]),
]
FORBIDDEN += [
    ("Il devra compter avec Nuvio, la coentreprise de la société Talmane et du groupe Bemex, créée en 2021.",
     ("PARTNERS_WITH", "Nuvio", "Bemex")),
    ("Il devra compter avec Nuvio, la coentreprise de la société Talmane et du groupe Bemex, et avec Orvia.",
     ("PARTNERS_WITH", "Nuvio", "Talmane")),
]

# "A et B ont noué / prévoient une coopération": the co-signers of a cooperation are partners
CASES += [
    ("Norvex et Bemex ont noué une coopération.", [("PARTNERS_WITH", "Norvex", "Bemex")]),
    ("Norvex et Bemex prévoient une coopération sur leurs programmes de fidélité.",
     [("PARTNERS_WITH", "Norvex", "Bemex")]),
]
