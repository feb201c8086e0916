"""Rule cases of the s14 names helper (names typed wrongly): invented actors only."""

CASES = [
    # "Créée par la chercheuse A et l'informaticien B, la start-up …": the first name and surname before the
    # company noun that opens the main clause are a person's (no apposition "B, la start-up")
    ("Vasculia a bouclé un tour de table. Créée en 2021 par la chercheuse Anne Brisset et l'informaticien "
     "Paul Ravier, la start-up compte 25 salariés.",
     [("FOUNDED", "Anne Brisset", "Vasculia")]),
    # "X Communauté", "X Agglo": the council of a group of communes pays
    ("Morlaix Communauté a versé 60 000 euros au club Morlaix Basket.",
     [("FUNDS", "Morlaix Communauté", "Morlaix Basket")]),
]

FORBIDDEN = [
    # a person after a trade said of people ("le négociant Philibert X") is no company: nothing is sold to them
    ("Le négociant Aurélien Pradal, fondateur de la maison Pradal Vins, a été condamné.",
     ("OWNS", "Aurélien Pradal", "Pradal Vins")),
]

CASES += [
    # the party in brackets after an elected person, whole, even when the NER cuts it or calls it a place
    ("Dans l'opposition, la conseillère communautaire Armelle Tanguy (Servir Quimper) accuse le président.",
     [("MEMBER_OF", "Armelle Tanguy", "Servir Quimper")]),
    ("Le maire Paul Ravier (Agir pour Dinan) a signé la convention avec la société Brenac.",
     [("MEMBER_OF", "Paul Ravier", "Agir pour Dinan")]),
]
