"""Cases of the s20 grouping gaps of entity names (helper s20-names4), invented names and sentences: a short
company name is not merged into a longer one that starts with it when the text shows two actors."""

CASES = [
    # the short name written before the long one in one sentence: two actors (the group and a member)
    ("Le chimiste Kalmar a finalisé le rachat de Norvex. Norvex a ensuite été regroupée avec Bemex au sein "
     "de Norvex Group.",
     [("ACQUIRES", "Kalmar", "Norvex")]),
    # a hyphen right after the short name joins a second name: the merged group is another actor
    ("Le groupe Kelvia Air-KLV a publié ses comptes. Kelvia Air a été fondée en 1933 par Paul Verdon.",
     [("FOUNDED", "Paul Verdon", "Kelvia Air")]),
    # near-miss: a legal form closing the name is the same company
    ("Paul Verdon siège au conseil de Norvex SA. Le conseil de Norvex a été réuni hier.",
     [("BOARD_MEMBER", "Paul Verdon", "Norvex SA")]),
    # a city district named by its number after its mayor's title is a public body the mayor leads
    ("Paul Verdon, maire LR du 2e arrondissement et candidat à la mairie, a critiqué la méthode de Marc Dubreuil.",
     [("LEADS", "Paul Verdon", "2e arrondissement")]),
    ("L'ancien maire des 13e et 14e arrondissements de Valmont, Paul Verdon, a été élu au Sénat.",
     [("LEADS", "Paul Verdon", "13e et 14e arrondissements de Valmont")]),
    # a state's government named by the state's adjective is a public body acting
    ("Le gouvernement britannique a gelé les avoirs de Paul Verdon.",
     [("OPPOSES", "gouvernement britannique", "Paul Verdon")]),
]
FORBIDDEN = [
    ("Le chimiste Kalmar a finalisé le rachat de Norvex. Norvex a ensuite été regroupée avec Bemex au sein "
     "de Norvex Group.",
     ("ACQUIRES", "Kalmar", "Norvex Group")),
    ("Le groupe Kelvia Air-KLV a publié ses comptes. Kelvia Air a été fondée en 1933 par Paul Verdon.",
     ("FOUNDED", "Paul Verdon", "Kelvia Air-KLV")),
    # near-miss: a district as a place (no mayor) is no body
    ("Paul Verdon a reçu Claire Morel dans un restaurant du 7e arrondissement.",
     ("LEADS", "Claire Morel", "7e arrondissement")),
]
