"""Cases of the s37 pronoun reading (helper s37-pron37, mentions/pron37.py), invented names and sentences: a stressed
pronoun after a preposition is a party ("un désaccord avec lui", "porté plainte contre lui", "un accord avec elle");
"Quant à son frère, X, …, il" is X; the subject of a relative closed before the pronoun is not what it stands for
("Chez Z, dont Y détient 4 %, il…"); a plural actor ("Les Fédérés") takes no "Elle"; a subject pronoun goes on over a
sentence that names no actor it fits ("… l'a désignée … en remplacement de Thierry X. Polytechnicienne, elle…")."""

CASES = [
    ("Le fondateur Gérard Morvan dirige toujours le groupe. Son fils, Olivier Morvan, a quitté l'entreprise en 2021 "
     "après un violent désaccord avec lui sur l'ouverture du capital.",
     [("OPPOSES", "Olivier Morvan", "Gérard Morvan")]),
    ("La société Varlin a licencié son directeur des achats, Fabrice Tournel, en mars. Elle a depuis porté plainte "
     "contre lui pour abus de confiance.",
     [("SUES", "Varlin", "Fabrice Tournel")]),
    ("La maire sortante, Nadia Ferrand, brigue un second mandat. Le chef de file des écologistes, Hugo Delmas, a signé "
     "lundi un accord avec elle pour le second tour.",
     [("PARTNERS_WITH", "Hugo Delmas", "Nadia Ferrand")]),
    ("Le fils aîné, Arnaud Morel, a quitté l'entreprise en 2019. Quant à son frère, Gilles Morel, longtemps directeur "
     "immobilier du groupe, il a porté plainte contre la société Orvalle en 2015.",
     [("SUES", "Gilles Morel", "Orvalle")]),
    ("Aurélien Vaudrey dirige le fonds Ysard Gestion depuis 2015. Chez Zéphyrine, dont Ysard détient 4,6 % du capital, "
     "il a réclamé pendant un an la tête du PDG, Karl Wennberg, qu'il accusait de « détruire de la valeur ».",
     [("ACCUSES", "Aurélien Vaudrey", "Karl Wennberg")]),
    ("À 52 ans, Inès Larrieu deviendra en septembre la première femme à diriger Pléiane Assurances. Le conseil "
     "d'administration de l'assureur l'a désignée jeudi, en remplacement de Thierry Nogent. Polytechnicienne, elle a "
     "fait ses armes chez le réassureur Ostermark Re.",
     [("WORKS_FOR", "Inès Larrieu", "Ostermark Re")]),
]

# a cleft's focus is what the next sentence's pronoun goes on about; "son ex-employeur" of a person the text tied to
# the article's company is that company
CASES += [
    ("Le fabricant Varnel Défense est visé par une enquête. Varnel Défense aurait vendu des composants à un pays sous "
     "embargo, mais Varnel Défense conteste. C'est une ancienne responsable de la conformité du groupe, Fanny "
     "Berthier, qui a alerté la justice. Licenciée en 2023, elle a saisi les prud'hommes contre son ex-employeur.",
     [("SUES", "Fanny Berthier", "Varnel Défense")]),
]

# "ce dernier" is not an organisation the text only called by a feminine noun ("la banque X")
CASES += [
    ("Paul Vernet a obtenu un prêt de la banque Ferlac. Ce dernier a ensuite racheté la société Orbix.",
     [("ACQUIRES", "Paul Vernet", "Orbix")]),
]

FORBIDDEN = [
    ("Aurélien Vaudrey dirige le fonds Ysard Gestion depuis 2015. Chez Zéphyrine, dont Ysard détient 4,6 % du capital, "
     "il a réclamé pendant un an la tête du PDG, Karl Wennberg, qu'il accusait de « détruire de la valeur ».",
     ("ACCUSES", "Ysard Gestion", "Karl Wennberg")),
    ("La ministre Amandine Carel tient bon. Les Fédérés, alliés du Centre libéral, lui reprochent l'écotaxe, et leur "
     "chef de file, Gauthier Dumas, ne cache plus qu'il la verrait bien partir. Elle peut compter, en revanche, sur "
     "Fabienne Lacroix.",
     ("ALLY_OF", "Fédérés", "Fabienne Lacroix")),
    # (a person the text never tied to the article's company: "son ancien employeur" is not that company)
    ("Le fabricant Varnel Défense est visé par une enquête. Varnel Défense aurait vendu des composants à un pays sous "
     "embargo, mais Varnel Défense conteste. Un ingénieur de la société Brixane, Paul Armand, a été licencié en mars. "
     "Il a saisi les prud'hommes contre son ancien employeur.",
     ("SUES", "Paul Armand", "Varnel Défense")),
    ("Paul Vernet a obtenu un prêt de la banque Ferlac. Ce dernier a ensuite racheté la société Orbix.",
     ("ACQUIRES", "Ferlac", "Orbix")),
]
