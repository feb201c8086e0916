"""Cases of the s12 interview reader (helper s12-interview, mentions/quoted_we.py _interview): a
question-and-answer interview without "X :" lines; the answers' "nous"/"notre" are the interviewee's
organisation, "mon"/"ma" and the questions' "votre" + kin noun the interviewee. Invented names."""

_LEAD = "Depuis mars, Clotilde Berlandier dirige le groupe Berlandier, fabricant de meubles installé à Cholet. Entretien.\n\n"

CASES = [
    (_LEAD + "Vos relations avec la distribution sont tendues ?\n\nNous avons assigné la centrale d'achat "
     "Mobelia devant le tribunal de commerce.\n\nEt vos projets ?\n\nRien de neuf.\n",
     [("SUES", "groupe Berlandier", "Mobelia")]),
    (_LEAD + "Qui vous entoure ?\n\nMon cousin, Arthur Lemaire, nous a rejoints en 2020.\n\nEt demain ?\n\n"
     "Nous verrons.\n",
     [("FAMILY", "Clotilde Berlandier", "Arthur Lemaire")]),
    # the question's "votre" + kin noun is the interviewee's: FAMILY through the possessive
    (_LEAD + "Votre frère Gaspard a quitté l'entreprise. Pourquoi ?\n\nIl voulait partir.\n\nEt demain ?\n\n"
     "Nous verrons.\n",
     [("FAMILY", "Clotilde Berlandier", "Gaspard")]),
    (_LEAD + "On dit que votre sœur, Hortense Vidal, quitte le groupe ?\n\nC'est faux.\n\nEt demain ?\n\n"
     "Nous verrons.\n",
     [("FAMILY", "Clotilde Berlandier", "Hortense Vidal")]),
    # "votre" + a company noun is the interviewee's organisation's
    (_LEAD + "Et vos usines ?\n\nTout va bien.\n\nVotre filiale Castel Bois a-t-elle des difficultés ?\n\n"
     "Nous verrons.\n",
     [("OWNS", "groupe Berlandier", "Castel Bois")]),
    # a lead with two people: the interviewee is its first subject, not the one they succeeded
    ("Depuis mai, Solène Garrigue, 39 ans, a succédé à son oncle, Basile Garrigue, à la tête des Conserveries "
     "Garrigue. Entretien.\n\nVotre cousin Tristan est-il parti ?\n\nOui.\n\nEt vos clients ?\n\n"
     "Nous avons assigné la centrale d'achat Mobelia devant le tribunal de commerce.\n",
     [("FAMILY", "Solène Garrigue", "Tristan"), ("SUES", "Conserveries Garrigue", "Mobelia")]),
    # "mon oncle" / "votre oncle" with no name of their own: the uncle the lead named
    ("Depuis mai, Solène Garrigue, 39 ans, a succédé à son oncle, Basile Garrigue, à la tête des Conserveries "
     "Garrigue. Entretien.\n\nVotre oncle a-t-il créé la marque Sardinor ?\n\nOui.\n\nEt ensuite ?\n\n"
     "Mon oncle a aussi fondé la société Thonalis en 1995.\n",
     [("FOUNDED", "Basile Garrigue", "Thonalis")]),
]

FORBIDDEN = [
    ("Depuis mai, Solène Garrigue, 39 ans, a succédé à son oncle, Basile Garrigue, à la tête des Conserveries "
     "Garrigue. Entretien.\n\nVotre cousin Tristan est-il parti ?\n\nOui.\n\nEt vos clients ?\n\n"
     "Nous avons assigné la centrale d'achat Mobelia devant le tribunal de commerce.\n",
     ("FAMILY", "Basile Garrigue", "Tristan")),
    # the kin of the one spoken to, never of the company
    (_LEAD + "Votre frère Gaspard a quitté l'entreprise. Pourquoi ?\n\nIl voulait partir.\n\nEt demain ?\n\n"
     "Nous verrons.\n", ("FAMILY", "groupe Berlandier", "Gaspard")),
    # a single rhetorical question is no interview: "nous" stays unread
    ("Le groupe Berlandier, dirigé par Clotilde Berlandier, va-t-il survivre ?\n\nLe négociant Vinalor "
     "dit : nous avons porté plainte contre Mobelia.\n",
     ("SUES", "groupe Berlandier", "Mobelia")),
]
