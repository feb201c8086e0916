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
    # a past participle opening the sentence describes the main clause's subject, past the agents'
    # appositions (the parser reads the participle as a name or a subject)
    ("Dirigé depuis 2015 par Marc Olivès, le groupe Ternaval est contrôlé par la famille Olivès.",
     [("LEADS", "Marc Olivès", "Ternaval")]),
    ("Dirigée par Sonia Marchal, petite-fille du fondateur, l'entreprise familiale Varnel Bâtiment a remporté le marché.",
     [("LEADS", "Sonia Marchal", "Varnel Bâtiment")]),
    ("Créée en 2019 par Inès Varin, ancienne chercheuse de l'Inria, et par l'ingénieur Tom Brachet, la jeune pousse Sélénis a levé 5 millions d'euros.",
     [("FOUNDED", "Inès Varin", "Sélénis"), ("FOUNDED", "Tom Brachet", "Sélénis")]),
    ("Présidées depuis 2020 par Hélène Saulnier, les éditions Corbel publient vingt titres par an.",
     [("LEADS", "Hélène Saulnier", "Corbel")]),
    # a participle of appointment before a bare title: "X, nommé en janvier président de Y" (the parser
    # hangs the title on the date), and fronted "Nommée directrice générale de Y le 3 mars, X …"
    ("Nadia Colbert, nommée mardi directrice générale de Vexa Assurances, arrive de Mutelia.",
     [("LEADS", "Nadia Colbert", "Vexa Assurances")]),
    ("Paul Graslin, nommé en janvier président de Corvane, a annoncé un plan social.",
     [("LEADS", "Paul Graslin", "Corvane")]),
    ("Nommé directeur général de Velmont le 3 mars, Hugo Sarrail veut accélérer.",
     [("LEADS", "Hugo Sarrail", "Velmont")]),
    ("Élue présidente de la Fédération des meuniers en 2022, Anne Roussel défend la filière.",
     [("LEADS", "Anne Roussel", "Fédération des meuniers")]),
    ("Les actionnaires ont salué Marc Ribes, reconduit hier président du conseil de surveillance de Delvora.",
     [("LEADS", "Marc Ribes", "Delvora")]),
    # trades of the staff and the feminine forms the lemmatizer keeps
    ("Inès Morel, ingénieure chez Tervane depuis 2015, a alerté la direction.",
     [("WORKS_FOR", "Inès Morel", "Tervane")]),
    ("La juriste de Tervane, Inès Morel, a démissionné.",
     [("WORKS_FOR", "Inès Morel", "Tervane")]),
    ("Paul Varin, un actuaire de la mutuelle Vivéa, a chiffré le déficit.",
     [("WORKS_FOR", "Paul Varin", "Vivéa")]),
    ("Julie Brassac, ancienne ingénieure de Delvora, a témoigné.",
     [("WORKS_FOR", "Julie Brassac", "Delvora")]),
]

FORBIDDEN = [
    # the employer named in an agent's apposition is not what the participle describes
    ("Le cabinet Orsini a présenté Noctua. Fondée en 2022 par Lina Perret, ancienne analyste chez le courtier Valbrun, l'entreprise compte vingt salariés.",
     ("FOUNDED", "Lina Perret", "Valbrun")),
    # the organisation the person is apposed to does not hold the person's title
    ("Au côté de la Banque Hollard, Pierre Vasseur, directeur financier d'Omnitel, défend le projet.",
     ("WORKS_FOR", "Banque Hollard", "Omnitel")),
]
