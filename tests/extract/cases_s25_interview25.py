"""Cases of the s25 interview gaps (helper s25-interview25), invented names and sentences: the "vous" of a
question is the interviewee in an accusation or a meeting (mentions/quoted_we.py _you_in_tie)."""

_LEAD = ("Paul Morin : « Le parti doit changer de cap »\n\n"
         "Le maire de Villebrune brigue la direction du Mouvement vert. Il s'explique.\n\n")

# "Vous accusez X de …", "X vous reproche / vous accuse de …", "Vous avez été reçu par X" in a question
CASES = [
    (_LEAD + "Vous accusez Jean Vidal d'avoir trahi le parti. N'est-ce pas excessif ?\n"
     "Non. Il a signé des accords sans consulter les militants.\n\n"
     "Et si vous perdez ?\nJe resterai au parti.\n",
     [("ACCUSES", "Paul Morin", "Jean Vidal")]),
    (_LEAD + "Lucie Carrel, la présidente du groupe vert, vous reproche de diviser le parti. Que lui répondez-vous ?\n"
     "C'est son droit. Je respecte son travail.\n\n"
     "Et si vous perdez ?\nJe resterai au parti.\n",
     [("ACCUSES", "Lucie Carrel", "Paul Morin")]),
    (_LEAD + "Vous avez été reçu par Marc Delorme en janvier. Qu'en retenez-vous ?\n"
     "Une écoute polie, rien de plus.\n\n"
     "Et si vous perdez ?\nJe resterai au parti.\n",
     [("MEETS", "Marc Delorme", "Paul Morin")]),
]
FORBIDDEN = [
    # a "vous" inside a quotation of a question is addressed to someone else
    (_LEAD + "Lucie Carrel a lancé à Jean Vidal : « Je vous accuse de trahir le parti ». Qu'en pensez-vous ?\n"
     "C'est leur affaire.\n\n"
     "Et si vous perdez ?\nJe resterai au parti.\n",
     ("ACCUSES", "Lucie Carrel", "Paul Morin")),
    # outside an interview, "vous" is nobody
    ("Lucie Carrel, la présidente du groupe vert, vous reproche de diviser le parti, écrit Paul Morin.",
     ("ACCUSES", "Lucie Carrel", "Paul Morin")),
]

# "Nous nous sommes vus …" in an answer: the interviewee met the person named before in the answer, else in the
# question (slots/interview25.py interview_we_met)
CASES += [
    (_LEAD + "Hélène Garnier est aussi candidate. Pourriez-vous faire alliance ?\n"
     "Nous nous sommes vus la semaine dernière. Nous avons des désaccords.\n\n"
     "Et si vous perdez ?\nJe resterai au parti.\n",
     [("MEETS", "Paul Morin", "Hélène Garnier")]),
    (_LEAD + "Comment s'est nouée la discussion ?\n"
     "Je connais bien Marc Delorme. Nous nous sommes vus à plusieurs reprises au printemps.\n\n"
     "Et si vous perdez ?\nJe resterai au parti.\n",
     [("MEETS", "Paul Morin", "Marc Delorme")]),
]
FORBIDDEN += [
    # a reflexive "nous" of parting is no meeting
    (_LEAD + "Hélène Garnier a quitté le parti. Pourquoi ?\n"
     "Nous nous sommes quittés en bons termes.\n\n"
     "Et si vous perdez ?\nJe resterai au parti.\n",
     ("MEETS", "Paul Morin", "Hélène Garnier")),
    # outside an interview, "nous" is nobody
    ("Hélène Garnier est candidate. « Nous nous sommes vus la semaine dernière », dit Paul Morin.",
     ("MEETS", "Paul Morin", "Hélène Garnier")),
]

# "X travaille étroitement avec Y": close work is a partnership (slots/interview25.py close_work)
CASES += [
    ("La société Alvor travaille étroitement avec la société Brenta pour éviter les fraudes.",
     [("PARTNERS_WITH", "Alvor", "Brenta")]),
    ("Claire Nimier : « Le contrôle doit suivre »\n\n"
     "La présidente de l'Autorité Norvane, Claire Nimier, s'explique.\n\n"
     "Craignez-vous une course au moins-disant ?\n"
     "Avec la loi Verdier, nous travaillons étroitement avec l'association Terre Claire pour l'éviter.\n\n"
     "Et ensuite ?\nNous verrons.\n",
     [("PARTNERS_WITH", "Autorité Norvane", "Terre Claire")]),
]
FORBIDDEN += [
    # plain work with someone is no partnership; a fronted "avec" is a means
    ("La société Alvor travaille avec la société Brenta depuis 2019.",
     ("PARTNERS_WITH", "Alvor", "Brenta")),
    ("Avec la société Brenta, la société Alvor travaille étroitement sur le dossier.",
     ("PARTNERS_WITH", "Alvor", "Brenta")),
]
