"""Cases of the s12 money fixes (helper s12-contracts: contracts, sponsorship, subsidies, loans), invented names."""

CASES = [
    # a contract between a club (an association, a team) and a company: the company sponsors, pays the club,
    # whichever side the sentence names first
    ("Le club de basket Etoile de Vannes a signé un contrat de quatre ans avec Brunel Emballages, le fabricant "
     "de cartons, pour 200 000 euros par saison.",
     [("FUNDS", "Brunel Emballages", "Etoile de Vannes")]),
    ("La société Orvia a signé un contrat de trois ans avec le club Union sportive de Mende.",
     [("FUNDS", "Orvia", "Union sportive de Mende")]),
    # a contract between two companies keeps the signer as the payer
    ("La société Dalmane a signé un contrat de 2 millions d'euros avec la société Treval pour la maintenance "
     "de ses entrepôts.",
     [("FUNDS", "Dalmane", "Treval")]),
    # "X, partenaire historique du club Y": a company partner of a club is its sponsor
    ("Le transporteur Girodet, partenaire historique du club Stade lavallois depuis 2012, a renoncé à "
     "renouveler son contrat.",
     [("FUNDS", "Girodet", "Stade lavallois")]),
    # a sum granted by a participle's agent to the participle's "à Y"
    ("L'aide attribuée par la région Normandie au club Caen Handball s'élève à 200 000 euros.",
     [("FUNDS", "région Normandie", "Caen Handball")]),
    ("La subvention versée par la ville de Chartres à l'association Cœur de Beauce atteint 90 000 euros.",
     [("FUNDS", "ville de Chartres", "Cœur de Beauce")]),
    # a sum received from a lender: the receiving verb's subject is the one paid
    ("Le club Rennes Volley touche chaque année une aide accordée par la région Bretagne.",
     [("FUNDS", "région Bretagne", "Rennes Volley")]),
    # a cooperation agreement stays a partnership
    ("Le groupe Alvane a signé un accord de coopération avec la société Pendrel.",
     [("PARTNERS_WITH", "Alvane", "Pendrel")]),
]

CASES += [
    # the members of a group answering a tender together are partners; the buyer pays each of them
    ("Le marché de construction du lycée a été attribué par la région Occitanie au groupement formé par le "
     "constructeur Bétomar et le bureau d'études Plessis Ingénierie.",
     [("PARTNERS_WITH", "Bétomar", "Plessis Ingénierie"), ("FUNDS", "région Occitanie", "Bétomar"),
      ("FUNDS", "région Occitanie", "Plessis Ingénierie")]),
    ("La métropole de Tours a confié le chantier au consortium emmené par Ravelin Travaux avec Sorbier Construction.",
     [("PARTNERS_WITH", "Ravelin Travaux", "Sorbier Construction")]),
    ("Le tunnelier Vortane et l'ingénieriste Castel Études ont remporté, au sein d'un groupement, le contrat du "
     "métro de Lyon.",
     [("PARTNERS_WITH", "Vortane", "Castel Études")]),
    ("Un consortium composé de Nerval Energie, de Solvane et de la banque Ardoise a été retenu.",
     [("PARTNERS_WITH", "Solvane", "Ardoise")]),
    ("La commune a retenu un groupement constitué par l'architecte Lina Vasseur et le bureau d'études Calcéa.",
     [("PARTNERS_WITH", "Lina Vasseur", "Calcéa")]),
    # a firm relied on for a mission works for its client (no alliance)
    ("La société Ornavie s'appuie sur le cabinet Ferrand & Tessier pour préparer son introduction en Bourse.",
     [("WORKS_FOR", "Ferrand & Tessier", "Ornavie")]),
    ("Conseillé par la banque d'affaires Mazoyer & Cie, le groupe Batisol prépare une offre.",
     [("WORKS_FOR", "Mazoyer & Cie", "Batisol")]),
    ("Épaulée par la banque Ravenel, la société Solvéa prépare son rachat.",
     [("WORKS_FOR", "Ravenel", "Solvéa")]),
    ("Le groupe Tramel a fait appel à la banque d'affaires Villiers & Cie pour céder sa filiale.",
     [("WORKS_FOR", "Villiers & Cie", "Tramel")]),
    ("Le groupe Kerlys a retenu la banque Oberlin Partners pour trouver un repreneur.",
     [("WORKS_FOR", "Oberlin Partners", "Kerlys")]),
    # a head relying on advisers does so for the company his title names
    ("Le directeur général de Norvane, qui s'appuie sur les avocats du cabinet Sauvade, conteste l'amende.",
     [("WORKS_FOR", "Sauvade", "Norvane")]),
]

CASES += [
    # an auditor works for the company whose accounts it certifies (read as a line: the title's apposition)
    ("Le commissaire aux comptes de la société Brevane, le cabinet Audiral, a démissionné.",
     [("WORKS_FOR", "Audiral", "Brevane")]),
    ("Le groupe Valmire annonce une perte de 40 millions d'euros. Valmire doit aussi revoir ses prévisions. "
     "Ses commissaires aux comptes, le cabinet Sorel & Associés, ont refusé de certifier les comptes.",
     [("WORKS_FOR", "Sorel & Associés", "Valmire")]),
]

CASES += [
    # financing someone's purchase (plant, project) pays them: the plain "de" chain of what is paid for
    ("La banque Lambertin, qui a financé en 2022 l'achat de trois usines de Corvette Textiles pour 20 millions "
     "d'euros, s'inquiète.",
     [("FUNDS", "Lambertin", "Corvette Textiles")]),
    ("Le fonds Arvane a financé la construction de la nouvelle usine de Brelec.",
     [("FUNDS", "Arvane", "Brelec")]),
]

CASES += [
    # a sum given to no one named, in an article about one company, goes to that company
    ("Le fabricant Motrelle ouvre une usine à Vierzon. Motrelle emploie 300 personnes dans le Cher et vise "
     "l'export. Motrelle lance aussi une gamme de vélos. Le programme de recherche de l'entreprise a été soutenu "
     "par la région Centre à hauteur de 3 millions d'euros.",
     [("FUNDS", "région Centre", "Motrelle")]),
]

CASES += [
    # a thing done in common with Y: a partnership
    ("Le laboratoire Cérane mène un programme de recherche commun avec l'Inserm.",
     [("PARTNERS_WITH", "Cérane", "Inserm")]),
    ("L'équipementier Brivel travaille avec le CNRS au sein d'un laboratoire commun ouvert à Toulouse.",
     [("PARTNERS_WITH", "Brivel", "CNRS")]),
]

CASES += [
    # a loan received: the receiving verb's subject borrows from the lender named after the sum or by a
    # participle the parser tags as a noun
    ("L'association Rugby Club Vésulien dépend d'un prêt de 2 millions d'euros consenti par la Banque du Jura.",
     [("FUNDS", "Banque du Jura", "Rugby Club Vésulien")]),
    ("La société Navéo bénéficie d'une avance remboursable de 3 millions d'euros de Bpifrance.",
     [("FUNDS", "Bpifrance", "Navéo")]),
]

CASES += [
    # a sponsorship contract: the "avec Y" side is the sponsor, whoever signs
    ("Le président du club Stade Vannetais, Marc Le Goff, a annoncé la signature d'un contrat de sponsoring avec "
     "la mutuelle Armor Santé pour trois saisons.",
     [("FUNDS", "Armor Santé", "Stade Vannetais")]),
    ("La métropole de Nantes a signé un contrat de naming avec l'opérateur Télévia pour sa nouvelle salle.",
     [("FUNDS", "Télévia", "métropole de Nantes")]),
    ("L'association Vélo Solidaire a conclu un contrat de mécénat avec la fondation Orvane.",
     [("FUNDS", "Orvane", "Vélo Solidaire")]),
]

CASES += [
    # a name mandated for an adviser's mission works for its client, with no adviser's noun before it
    ("Le groupe Harland a mandaté Kestrel Partners pour étudier des solutions alternatives.",
     [("WORKS_FOR", "Kestrel Partners", "Harland")]),
]

FORBIDDEN = [
    # a contractor's work is no adviser's mission
    ("La direction de Velmor a mandaté la société Brisal pour reconstruire le quai.",
     ("WORKS_FOR", "Brisal", "Velmor")),
    ("La métropole de Nantes a signé un contrat de naming avec l'opérateur Télévia pour sa nouvelle salle.",
     ("FUNDS", "métropole de Nantes", "Télévia")),
    # a person heading a company does not borrow for himself
    ("Pour financer l'opération, le PDG de Malterre, Louis Garnier, s'appuie sur un prêt relais de 2 milliards "
     "d'euros arrangé par la banque Ozanne.",
     ("FUNDS", "Ozanne", "Louis Garnier")),
    # a court's seat is no customer
    ("Le fabricant Zéphane a assigné devant le tribunal de commerce de Lyon son ancien fournisseur Qorval Motors.",
     ("FUNDS", "Lyon", "Qorval Motors")),
    # support with no sum is no money
    ("Le fabricant Motrelle ouvre une usine à Vierzon. Motrelle emploie 300 personnes dans le Cher et vise "
     "l'export. Motrelle lance aussi une gamme de vélos. Le programme de recherche de l'entreprise a été soutenu "
     "par la région Centre.",
     ("FUNDS", "région Centre", "Motrelle")),
    ("La société Ornavie s'appuie sur le cabinet Ferrand & Tessier pour préparer son introduction en Bourse.",
     ("ALLY_OF", "Ornavie", "Ferrand & Tessier")),
    # the club does not pay its sponsor
    ("Le club de basket Etoile de Vannes a signé un contrat de quatre ans avec Brunel Emballages, le fabricant "
     "de cartons, pour 200 000 euros par saison.",
     ("FUNDS", "Etoile de Vannes", "Brunel Emballages")),
    # a contract signed is money paid, no partnership
    ("Le club de basket Etoile de Vannes a signé un contrat de quatre ans avec Brunel Emballages, le fabricant "
     "de cartons, pour 200 000 euros par saison.",
     ("PARTNERS_WITH", "Etoile de Vannes", "Brunel Emballages")),
    ("La société Dalmane a signé un contrat de 2 millions d'euros avec la société Treval pour la maintenance "
     "de ses entrepôts.",
     ("PARTNERS_WITH", "Dalmane", "Treval")),
    ("Le transporteur Girodet, partenaire historique du club Stade lavallois depuis 2012, a renoncé à "
     "renouveler son contrat.",
     ("PARTNERS_WITH", "Girodet", "Stade lavallois")),
]
