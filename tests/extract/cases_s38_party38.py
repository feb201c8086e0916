"""Cases of the s38 political readings (helper s38-party38: extract/politics38.py, data/politics38.yaml; the party
noun before a name in extract/slots/politics32.py), invented politicians and parties: a pact between politicians or
parties is ALLY_OF (a coalition contract is no payment; two companies' agreement stays a partnership), the title
before an apposed name is that name's, a party noun before a name qualifies that name only, a parliamentary group's
president heads the group named by the whole phrase, sitting in a group is membership of it."""

# two politicians' accord, party leaders co-signing, a party's historic partner, a person allied to a party
CASES = [
    ("Une source au sein de Renouveau évoque pourtant un « accord secret » entre Garnier et Lemaire pour se partager "
     "les investitures. Le député Marc Lemaire et le sénateur Paul Garnier se disputent la tête du parti.",
     [("ALLY_OF", "Paul Garnier", "Marc Lemaire")]),
    ("Le premier secrétaire du Parti social, Olivier Ferrand, l'écologiste Marine Tourneur et le communiste Fabien "
     "Rousset ont signé samedi à Bagneux un accord pour organiser une primaire commune au printemps. Les Verts unis "
     "soutiennent Marine Tourneur.",
     [("ALLY_OF", "Marine Tourneur", "Olivier Ferrand"), ("LEADS", "Olivier Ferrand", "Parti social")]),
    ("Présidé par Jean Valmont, le Mouvement démocrate unifié (MDU), partenaire historique de Cap commun, n'a pas "
     "réagi.",
     [("ALLY_OF", "Mouvement démocrate unifié", "Cap commun")]),
    ("Le député François Rufin, désormais allié aux Écologistes unis, a reçu le soutien de Clémence Autard.",
     [("ALLY_OF", "François Rufin", "Écologistes unis")]),
    ("Paul Merlin, président de l'Union chrétienne, a signé mercredi à Berlin le contrat de coalition avec le Parti "
     "social de Lars Kling et avec la Ligue bavaroise de Markus Sauer.",
     [("ALLY_OF", "Paul Merlin", "Parti social"), ("ALLY_OF", "Paul Merlin", "Ligue bavaroise")]),
    # two companies' agreement stays a partnership
    ("Norvane a signé un accord de partenariat avec Altavane pour développer des batteries.",
     [("PARTNERS_WITH", "Norvane", "Altavane")]),
]
FORBIDDEN = [
    ("Une source au sein de Renouveau évoque pourtant un « accord secret » entre Garnier et Lemaire pour se partager "
     "les investitures. Le député Marc Lemaire et le sénateur Paul Garnier se disputent la tête du parti.",
     ("PARTNERS_WITH", "Paul Garnier", "Marc Lemaire")),
    ("Le premier secrétaire du Parti social, Olivier Ferrand, l'écologiste Marine Tourneur et le communiste Fabien "
     "Rousset ont signé samedi à Bagneux un accord pour organiser une primaire commune au printemps. Les Verts unis "
     "soutiennent Marine Tourneur.",
     ("LEADS", "Marine Tourneur", "Parti social")),
    ("Le premier secrétaire du Parti social, Olivier Ferrand, l'écologiste Marine Tourneur et le communiste Fabien "
     "Rousset ont signé samedi à Bagneux un accord pour organiser une primaire commune au printemps. Les Verts unis "
     "soutiennent Marine Tourneur.",
     ("MEMBER_OF", "Fabien Rousset", "Verts unis")),
    ("Paul Merlin, président de l'Union chrétienne, a signé mercredi à Berlin le contrat de coalition avec le Parti "
     "social de Lars Kling et avec la Ligue bavaroise de Markus Sauer.",
     ("FUNDS", "Paul Merlin", "Parti social")),
    ("Norvane a signé un accord de partenariat avec Altavane pour développer des batteries.",
     ("ALLY_OF", "Norvane", "Altavane")),
]

# a parliamentary group's president heads the group, not the party nor the chamber;
# sitting in a group at the Assemblée is membership of the group (a group named by a party's acronym; under its own
# name, "le groupe Avenir commun à l'Assemblée", the chair leads "Avenir commun": rule_cases.py)
CASES += [
    ("Le député Jean Morel a adhéré au PFR en 2019. Mathilde Panard, présidente du groupe PFR à l'Assemblée, "
     "dénonce une « procédure-bâillon ».",
     [("LEADS", "Mathilde Panard", "groupe PFR à l'Assemblée")]),
    ("Aurélien Pradel siégera désormais au sein du groupe Ensemble pour la Nation à l'Assemblée nationale.",
     [("MEMBER_OF", "Aurélien Pradel", "Ensemble pour la Nation")]),
]
FORBIDDEN += [
    ("Le député Jean Morel a adhéré au PFR en 2019. Mathilde Panard, présidente du groupe PFR à l'Assemblée, "
     "dénonce une « procédure-bâillon ».",
     ("LEADS", "Mathilde Panard", "PFR")),
    ("Le député Jean Morel a adhéré au PFR en 2019. Mathilde Panard, présidente du groupe PFR à l'Assemblée, "
     "dénonce une « procédure-bâillon ».",
     ("LEADS", "Mathilde Panard", "Assemblée")),
]
