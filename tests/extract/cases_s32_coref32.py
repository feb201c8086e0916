"""Cases of the s32 second references by title (helper s32-coref32, mentions/titles32.py), invented names and
sentences. A head's title naming its organisation ("le président de Y", "la patronne de Y", "le numéro un de
Y", "la dirigeante de Y", "au secrétaire général de Y") stands for the person the text says holds it ("Y de X",
"Y, que dirige X"), or, never said, for the one untitled person of its gender the sentence before named; each
shape with other cue words (patronne, numéro un, dirigeant, secrétaire générale), tenses and positions (subject,
object, after "à", in a relative)."""

# the holder the text states: a possessive "Y de X", a relative "Y, que dirige X"
CASES = [
    ("Le Syndicat des vignerons de Sophie Garnier a claqué la porte des négociations. La patronne du Syndicat des "
     "vignerons accuse le négociant Bravel de brader les prix.",
     [("ACCUSES", "Sophie Garnier", "Bravel")]),
    ("« Nous ne signerons rien », prévient la Confédération paysanne de Lucien Hamel. Mardi, le numéro un de la "
     "Confédération paysanne a rencontré Claire Dumas, la ministre de l'Agriculture.",
     [("MEETS", "Lucien Hamel", "Claire Dumas"), ("LEADS", "Lucien Hamel", "Confédération paysanne")]),
    ("Les élus ont voté la confiance à la Commission régionale de Laure Fontanel. Le député Paul Mercier reproche à "
     "la présidente de la Commission d'avoir cédé aux lobbies.",
     [("ACCUSES", "Paul Mercier", "Laure Fontanel")]),
    ("Selon la presse, la Ligue des éleveurs, que dirige Marc Tellier, a rompu avec la coopérative Terralis. La "
     "semaine dernière, Nadine Roux avait reçu le dirigeant de la Ligue des éleveurs.",
     [("MEETS", "Nadine Roux", "Marc Tellier")]),
]

# the holder never stated: the one untitled person the sentence before named (not its subject)
CASES += [
    ("L'Alliance des PME et la Confédération ouvrière n'ont pas trouvé d'accord. La Confédération ouvrière reproche "
     "à Patrick Lemoine d'avoir bloqué la négociation. Le président de l'Alliance des PME, qui avait reçu le soutien "
     "de la Chambre des métiers, répond que le système doit être équilibré.",
     [("LEADS", "Patrick Lemoine", "Alliance des PME"), ("ALLY_OF", "Chambre des métiers", "Patrick Lemoine")]),
    ("Le conseil régional a longuement auditionné Hélène Varin sur le projet de ligne. Jeudi, la secrétaire générale "
     "de l'Union des cheminots a dénoncé la société Ferrovia.",
     [("ACCUSES", "Hélène Varin", "Ferrovia"), ("LEADS", "Hélène Varin", "Union des cheminots")]),
    ("Le ministre a reçu Bertrand Colas à Bercy. Dès le lendemain, la société Maxiroute a été attaquée en justice "
     "par le patron de la Fédération des transporteurs.",
     [("SUES", "Bertrand Colas", "Maxiroute")]),
]

FORBIDDEN = [
    # two untitled persons before: no guess
    ("Le groupe Calvane a reçu Paul Aubry et Jean Ferrat lundi. Jeudi, le président de la Fédération des taxis a "
     "critiqué la société Ferrovia.",
     ("ACCUSES", "Paul Aubry", "Ferrovia")),
    ("Le groupe Calvane a reçu Paul Aubry et Jean Ferrat lundi. Jeudi, le président de la Fédération des taxis a "
     "critiqué la société Ferrovia.",
     ("ACCUSES", "Jean Ferrat", "Ferrovia")),
    # a person of the other gender
    ("Le groupe Calvane a reçu Sophie Lenoir lundi. Jeudi, le président de la Fédération des taxis a critiqué la "
     "société Ferrovia.",
     ("ACCUSES", "Sophie Lenoir", "Ferrovia")),
    # a person with a title of their own (not the sentence's subject)
    ("Le groupe Calvane a reçu lundi Paul Aubry, le directeur de l'usine. Jeudi, la société Ferrovia a été critiquée "
     "par le président de la Fédération des taxis.",
     ("ACCUSES", "Paul Aubry", "Ferrovia")),
    # a new paragraph
    ("Le groupe Calvane a reçu Paul Aubry lundi.\n\nJeudi, la société Ferrovia a été critiquée par le président de "
     "la Fédération des taxis.",
     ("ACCUSES", "Paul Aubry", "Ferrovia")),
    # a deputy is not the holder
    ("Le Syndicat des vignerons de Marc Garnier a claqué la porte. Le négociant Bravel a rencontré le président "
     "adjoint du Syndicat des vignerons.",
     ("MEETS", "Bravel", "Marc Garnier")),
]

# a government noun with no complement ("l'exécutif", "le gouvernement", "le pouvoir exécutif") is the government
# the text names, not the agency a nearer sentence named
CASES += [
    ("Le dossier Velcor embarrasse le gouvernement de Julien Morlaix. L'offre de rachat est portée par l'Agence "
     "nationale des participations. Le Parti du renouveau accuse l'exécutif d'avoir sacrifié un fleuron industriel.",
     [("ACCUSES", "Parti du renouveau", "gouvernement de Julien Morlaix")]),
    ("Sous la pression du gouvernement de Paul Moreno, la Caisse nationale des dépôts a renoncé à l'opération. Le "
     "syndicat Solidaires Unis reproche au pouvoir exécutif d'avoir abandonné les salariés de Ferrovia.",
     [("ACCUSES", "Solidaires Unis", "gouvernement de Paul Moreno")]),
    ("Le gouvernement d'Anne Castel a confié l'enquête à l'Autorité de régulation des transports. Mardi, la "
     "Confédération ouvrière a vivement critiqué le gouvernement, coupable selon elle d'avoir cédé aux lobbies.",
     [("ACCUSES", "Confédération ouvrière", "gouvernement d'Anne Castel")]),
]
FORBIDDEN += [
    ("Le dossier Velcor embarrasse le gouvernement de Julien Morlaix. L'offre de rachat est portée par l'Agence "
     "nationale des participations. Le Parti du renouveau accuse l'exécutif d'avoir sacrifié un fleuron industriel.",
     ("ACCUSES", "Parti du renouveau", "Agence nationale des participations")),
]


# the mayor's other names ("l'édile", "le bourgmestre") are the mayor's titles: the mayor the text named
CASES += [
    ("Le maire, Paul Verdal, élu en 2020, connaît bien le dossier. L'association Transparence Var a porté plainte "
     "contre l'édile en janvier.",
     [("SUES", "Transparence Var", "Paul Verdal")]),
]
