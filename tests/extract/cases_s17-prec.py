"""Cases of the s17 precision fixes (helper s17-prec: false ties of eval/invented grouped by cause), invented
names."""

CASES = [
    # a bid still read with the verbs that only mean coveting a company
    ("Le groupe Talmont lorgne depuis des mois la société Orvane.", [("BIDS_FOR", "Talmont", "Orvane")]),
    # a clause after a colon has its own subject, the noun phrase opening it (not the subject before the colon);
    # "Y, que A contrôle avec B, détient …" parsed with the main verb as the relative's: Y holds, not B
    ("Paul Arnaud a confié la direction d'Arnaud Textiles à son fils. Il garde pourtant la main : la holding "
     "Sorel Invest, dont il détient la totalité des parts, possède 65 % d'Arnaud Textiles.",
     [("OWNS", "Sorel Invest", "Arnaud Textiles")]),
    ("La famille Morin conserve l'essentiel : la société Ardel Finance, dont elle a gardé toutes les actions, "
     "détient encore 40 % de Brenne Optique.", [("OWNS", "Ardel Finance", "Brenne Optique")]),
    ("La holding Véran Participations, que le fondateur contrôle avec son frère Luc Véran, détient 30 % du "
     "capital de Véran Bois.", [("OWNS", "Véran Participations", "Véran Bois")]),
    ("La société Ardel Finance, que la famille Morin contrôle avec le fonds Norvik Capital, possède 55 % de "
     "Brenne Optique.", [("OWNS", "Ardel Finance", "Brenne Optique")]),
    # "l'association" is the actor an indefinite apposition called an association, not the company of the story
    ("La plateforme Prestel a fait faillite. Une plainte a été déposée contre Prestel par le Collectif des "
     "épargnants de Prestel, une association qui regroupe 900 prêteurs. L'association réclame des comptes à la "
     "banque Orsel. Son président, Marc Tellier, exige une expertise.",
     [("LEADS", "Marc Tellier", "Collectif des épargnants de Prestel")]),
    ("La plateforme Prestel a fait faillite. Une plainte a été déposée contre la plateforme par l'Union des "
     "prêteurs de Prestel, une association qui regroupe 900 prêteurs. Prestel conteste. L'association envisage, "
     "elle, de poursuivre la banque Orsel. Mais « rien n'est fait », précise son président, Marc Tellier.",
     [("LEADS", "Marc Tellier", "Union des prêteurs de Prestel")]),
    # a seat on a party's or a union's bureau is membership, no board; an export director heads a department
    ("Le maire de Nancy, Paul Girard, toujours membre du bureau national du Parti radical, conteste la ligne.",
     [("MEMBER_OF", "Paul Girard", "Parti radical")]),
    ("Claire Morin, membre du bureau politique du parti Horizon commun, a démissionné.",
     [("MEMBER_OF", "Claire Morin", "Horizon commun")]),
    ("Luc Fabre, membre du bureau national du syndicat Force ouvrière unie, dénonce l'accord.",
     [("MEMBER_OF", "Luc Fabre", "Force ouvrière unie")]),
    ("Paul Roux, directeur export de Valmy Aéro, a démissionné.", [("WORKS_FOR", "Paul Roux", "Valmy Aéro")]),
    ("La directrice export de Valmy Aéro, Lina Morel, présente le salon.", [("WORKS_FOR", "Lina Morel", "Valmy Aéro")]),
    ("Alexandre Brun, ancien directeur export du groupe Sérac, accuse la direction.",
     [("WORKS_FOR", "Alexandre Brun", "Sérac")]),
    # "sanctionner Y pour avoir transmis … à ses partenaires": the deed (and its possessive) is the one judged's
    ("La CNIL a sanctionné Fitalia pour avoir transmis les données de ses utilisateurs à ses partenaires Adlinq et "
     "Pubmax.", [("PARTNERS_WITH", "Adlinq", "Fitalia")]),
    ("Le tribunal a condamné la société Orvane pour avoir cédé des fichiers à son partenaire Datalis.",
     [("PARTNERS_WITH", "Datalis", "Orvane")]),
    ("Le régulateur a épinglé le groupe Talmont pour avoir confié ses données à son partenaire chinois Wenlong.",
     [("PARTNERS_WITH", "Wenlong", "Talmont")]),
    # "X, PDG de Y et fils du fondateur, Z": the name after the kin noun's phrase is the relative's, not the PDG
    ("« Nous allons grandir », a déclaré Stéphane Morel, PDG de Ravelin et fils du fondateur, Roger Morel.",
     [("LEADS", "Stéphane Morel", "Ravelin"), ("FOUNDED", "Roger Morel", "Ravelin")]),
    # a noun with a subject of its own after a comma is a misread verb, no second object of the verb before
    ("Raphaël Sorel est un homme discret. Par sa holding familiale, Sorel Invest, qu'il a fondée en 1998 après "
     "avoir quitté la banque Ulrich & Cie, le milliardaire contrôle 65 % de Vigie Médias.",
     [("WORKS_FOR", "Raphaël Sorel", "Ulrich & Cie")]),
    # "X, présidente de Y, passée par Z avant de créer l'entreprise": the company the person heads in the sentence
    ("La start-up Quillon lève 40 millions d'euros auprès du fonds Westbury. Le laboratoire Sorvane Pharma a "
     "aussi discuté avec elle. « Nous voulions d'abord des investisseurs financiers », explique Zoé Tassin, "
     "présidente de Quillon, passée par Tomolab avant de créer l'entreprise.", [("FOUNDED", "Zoé Tassin", "Quillon")]),
    ("Le groupe Kerlann rachète une usine à Brest. Les Laiteries Morvan s'engagent aussi. « C'est un engagement de "
     "territoire », souligne Patrice Morvan, PDG des Laiteries Morvan, qui a succédé à son père, Yves Morvan, "
     "fondateur de l'entreprise en 1974.", [("FOUNDED", "Yves Morvan", "Laiteries Morvan")]),
]

FORBIDDEN = [
    # a possessive title opening a sentence after one whose subject is a description the text leaves
    # unresolved ("le concurrent évincé", "l'association", "le transporteur"): no owner, not the company the
    # sentence names next nor the article's company
    ("Le ministère a confié le marché à Orvane Textiles. Orvane Textiles emploie 300 personnes. Orvane Textiles "
     "exporte en Europe. Le concurrent évincé, dont le dossier était moins cher, a fait appel. Son directeur "
     "général, Paul Lemarchand, accuse Orvane Textiles de favoritisme.",
     ("LEADS", "Paul Lemarchand", "Orvane Textiles")),
    ("Le conseil départemental a retenu la société Kelmar. Kelmar emploie 80 salariés. Kelmar vend ses bus en "
     "Bretagne. La rivale malheureuse, qui avait proposé un prix plus bas, a saisi le tribunal. Sa présidente, "
     "Anne Rouvier, dénonce une procédure opaque.", ("LEADS", "Anne Rouvier", "Kelmar")),
    ("La plateforme Prestel a été placée en liquidation. Prestel comptait 4 000 prêteurs. Prestel promettait 8 % "
     "par an. L'association, créée en mars par une centaine d'épargnants, réclame des comptes. Son président, "
     "Marc Tellier, exige une expertise.", ("LEADS", "Marc Tellier", "Prestel")),
    ("La plateforme Ardanel a fermé ses portes. Ardanel vendait des meubles. Ardanel livrait toute l'Europe. "
     "Le syndicat, qui défend les 200 salariés, réclame un plan social. Son délégué, Luc Royer, parle d'un "
     "gâchis.", ("LEADS", "Luc Royer", "Ardanel")),
    # "viser" names the target of an investigation, a complaint or a goal, not a company one bids for
    ("Le parquet de Lyon a ouvert une enquête visant la société Valdrac ainsi que son ancien directeur des achats, "
     "Paul Ferrand.", ("BIDS_FOR", "Paul Ferrand", "Valdrac")),
    ("Les associations Terre Vive et Droits en Actes visent la société Korlan pour pratiques commerciales trompeuses.",
     ("BIDS_FOR", "Terre Vive", "Korlan")),
    ("La start-up Nerval vise la certification de l'Agence spatiale européenne d'ici à 2026.",
     ("BIDS_FOR", "Nerval", "Agence spatiale européenne")),
    ("Le fonds Orsay Capital vise désormais les sociétés de logiciels allemandes, comme Brandler.",
     ("BIDS_FOR", "Orsay Capital", "Brandler")),
    # a clause after a colon has its own subject; a relative's subject is not the main verb's
    ("Paul Arnaud a confié la direction d'Arnaud Textiles à son fils. Il garde pourtant la main : la holding "
     "Sorel Invest, dont il détient la totalité des parts, possède 65 % d'Arnaud Textiles.",
     ("OWNS", "Paul Arnaud", "Arnaud Textiles")),
    ("La famille Morin conserve l'essentiel : la société Ardel Finance, dont elle a gardé toutes les actions, "
     "détient encore 40 % de Brenne Optique.", ("OWNS", "famille Morin", "Brenne Optique")),
    ("La holding Véran Participations, que le fondateur contrôle avec son frère Luc Véran, détient 30 % du "
     "capital de Véran Bois.", ("OWNS", "Luc Véran", "Véran Bois")),
    ("La société Ardel Finance, que la famille Morin contrôle avec le fonds Norvik Capital, possède 55 % de "
     "Brenne Optique.", ("OWNS", "Norvik Capital", "Brenne Optique")),
    ("L'eurodéputée Lina Ferrand a annoncé la semaine dernière qu'elle quittait le parti Renouveau, qu'elle "
     "présidait, pour rejoindre Cap Avenir.", ("OWNS", "Renouveau", "Cap Avenir")),
    # (the same, not a board seat nor the company's lead)
    ("Le maire de Nancy, Paul Girard, toujours membre du bureau national du Parti radical, conteste la ligne.",
     ("BOARD_MEMBER", "Paul Girard", "Parti radical")),
    ("Claire Morin, membre du bureau politique du parti Horizon commun, a démissionné.",
     ("BOARD_MEMBER", "Claire Morin", "Horizon commun")),
    ("Paul Roux, directeur export de Valmy Aéro, a démissionné.", ("LEADS", "Paul Roux", "Valmy Aéro")),
    ("La directrice export de Valmy Aéro, Lina Morel, présente le salon.", ("LEADS", "Lina Morel", "Valmy Aéro")),
    ("Alexandre Brun, ancien directeur export du groupe Sérac, accuse la direction.",
     ("LEADS", "Alexandre Brun", "Sérac")),
    # (not the judge's partners)
    ("La CNIL a sanctionné Fitalia pour avoir transmis les données de ses utilisateurs à ses partenaires Adlinq et "
     "Pubmax.", ("PARTNERS_WITH", "Adlinq", "CNIL")),
    ("Le tribunal a condamné la société Orvane pour avoir cédé des fichiers à son partenaire Datalis.",
     ("PARTNERS_WITH", "Datalis", "tribunal")),
    ("L'Autorité de la concurrence a épinglé le groupe Talmont pour avoir confié ses données à son partenaire "
     "chinois Wenlong.", ("PARTNERS_WITH", "Wenlong", "Autorité de la concurrence")),
    # (the founder named after a coordinated kin noun does not lead Y)
    ("« Nous allons grandir », a déclaré Stéphane Morel, PDG de Ravelin et fils du fondateur, Roger Morel.",
     ("LEADS", "Roger Morel", "Ravelin")),
    ("« Le groupe reste familial », explique Luc Vidal, directeur général de Vidal Frères et petit-fils du "
     "créateur, Émile Vidal.", ("LEADS", "Émile Vidal", "Vidal Frères")),
    ("« Rien n'est signé », précise Anne Morel, présidente de Ravelin et fille du fondateur, Roger Morel.",
     ("LEADS", "Roger Morel", "Ravelin")),
    # ("après avoir quitté X, le milliardaire contrôle … de Y": not Y he left)
    ("Raphaël Sorel est un homme discret. Par sa holding familiale, Sorel Invest, qu'il a fondée en 1998 après "
     "avoir quitté la banque Ulrich & Cie, le milliardaire contrôle 65 % de Vigie Médias.",
     ("WORKS_FOR", "Raphaël Sorel", "Vigie Médias")),
    ("Anne Lenoir a longtemps travaillé à Paris. Après avoir quitté le cabinet Morlan & Associés, la dirigeante "
     "détient désormais 40 % de la société Kelvane.", ("WORKS_FOR", "Anne Lenoir", "Kelvane")),
    ("Paul Ferrand connaît le secteur. Depuis qu'il a quitté la banque Orsel, l'ancien trader dirige le fonds "
     "Talmont Capital.", ("WORKS_FOR", "Paul Ferrand", "Talmont Capital")),
    # (not a company of the sentences before)
    ("La start-up Quillon lève 40 millions d'euros auprès du fonds Westbury. Le laboratoire Sorvane Pharma a "
     "aussi discuté avec elle. « Nous voulions d'abord des investisseurs financiers », explique Zoé Tassin, "
     "présidente de Quillon, passée par Tomolab avant de créer l'entreprise.", ("FOUNDED", "Zoé Tassin", "Sorvane Pharma")),
    ("Le groupe Kerlann rachète une usine à Brest. Les Laiteries Morvan s'engagent aussi. « C'est un engagement de "
     "territoire », souligne Patrice Morvan, PDG des Laiteries Morvan, qui a succédé à son père, Yves Morvan, "
     "fondateur de l'entreprise en 1974.", ("FOUNDED", "Yves Morvan", "Kerlann")),
]
