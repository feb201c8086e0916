"""Cases of the s29 interview gaps (helper s29-interview29), invented names and interviews. Each mechanism is
checked on several shapes: Q/A as plain lines, bold questions, dashes; a headline "X (Y) : « … »", "Entretien
avec X, titre de Y", a fronted "Arrivé à la tête de Y, X …"; the interviewee a regulator, a minister, a union
leader, a company head."""

# 1. a sanction put to the head of a body in a question ("Vous avez mis en demeure Y", "Vous venez d'infliger une
# amende à Y", "vous avez sanctionné Y") is the body's (mentions/quoted_we.py _you_sanction)
_REGULATOR = ("Hélène Vardier (ORTF) : « Nous serons intraitables »\n\n"
              "La présidente de l'Office de régulation des transports ferroviaires (ORTF) fait le point sur ses dossiers.\n\n"
              "Vous avez mis en demeure Brevanor sur l'état de ses voies. L'affaire est-elle close ?\n"
              "Non. Nous attendons des preuves. L'entreprise a fait appel, c'est son droit.\n\n"
              "Vous venez aussi d'infliger une amende de 3 millions d'euros à Ferrolis. Pourquoi ?\n"
              "Les retards étaient répétés. Le groupe a annoncé qu'il contesterait notre décision.\n\n"
              "Votre collège vous soutient-il ?\n"
              "Oui, pleinement. Nous travaillons ensemble depuis des années.")
_AUTHORITY = ("Entretien avec Marc Tallec, président de l'Autorité de contrôle des jeux\n\n"
              "Le régulateur a durci le ton cette année.\n\n"
              "**En mars, vous avez sanctionné Lotoplex pour publicité trompeuse. Était-ce nécessaire ?**\n\n"
              "Oui. Les joueurs mineurs étaient visés, nous ne pouvions pas laisser faire.\n\n"
              "**Allez-vous infliger d'autres amendes ?**\n\n"
              "Nous instruisons plusieurs dossiers, je ne peux pas en dire plus.\n\n"
              "**Les opérateurs vous trouvent sévère. Que leur répondez-vous ?**\n\n"
              "Nous appliquons la loi, rien de plus.")
_MINISTER = ("La ministre du Travail, Claire Dussolier, s'explique.\n\n"
             "— Vous venez de mettre en demeure la société Kelvio pour travail dissimulé. Irez-vous plus loin ?\n\n"
             "— Si rien ne change, oui. Nous ne tolérerons aucun abus.\n\n"
             "— Les syndicats réclament des contrôles. Que leur dites-vous ?\n\n"
             "— Que nous renforçons les équipes d'inspection dès cette année.")

# 3. "Votre conseil, présidé par X" in a question, "notre conseil d'administration, dirigé par X" in an answer or a
# quotation: the board of the one asked or speaking, not the article's most named company (slots/phrases.py _bare_board)
_CEO = ("Arrivé en mars à la direction générale de Corvalis, Julien Marchand détaille ses priorités.\n\n"
        "Vexor détient 20 % de Dentrix. Allez-vous lancer une offre sur Dentrix ?\n\n"
        "Non. Nous sommes un actionnaire patient de Dentrix.\n\n"
        "Votre conseil, présidé par Paul Ganet, vous a-t-il fixé une limite ?\n\n"
        "Le conseil nous demande de la discipline.\n\n"
        "Et Dentrix ?\n\n"
        "Notre conseil d'administration, dirigé par Anne Plichon depuis 2019, suit le dossier de Dentrix.")
_CEO2 = ("Olivier Sarrazin : « Nous ne vendrons pas »\n\n"
         "Le président de Maltérix répond à nos questions.\n\n"
         "Dravex vient de racheter Kelvio. Êtes-vous inquiet ?\n\n"
         "Pas du tout. Nous avons nos propres atouts.\n\n"
         "Vos actionnaires vous soutiennent-ils ? Votre directoire, présidé par Lise Garnier, a-t-il parlé ?\n\n"
         "Le directoire est unanime. Nous continuons.")

CASES = [
    (_REGULATOR, [("OPPOSES", "Office de régulation des transports ferroviaires", "Brevanor"),
                  ("OPPOSES", "Office de régulation des transports ferroviaires", "Ferrolis")]),
    (_AUTHORITY, [("OPPOSES", "Autorité de contrôle des jeux", "Lotoplex")]),
    # (a ministry's sanction is its named minister's: extract/implied.py ministers_for_ministries)
    (_MINISTER, [("OPPOSES", "Claire Dussolier", "Kelvio")]),
    (_CEO, [("LEADS", "Paul Ganet", "Corvalis"), ("LEADS", "Anne Plichon", "Corvalis")]),
    (_CEO2, [("LEADS", "Lise Garnier", "Maltérix")]),
    ("« Notre conseil de surveillance, présidé par Anne Plichon, a validé le rachat de Dentrix », a déclaré Paul "
     "Ganet, PDG de Corvalis.", [("LEADS", "Anne Plichon", "Corvalis")]),
    # 5. a rival or partner "pour nous", "pour nos usines", "pour vous": the speaker's (the one asked's) organisation
    # (slots/interview29.py rival_for_us)
    ("Arrivé en mars à la tête de Corvalis, Julien Marchand détaille ses priorités.\n\n"
     "Vexor a retiré son offre sur Dentrix. Avez-vous gagné ?\n\n"
     "Non. Vexor reste un concurrent très sérieux pour nous en Espagne, et nous respectons ce groupe.\n\n"
     "Quels sont vos partenaires ?\n\n"
     "Brevanor est un partenaire technologique pour nos usines depuis 2019.",
     [("COMPETES_WITH", "Vexor", "Corvalis"), ("PARTNERS_WITH", "Brevanor", "Corvalis")]),
    ("« Dravex demeure une concurrente redoutable pour nous », a reconnu Lucie Garnier, directrice générale de "
     "Maltérix.", [("COMPETES_WITH", "Dravex", "Maltérix")]),
    ("Entretien avec Paul Ganet, président de Maltérix\n\n"
     "Ferrolis est-il un partenaire solide pour vous ?\n\n"
     "Oui, Ferrolis reste un partenaire fiable pour notre réseau.\n\n"
     "Et Kelvio ?\n\n"
     "Kelvio est devenu un concurrent pour nous sur le fret.",
     [("PARTNERS_WITH", "Ferrolis", "Maltérix"), ("COMPETES_WITH", "Kelvio", "Maltérix")]),
]

# 2. a bare "l'entreprise", "le groupe" in the interview of a public body's or a union's head is not that body
# (quoted_we.py _company_like)
_UNION = ("Entretien avec Rémi Sauzet, secrétaire général de la Fédération unie des cheminots\n\n"
          "Le syndicat mène la grève depuis trois semaines contre la direction de Ferrolis.\n\n"
          "**La direction vous accuse de bloquer le pays. Que répondez-vous ?**\n\n"
          "Nous défendons les salariés. Le groupe a racheté Kelvio l'an dernier et supprime des postes.\n\n"
          "**Votre bureau a-t-il validé la grève ?**\n\n"
          "Oui, à l'unanimité. L'entreprise refuse de négocier depuis mars.")

FORBIDDEN = [
    # ("pour" a named company: bidders for it, no rivals of it)
    ("Les concurrents pour Dentrix sont nombreux : Vexor et Dravex ont déposé une offre.",
     ("COMPETES_WITH", "Vexor", "Dentrix")),
    (_UNION, ("ACQUIRES", "Fédération unie des cheminots", "Kelvio")),
    (_REGULATOR, ("SUES", "Office de régulation des transports ferroviaires", "Office de régulation des transports "
                  "ferroviaires")),
    (_CEO, ("LEADS", "Paul Ganet", "Dentrix")),
    (_CEO, ("LEADS", "Anne Plichon", "Dentrix")),
    # 4. a possessed rivals list: the listed firms are the owner's rivals, not each other's (extract/relations.py
    # _owned_rivals)
    ("Corvalis grandit vite. Ses concurrents, Vexor et Dravex, sont pourtant bien plus gros.",
     ("COMPETES_WITH", "Vexor", "Dravex")),
    ("« Nos concurrents, Vexor ou Dravex, investissent massivement », explique Julie Marchand, directrice générale "
     "de Corvalis.", ("COMPETES_WITH", "Vexor", "Dravex")),
    ("Kelvio a doublé ses ventes, mais ses rivaux Vexor et Dravex ont baissé leurs prix.",
     ("COMPETES_WITH", "Vexor", "Dravex")),
]
