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
]
# and a court's head is still its head
CASES += [
    ("Hélène Brossard, à la tête de la cour d'appel de Nîmes depuis 2019, a salué le travail des greffiers.",
     [("LEADS", "Hélène Brossard", "cour d'appel de Nîmes")]),
]
