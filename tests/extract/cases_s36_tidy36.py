"""Cases of the s36-tidy36 helper (extract/conv35.py, data/conv35.yaml), invented names and sentences: a delegated
minister's or a secretary of state's portfolio written right after the title, with no "chargé(e) de" ("ministre
déléguée à l'Industrie", "secrétaire d'État au Numérique", "ministre délégué aux Comptes publics", "haute-commissaire
à l'Enfance"), names no ministry led; the secretary general of an administration works for it. These were read twice
before (precision35.py and conv35.py), now once, by conv35.py. The shapes vary: apposition after and before the
name, a quote's attribution, a former post, a title with "auprès de …, chargée de …"."""

FORBIDDEN = [
    # a portfolio right after the title: no LEADS of the ministry (or secretariat) the mention stage builds from it
    ("Michel Obin, ministre délégué à l'Industrie, a visité l'usine de Vernac.",
     ("LEADS", "Michel Obin", "ministère de l'Industrie")),
    ("Paul Ternier, ministre délégué aux Comptes publics, défend le budget rectificatif.",
     ("LEADS", "Paul Ternier", "ministère des Comptes publics")),
    ("Ancienne ministre déléguée au Logement, Nadia Ferrat préside désormais une fondation.",
     ("LEADS", "Nadia Ferrat", "ministère du Logement")),
    ("Odile Sarrazin, ministre déléguée auprès du ministre de l'Intérieur, chargée de la Citoyenneté, a défendu le plan.",
     ("LEADS", "Odile Sarrazin", "ministère de la Citoyenneté")),
    ("Le ministre délégué chargé du Logement, Bruno Castel, a visité le chantier de Lorient.",
     ("LEADS", "Bruno Castel", "ministère du Logement")),
    # an administration's secretary general does not head it
    ("Sylvie Rameau, secrétaire générale de la préfecture du Rhône, a signé l'arrêté.",
     ("LEADS", "Sylvie Rameau", "préfecture du Rhône")),
]

CASES = [
    # a full minister heads the ministry; a ministry the text names keeps its delegated minister's lead
    ("Jean Arnal, ministre de l'Économie, a reçu les syndicats.", [("LEADS", "Jean Arnal", "ministère de l'Économie")]),
    # the secretary general of an international organisation heads it
    ("Mark Olsen, secrétaire général de l'Otan, a reçu les ministres.", [("LEADS", "Mark Olsen", "Otan")]),
    ("Sylvie Rameau, secrétaire générale de la préfecture du Rhône, a signé l'arrêté.",
     [("WORKS_FOR", "Sylvie Rameau", "préfecture du Rhône")]),
]
