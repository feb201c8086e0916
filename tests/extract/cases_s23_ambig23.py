"""Cases of the s23 abstention on ambiguous second references (helper s23-ambig23), invented names and
sentences.

A descriptor ("l'entreprise", "le groupe") whose two best candidates score the same, named in the same sentence,
neither its subject nor marked by the descriptor's noun, adjective or place: no tie to a guess."""

FORBIDDEN = [
    # two companies of one sentence, neither its subject: "l'entreprise" is either
    ("Les juges ont rejeté le recours de Norbec contre Tessaro. L'entreprise, présidée par Hélène Dufour, "
     "fera appel.",
     ("LEADS", "Hélène Dufour", "Tessaro")),
    ("Les juges ont rejeté le recours de Norbec contre Tessaro. L'entreprise, présidée par Hélène Dufour, "
     "fera appel.",
     ("LEADS", "Hélène Dufour", "Norbec")),
]
CASES = [
    # near misses: one candidate, or one marked by the subject or by the descriptor's adjective, keeps its tie
    ("Le régulateur a validé mardi la vente de Norbec. Le groupe, dirigé par Paul Marchand, vise désormais l'Asie.",
     [("LEADS", "Paul Marchand", "Norbec")]),
    ("Arvel a cédé mardi sa participation dans Norbec à Tessaro. Selon nos informations, le groupe a été "
     "dirigé par Paul Marchand.",
     [("LEADS", "Paul Marchand", "Arvel")]),
]
