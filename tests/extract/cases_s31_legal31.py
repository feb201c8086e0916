"""Cases of the s31 court-report pass (helper s31-legal31, extract/legal31.py), invented names and sentences. Each
mechanism is checked on several shapes and cue words (fronted participle, quote attribution, pronoun, role noun,
a descriptor; défendu / représentée / assisté de / conseillé; Me, maître, le pénaliste, le cabinet)."""

# counsel in a participle works for the clause's subject, a role noun or a pronoun standing for the text's one
# defendant (legal31.counsel_participles)
CASES = [
    ("Lina Marchal comparaît depuis mardi devant le tribunal correctionnel de Metz. Représentée par Me Hugo Ferrand, "
     "la prévenue a contesté chaque accusation.",
     [("WORKS_FOR", "Hugo Ferrand", "Lina Marchal")]),
    ("Marc Delorme comparaissait lundi pour corruption. Conseillé par le pénaliste Luc Arnaud, il a refusé de "
     "répondre aux juges.",
     [("WORKS_FOR", "Luc Arnaud", "Marc Delorme")]),
    ("Paul Verdier comparaît depuis lundi. « Je n'ai rien fait », a répété le prévenu, défendu par Me Claire "
     "Joubert.",
     [("WORKS_FOR", "Claire Joubert", "Paul Verdier")]),
    ("Paul Verdier comparaît devant le tribunal correctionnel de Lyon. Représenté par Me Claire Joubert, l'ancien "
     "maire a nié les faits.",
     [("WORKS_FOR", "Claire Joubert", "Paul Verdier")]),
]

# with two on trial, the role noun stands for the one the sentences before take up by a pronoun
CASES += [
    ("Paul Verdier et son associé Marc Delorme comparaissent depuis lundi. Le parquet lui reproche d'avoir favorisé la "
     "société de Marc Delorme. « Je n'ai rien fait. Tout était légal », a répété le prévenu, défendu par Me Claire "
     "Joubert.",
     [("WORKS_FOR", "Claire Joubert", "Paul Verdier")]),
]

# a civil party with no target, or a plural one, sues the text's defendants (legal31.civil_parties)
CASES += [
    ("Paul Verdier et Marc Delorme comparaissent depuis lundi devant le tribunal correctionnel de Lyon. La commune de "
     "Brivel s'est portée partie civile et réclame 2 millions d'euros.",
     [("SUES", "commune de Brivel", "Paul Verdier"), ("SUES", "commune de Brivel", "Marc Delorme")]),
    ("Hugo Ferrand, ancien directeur de la société Valcor Industries, est jugé depuis jeudi pour abus de biens "
     "sociaux. Valcor Industries, aujourd'hui détenu par le fonds Ardenne Capital, s'est constitué partie civile.",
     [("SUES", "Valcor Industries", "Hugo Ferrand")]),
    ("Lina Marchal et Gilles Amiot comparaissent pour détournement de fonds publics. L'association Clarté Publique "
     "s'est elle aussi constituée partie civile contre les deux anciens élus.",
     [("SUES", "Clarté Publique", "Lina Marchal"), ("SUES", "Clarté Publique", "Gilles Amiot")]),
]
FORBIDDEN = [
    # one who is not a civil party
    ("Paul Verdier comparaît depuis lundi. Gilles Amiot, qui n'est pas partie civile, a témoigné.",
     ("SUES", "Gilles Amiot", "Paul Verdier")),
    # one stands at a court's bar, one does not run it
    ("Hugo Ferrand s'est avancé lundi à la barre de la cour d'appel de Nancy avec l'assurance d'un ancien ministre.",
     ("LEADS", "Hugo Ferrand", "cour d'appel de Nancy")),
    ("Appelé à la barre du tribunal correctionnel de Lyon, Gilles Amiot a longuement répondu aux juges.",
     ("LEADS", "Gilles Amiot", "tribunal correctionnel de Lyon")),
]
# and a court's head is still its head
CASES += [
    ("Hélène Brossard, à la tête de la cour d'appel de Nîmes depuis 2019, a salué le travail des greffiers.",
     [("LEADS", "Hélène Brossard", "cour d'appel de Nîmes")]),
]

# a report to an authority sues the one reported (slots/legal31.reported_to_authority; data/legal31.yaml): signaler,
# dénoncer, saisir, déférer, transmettre, a noun ("un signalement"); the authority a word or a public body
CASES += [
    ("Le syndicat Sud Rail a signalé l'entreprise Vexora à l'inspection du travail.",
     [("SUES", "Sud Rail", "Vexora")]),
    ("La CGT a saisi l'inspection du travail du cas de Norlac Industries.",
     [("SUES", "CGT", "Norlac Industries")]),
    ("Le syndicat FO a fait un signalement au procureur de la République contre la société Norlac Industries.",
     [("SUES", "FO", "Norlac Industries")]),
    ("L'Arcom a été saisie par la ministre Claire Joubert du cas de la plateforme Vexia.",
     [("SUES", "Claire Joubert", "Vexia")]),
    ("Le maire Paul Verdier a transmis au parquet le dossier de la société Vexora.",
     [("SUES", "Paul Verdier", "Vexora")]),
    ("La fédération Force Locale a déféré le club Olympique Brivelois devant la commission de discipline.",
     [("SUES", "Force Locale", "Olympique Brivelois")]),
]
FORBIDDEN += [
    # a company head seizing a court for the company: the rules' convention (the company sues), not the reader's
    ("La société Orvanel a perdu le marché. Sa présidente, Anne Ruquier, a saisi le tribunal administratif de Paris "
     "d'un référé précontractuel contre la Métropole de Brienne.", ("SUES", "Anne Ruquier", "Métropole de Brienne")),
    # two descriptions whose antecedents coreference guessed: no report drawn on them
    ("La CGT dénonce les cadences chez Vexora. Le syndicat a d'ailleurs signalé l'entreprise à l'inspection du "
     "travail la semaine dernière.", ("SUES", "Vexora", "CGT")),
    # no authority: a problem told to a person
    ("Paul Verdier a signalé à Lina Marchal un problème de livraison chez Vexora.", ("SUES", "Paul Verdier", "Vexora")),
]

# money a court orders paid: FUNDS condemned → awarded (rule funds.awarded; slots/speech.py _awarded_to, the "à"
# phrase also hung deeper on the damages)
CASES += [
    ("Le tribunal de commerce de Rennes a condamné mardi Vexora à verser 32 millions d'euros de dommages et intérêts "
     "à Norlac Industries.",
     [("FUNDS", "Vexora", "Norlac Industries")]),
    ("Condamnée en appel à rembourser 4 millions d'euros à la mutuelle Solvia, la société Vexora envisage un pourvoi.",
     [("FUNDS", "Vexora", "Solvia")]),
    ("Vexora a été condamnée à indemniser Norlac Industries à hauteur de 2 millions d'euros.",
     [("FUNDS", "Vexora", "Norlac Industries")]),
]

# an act challenged in a relative on the act's noun sues the one that imposed it (appeals.py _appeal_verb: contester,
# attaquer, déférer; the relative on the act or on the name before it)
CASES += [
    ("L'Autorité des marchés financiers avait infligé en 2022 une amende de 5 millions d'euros à Vexora pour "
     "information trompeuse, sanction que la société conteste devant la cour d'appel de Paris.",
     [("SUES", "Vexora", "Autorité des marchés financiers")]),
    ("L'Autorité de la concurrence a infligé à la société Vexora une amende de 12 millions d'euros. Une décision que "
     "le groupe a attaquée devant la cour d'appel de Paris.",
     [("SUES", "Vexora", "Autorité de la concurrence")]),
]
