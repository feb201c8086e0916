"""Rule cases of the twelfth-session appositions, titles and tables: invented actors only."""

CASES = [
    # sibling appositions: "avec A, X, présidente de Y" — the parser hangs X and the title both on A;
    # the title describes the nearest name before its comma
    ("Après un accord avec le Parti vert, Julie Marsan, présidente des Radicaux unis, a convoqué la presse.",
     [("LEADS", "Julie Marsan", "Radicaux")]),
    ("Au côté de la Banque Hollard, Pierre Vasseur, directeur financier d'Omnitel, défend le projet.",
     [("WORKS_FOR", "Pierre Vasseur", "Omnitel")]),
    ("Face à la banque Orsel, Marc Dutreuil, le directeur général de Velmont, a maintenu son offre.",
     [("LEADS", "Marc Dutreuil", "Velmont")]),
    ("En discutant avec Corvane, Léa Brument, ancienne directrice financière du groupe Tessier, a obtenu un accord.",
     [("WORKS_FOR", "Léa Brument", "Tessier")]),
]

FORBIDDEN = [
    # the organisation the person is apposed to does not hold the person's title
    ("Au côté de la Banque Hollard, Pierre Vasseur, directeur financier d'Omnitel, défend le projet.",
     ("WORKS_FOR", "Banque Hollard", "Omnitel")),
]
