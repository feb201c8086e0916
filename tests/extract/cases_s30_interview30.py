"""Cases of the s30 interview gaps (helper s30-interview30), invented names and interviews. Each mechanism is
checked on several shapes: an interview's answer and question, a quotation with its attribution, a plain report;
the name before or after the title, a list of members, another tense."""


def _interview(qa: str) -> str:
    """An interview of Zentrix's head: a headline answer line, a lead, the given question/answer, one more."""
    return ("Claire Vautrin : « Nous restons confiants »\n\n"
            "Directrice générale de Zentrix depuis 2020, Claire Vautrin revient sur les ambitions du groupe.\n\n"
            + qa + "\n\nEt la suite ?\n\nNous verrons bien.")


def _dashes(qa: str) -> str:
    """An interview with dashes, the interviewee a union's head named in the lead."""
    return ("Entretien avec Hélène Corbière, présidente de la Fédération Norvane\n\n"
            "La fédération des transporteurs fête ses trente ans.\n\n"
            "— Vos adhérents sont-ils inquiets ?\n\n— Oui, très. Nous le disons depuis longtemps.\n\n" + qa)


# 1. a board the first or second person owns: "X, le président de notre conseil d'administration", "membre de
# votre directoire" (slots/interview30.py our_board_title)
CASES = [
    (_interview("Vos relations avec l'État sont-elles bonnes ?\n\nOui. Marc Dutilleul, le président de notre conseil "
                "d'administration, entretient un dialogue constant avec Bercy."),
     [("LEADS", "Marc Dutilleul", "Zentrix")]),
    (_interview("Votre gouvernance va-t-elle changer ?\n\nLe président de notre conseil de surveillance, Marc Dutilleul, "
                "partira en juin."),
     [("LEADS", "Marc Dutilleul", "Zentrix")]),
    (_interview("Anne Morel, la présidente de votre conseil d'administration, vous soutient-elle ?\n\nSans réserve."),
     [("LEADS", "Anne Morel", "Zentrix")]),
    ("« Paul Ravel, membre de notre directoire, pilotera le chantier », a déclaré Lucie Farge, présidente de "
     "Ventalis.",
     [("BOARD_MEMBER", "Paul Ravel", "Ventalis")]),
    (_interview("Qui pilote la stratégie ?\n\nNous avons recruté Lucie Farge en mars. Elle travaille avec Paul Ravel, "
                "membre de notre conseil de surveillance."),
     [("BOARD_MEMBER", "Paul Ravel", "Zentrix")]),
    # 2. a membership noun in a "dont" relative: the clause's antecedent, a descriptor set off after a name
    # (slots/interview30.py member_whose)
    (_interview("Qui sont vos alliés ?\n\nLe Gifas, l'association des industriels dont nous sommes membres, nous aide "
                "beaucoup."),
     [("MEMBER_OF", "Zentrix", "Gifas")]),
    ("L'Union Norvane, l'organisation patronale dont Ventalis est membre, a protesté mardi.",
     [("MEMBER_OF", "Ventalis", "Union Norvane")]),
    ("« Nous avons alerté Euroclim, la fédération dont nous sommes membres depuis 2015 », explique Lucie Farge, "
     "présidente de Ventalis.",
     [("MEMBER_OF", "Ventalis", "Euroclim")]),
    (_dashes("— Et l'Alliance Kermor ?\n\n— Nous avons quitté l'an dernier l'Alliance Kermor, une coalition dont nous "
             "étions membres depuis 2010."),
     [("MEMBER_OF", "Fédération Norvane", "Alliance Kermor")]),
    # 3. a head's post naming no body handed on: the giver's body ("vous" of a question, "nous" of an answer, a
    # board's company, an organisation) (slots/interview30.py post_handed)
    (_interview("Vous avez confié l'an dernier la direction générale à Sophie Barland. Pourquoi ?\n\nSophie est une "
                "excellente gestionnaire."),
     [("LEADS", "Sophie Barland", "Zentrix")]),
    (_interview("Vous avez cédé en 2023 la présidence à Hugo Sernin. Le regrettez-vous ?\n\nJamais."),
     [("LEADS", "Hugo Sernin", "Zentrix")]),
    (_interview("Avez-vous pensé à votre succession ?\n\nC'est fait. En 2022, nous avons transmis la présidence "
                "exécutive à Hugo Sernin."),
     [("LEADS", "Hugo Sernin", "Zentrix")]),
    ("Le conseil d'administration de Ventalis a confié la direction générale à Hugo Sernin, un ancien banquier.",
     [("LEADS", "Hugo Sernin", "Ventalis")]),
    ("En mars, la société Ventalis a cédé la présidence à Hugo Sernin.",
     [("LEADS", "Hugo Sernin", "Ventalis")]),
]

# 4. "nous" holding the company "nous" stands for: the interviewee and the people named with "avec" hold it
# (slots/interview30.py we_hold_ourselves)
CASES += [
    (_interview("Votre famille contrôle-t-elle toujours le groupe ?\n\nOui. Avec mon frère Paul Vautrin, nous détenons "
                "environ 70 % de Zentrix."),
     [("OWNS", "Claire Vautrin", "Zentrix"), ("OWNS", "Paul Vautrin", "Zentrix")]),
    (_interview("Allez-vous ouvrir le capital ?\n\nNon. Nous possédons encore 55 % de Zentrix et nous ne vendrons pas."),
     [("OWNS", "Claire Vautrin", "Zentrix")]),
    (_interview("Qui contrôle Zentrix ?\n\nAvec Hugo Sernin et Lucie Farge, nous contrôlons 62 % de Zentrix depuis 2019."),
     [("OWNS", "Claire Vautrin", "Zentrix"), ("OWNS", "Hugo Sernin", "Zentrix"), ("OWNS", "Lucie Farge", "Zentrix")]),
]

FORBIDDEN = [
    # "nous" holding another company is the organisation's stake, not the interviewee's
    (_interview("Et Ventalis ?\n\nNous détenons 30 % de Ventalis depuis 2018."), ("OWNS", "Claire Vautrin", "Ventalis")),
    # a council that is no company's board; a "notre" with no speaker known
    (_interview("Vos relations avec la région sont-elles bonnes ?\n\nOui. Lucie Farge, la présidente de notre conseil "
                "régional, nous écoute."), ("LEADS", "Lucie Farge", "Zentrix")),
    ("Marc Dutilleul, le président de notre conseil d'administration, entretient un dialogue constant avec Ventalis.",
     ("LEADS", "Marc Dutilleul", "Ventalis")),
    # a department's or a site's direction is no company's lead
    (_interview("Vous avez confié la direction de l'usine de Lorient à Hugo Sernin. Pourquoi ?\n\nIl connaît le métier."),
     ("LEADS", "Hugo Sernin", "Zentrix")),
    (_interview("Vous avez confié la direction financière à Hugo Sernin. Pourquoi ?\n\nIl connaît le métier."),
     ("LEADS", "Hugo Sernin", "Zentrix")),
    # a "nous" in a question is not the interviewee's
    (_interview("Nous avons confié la direction générale à Hugo Sernin, disent vos rivaux. Et vous ?\n\nRien à dire."),
     ("LEADS", "Hugo Sernin", "Zentrix")),
]
