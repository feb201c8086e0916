"""Cases of the s33 plural and group references (helper s33-groups33, mentions/groups33.py), invented names and
sentences. Each mechanism on several shapes and cue words: names given as examples (comme, notamment, telles que,
dont) are never "les deux X"; a second group noun repeats the first (distributeurs → enseignes → groupes, groupes →
laboratoires); the only two actors of a sentence ("peut compter sur"); "tous deux", "tous les deux", "l'une et
l'autre" after two subjects (a verbless clause after ";", two sentences); a relative after "Y, fondé/présidé par
X," is Y's (fonds, association; accuse, poursuit)."""

CASES = [
    # 1. examples of a class are not the pair; the group the text spoke of before is
    ("Les enseignes Valmart et Hyperion Distribution ont été sanctionnées par l'Autorité de la concurrence. Selon "
     "l'Autorité, les deux distributeurs auraient lésé des fournisseurs comme Laiterie Bressane ou Fromagerie Morvan. "
     "La plainte contre les deux enseignes avait été déposée par la Fédération des producteurs laitiers, qui "
     "rassemble les éleveurs de l'Ouest, dont Laiterie Bressane. Primadis, concurrent direct des deux groupes, n'est "
     "pas concerné.",
     [("SUES", "Fédération des producteurs laitiers", "Valmart"),
      ("SUES", "Fédération des producteurs laitiers", "Hyperion Distribution"),
      ("COMPETES_WITH", "Primadis", "Valmart"), ("COMPETES_WITH", "Primadis", "Hyperion Distribution")]),
    ("Les banques Crédit Orvalien et Banque Sorel ont relevé leurs frais de tenue de compte. Plusieurs associations, "
     "notamment Familles Unies et Épargne Solidaire, ont protesté. L'association Consommateurs d'Alsace a assigné les "
     "deux banques devant le tribunal judiciaire de Strasbourg.",
     [("SUES", "Consommateurs d'Alsace", "Crédit Orvalien"), ("SUES", "Consommateurs d'Alsace", "Banque Sorel")]),
    ("Les laboratoires Pharmalis et Biovex ont été condamnés pour entente. L'action avait été lancée contre les deux "
     "groupes par la fédération Santé Libre, qui regroupe des pharmacies indépendantes, telles que Pharmacie "
     "Centrale. Médigo, rival des deux laboratoires, n'est pas concerné.",
     [("COMPETES_WITH", "Médigo", "Pharmalis"), ("COMPETES_WITH", "Médigo", "Biovex")]),
    # the only two persons its sentence named before "les deux élus"
    ("Sophie Marchal peut compter sur Antoine Leroux, maire de Villebrune, même si les deux élus se sont opposés sur "
     "le budget.",
     [("OPPOSES", "Sophie Marchal", "Antoine Leroux")]),
    # 2. "tous deux", "tous les deux", "l'une et l'autre" after two subjects
    ("Marc Dutertre avait écopé d'une amende de deux millions d'euros ; sa société, Vexalia Gestion, de cinq millions. "
     "Tous deux ont formé un recours contre la décision de l'Autorité des marchés financiers.",
     [("SUES", "Marc Dutertre", "Autorité des marchés financiers"),
      ("SUES", "Vexalia Gestion", "Autorité des marchés financiers")]),
    ("Le cimentier Brovel a été condamné à une amende de trois millions d'euros. Son ancien PDG, Luc Amand, a écopé de "
     "deux ans avec sursis. Tous les deux poursuivent désormais l'Agence de l'environnement, qu'ils accusent d'avoir "
     "menti.",
     [("SUES", "Brovel", "Agence de l'environnement"), ("SUES", "Luc Amand", "Agence de l'environnement")]),
    ("La banque Orsel a été sanctionnée par la Commission bancaire ; son ancien directeur, Paul Gimenez, aussi. L'une "
     "et l'autre contestent la décision du régulateur devant le Conseil d'État.",
     [("SUES", "Orsel", "Commission bancaire")]),
    # 3. the relative after "Y, <participle> par X," is Y's
    ("L'offensive a été lancée par le fonds Orvex Capital, fondé par Hugo Ferrand, qui accusait alors Distrigo de "
     "maquiller ses comptes.",
     [("ACCUSES", "Orvex Capital", "Distrigo")]),
    ("La procédure a été engagée par l'association Vigie Épargne, présidée par Claire Morin, qui poursuit la banque "
     "Sorel devant le tribunal de Nanterre.",
     [("SUES", "Vigie Épargne", "Sorel")]),
    # 4. a body gathering a class, and the members it names as examples (fédère … dont, regroupe … parmi
    # lesquelles, représente … notamment, rassemble … comme)
    ("La plainte a été déposée par l'Union des transformateurs (UDT), qui fédère les fabricants de conserves, dont "
     "Maison Kervella.",
     [("MEMBER_OF", "Maison Kervella", "Union des transformateurs")]),
    ("Le Syndicat des éditeurs indépendants regroupe une quarantaine de maisons, parmi lesquelles Éditions Morvan et "
     "Presses du Lac.",
     [("MEMBER_OF", "Éditions Morvan", "Syndicat des éditeurs indépendants"),
      ("MEMBER_OF", "Presses du Lac", "Syndicat des éditeurs indépendants")]),
    ("Présidée par Claire Morin, la Fédération bancaire régionale, qui représente les caisses locales, notamment "
     "Crédit Orvalien, a salué la décision.",
     [("MEMBER_OF", "Crédit Orvalien", "Fédération bancaire régionale")]),
    ("Le collectif Rivages, qui rassemble des associations de riverains comme Vigie Littoral, a porté plainte contre "
     "la préfecture.",
     [("MEMBER_OF", "Vigie Littoral", "Rivages")]),
    # 6. a plural role noun (patrons, dirigeants, édiles) stands for the persons given that role before it
    ("« C'est une belle maison », a commenté Luc Amand, PDG de Brovel. Pour Hélène Vasseur, présidente de Valmart, le rapprochement est logique. Bpifrance apportera aussi ses titres. Le ministre de l'Industrie, Paul Girard, avait reçu les deux patrons la semaine dernière à Bercy.",
     [('MEETS', 'Paul Girard', 'Luc Amand'), ('MEETS', 'Paul Girard', 'Hélène Vasseur')]),
    ("Le directeur général d'Orvex, Marc Dutertre, a signé l'accord mardi. De son côté, la dirigeante de Lumenis, Claire Morin, a salué « une étape ». Les deux dirigeants se sont rencontrés à Lyon en janvier.",
     [('MEETS', 'Marc Dutertre', 'Claire Morin')]),
    ('Le maire de Villebrune, Antoine Leroux, refuse le projet. Sophie Marchal, maire de Saint-Aurel, le soutient. La préfète Claire Morin a reçu les deux édiles lundi en préfecture.',
     [('MEETS', 'Claire Morin', 'Antoine Leroux'), ('MEETS', 'Claire Morin', 'Sophie Marchal')]),
]

FORBIDDEN = [
    ("Les enseignes Valmart et Hyperion Distribution ont été sanctionnées par l'Autorité de la concurrence. Selon "
     "l'Autorité, les deux distributeurs auraient lésé des fournisseurs comme Laiterie Bressane ou Fromagerie Morvan. "
     "La plainte contre les deux enseignes avait été déposée par la Fédération des producteurs laitiers.",
     ("SUES", "Fédération des producteurs laitiers", "Laiterie Bressane")),
    ("Les banques Crédit Orvalien et Banque Sorel ont relevé leurs frais de tenue de compte. Plusieurs associations, "
     "notamment Familles Unies et Épargne Solidaire, ont protesté. L'association Consommateurs d'Alsace a assigné les "
     "deux banques devant le tribunal judiciaire de Strasbourg.",
     ("SUES", "Consommateurs d'Alsace", "Familles Unies")),
    ("L'offensive a été lancée par le fonds Orvex Capital, fondé par Hugo Ferrand, qui accusait alors Distrigo de "
     "maquiller ses comptes.",
     ("ACCUSES", "Hugo Ferrand", "Distrigo")),
    ("La procédure a été engagée par l'association Vigie Épargne, présidée par Claire Morin, qui poursuit la banque "
     "Sorel devant le tribunal de Nanterre.",
     ("SUES", "Claire Morin", "Sorel")),
    # a meeting is no membership; a lawyer is no body
    ("Le ministre Paul Girard a réuni Valmart et Primadis à Bercy lundi.", ("MEMBER_OF", "Valmart", "Primadis")),
    # 5. rivals named together in an interview's answer are the interviewee's organisation's, not each other's
    ("« Nous ne vendrons pas » : entretien avec Paul Girard, président de Valmart\n\nPaul Girard dirige Valmart depuis 2015. Il revient sur une année difficile.\n\nVos ventes ont reculé de 4 %. Comment l'expliquez-vous ?\nLa consommation a ralenti partout en France. Nous avons tenu nos prix.\n\nPrimadis et Hyperion Distribution gagnent du terrain. Vous inquiètent-ils ?\nPrimadis et Hyperion Distribution restent des rivaux sérieux. Mais notre modèle est différent : nous misons sur la proximité.",
     ("COMPETES_WITH", 'Primadis', 'Hyperion Distribution')),
    ("Entretien avec Claire Morin, directrice générale d'Orvex Capital\n\nClaire Morin a fondé Orvex Capital en 2009. Elle défend son modèle.\n\nVous venez de lever 800 millions d'euros. Qui sont vos souscripteurs ?\nDes assureurs et des caisses de retraite, pour l'essentiel. Nous en sommes fiers.\n\nLe marché de la dette privée est-il saturé ?\nBanque Sorel et Crédit Orvalien sont des concurrents redoutables, mais nous avons nos atouts.",
     ("COMPETES_WITH", 'Banque Sorel', 'Crédit Orvalien')),
    ("Entretien avec Hugo Ferrand, PDG de Lumenis\n\nHugo Ferrand a repris Lumenis en 2018. Il détaille sa stratégie.\n\nVotre chiffre d'affaires a doublé. Quel est le secret ?\nL'export, avant tout. Nous vendons dans quarante pays.\n\nEt la concurrence ?\nAujourd'hui, Optiva et Clarys Médical demeurent des adversaires coriaces sur le marché allemand.",
     ("COMPETES_WITH", 'Optiva', 'Clarys Médical')),
]
