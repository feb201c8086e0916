"""Cases of the s32 interview pass (helper s32-interview32: mentions/interview32.py, extract/slots/interview32.py,
mentions/quoted_we.py), invented names and sentences. An interview's answers speak as "nous" (the interviewee's
organisation) and "je / me" (the interviewee); its questions as "vous". Each mechanism is checked on several layouts
(answers after bold or plain questions, "Q :" lines) and with cue words the read passages did not use."""


def _interview(lead: str, *pairs: str) -> str:
    """A headline and lead, then question/answer paragraphs (each pair "question\\nanswer")."""
    return lead + "\n\n" + "\n\n".join(pairs)


_LEAD = "Martin Lebrun : « Nous irons jusqu'au bout »\n\nLe PDG de Norvalis, fabricant de pompes, défend sa stratégie. Extraits."
_LEAD_Q = "Entretien avec Claire Joubert, directrice générale de Norvalis.\n\nLe fabricant de pompes accélère. Sa patronne détaille ses choix."

# (1) an interview with no organisation the count of names makes its subject is about the one its interviewee
# speaks for: a stake "du capital", a shareholder "à N %", "le conseil" of no company named are that organisation's
# (quoted_we._interview sets index.topic)
CASES = [
    (_interview(_LEAD, "Votre filiale Brivel Pompes perd de l'argent. Jusqu'à quand ?\nNous verrons.",
                "Le fonds Ardenne Capital, qui possède 18 % du capital, vous soutient-il ?\nOui, pleinement."),
     [("OWNS", "Ardenne Capital", "Norvalis")]),
    (_interview(_LEAD_Q, "Q : Votre filiale Brivel Pompes perd de l'argent. Jusqu'à quand ?\nR : Nous verrons.",
                "Q : Et vos actionnaires ?\nR : Le conseil de surveillance, où siège Paul Verdier, a voté ce plan."),
     [("BOARD_MEMBER", "Paul Verdier", "Norvalis")]),
    (_interview(_LEAD, "**Votre filiale Brivel Pompes perd de l'argent. Jusqu'à quand ?**\nNous verrons.",
                "**La banque Belmar, actionnaire à 12 %, vous suit-elle ?**\nElle nous suit."),
     [("OWNS", "Belmar", "Norvalis")]),
]

# (2) in an interview's lead, a person's descriptor that coreference gave to someone the headline's quotation names
# is the interviewee (quoted_we._lead_descriptors_to_interviewee): their title names their organisation
_LEAD2 = ("Hugo Ferrand : « Je ne m'allierai jamais avec Lina Marchal »\n\nLe sénateur, fondateur du mouvement "
          "Cap Avenir, détaille sa stratégie.")
CASES += [
    (_interview(_LEAD2, "Êtes-vous candidat ?\nJe le serai si personne n'est mieux placé.",
                "Vos adversaires vous critiquent. Pourquoi ?\nParce qu'ils ont peur."),
     [("FOUNDED", "Hugo Ferrand", "Cap Avenir")]),
    (_interview("Paul Verdier : « Je ne ferai jamais équipe avec Hugo Ferrand »\n\nL'eurodéputé, cofondateur du "
                "mouvement Cap Avenir, répond à nos questions.", "Vos clients vous suivent-ils ?\nOui.",
                "Et la concurrence ?\nElle progresse."),
     [("FOUNDED", "Paul Verdier", "Cap Avenir")]),
    # (a lead coreference already read right stays so)
    (_interview("Hugo Ferrand : « Je ne m'allierai jamais avec Marc Delorme »\n\nLe maire, président du parti Cap "
                "Avenir, détaille sa stratégie.", "Q : Vos électeurs vous suivent-ils ?\nR : Oui.",
                "Q : Et la concurrence ?\nR : Elle progresse."),
     [("LEADS", "Hugo Ferrand", "Cap Avenir")]),
]
FORBIDDEN = [
    (_interview(_LEAD2, "Êtes-vous candidat ?\nJe le serai si personne n'est mieux placé.",
                "Vos adversaires vous critiquent. Pourquoi ?\nParce qu'ils ont peur."),
     ("FOUNDED", "Lina Marchal", "Cap Avenir")),
    (_interview("Paul Verdier : « Je ne ferai jamais équipe avec Hugo Ferrand »\n\nL'eurodéputé, cofondateur du "
                "mouvement Cap Avenir, répond à nos questions.", "Vos clients vous suivent-ils ?\nOui.",
                "Et la concurrence ?\nElle progresse."),
     ("FOUNDED", "Hugo Ferrand", "Cap Avenir")),
]

# (3) the clitic "nous" / "me" between a third party and its verb is the verb's object or indirect object, not a
# second subject (mentions/interview32.repair_clitic_subject), so every reader of the verb takes the interviewee's
# organisation or the interviewee: commander, confier, recevoir, quitter, soutenir, faire une offre
CASES += [
    (_interview(_LEAD, "Vos clients publics ?\nLa mairie de Brivel nous a commandé quarante pompes l'an dernier.",
                "Et l'État ?\nLe ministre Jean Ardent m'a reçu à Bercy en septembre."),
     [("FUNDS", "mairie de Brivel", "Norvalis"), ("MEETS", "Jean Ardent", "Martin Lebrun")]),
    (_interview(_LEAD_Q, "Q : Vos équipes partent-elles ?\nR : Paul Verdier, qui nous a quittés en mars, a rejoint "
                "Pentix.", "Q : Et vos actionnaires ?\nR : Le fonds Ardenne Capital me soutient depuis le début."),
     [("WORKS_FOR", "Paul Verdier", "Norvalis"), ("ALLY_OF", "Ardenne Capital", "Claire Joubert")]),
    (_interview(_LEAD, "**Avez-vous reçu des offres ?**\nOui. Le groupe Halverson Foods nous a fait une offre, nous "
                "l'avons déclinée.", "**Et vos clients ?**\nLa métropole de Brivel nous a confié la gestion de ses piscines. L'hôpital "
                "Saint-Roch nous a acheté dix scanners."),
     [("BIDS_FOR", "Halverson Foods", "Norvalis"), ("FUNDS", "métropole de Brivel", "Norvalis"),
      ("FUNDS", "Saint-Roch", "Norvalis")]),
]

# (4) money put in during a round is invested in the round's owner: its "de Y", else its possessive's owner (the
# speaker's organisation for "notre"), else the article's company (slots/interview32.invested_during_round;
# investir, injecter, apporter, mettre …; lors de, à l'occasion de, au cours de …; tour de table, levée, série …)
CASES += [
    (_interview(_LEAD, "Vos actionnaires vous suivent-ils ?\nOui. Orvane Partners, Belmar Capital et Kestrel Partners ont "
                "investi 500 millions d'euros lors de notre dernier tour de table, en 2022.", "Et ensuite ?\nRien."),
     [("INVESTS_IN", "Orvane Partners", "Norvalis"), ("INVESTS_IN", "Belmar Capital", "Norvalis"),
      ("INVESTS_IN", "Kestrel Partners", "Norvalis")]),
    (_interview(_LEAD_Q, "Q : Et ensuite ?\nR : Lors de notre série C, le fonds Alvéa a mis 20 millions. La banque "
                "Tessier a apporté 10 millions au cours de notre augmentation de capital.", "Q : Et demain ?\nR : Rien."),
     [("INVESTS_IN", "Alvéa", "Norvalis"), ("INVESTS_IN", "Tessier", "Norvalis")]),
    ("Le fonds Orvane a injecté 12 millions d'euros à l'occasion de la levée de fonds de Norvalis.",
     [("INVESTS_IN", "Orvane", "Norvalis")]),
]
FORBIDDEN += [
    ("Le fonds Orvane a investi 30 millions d'euros au second tour.", ("INVESTS_IN", "Orvane", "Norvalis")),
]

# (5) "A et B sont nos adversaires", "Y demeure notre ennemi juré": the copula's subject is the possessive owner's
# rival (slots/interview32.possessed_rival_subjects; the pair A–B stays none)
CASES += [
    (_interview(_LEAD, "Qui sont vos concurrents ?\nPentix est notre adversaire. Hexacorp et Voltane restent nos "
                "rivaux historiques.", "Et ensuite ?\nRien."),
     [("COMPETES_WITH", "Pentix", "Norvalis"), ("COMPETES_WITH", "Hexacorp", "Norvalis"),
      ("COMPETES_WITH", "Voltane", "Norvalis")]),
    (_interview(_LEAD_Q, "Q : Et la concurrence ?\nR : Voltane demeure notre ennemi juré.", "Q : Et demain ?\nR : Rien."),
     [("COMPETES_WITH", "Voltane", "Norvalis")]),
]
FORBIDDEN += [
    (_interview(_LEAD, "Qui sont vos concurrents ?\nPentix est notre adversaire. Hexacorp et Voltane restent nos "
                "rivaux historiques.", "Et ensuite ?\nRien."),
     ("COMPETES_WITH", "Hexacorp", "Voltane")),
]

# (6) a company's market standing measured against another's (slots/interview32.standing_against: position, place,
# avance, retard, parts de marché …; face à, vis-à-vis de, par rapport à, sur)
CASES += [
    (_interview(_LEAD, "Pourquoi ce rachat ?\nCette opération renforce notre position face à Pentix Industries et à Hexacorp Systems.",
                "Et ensuite ?\nNous avons creusé notre avance sur Voltane."),
     [("COMPETES_WITH", "Norvalis", "Pentix Industries"), ("COMPETES_WITH", "Norvalis", "Hexacorp Systems"),
      ("COMPETES_WITH", "Norvalis", "Voltane")]),
    ("Le rachat consolide la place de Norvalis vis-à-vis de Pentix, selon la presse spécialisée.",
     [("COMPETES_WITH", "Norvalis", "Pentix")]),
    (_interview(_LEAD_Q, "Q : Et vos ventes ?\nR : Cela améliore nos parts de marché par rapport à Voltane.",
                "Q : Et demain ?\nR : Rien."),
     [("COMPETES_WITH", "Norvalis", "Voltane")]),
]
