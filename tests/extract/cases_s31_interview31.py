"""Cases of the s31 interview speaker's organisation (helper s31-interview31), invented names and sentences: the
organisation an interview's "nous", "notre" speaks for comes from the interviewee's own title in the lead — a
fronted title phrase ("Nommée présidente du directoire de Y, X …", "Patron de Y et fondateur de Z, X …",
"Directrice générale de Y depuis 2019, X …"), not the post of another person of the lead's sentence ("X a
succédé à Z, parti depuis à la tête de W") nor the company the headline and questions name most (the rival).
Layouts: "Q :/R :", bold questions with "— " answers, answers opened by the interviewee's name."""

CASES = [
    # "Q :/R :", the predecessor now heads the rival (mentions/quoted_we._lead_org stops at another person)
    ("Lumetra, l'adversaire : entretien avec Claire Vasseur\n\n"
     "Directrice générale de Norvalis depuis 2019, Claire Vasseur a succédé à Paul Girod, parti depuis à la tête de "
     "Lumetra. Elle revient sur l'offensive de Lumetra.\n\n"
     "Q : Lumetra vient de baisser ses prix. Lumetra vous inquiète-t-il ?\n"
     "R : Lumetra est devenu notre concurrent principal. Nous ne le craignons pas.\n\n"
     "Q : Et vos banques ?\n"
     "R : Crédiflor nous a prêté 200 millions d'euros l'an dernier.\n",
     [("COMPETES_WITH", "Lumetra", "Norvalis"), ("FUNDS", "Crédiflor", "Norvalis")]),
    # bold questions, "— " answers, two fronted titles (the tagger reads "fondateur" as a verb)
    ("« Nous restons indépendants » : Hugo Bernier s'explique\n\n"
     "Patron de Kestrel Aviation et fondateur du cabinet Orvane, Hugo Bernier, 52 ans, répond à nos questions.\n\n"
     "**Le groupe Valtair vous a-t-il approché ?**\n"
     "— Valtair reste notre rival historique, rien de plus. Nous n'avons pas vocation à nous vendre.\n\n"
     "**Qui vous finance ?**\n"
     "— Banque Sorelle nous a accordé un crédit de 80 millions d'euros.\n",
     [("COMPETES_WITH", "Valtair", "Kestrel Aviation"), ("FUNDS", "Banque Sorelle", "Kestrel Aviation")]),
    # answers opened by the interviewee's name; the rival named in the headline and every question
    ("Brelium face à Terranova : Inès Coudray répond\n\n"
     "Interview. Nommée en mars présidente du directoire de Terranova, le fabricant lyonnais de pompes à chaleur, "
     "après dix ans passés chez Brelium, Inès Coudray a dû affronter son ancien employeur dès son arrivée.\n\n"
     "Comment jugez-vous Brelium ?\n"
     "Inès Coudray. Brelium est désormais notre principal concurrent sur le marché européen.\n\n"
     "Brelium a-t-il tenté de débaucher vos ingénieurs ?\n"
     "Inès Coudray. Oui. Heureusement, Ormeau nous a prêté 50 millions d'euros en 2024.\n",
     [("COMPETES_WITH", "Brelium", "Terranova"), ("FUNDS", "Ormeau", "Terranova")]),
]
FORBIDDEN = [
    # the rival the predecessor now heads is not whom "nous" speaks for
    ("Lumetra, l'adversaire : entretien avec Claire Vasseur\n\n"
     "Directrice générale de Norvalis depuis 2019, Claire Vasseur a succédé à Paul Girod, parti depuis à la tête de "
     "Lumetra. Elle revient sur l'offensive de Lumetra.\n\n"
     "Q : Lumetra vient de baisser ses prix. Lumetra vous inquiète-t-il ?\n"
     "R : Lumetra est devenu notre concurrent principal. Nous ne le craignons pas.\n\n"
     "Q : Et vos banques ?\n"
     "R : Crédiflor nous a prêté 200 millions d'euros l'an dernier.\n",
     ("FUNDS", "Crédiflor", "Lumetra")),
    # an owner's title ("propriétaire") is no head's: "nous" is the body the interviewee presides
    ("Entretien avec Léa Morvan\n\n"
     "Propriétaire du club Aiglons et présidente de Sarcelle Holding, Léa Morvan détaille sa feuille de route.\n\n"
     "Quelles sont vos priorités ?\n"
     "Nous devons rembourser. Fonds Galet nous a prêté 90 millions d'euros.\n\n"
     "Et le stade ?\n"
     "Rien n'est décidé.\n",
     ("FUNDS", "Fonds Galet", "Aiglons")),
]

# a rival noun after a copula, no complement saying whose, in an interview's answer: the interviewee's
# organisation's rival (slots/interview31.bare_rival_in_answer)
CASES += [
    ("Entretien avec Marion Lebrun\n\n"
     "Directrice générale de Sylvanor depuis 2021, Marion Lebrun répond à nos questions.\n\n"
     "Q : Comment voyez-vous le marché ?\n"
     "R : Quartzo et Nerval restent des compétiteurs redoutables sur les prix, c'est évident.\n\n"
     "Q : Et l'export ?\n"
     "R : Nous ouvrons deux filiales.\n",
     [("COMPETES_WITH", "Quartzo", "Sylvanor"), ("COMPETES_WITH", "Nerval", "Sylvanor")]),
    ("Yves Caradec : « Le marché se durcit »\n\n"
     "Patron de Brimont Logistique, Yves Caradec revient sur une année difficile.\n\n"
     "**Qui craignez-vous ?**\n"
     "— Feldran et Opaline sont des challengers sérieux, pas des partenaires.\n\n"
     "**Allez-vous embaucher ?**\n"
     "— Oui, deux cents personnes.\n",
     [("COMPETES_WITH", "Feldran", "Brimont Logistique"), ("COMPETES_WITH", "Opaline", "Brimont Logistique")]),
    ("Interview. Le PDG de Castel Énergies, Rémi Faure, détaille son plan.\n\n"
     "Avez-vous peur de Voltane ?\n"
     "Rémi Faure. Non. Voltane et Hexa sont des rivaux, rien de plus.\n\n"
     "Et vos prix ?\n"
     "Rémi Faure. Ils baisseront en 2026.\n",
     [("COMPETES_WITH", "Voltane", "Castel Énergies"), ("COMPETES_WITH", "Hexa", "Castel Énergies")]),
]
FORBIDDEN += [
    # a rival "de" a named company: not the speaker's
    ("Entretien avec Marion Lebrun\n\n"
     "Directrice générale de Sylvanor depuis 2021, Marion Lebrun répond à nos questions.\n\n"
     "Q : Comment voyez-vous le marché ?\n"
     "R : Quartzo reste un compétiteur redoutable de Belvédia, pas le nôtre.\n\n"
     "Q : Et l'export ?\n"
     "R : Nous ouvrons deux filiales.\n",
     ("COMPETES_WITH", "Quartzo", "Sylvanor")),
    # outside an interview: no speaker's organisation
    ("Sylvanor a publié ses comptes. Quartzo reste un compétiteur redoutable, selon les analystes.",
     ("COMPETES_WITH", "Quartzo", "Sylvanor")),
]
