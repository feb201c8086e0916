"""Cases of the fourteenth session's lead fixes (sanctions told by a fronted participle or followed by
another body: extract/sanctions.py), invented names."""

CASES = [
    # a fronted participle: each body named by "par" sanctions the first actor after the clause
    ("Sanctionné en décembre par le Trésor américain, puis en février par l'Union européenne, l'armateur "
     "grec Valcor Shipping a longtemps transporté le gaz de Brenix.",
     [("OPPOSES", "Trésor américain", "Valcor Shipping"), ("OPPOSES", "Union européenne", "Valcor Shipping")]),
    ("Sanctionnée l'an dernier par l'Union européenne, la banque Norvik Capital a fermé ses bureaux de Riga.",
     [("OPPOSES", "Union européenne", "Norvik Capital")]),
    ("Visé depuis mars par des sanctions du Trésor américain, le négociant Faltor Energy conteste toute "
     "irrégularité.",
     [("OPPOSES", "Trésor américain", "Faltor Energy")]),
    # no body named: the adjective's, told elsewhere in the article
    ("L'Union européenne a adopté un nouveau paquet de sanctions. Frappée depuis 2023 par des sanctions "
     "européennes, la banque Norvik Capital a fermé ses bureaux.",
     [("OPPOSES", "Union européenne", "Norvik Capital")]),
    # a sanction followed by another body
    ("Depuis avril, l'Union européenne sanctionne le négociant Faltor Energy, suivie par les États-Unis.",
     [("OPPOSES", "Union européenne", "Faltor Energy"), ("OPPOSES", "États-Unis", "Faltor Energy")]),
    ("Le Royaume-Uni a sanctionné la société Ostrava Trade en mai, suivi par le Canada.",
     [("OPPOSES", "Royaume-Uni", "Ostrava Trade"), ("OPPOSES", "Canada", "Ostrava Trade")]),
]

FORBIDDEN = [
    # a fronted participle of another kind is no sanction
    ("Touché par la crise, le groupe Maraval a licencié deux cents salariés, selon l'Union européenne.",
     ("OPPOSES", "Union européenne", "groupe Maraval")),
    # the one sanctioned by a fronted participle does not sanction
    ("Sanctionné en décembre par le Trésor américain, l'armateur Valcor Shipping transporte le gaz de Brenix.",
     ("OPPOSES", "Valcor Shipping", "Brenix")),
    # "X sait pourquoi son groupe figure sur la liste": the group is listed, not X
    ("Le Trésor américain a sanctionné l'armateur Valcor Shipping. Oleg Varin sait très bien pourquoi son "
     "groupe figure sur la liste.",
     ("OPPOSES", "Trésor américain", "Oleg Varin")),
]
