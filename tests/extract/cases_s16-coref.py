"""Cases of the s16 second-reference fixes (helper s16-coref), invented names."""

CASES = [
    # a possessive's owner is no court named as where something happens ("devant", "auprès de")
    ("Propriété du groupe Valtrane, Orbelis entend contester la sanction devant le Conseil d'État, a indiqué "
     "sa directrice générale, Margot Lessard.",
     [("LEADS", "Margot Lessard", "Orbelis")]),
    ("La société Quenvel fera appel devant la cour d'appel de Douai, a annoncé son président, Hugo Ternier.",
     [("LEADS", "Hugo Ternier", "Quenvel")]),
    ("Le transporteur Baltrac a déposé un recours auprès du tribunal administratif de Lille, a précisé "
     "son PDG, Armand Vesque.",
     [("LEADS", "Armand Vesque", "Baltrac")]),
]

FORBIDDEN = [
    ("Propriété du groupe Valtrane, Orbelis entend contester la sanction devant le Conseil d'État, a indiqué "
     "sa directrice générale, Margot Lessard.", ("LEADS", "Margot Lessard", "Conseil d'État")),
    ("La société Quenvel fera appel devant la cour d'appel de Douai, a annoncé son président, Hugo Ternier.",
     ("LEADS", "Hugo Ternier", "Douai")),
    ("Le transporteur Baltrac a déposé un recours auprès du tribunal administratif de Lille, a précisé "
     "son PDG, Armand Vesque.", ("LEADS", "Armand Vesque", "Lille")),
    # a union, a movement, an association is no "groupe": the company's DRH is not the union's
    ("Le Syndicat autonome des techniciens (SAT) arrive en tête chez Vorlane. Sa secrétaire générale, "
     "Inès Cardot, dénonce le plan social. Paul Devaux, directeur des ressources humaines du groupe, "
     "veut rouvrir le dialogue.", ("WORKS_FOR", "Paul Devaux", "Syndicat autonome des techniciens")),
    ("Le Mouvement ouvrier solidaire a remporté le scrutin. Damien Orsat, qui dirige l'entreprise depuis "
     "2019, a pris acte du vote.", ("LEADS", "Damien Orsat", "Mouvement ouvrier solidaire")),
    ("La Coalition pour un numérique loyal a saisi la justice. Le groupe, présidé par Léon Marsac, "
     "conteste les faits.", ("LEADS", "Léon Marsac", "Coalition pour un numérique loyal")),
]

CASES += [
    # "l'entreprise rennaise X a saisi …. Sa directrice générale, Y": a place adjective between the introducer
    # and the name (parsed as a conjunct) leaves X the subject the next possessive points back to
    ("Écartée malgré une offre moins chère, selon ses dires, l'entreprise rennaise Korvel TP a saisi le "
     "tribunal administratif. Sa directrice générale, Maud Ferrant, accuse la métropole de favoritisme.",
     [("LEADS", "Maud Ferrant", "Korvel TP")]),
    ("Battue de peu, d'après ses comptes, la société nantaise Ombrelis a déposé un recours. Son président, "
     "Gaël Rivière, dénonce une procédure opaque.",
     [("LEADS", "Gaël Rivière", "Ombrelis")]),
]
