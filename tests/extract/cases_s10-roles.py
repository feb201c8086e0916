"""Role ties (LEADS, WORKS_FOR, BOARD_MEMBER, FOUNDED, MEMBER_OF): team-written sentences, invented names."""

CASES = [
    # "…, explique X, qui préside Y": the relative clause the parser hangs on the reporting verb is the
    # inverted subject's
    # (a description object: no name after the verb for the linear reading to fall back on)
    ("Falvaro fabrique des bouées. « Nous voulons en fabriquer 3 000 par an d'ici 2027 », explique "
     "Gwenaël Kervella, qui préside l'entreprise.",
     [("LEADS", "Gwenaël Kervella", "Falvaro")]),
    ("Vortanis conçoit des pompes. « Nous ne sommes pas en retard, nous sommes plus prudents », rétorque "
     "Nolwenn Le Bihan, qui dirige la société depuis que sa cofondatrice a choisi de garder son cabinet.",
     [("LEADS", "Nolwenn Le Bihan", "Vortanis")]),
]

CASES += [
    # "La direction générale est confiée par intérim à X" with "à X" hung on "intérim": the article's company
    ("Falvaro : le PDG s'en va. Le fabricant de capteurs Falvaro a annoncé mardi le départ de son PDG, Lucien "
     "Cabrol. Falvaro cherche un successeur. La direction générale est confiée par intérim à Maëlys "
     "Trontin-Dugast, directrice financière du groupe. Falvaro publiera ses comptes en mars.",
     [("LEADS", "Maëlys Trontin-Dugast", "Falvaro")]),
    # "La présidence non exécutive reviendra à X": still the chair of the article's company
    ("Vortanis : Sonia Pelletan prend les commandes. Le groupe Vortanis a choisi Sonia Pelletan comme directrice "
     "générale. Vortanis sépare les fonctions. La présidence non exécutive reviendra à Odile Ferrandon, "
     "administratrice depuis 2018. Vortanis vise la Bourse.",
     [("LEADS", "Odile Ferrandon", "Vortanis")]),
]

CASES += [
    # "X, directeur de …, dont la mère, Z, préside Y": the name after the "dont" relative's noun is the
    # verb's subject, whatever the parser hangs it on
    ("« Il n'a jamais été question de céder le titre », insiste Hugo Ferrandon, directeur de la rédaction et "
     "petit-fils du fondateur, dont la mère, Odile Ferrandon, préside toujours le conseil de surveillance de "
     "Falvaro Médias.", [("LEADS", "Odile Ferrandon", "Falvaro Médias")]),
]

CASES += [
    # "Y a assigné l'hebdomadaire et sa directrice, X": the possessive of a title coordinated right after an
    # organisation is that organisation (not the clause's subject)
    ("En mars, l'hebdomadaire Le Courrier de l'Aveyron avait publié une enquête. Vortanis Santé a assigné "
     "l'hebdomadaire et sa directrice de la publication, Odile Ferrandon, pour diffamation.",
     [("LEADS", "Odile Ferrandon", "Le Courrier de l'Aveyron")]),
]

CASES += [
    # "directrice générale déléguée de Y": an officer of Y with the CEO's powers leads it (and "de Y" hung on
    # "déléguée" is the title's complement, not the article's company)
    ("Parmi les candidats cités figure celui de Maëlys Trontin, directrice générale déléguée du motoriste "
     "Vortanis, qui dément toute ambition.", [("LEADS", "Maëlys Trontin", "Vortanis")]),
    ("Falvaro recrute. Odile Ferrandon, directeur général délégué de Falvaro depuis 2021, pilote l'usine.",
     [("LEADS", "Odile Ferrandon", "Falvaro")]),
]

CASES += [
    # "Fondée par A, <aside>, et B, …": the second founder coordinated after the first one's aside
    ("Fondée en 2020 par Odile Ferrandon, docteure en physique passée par le CNRS, et Hugo Marsal, un ancien de "
     "la banque Verlane, Falvaro n'avait levé que 3 M€.",
     [("FOUNDED", "Odile Ferrandon", "Falvaro"), ("FOUNDED", "Hugo Marsal", "Falvaro")]),
    ("Pour la jeune pousse Vortanis, cofondée en 2019 par Maëlys Trontin, qui la dirige, et Lucien Cabrol, son "
     "directeur technique, le contrat tombe à pic.",
     [("FOUNDED", "Maëlys Trontin", "Vortanis"), ("FOUNDED", "Lucien Cabrol", "Vortanis")]),
]

CASES += [
    # "X, directeur technique", "la directrice financière, X": a department's head of no company named works
    # for the article's main organisation
    ("Falvaro change d'équipe. Falvaro recrute. Falvaro vend des capteurs. « Nous restons confiants », assure "
     "Hugo Marsal, directeur technique.", [("WORKS_FOR", "Hugo Marsal", "Falvaro")]),
    ("Falvaro change d'équipe. Falvaro recrute. Falvaro vend des capteurs. Par ailleurs, la directrice "
     "financière, Odile Ferrandon, quitte le groupe.", [("WORKS_FOR", "Odile Ferrandon", "Falvaro")]),
]

CASES += [
    # "Le conseil accueille X", "le conseil a coopté X", "le conseil sera élargi à X": a bare board taking a
    # member in is the article's main organisation's
    ("Falvaro renouvelle son équipe. Falvaro recrute. Falvaro vend des capteurs. Le conseil accueille également "
     "Odile Ferrandon, ancienne directrice de Vortanis.", [("BOARD_MEMBER", "Odile Ferrandon", "Falvaro")]),
    ("Falvaro renouvelle son équipe. Falvaro recrute. Falvaro vend des capteurs. Le conseil a par ailleurs "
     "coopté Hugo Marsal, ancien banquier.", [("BOARD_MEMBER", "Hugo Marsal", "Falvaro")]),
    ("Falvaro renouvelle son équipe. Falvaro recrute. Falvaro vend des capteurs. Le conseil sera élargi à "
     "Hugo Marsal.", [("BOARD_MEMBER", "Hugo Marsal", "Falvaro")]),
]

CASES += [
    # "X, ancien dirigeant de Z, prend la présidence du conseil": a post held before elsewhere does not stop the
    # board's chair being the article's company's
    ("Falvaro change de gouvernance. Falvaro recrute. Falvaro vend des capteurs. Hugo Marsal, administrateur "
     "référent et ancien dirigeant du motoriste Vortanis, prend la présidence du conseil.",
     [("LEADS", "Hugo Marsal", "Falvaro"), ("LEADS", "Hugo Marsal", "Vortanis")]),
]

CASES += [
    # "Son représentant au conseil, X": a seat on the board (a bare "au conseil": the article's company's)
    ("Falvaro résiste à l'offre. Falvaro recrute. La famille Marsal détient 30 % de Falvaro. Son représentant au "
     "conseil, Hugo Marsal, a dénoncé une manœuvre.", [("BOARD_MEMBER", "Hugo Marsal", "Falvaro")]),
]

CASES += [
    # "X, le vice-président de la Métropole / du conseil régional": an elected body's vice-president is one of
    # its members, not its employee
    ("Vallorbe Métropole a choisi Falvaro pour ses bus. « Leur offre était la meilleure », a justifié Hugo Marsal, "
     "le vice-président de Vallorbe Métropole chargé des mobilités.",
     [("MEMBER_OF", "Hugo Marsal", "Vallorbe Métropole")]),
    ("Le conseil régional de Corvanie a voté le budget. Hugo Marsal, vice-président du conseil régional de "
     "Corvanie, s'en félicite.", [("MEMBER_OF", "Hugo Marsal", "conseil régional de Corvanie")]),
]

FORBIDDEN = [
    ("Le conseil régional de Corvanie a voté le budget. Hugo Marsal, vice-président du conseil régional de "
     "Corvanie, s'en félicite.", ("WORKS_FOR", "Hugo Marsal", "conseil régional de Corvanie")),
    # (not a board of another kind: "le conseil municipal accueille X")
    ("Falvaro renouvelle son équipe. Falvaro recrute. Falvaro vend des capteurs. Le conseil municipal accueille "
     "Hugo Marsal.", ("BOARD_MEMBER", "Hugo Marsal", "Falvaro")),
    # (no single organisation the article is about: no company for a bare title)
    ("Falvaro et Vortanis s'allient. « C'est un grand jour », assure Hugo Marsal, directeur technique.",
     ("WORKS_FOR", "Hugo Marsal", "Falvaro")),
    ("En mars, l'hebdomadaire Le Courrier de l'Aveyron avait publié une enquête. Vortanis Santé a assigné "
     "l'hebdomadaire et sa directrice de la publication, Odile Ferrandon, pour diffamation.",
     ("LEADS", "Odile Ferrandon", "Vortanis Santé")),
    ("« Il n'a jamais été question de céder le titre », insiste Hugo Ferrandon, directeur de la rédaction et "
     "petit-fils du fondateur, dont la mère, Odile Ferrandon, préside toujours le conseil de surveillance de "
     "Falvaro Médias.", ("LEADS", "Hugo Ferrandon", "Falvaro Médias")),
    # (not the complement's name before ", qui": "le député du Var, qui …" is the deputy)
    ("« Pas d'alliance », a tranché le député de Corvanie, qui dirige Falvaro.",
     ("LEADS", "Corvanie", "Falvaro")),
]
