"""Cases of the s28 people and politics gaps (helper s28-politics28), invented names and sentences."""

# relations kept up with someone are no meeting; their adjective says allies or opponents
# (slots/politics28.kept_relations)
CASES = [
    ("Membre du bureau de Vexora, Jean Marceau entretient aussi de bonnes relations avec Marc Tollet, avec qui il "
     "partage une origine commune.", [("ALLY_OF", "Jean Marceau", "Marc Tollet")]),
    ("Lucie Brenmor a reçu le soutien de Paul Dorin, avec qui elle entretenait pourtant des relations glaciales.",
     [("ALLY_OF", "Paul Dorin", "Lucie Brenmor"), ("OPPOSES", "Lucie Brenmor", "Paul Dorin")]),
    ("Jean Marceau s'est entretenu avec Marc Tollet.", [("MEETS", "Jean Marceau", "Marc Tollet")]),
]
FORBIDDEN = [
    ("Membre du bureau de Vexora, Jean Marceau entretient aussi de bonnes relations avec Marc Tollet, avec qui il "
     "partage une origine commune.", ("MEETS", "Jean Marceau", "Marc Tollet")),
    ("Lucie Brenmor a reçu le soutien de Paul Dorin, avec qui elle entretenait pourtant des relations glaciales.",
     ("MEETS", "Lucie Brenmor", "Paul Dorin")),
]

# "La présidente de A et du B a reçu le soutien de X": "du B" continues the title's "de" list, is no second
# subject (arguments._entities_at)
CASES += [
    ("C'est au palais que Lucie Brenmor a lancé samedi sa campagne. La présidente de la Métropole "
     "Nord-Varenne-Provence et du Département des Côtes-du-Nord a reçu le soutien appuyé de Paul Dorin.",
     [("ALLY_OF", "Paul Dorin", "Lucie Brenmor")]),
]
FORBIDDEN += [
    ("C'est au palais que Lucie Brenmor a lancé samedi sa campagne. La présidente de la Métropole "
     "Nord-Varenne-Provence et du Département des Côtes-du-Nord a reçu le soutien appuyé de Paul Dorin.",
     ("ALLY_OF", "Paul Dorin", "Département des Côtes-du-Nord")),
    ("C'est au palais que Lucie Brenmor a lancé samedi sa campagne. La présidente de la Métropole "
     "Nord-Varenne-Provence et du Département des Côtes-du-Nord a reçu le soutien appuyé de Paul Dorin.",
     ("ALLY_OF", "Paul Dorin", "Métropole Nord-Varenne-Provence")),
]

# "Sa sœur, A B C, …, et son frère, D E B": kin named by possessives in one sentence are kin of one owner,
# found by the family's name inside a married name (mentions/coref.py _same_surname, _named_after_kin)
_KIN = ("À 55 ans, Paul Dorin n'est plus seulement le PDG de Vexora, fondé en 1978 par son père, Jacques Dorin. "
        "Dans le même temps, Vexora avalait Orvane Logistique, une opération qui a resserré ses liens avec Marc "
        "Tollet. Ses proches décrivent un homme discret, très attaché à sa famille. Sa sœur, Lucie Dorin Brenmor, "
        "directrice générale déléguée du groupe, et son frère, Jean Junior Dorin, siègent au conseil.")
CASES += [
    (_KIN, [("FAMILY", "Lucie Dorin Brenmor", "Paul Dorin"), ("FAMILY", "Jean Junior Dorin", "Paul Dorin")]),
]
FORBIDDEN += [
    (_KIN, ("FAMILY", "Lucie Dorin Brenmor", "Marc Tollet")),
]
# (and the two siblings of one owner are each other's: implied._kin_possessives)
CASES += [(_KIN, [("FAMILY", "Jean Junior Dorin", "Lucie Dorin Brenmor")])]

# "il est resté un proche de Y": "rester" in a compound tense has a personal subject (mentions/coref.py
# _impersonal); an elected member's assistant works for him (works_for.title)
CASES += [
    ("Paul Dorin est ministre. Depuis, il est resté un proche de Marc Tollet.",
     [("ALLY_OF", "Paul Dorin", "Marc Tollet")]),
    ("Paul Dorin adhère au Parti vert, puis devient l'assistant parlementaire de Jean Marceau, député de l'Oise.",
     [("WORKS_FOR", "Paul Dorin", "Jean Marceau")]),
]

# "X adhère à Z, puis devient l'assistant de Y": a coordinated verb of becoming shares the first verb's subject
# (slots/titles.py); "Élu président de Y, il …": a fronted title describes the subject pronoun after its comma
# (slots/politics28.fronted_title_pronoun)
CASES += [
    ("Paul Dorin adhère au Parti vert, puis devient l'assistant de Jean Marceau.",
     [("WORKS_FOR", "Paul Dorin", "Jean Marceau"), ("MEMBER_OF", "Paul Dorin", "Parti vert")]),
    ("Paul Dorin est ministre. Élu président du conseil départemental de l'Oise en 2015, il quitte Vexora.",
     [("LEADS", "Paul Dorin", "conseil départemental de l'Oise")]),
    ("Paul Dorin est ministre. Membre du bureau exécutif du Parti vert, il entretient de bonnes relations avec "
     "Marc Tollet.", [("MEMBER_OF", "Paul Dorin", "Parti vert"), ("ALLY_OF", "Paul Dorin", "Marc Tollet")]),
]
FORBIDDEN += [
    # (a clause before the comma: the title is not the pronoun's)
    ("Paul Dorin est ministre. Le président de Vexora que Marc Tollet a nommé, il le critique.",
     ("LEADS", "Paul Dorin", "Vexora")),
]

# "membre du bureau exécutif de Y": a party's organ, membership whatever Y's name (relations._memberships)
CASES += [
    ("Paul Dorin est ministre. Membre du bureau exécutif de Vexora, il entretient de bonnes relations avec "
     "Marc Tollet.", [("MEMBER_OF", "Paul Dorin", "Vexora")]),
]
FORBIDDEN += [
    ("Paul Dorin est ministre. Membre du bureau exécutif de Vexora, il entretient de bonnes relations avec "
     "Marc Tollet.", ("BOARD_MEMBER", "Paul Dorin", "Vexora")),
]

# "Le parti présidé par X a lancé … Son trésorier, Z": a body's officer is the body's (the previous sentence's
# subject), not its president's nor the last name (slots/titles.py _previous_subject, _BODY_OFFICERS)
_TREASURER = ("Le Parti vert cherche de l'argent frais. Le parti présidé par Paul Dorin a lancé cette semaine un "
              "appel aux prêts, selon des documents consultés par Les Nouvelles. Son trésorier, Jean Marceau, "
              "assure que les banques ferment la porte.")
FORBIDDEN += [
    (_TREASURER, ("WORKS_FOR", "Jean Marceau", "Les Nouvelles")),
    (_TREASURER, ("WORKS_FOR", "Jean Marceau", "Paul Dorin")),
]
# (s35-conv35: a party's treasurer works for it, the session-35 convention; membership before)
CASES += [(_TREASURER, [("WORKS_FOR", "Jean Marceau", "Parti vert")])]

