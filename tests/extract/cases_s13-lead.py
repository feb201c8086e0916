"""Cases of the thirteenth session's lead fixes (party frames: extract/parties.py), invented names."""

CASES = [
    # "Au sein de Y," frames the sentence: a titled politician named in it is a member of Y
    ("Au sein du Parti radical vert, le sénateur de la Drôme Luc Berthon mène la fronde contre la direction.",
     [("MEMBER_OF", "Luc Berthon", "Parti radical vert")]),
    ("Au sein du parti Renouveau populaire, la ministre Anne Roux est de plus en plus isolée.",
     [("MEMBER_OF", "Anne Roux", "Renouveau populaire")]),
    # the frame's sentence names nobody: the next one does
    ("Au sein de Renouveau populaire, le projet divise. La députée de l'Aude Sandrine Morel a dénoncé un "
     "accord « sans principes ».",
     [("MEMBER_OF", "Sandrine Morel", "Renouveau populaire")]),
    ("Dans les rangs du parti Renouveau populaire, pourtant, l'accord passe mal. Marc Daunay, député du Rhône, "
     "qui fut ministre du Budget, mène la fronde.",
     [("MEMBER_OF", "Marc Daunay", "Renouveau populaire")]),
    # a party card, fronted or in apposition; "issu du parti"
    ("Encartée au Parti radical vert depuis 2015, Inès Vautrin brigue la mairie de Nîmes.",
     [("MEMBER_OF", "Inès Vautrin", "Parti radical vert")]),
    ("Inès Vautrin, encartée au Parti radical vert depuis sa fondation, brigue la mairie de Nîmes.",
     [("MEMBER_OF", "Inès Vautrin", "Parti radical vert")]),
    ("Le député Paul Hérault, issu du parti Renouveau populaire, a voté la motion de censure.",
     [("MEMBER_OF", "Paul Hérault", "Renouveau populaire")]),
    # a holding reached through "via / par l'intermédiaire de" is the holder's, and holds the holder's stake
    ("Hervé Lemaire, premier actionnaire de Corvane avec 31 % du capital via sa holding Lemaire Participations, "
     "n'a pas encore tranché.",
     [("OWNS", "Hervé Lemaire", "Lemaire Participations"), ("OWNS", "Lemaire Participations", "Corvane")]),
    ("Le sort de l'offre dépendra de la famille Dorval, premier actionnaire de Corvane avec 32 % du capital, "
     "qu'elle détient via sa holding Ombre Participations.",
     [("OWNS", "famille Dorval", "Ombre Participations"), ("OWNS", "Ombre Participations", "Corvane")]),
    ("Les avoirs de l'homme d'affaires Oleg Pavlov, propriétaire de Kazan Freight par l'intermédiaire de sa "
     "holding chypriote Pamir Holding, sont gelés depuis mars.",
     [("OWNS", "Oleg Pavlov", "Pamir Holding"), ("OWNS", "Pamir Holding", "Kazan Freight")]),
    ("Mme Irène Vasseur contrôle la chaîne Ostrea à hauteur de 40 % via sa holding familiale Vasseur Finance.",
     [("OWNS", "Irène Vasseur", "Vasseur Finance")]),
    ("Via sa holding Doriac Finance, contrôlée par Gérard Doriac, la famille Doriac détient 38 % du capital "
     "de Tessane.",
     [("OWNS", "famille Doriac", "Doriac Finance")]),
    ("La jeune pousse lyonnaise Velora, fondée en 2019, annonce une levée de fonds de 30 millions d'euros auprès de quatre investisseurs :\n\n| Investisseur | Statut | Apport |\n|---|---|---|\n"
     "| Borealis Growth | chef de file | 15 M€ |\n| Caldera Ventures | nouvel entrant | 5 M€ |\n",
     [("INVESTS_IN", "Borealis Growth", "Velora"), ("INVESTS_IN", "Caldera Ventures", "Velora")]),
    # sanctions told by their adjective, "placer sous sanctions", a freeze in the passive
    ("L'Union européenne a sanctionné mardi la compagnie Valtra Cargo. Son client, le fabricant russe Irbis "
     "Avionika, lui-même visé par des sanctions européennes depuis 2023, nie tout lien.",
     [("OPPOSES", "Union européenne", "Irbis Avionika")]),
    ("Les États-Unis ont placé la société Valtra Cargo sous sanctions en mars. Le groupe Irbis, également visé "
     "par des sanctions américaines, dément.",
     [("OPPOSES", "États-Unis", "Valtra Cargo"), ("OPPOSES", "États-Unis", "Irbis")]),
    ("L'Union européenne a gelé les avoirs de la compagnie Valtra Cargo. Les avoirs de son propriétaire, "
     "l'homme d'affaires Oleg Markov, sont également gelés dans l'UE.",
     [("OPPOSES", "Union européenne", "Oleg Markov")]),
    ("Le Trésor américain a inscrit la banque Solvar sur sa liste noire. Son actionnaire, la société Kerato "
     "Holding, est frappée par des sanctions américaines depuis 2022.",
     [("OPPOSES", "Trésor américain", "Kerato Holding")]),
    # a possessive after a quotation is not the quotation's names' ("son PDG": the speaker's company)
    ("Le groupe Darvel a lancé une OPA sur Ferlac. « Nous proposons aux actionnaires de Ferlac un prix juste », "
     "a déclaré son PDG, Étienne Baudry.",
     [("LEADS", "Étienne Baudry", "Darvel")]),
    ("L'opticien Kerlenn Optique sponsorise le club. « Le volley fait partie de l'identité de Lannion », "
     "justifie son directeur général, Yann Cozic.",
     [("LEADS", "Yann Cozic", "Kerlenn Optique")]),
    ("Le fonds Maelstrom Capital attaque la direction des Laboratoires Pélissier. « La direction de Pélissier a "
     "trompé les actionnaires », martèle son fondateur, Piotr Nowak.",
     [("FOUNDED", "Piotr Nowak", "Maelstrom Capital")]),
    # "a lancé vendredi une offre …": the object the parser hangs on the day is the verb's
    ("Le groupe Darvel a lancé vendredi une offre publique d'achat sur le transporteur Ferlac Logistique.",
     [("BIDS_FOR", "Darvel", "Ferlac Logistique")]),
    ("L'assureur Movalis a déposé lundi une offre de rachat sur la mutuelle Hestéa, a-t-il annoncé.",
     [("BIDS_FOR", "Movalis", "Hestéa")]),
    ("Le fonds Kerala Capital a racheté mardi la totalité du capital de Ponthieu Emballages.",
     [("ACQUIRES", "Kerala Capital", "Ponthieu Emballages")]),
    # a fronted age: the name after it is the verb's subject
    ("À 44 ans, Margaux Lefranc-Ibarra a pris en janvier la direction générale de Biscuiteries Lefranc, "
     "l'entreprise nantaise fondée en 1961 par son grand-père, Armand Lefranc.",
     [("LEADS", "Margaux Lefranc-Ibarra", "Biscuiteries Lefranc")]),
    ("À 46 ans, Margaux Pellerin-Ruiz a pris en mai la présidence des Fromageries Pellerin, fondées en 1950 par "
     "son grand-père, Louis Pellerin.",
     [("LEADS", "Margaux Pellerin-Ruiz", "Fromageries Pellerin")]),
    ("À 52 ans, Hugo Ferrand dirige désormais la société Altimag.",
     [("LEADS", "Hugo Ferrand", "Altimag")]),
    # a headline's company named after its family is the company, not the family (s13-names2's patch)
    ("OPA hostile sur Morvanne : le groupe Quentel met 500 millions sur la table\n\nLe groupe Quentel a lancé "
     "lundi une offre publique d'achat sur le fabricant de crêpes Morvanne. La famille Morvanne, qui contrôle "
     "40 % du capital, n'a pas réagi. Le directeur général, Yann Morvanne, petit-fils du fondateur, a refusé "
     "de commenter.\n",
     [("LEADS", "Yann Morvanne", "Morvanne"), ("OWNS", "famille Morvanne", "Morvanne")]),
    ("Le groupe Iroise Médias change de direction.\n\n| Nom | Ancienne fonction | Nouvelle fonction |\n"
     "|---|---|---|\n| Damien Favreau | Rédacteur en chef du Journal de Brest | Directeur général de Radio "
     "Iroise |\n",
     [("LEADS", "Damien Favreau", "Radio Iroise")]),
]

FORBIDDEN = [
    # a company's frame with a business title is no party membership
    ("Au sein du groupe Bellarde, le directeur financier Paul Hérault a démissionné en mars.",
     ("MEMBER_OF", "Paul Hérault", "Bellarde")),
    # an untitled person in a frame of a body never called a party
    ("Au sein de Caldera Conseil, la consultante Julie Masson a quitté ses fonctions.",
     ("MEMBER_OF", "Julie Masson", "Caldera Conseil")),
    # a company issued from a merger is no member
    ("Le groupe Vestral, issu de la fusion de Corvane et de Mélior, a racheté Poltek.",
     ("MEMBER_OF", "Vestral", "Corvane")),
    # the company held is not the owner of the holder's holding
    ("Hervé Lemaire, premier actionnaire de Corvane avec 31 % du capital via sa holding Lemaire Participations, "
     "n'a pas encore tranché.",
     ("OWNS", "Corvane", "Lemaire Participations")),
    ("Les avoirs de l'homme d'affaires Oleg Pavlov, propriétaire de Kazan Freight par l'intermédiaire de sa "
     "holding chypriote Pamir Holding, sont gelés depuis mars.",
     ("OWNS", "Kazan Freight", "Pamir Holding")),
    # no holder named: a company named in an earlier sentence is no owner of "sa holding personnelle"
    ("Marc Aubry a dirigé la banque Loubet Frères jusqu'en 1996. Aujourd'hui, il tient la chaîne Corvane au "
     "travers de Aubry Invest, sa holding personnelle, qui en détient 54 % du capital.",
     ("OWNS", "Loubet Frères", "Aubry Invest")),
    # a row's role in a round is no post and no seat
    ("La jeune pousse lyonnaise Velora, fondée en 2019, annonce une levée de fonds de 30 millions d'euros auprès de quatre investisseurs :\n\n| Investisseur | Statut | Apport |\n|---|---|---|\n"
     "| Borealis Growth | chef de file | 15 M€ |\n| Caldera Ventures | nouvel entrant | 5 M€ |\n",
     ("LEADS", "Borealis Growth", "Velora")),
    ("La jeune pousse lyonnaise Velora, fondée en 2019, annonce une levée de fonds de 30 millions d'euros auprès de quatre investisseurs :\n\n| Investisseur | Statut | Apport |\n|---|---|---|\n"
     "| Borealis Growth | chef de file | 15 M€ |\n| Caldera Ventures | nouvel entrant | 5 M€ |\n",
     ("BOARD_MEMBER", "Caldera Ventures", "Velora")),
    # sanctions of another body: no adjective match, no tie
    ("La Commission a ouvert une enquête sur Valtra Cargo. Le groupe Irbis, visé par des sanctions "
     "canadiennes, dément.",
     ("OPPOSES", "Commission", "Irbis")),
    ("Le groupe Darvel a lancé une OPA sur Ferlac. « Nous proposons aux actionnaires de Ferlac un prix juste », "
     "a déclaré son PDG, Étienne Baudry.",
     ("LEADS", "Étienne Baudry", "Ferlac")),
    # the list of an apposition after a body's own name is not the body's owners
    ("Le groupe Iroise Médias, propriétaire du quotidien Le Courrier de l'Ouest, de la radio Fréquence Bleue et "
     "de la chaîne locale Canal Vert, a annoncé jeudi une série de nominations, trois semaines après le départ "
     "de son PDG.",
     ("OWNS", "Fréquence Bleue", "Iroise Médias")),
    ("La société Velmont, éditrice du magazine Ondes, de la revue Cap et du site Vigie, change de direction.",
     ("OWNS", "Cap", "Velmont")),
    # what one launches that is no company: an offer
    ("Le transporteur Darvel Transports a lancé vendredi une offre publique d'achat (OPA) hostile sur son "
     "concurrent grenoblois Ferlac Logistique, valorisant ce dernier à 412 millions d'euros.",
     ("FOUNDED", "Darvel Transports", "Ferlac Logistique")),
    ("À 44 ans, Margaux Lefranc-Ibarra a pris en janvier la direction générale de Biscuiteries Lefranc, "
     "l'entreprise nantaise fondée en 1961 par son grand-père, Armand Lefranc.",
     ("LEADS", "Armand Lefranc", "Biscuiteries Lefranc")),
    # a table cell opened by a post is that post: its title's nouns are no ties of their own; a first name and
    # a surname the NER missed in a cell are a person
    ("Le groupe Iroise Médias change de direction.\n\n| Nom | Ancienne fonction | Nouvelle fonction |\n"
     "|---|---|---|\n| Laure Abgrall | Directrice des programmes de Canal Vert | Directrice générale de Radio "
     "Iroise |\n",
     ("PARTNERS_WITH", "Laure Abgrall", "Canal Vert")),
    # a deal steered is no company led
    ("Claire Dubois dirige le groupe Vermont depuis 2019. C'est elle qui a piloté en 2021 le rachat de la marque "
     "Grains d'Or, pour 35 millions d'euros.",
     ("LEADS", "Claire Dubois", "Grains d'Or")),
    ("Le directeur financier Paul Marceau a mené la reprise de la société Bretel.",
     ("LEADS", "Paul Marceau", "Bretel")),
]
