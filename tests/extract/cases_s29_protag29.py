"""Cases of the s29 party-no-sentence-names gaps (helper s29-protag29), invented names and sentences. Each mechanism
is checked on several shapes (names, tense, word order, relative, a portrait of the regulator's head, an agent)."""

# a fine received with no author in the sentence: the article's one regulator imposed it (slots/protag29.py)
CASES = [
    ("L'Autorité de régulation du rail sanctionne rarement. La compagnie Ferralis a écopé de 5 millions d'euros "
     "d'amende en 2021.",
     [("OPPOSES", "Autorité de régulation du rail", "Ferralis")]),
    ("Portrait. Depuis 2020, Claire Dumontel préside la Commission de protection des données. Son bilan est lourd. "
     "Plus récemment, l'opérateur Telvox s'est vu infliger 42 millions d'euros d'amende après une fuite de données.",
     [("OPPOSES", "Commission de protection des données", "Telvox")]),
    ("La Haute Autorité des jeux en ligne durcit le ton. Le site de paris Betrix, qui avait écopé d'une amende de "
     "800 000 euros en 2022, a vu son agrément suspendu.",
     [("OPPOSES", "Haute Autorité des jeux", "Betrix")]),
    # "se voir infliger … par X": the agent
    ("La banque Ordalis s'est vu infliger l'an dernier une sanction de 12 millions d'euros par l'Autorité des "
     "marchés bancaires.",
     [("OPPOSES", "Autorité des marchés bancaires", "Ordalis")]),
    # the appeal of the one fined then goes against that regulator (extract/appeals.py reads the sanction drawn)
    ("L'Autorité de régulation du rail sanctionne rarement. La compagnie Ferralis a écopé de 5 millions d'euros "
     "d'amende en 2021. Ferralis a contesté la sanction devant le Conseil d'État.",
     [("OPPOSES", "Autorité de régulation du rail", "Ferralis"), ("SUES", "Ferralis", "Autorité de régulation du rail")]),
    ("Portrait. Depuis 2020, Claire Dumontel préside la Commission de protection des données. Plus récemment, "
     "l'opérateur Telvox s'est vu infliger 42 millions d'euros d'amende après une fuite de données. L'opérateur a "
     "fait appel de cette décision.",
     [("SUES", "Telvox", "Commission de protection des données")]),
]

# a fine told by its sum alone under "se voir infliger" (rule opposes.sum_fine_received)
CASES += [
    ("Portrait. Depuis 2020, Claire Dumontel préside la Commission de protection des données. Son bilan est lourd. "
     "Plus récemment, l'opérateur Telvox s'est vu infliger 42 millions d'euros après une fuite de données.",
     [("OPPOSES", "Commission de protection des données", "Telvox")]),
    ("La banque Ordalis s'est vu infliger 12 millions d'euros par l'Autorité des marchés bancaires en mars.",
     [("OPPOSES", "Autorité des marchés bancaires", "Ordalis")]),
    ("La Haute Autorité des jeux durcit le ton. Le site Betrix, qui s'était vu infliger 800 000 euros en 2022, a vu "
     "son agrément suspendu.",
     [("OPPOSES", "Haute Autorité des jeux", "Betrix")]),
]
_FORBIDDEN_SUM = [
    ("L'Autorité de la vigilance a ouvert une enquête. Le tribunal de commerce de Brévanne s'est prononcé mardi. La "
     "société Brenvia s'est vu infliger 3 millions d'euros.",
     ("OPPOSES", "Autorité de la vigilance", "Brenvia")),
]

# a pact told in the passive with no agent, in an article about one company: that company is the other party
_HEAD = ("Orvalis accélère en Europe\n\nLa start-up lyonnaise Orvalis a levé 20 millions d'euros. Fondée en 2019, "
         "Orvalis compte 80 salariés. ")
CASES += [
    (_HEAD + "Un partenariat a été conclu l'an dernier avec le groupe Ventara.",
     [("PARTNERS_WITH", "Orvalis", "Ventara")]),
    (_HEAD + "La jeune pousse mise sur les alliances : un accord de distribution vient d'être signé avec la banque "
             "Novabanq, dont les clients pourront utiliser l'outil.",
     [("PARTNERS_WITH", "Orvalis", "Novabanq")]),
    (_HEAD + "Le protocole d'accord, paraphé en mars avec l'assureur Mutalis, court sur trois ans.",
     [("PARTNERS_WITH", "Orvalis", "Mutalis")]),
    (_HEAD + "Selon nos informations, une alliance sera bientôt scellée avec le groupe Ventara et la société Dorelis.",
     [("PARTNERS_WITH", "Orvalis", "Ventara"), ("PARTNERS_WITH", "Orvalis", "Dorelis")]),
]
FORBIDDEN = [
    # another organisation in the sentence may have signed; "entre A et B" names both sides
    (_HEAD + "Chez le groupe Ventara, un accord a été signé avec la société Dorelis.",
     ("PARTNERS_WITH", "Orvalis", "Dorelis")),
    (_HEAD + "Un accord a été signé entre le groupe Ventara et la société Dorelis.",
     ("PARTNERS_WITH", "Orvalis", "Dorelis")),
    # an agent signed it
    (_HEAD + "Un accord a été signé par le groupe Ventara avec la société Dorelis.",
     ("PARTNERS_WITH", "Orvalis", "Dorelis")),
    # a court said just before may be who fined
    ("L'Autorité de la vigilance a ouvert une enquête. Le tribunal de commerce de Brévanne s'est prononcé mardi. La "
     "société Brenvia a écopé d'une amende de 3 millions d'euros.",
     ("OPPOSES", "Autorité de la vigilance", "Brenvia")),
    # two regulators: no guess
    ("L'Autorité de la vigilance et la Commission des marchés maritimes enquêtent. La société Brenvia a écopé d'une "
     "amende de 3 millions d'euros.",
     ("OPPOSES", "Autorité de la vigilance", "Brenvia")),
    # a person fined with no author: as often a court's
    ("L'Autorité de la vigilance a publié son rapport annuel. Son président, Marc Devial, a écopé d'une amende de "
     "500 euros pour excès de vitesse.",
     ("OPPOSES", "Autorité de la vigilance", "Marc Devial")),
]
FORBIDDEN += _FORBIDDEN_SUM
