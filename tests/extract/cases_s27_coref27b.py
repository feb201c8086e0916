"""Cases of the s27 second-reference gaps, second round (helper s27-coref27b), invented names and sentences."""

# An interview whose lead gives the interviewee a company executive's title ("Son cofondateur et directeur
# général, X"): a blame put to "vous" is the company's, whatever noun the lead calls it by
# (mentions/quoted_we.py _executive_in_lead)
_IV_EXEC = "ENTRETIEN — Paul Martin (Lumex) : « Nous respectons le régulateur »\n\nSanctionnée par l'Autorité des marchés financiers (AMF) pour avoir vendu ses services sans agrément, la plateforme de paiement Lumex, basée à Lyon, revient en France. Son cofondateur et directeur général, Paul Martin, se défend.\n\n**L'AMF vous reproche d'avoir démarché des clients sans autorisation. Que répondez-vous ?**\n\nNous respectons le régulateur. Nous avons cessé d'accepter de nouveaux clients.\n\n**Votre filiale Lumex Europe a obtenu une licence en Irlande. Une manière de revenir ?**\n\nNon. La licence vaut dans toute l'Union."
_IV_UNION = "ENTRETIEN — Paul Martin (Lumex) : « Nous respectons le régulateur »\n\nSanctionnée par l'Autorité des marchés financiers (AMF) pour avoir vendu ses services sans agrément, le syndicat Lumex, basée à Lyon, revient en France. Son secrétaire général, Paul Martin, se défend.\n\n**L'AMF vous reproche d'avoir démarché des clients sans autorisation. Que répondez-vous ?**\n\nNous respectons le régulateur. Nous avons cessé d'accepter de nouveaux clients.\n\n**Votre filiale Lumex Europe a obtenu une licence en Irlande. Une manière de revenir ?**\n\nNon. La licence vaut dans toute l'Union."
CASES = [
    (_IV_EXEC, [("ACCUSES", "Autorité des marchés financiers", "Lumex")]),
    # (near miss: a union's secretary general is blamed in person)
    (_IV_UNION, [("ACCUSES", "Autorité des marchés financiers", "Paul Martin")]),
]
FORBIDDEN = [
    (_IV_EXEC, ("ACCUSES", "Autorité des marchés financiers", "Paul Martin")),
    (_IV_UNION, ("ACCUSES", "Autorité des marchés financiers", "Lumex")),
]

# "X, son porte-parole, a démenti": the parse makes the name and the noun phrase two subjects of the verb; the
# noun phrase is the name's apposition (nlp/docview._fronted_name_subject), the title reader then reads it
CASES += [
    ("Le groupe Lumex est en crise. Marc Petit, son porte-parole, a démenti toute fermeture.",
     [("WORKS_FOR", "Marc Petit", "Lumex")]),
]
FORBIDDEN += [
    ("Le groupe Lumex est en crise. Marc Petit, son porte-parole, a démenti toute fermeture.",
     ("LEADS", "Marc Petit", "Lumex")),
    # (near miss: two people listed as subjects; neither is the other's apposition)
    ("Le groupe Lumex est en crise. Marc Petit, Jean Morel et Luc Roy ont démenti toute fermeture.",
     ("WORKS_FOR", "Marc Petit", "Jean Morel")),
]
