"""Cases of the fifteenth session's lead fixes, invented names: supply contracts told by their buyer
(slots/biz.py) and the organisation an interview's lead gives its interviewee (mentions/quoted_we.py)."""

CASES = [
    # a contract of supply to its signer: the signer pays, even when the article is about the signer
    ("Ferval change de fournisseur. Le distributeur Ferval a signé un contrat d'approvisionnement de dix ans "
     "avec le producteur Olmet. Ferval vend du gaz à 300 000 foyers, et Ferval veut stabiliser ses prix.",
     [("FUNDS", "Ferval", "Olmet")]),
    ("Ferval sécurise ses volumes. Ferval a conclu avec la société Olmet un contrat d'approvisionnement en "
     "électricité de cinq ans. Ferval exploite 40 usines et Ferval consomme beaucoup.",
     [("FUNDS", "Ferval", "Olmet")]),
    # a relative clause after the other's name says who delivers, wherever the parser hangs it
    ("Ferval sécurise ses volumes. Ferval a signé un contrat de quinze ans avec le norvégien Olmet, qui lui "
     "livrera du gaz liquéfié. Ferval vend du gaz et Ferval grandit.",
     [("FUNDS", "Ferval", "Olmet")]),
    # (a contract with a chain that sells the article's company's goods: the chain pays, as before)
    ("Ferval se développe. Ferval a signé un contrat de cinq ans avec la chaîne Olmet. Ferval installera ses "
     "bornes dans 200 magasins, et Ferval recrute.",
     [("FUNDS", "Olmet", "Ferval")]),
]

FORBIDDEN = [
    ("Ferval change de fournisseur. Le distributeur Ferval a signé un contrat d'approvisionnement de dix ans "
     "avec le producteur Olmet. Ferval vend du gaz à 300 000 foyers, et Ferval veut stabiliser ses prix.",
     ("FUNDS", "Olmet", "Ferval")),
]

# Interviews: the organisation a fronted post of the lead gives the interviewee ("Nommée à la direction
# générale de Y, X …", "Aux commandes de Y depuis 2020, X …"), or the lead's title the parser made a root
_QUESTIONS = ("Votre ancien partenaire, le groupe Korvane, est sous sanctions. Êtes-vous inquiète ?\n\n"
              "Non. Nous avons vendu à Tessin Gaz les 30 % que nous détenions dans Baltport.\n\n"
              "Votre actionnaire principal, le fonds Orlande Capital, qui détient 40 % du capital, vous "
              "soutient-il ?\n\n"
              "Oui. Korvane n'est plus rien pour nous, Korvane appartient au passé.")
CASES += [
    ("Hélène Garrigue : « Nous avons tourné la page »\n\nNommée il y a deux ans à la direction générale de "
     "Voltane Énergie, Hélène Garrigue, 49 ans, a passé dix ans chez un négociant.\n\n" + _QUESTIONS,
     [("OWNS", "Orlande Capital", "Voltane Énergie"), ("OWNS", "Voltane Énergie", "Baltport")]),
    ("Hélène Garrigue : « Nous avons tourné la page »\n\nAux commandes de Voltane Énergie depuis 2021, Hélène "
     "Garrigue revient sur une année difficile.\n\n" + _QUESTIONS,
     [("OWNS", "Orlande Capital", "Voltane Énergie"), ("OWNS", "Voltane Énergie", "Baltport")]),
    ("Hélène Garrigue : « Nous avons tourné la page »\n\nENTRETIEN. La directrice générale de Voltane Énergie, "
     "qui chauffe 800 000 foyers, revient sur une année difficile.\n\n" + _QUESTIONS,
     [("OWNS", "Orlande Capital", "Voltane Énergie"), ("OWNS", "Voltane Énergie", "Baltport")]),
]
FORBIDDEN += [
    ("Hélène Garrigue : « Nous avons tourné la page »\n\nNommée il y a deux ans à la direction générale de "
     "Voltane Énergie, Hélène Garrigue, 49 ans, a passé dix ans chez un négociant.\n\n" + _QUESTIONS,
     ("OWNS", "Orlande Capital", "Korvane")),
]

# A time phrase between a verb and its object ("la semaine dernière", "l'an dernier", "le mois dernier"): the
# parse hangs the object on the verb as a second adverbial or a conjunct (nlp/docview.py _object_after_period)
CASES += [
    ("Le Conseil de l'Union européenne a sanctionné la semaine dernière Tazovar, un négociant russe.",
     [("OPPOSES", "Conseil de l'Union européenne", "Tazovar")]),
    ("La banque Corvel a obtenu, la semaine dernière, le soutien du fonds Dalmar.",
     [("ALLY_OF", "Dalmar", "Corvel")]),
    ("Washington a sanctionné l'année dernière Orlovgaz, le négociant de Moscou.",
     [("OPPOSES", "Washington", "Orlovgaz")]),
    ("Le groupe Arvane a racheté l'an dernier la société Belmont.",
     [("ACQUIRES", "Arvane", "Belmont")]),
]

# A person's name after a title with a chain of "de" complements: the parse hangs it on the last complement
# (nlp/docview.py _rehang_titled_name)
CASES += [
    ("Le président du conseil de surveillance de Caravel, Gilles Aubanel, a témoigné.",
     [("LEADS", "Gilles Aubanel", "Caravel")]),
    ("L'actuel président du conseil d'administration de Lumeris, Paul Ferrand, a démissionné mardi.",
     [("LEADS", "Paul Ferrand", "Lumeris")]),
    ("La présidente du comité de surveillance de Norvane, Claire Dupuis, s'est abstenue.",
     [("LEADS", "Claire Dupuis", "Norvane")]),
]
FORBIDDEN += [
    # (a comma before: the name is another's, "en présence de la ministre de l'Économie, Y")
    ("Mardi, Paul Arnoux a reçu Jean Sorel, le président du groupe Horizon (HZ) au Sénat, en présence de la "
     "ministre de l'Économie, Nadia Verlaine.",
     ("LEADS", "Nadia Verlaine", "Horizon")),
]

# English nouns of business prose read as the French noun of the same use (nlp/components.py
# cercle_english_nouns): "le family office de Y" is Y's holding
CASES += [
    ("Yser Capital, le family office de l'industriel Bernard Scholl, avait misé sur Kelvio dès l'amorçage.",
     [("OWNS", "Bernard Scholl", "Yser Capital"), ("INVESTS_IN", "Yser Capital", "Kelvio")]),
    ("Le tour est complété par Orvade Invest, le family office de la famille Marchetti.",
     [("OWNS", "famille Marchetti", "Orvade Invest")]),
    ("Kelvio lève 10 millions d'euros auprès de Jardel Partners, le family office de Paul Jardel.",
     [("OWNS", "Paul Jardel", "Jardel Partners"), ("INVESTS_IN", "Jardel Partners", "Kelvio")]),
    ("Le family office de Paul Jardel, Jardel Partners, a suivi le tour.",
     [("OWNS", "Paul Jardel", "Jardel Partners")]),
]
FORBIDDEN += [
    ("Bpifrance et Dorval Invest, le family office de l'industriel lyonnais Marc Dorval, entrent au capital "
     "de Kelvio.",
     ("OWNS", "Marc Dorval", "Kelvio")),
]

# A stake kept is held: "X conserve 41,2 % du capital de Y", "X garde une participation de 10 % dans Y"
# (slots/verbs.py deal_parties, rule owns.kept); never "X conserve la présidence de Y"
CASES += [
    ("La holding Malterre Invest conserve 41,2 % du capital de Brasseries Malterre.",
     [("OWNS", "Malterre Invest", "Brasseries Malterre")]),
    ("Le fonds Dravel conserve une participation de 10 % dans Kelvio.",
     [("OWNS", "Dravel", "Kelvio")]),
    ("Après la cession, la banque Orlane Capital conserve 12 % de Vitrex.",
     [("OWNS", "Orlane Capital", "Vitrex")]),
]
FORBIDDEN += [
    ("Le fondateur, Paul Remy, conserve la présidence de Kelvio.", ("OWNS", "Paul Remy", "Kelvio")),
]

# "Les 5 % restants appartiennent à X": the rest of the article's company's capital (slots/phrases.py
# remainder_of)
CASES += [
    ("Castelroux FC change de mains. Castelroux FC est un club ancien. Le fonds Kessler Sports détient 95 % de "
     "Castelroux FC. Les 5 % restants appartiennent toujours à l'association Amicale des supporters.",
     [("OWNS", "Amicale des supporters", "Castelroux FC")]),
    ("Kelvio lève des fonds. Kelvio recrute. Le fondateur Paul Remy détient 70 % de Kelvio. Les 30 % restants "
     "appartiennent au fonds Belvoir Capital.",
     [("OWNS", "Belvoir Capital", "Kelvio")]),
]

# An association's name ending on "des" + a plural noun goes on with its agreeing adjective
# (mentions/candidates.py _association_adjectives)
CASES += [
    ("L'association Amicale des riverains inquiets, présidée par Paul Remy, a assigné Kelvio devant le "
     "tribunal judiciaire de Lyon.",
     [("LEADS", "Paul Remy", "Amicale des riverains inquiets"),
      ("SUES", "Amicale des riverains inquiets", "Kelvio")]),
    ("Les 5 % restants de Castelroux FC appartiennent à l'association Union des supporters castelroussins.",
     [("OWNS", "Union des supporters castelroussins", "Castelroux FC")]),
]

# A possessive opening a sentence does not point back to the agent of a participle set beside the previous
# sentence's subject ("X, contrôlé par le fonds Y, … . Son PDG"; EntityIndex.side_agents)
FORBIDDEN += [
    ("Le producteur d'électricité, contrôlé à 61 % par le fonds Dravel Capital, s'est constitué partie civile. "
     "Sa directrice générale, Anne Morel, n'a pas assisté à l'audience.",
     ("LEADS", "Anne Morel", "Dravel Capital")),
    ("Le transporteur, détenu depuis 2019 par la holding Gerval Participations, a perdu un contrat. Son "
     "directeur général, Paul Henri, le regrette.",
     ("LEADS", "Paul Henri", "Gerval Participations")),
    ("Présidée par Marc Olin, la banque Ferlane a perdu un contrat. Son directeur général, Paul Henri, le "
     "regrette.",
     ("LEADS", "Paul Henri", "Marc Olin")),
]
CASES += [
    # (the subject named: its possessive, as before)
    ("La société Ferlane, détenue par le fonds Gravel Partners, a perdu un contrat. Son directeur général, "
     "Paul Henri, le regrette.",
     [("LEADS", "Paul Henri", "Ferlane")]),
    # (a participle on another noun: its agent may be the owner, "une plainte déposée par X. Sa présidente")
    ("L'enquête fait suite à une plainte déposée en mai par l'association Transparence Citoyenne contre la mairie. "
     "Sa présidente, Martine Peyrol, se félicite.",
     [("LEADS", "Martine Peyrol", "Transparence Citoyenne")]),
]

# No name holds a colon: a headline's rubric read with the name after it ("Deep tech : Synthéa lève …") is cut
# at the colon (mentions/candidates.py _drop_rubric)
CASES += [
    ("Deep tech : Kelvane lève 30 millions d'euros\n\nLa start-up Kelvane annonce une levée de 30 millions "
     "d'euros menée par le fonds Ardoise Capital. Kelvane recrute.",
     [("INVESTS_IN", "Ardoise Capital", "Kelvane")]),
    ("Santé numérique : Ormedia rachète Lysa\n\nLe groupe Ormedia a racheté la société Lysa pour 12 millions "
     "d'euros. Ormedia grandit.",
     [("ACQUIRES", "Ormedia", "Lysa")]),
]
FORBIDDEN += [
    ("Deep tech : Kelvane lève 30 millions d'euros\n\nLa start-up Kelvane annonce une levée de 30 millions "
     "d'euros menée par le fonds Ardoise Capital. Kelvane recrute.",
     ("INVESTS_IN", "Ardoise Capital", "Deep tech : Kelvane")),
]

# "X, jusqu'ici TITRE de Y, …": the title after "jusqu'ici" / "jusqu'alors" is the name's apposition
# (nlp/docview.py _until_now_title)
CASES += [
    ("Thomas Morel, jusqu'ici directeur financier de Quadrix, prendra la tête du groupe en mars.",
     [("WORKS_FOR", "Thomas Morel", "Quadrix")]),
    ("La start-up a recruté Chloé Hamon, jusqu'ici directrice des opérations de Forvane, pour diriger l'usine.",
     [("WORKS_FOR", "Chloé Hamon", "Forvane")]),
    ("Le conseil a nommé Paul Girard, jusqu'alors directeur commercial de Belvane, au poste de directeur général.",
     [("WORKS_FOR", "Paul Girard", "Belvane")]),
]

# A possessive opening the sentence after "Chez X, …, on …" (a main clause with no actor for subject) is X's
# (EntityIndex.cued_sents), not that of the fund named in a side clause
CASES += [
    ("Chez Sarvane, contrôlée depuis 2020 par le fonds britannique Yarlow Capital, qui en détient 71 %, on dément. "
     "Son président, Alain Terrier, assure que tout est en règle.",
     [("LEADS", "Alain Terrier", "Sarvane")]),
    ("Du côté de Brevane, filiale du groupe Orlix, on reste prudent. Sa directrice générale, Anne Morel, attend "
     "la décision.",
     [("LEADS", "Anne Morel", "Brevane")]),
]
FORBIDDEN += [
    ("Chez Sarvane, contrôlée depuis 2020 par le fonds britannique Yarlow Capital, qui en détient 71 %, on dément. "
     "Son président, Alain Terrier, assure que tout est en règle.",
     ("LEADS", "Alain Terrier", "Yarlow Capital")),
]
