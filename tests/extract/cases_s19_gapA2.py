"""Cases of the s19 coverage gaps of French (helper s19-gapA2), invented names and sentences."""

CASES = [
    # support qualified by an adjective or participle: "le soutien appuyé / résolu de X"
    ("Mardi, Séverine Louvet a reçu le soutien appuyé de Gaspard Ternier pour sa candidature.",
     [("ALLY_OF", "Gaspard Ternier", "Séverine Louvet")]),
    # a title subject with the person set off after it receives the support, not the label in the title
    ("La candidate LRP à la mairie de Nantes, Odile Ferrand, a reçu le soutien de Bertrand Sallès.",
     [("ALLY_OF", "Bertrand Sallès", "Odile Ferrand")]),
    # confidence renewed / reaffirmed to a person
    ("Le propriétaire du club, Anselme Garrec, a réaffirmé sa confiance à Loïc Vautrin malgré la défaite.",
     [("ALLY_OF", "Anselme Garrec", "Loïc Vautrin")]),
    # campaigning for a person, joining a person's team
    ("Depuis janvier, Maxence Rivoire fait campagne pour Hélène Boisdron dans tout le département.",
     [("ALLY_OF", "Maxence Rivoire", "Hélène Boisdron")]),
    ("Ludovic Sarrail et Pauline Aymard ont rejoint l'équipe de campagne de Hélène Boisdron.",
     [("ALLY_OF", "Ludovic Sarrail", "Hélène Boisdron"), ("ALLY_OF", "Pauline Aymard", "Hélène Boisdron")]),
    # a hearing is a meeting
    ("Le Sénat a auditionné Constant Merlaud sur la gestion du dossier.",
     [("MEETS", "Sénat", "Constant Merlaud")]),
    # a person's adhesion to a party
    ("Aurélien Bastide a officialisé son adhésion au parti Renouveau civique.",
     [("MEMBER_OF", "Aurélien Bastide", "Renouveau civique")]),
    # a party's candidate
    ("Thibault Carmin, candidat du parti Renouveau civique, a tenu son premier meeting à Rouen.",
     [("MEMBER_OF", "Thibault Carmin", "Renouveau civique")]),
    # the head of a unit works for the body (no LEADS)
    ("Armelle Dufaure, directrice du département études de l'institut Sondalis, commente le scrutin.",
     [("WORKS_FOR", "Armelle Dufaure", "Sondalis")]),
    # the post itself handed to an heir
    ("Roger Castagnet, PDG de Valmeris, a cédé la direction générale à Inès Morvillier en mars.",
     [("LEADS", "Inès Morvillier", "Valmeris")]),
    # a passive agent named after a comma
    ("La maison Orbelle a été fondée en 1921 par son grand-père, Lucien Deschamps.",
     [("FOUNDED", "Lucien Deschamps", "Orbelle")]),
    # career through a party; a former office below the head of a party
    ("Gérard Molinié, sénateur passé par le parti Horizon commun, soutient désormais la majorité.",
     [("MEMBER_OF", "Gérard Molinié", "Horizon commun")]),
    # (s35-conv35: a party's former vice-president worked for it, the session-35 convention; membership before)
    ("Clément Ardouin, ex-vice-président du parti Horizon commun, a rejoint la campagne.",
     [("WORKS_FOR", "Clément Ardouin", "Horizon commun")]),
    # a fronted title after an adjective
    ("Ancienne directrice de Pelmont, Sabine Guého publie un livre sur la grande distribution.",
     [("LEADS", "Sabine Guého", "Pelmont")]),
    # a relative on an apposed title's person
    ("Damien Verlac, le patron de Kordis, qui siège au conseil d'administration de Tellane, a voté pour.",
     [("BOARD_MEMBER", "Damien Verlac", "Tellane")]),
    # a grouping body's members through a relative on its apposed noun; a consortium formed by its members
    ("Assurea, la mutuelle qui regroupe Mutalis, Prevola et Securea, a publié ses comptes.",
     [("MEMBER_OF", "Mutalis", "Assurea"), ("MEMBER_OF", "Prevola", "Assurea"), ("MEMBER_OF", "Securea", "Assurea")]),
    ("Le consortium Aerovia, constitué de Bratek et de Holmsen, a repris l'aéroport.",
     [("MEMBER_OF", "Bratek", "Aerovia"), ("MEMBER_OF", "Holmsen", "Aerovia")]),
    # a general delegate is staff
    ("Honoré Lavalette, délégué général de Festivalis, a présenté la sélection officielle.",
     [("WORKS_FOR", "Honoré Lavalette", "Festivalis")]),
    # closeness to a person's power or circle
    ("La banque Oderis, proche du pouvoir de Anton Vesely, a consenti un prêt au parti.",
     [("ALLY_OF", "Oderis", "Anton Vesely")]),
    # acting in an organisation's name
    ("Valentin Orsoni a signé l'accord au nom de la société Brévalis.",
     [("WORKS_FOR", "Valentin Orsoni", "Brévalis")]),
    # "faire office de" a title
    ("Delphine Aubrac fait désormais office de porte-parole de la société Brévalis.",
     [("WORKS_FOR", "Delphine Aubrac", "Brévalis")]),
    # an academic "à" an institute
    ("Justine Maréchal, économiste à l'institut Cadrion, publie une étude sur les salaires.",
     [("WORKS_FOR", "Justine Maréchal", "Cadrion")]),
    # kin inside an event phrase: the clause's subject is the possessor
    ("Depuis la disparition en 2011 de son père, Ernest Lagarde, Yvon Lagarde dirige la distillerie.",
     [("FAMILY", "Ernest Lagarde", "Yvon Lagarde")]),
]

FORBIDDEN = [
    # the label inside a title subject does not receive the support
    ("La candidate LRP à la mairie de Nantes, Odile Ferrand, a reçu le soutien de Bertrand Sallès.",
     ("ALLY_OF", "Bertrand Sallès", "LRP")),
    # money is no alliance, even qualified
    ("Séverine Louvet a reçu le soutien financier de la banque Carmaux pour sa campagne.",
     ("ALLY_OF", "Carmaux", "Séverine Louvet")),
    # the head of a unit does not lead the body; a head of a named service does
    ("Armelle Dufaure, directrice du département études de l'institut Sondalis, commente le scrutin.",
     ("LEADS", "Armelle Dufaure", "Sondalis")),
    # a department handed on is not the company
    ("Roger Castagnet, PDG de Valmeris, a cédé la direction financière à Inès Morvillier en mars.",
     ("LEADS", "Inès Morvillier", "Valmeris")),
    # a career through a bank is no membership
    ("Gérard Molinié, sénateur passé par la banque Corvalis, soutient désormais la majorité.",
     ("MEMBER_OF", "Gérard Molinié", "Corvalis")),
    # a sentence opening with a determiner is no fronted title ("Le président de Y, X" is read elsewhere)
    ("Outre Kordis, le groupement réunit l'hébergeur Tellane et la jeune pousse Vimora.",
     ("MEMBER_OF", "Tellane", "Kordis")),
    # campaigning against is no support
    ("Maxence Rivoire fait campagne contre Hélène Boisdron dans tout le département.",
     ("ALLY_OF", "Maxence Rivoire", "Hélène Boisdron")),
    # a professor "à" a town works for no town
    ("Justine Maréchal, professeure à Grenoble, publie une étude sur les salaires.",
     ("WORKS_FOR", "Justine Maréchal", "Grenoble")),
]
