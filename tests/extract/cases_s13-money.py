"""Cases of the s13 money fixes (helper s13-money: loans, sums received, clefts, charters, rivals), invented names."""

CASES = [
    # a loan whose participle the parser tags as an adjective leaves its "par X" beside it: X lends to the
    # subject of the verb of depending on / benefiting from the loan
    ("Le parti Renouveau dépend encore d'un prêt de 2 millions d'euros consenti par la Banque Vernier.",
     [("FUNDS", "Banque Vernier", "Renouveau")]),
    ("Le mouvement Alliance civique, endetté depuis 2022, dépend toujours d'un crédit de 800 000 euros "
     "consenti par la Caisse solidaire du Marais.",
     [("FUNDS", "Caisse solidaire du Marais", "Alliance civique")]),
    ("Le club Ardanel Rugby a obtenu un crédit de 4 millions d'euros octroyé par la banque Morel Finance.",
     [("FUNDS", "Morel Finance", "Ardanel Rugby")]),
]

CASES += [
    # a verb of receiving takes its giver as a "de" phrase of its own
    ("Le parti Renouveau devrait recevoir de la Fondation Marceau une avance de 500 000 euros.",
     [("FUNDS", "Fondation Marceau", "Renouveau")]),
    ("L'association Terre Vive percevra de la Caisse Morel une subvention de 200 000 euros.",
     [("FUNDS", "Caisse Morel", "Terre Vive")]),
]

CASES += [
    # a cleft: the "qui" clause is the focus's, whatever the description set off after the name
    ("Le groupe Ardanel est en difficulté. C'est Julie Verdier, 44 ans, sa fille aînée, qui dirige le groupe "
     "comme directrice générale.",
     [("LEADS", "Julie Verdier", "Ardanel")]),
    ("Le groupe Ardanel Industries est en crise. C'est désormais Marc Ovide, un ancien banquier, qui préside la "
     "société Kelvio.",
     [("LEADS", "Marc Ovide", "Kelvio")]),
    ("Depuis janvier, c'est Léa Morel, 39 ans, l'ancienne directrice financière, qui dirige la société Kelvio.",
     [("LEADS", "Léa Morel", "Kelvio")]),
    ("C'est Paul Verdier, son cousin, qui a fondé la société Kelvio en 1998.",
     [("FOUNDED", "Paul Verdier", "Kelvio")]),
]

FORBIDDEN = []
