"""Cases of the s21 coreference round (helper s21-coref21): second references that pick the wrong party,
invented names and sentences."""

# A company noun subject of its sentence, right after a sentence whose subject is a person given a head title
# of one company ("X, le fondateur de Y, accuse A…", "Son président, X, reproche à Z…", "« … », tacle X, le
# fondateur de Y"): the person's company, not an actor the person spoke of.
CASES = [
    ("Gilles Ormand, le fondateur de Brevanne, accuse Quintal de copier ses serveurs. L'entreprise avait "
     "déposé une plainte contre Maraval en 2021.",
     [("SUES", "Brevanne", "Maraval")]),
    # (a guard: passes on main as well; the quotation speaker stands for the parse's missing subject)
    ("« Ce n'est pas de la souveraineté », tacle Luc Berthier, le fondateur de Kestor, qui accuse Brulot et "
     "Tessar de blanchir les géants américains. L'entreprise roubaisienne avait déposé une plainte contre Varnel.",
     [("SUES", "Kestor", "Varnel")]),
    ("Varnel n'a pas déposé d'offre. Son président, Paul Marlin, reproche à la Ligue d'avoir dévalorisé "
     "son produit. La chaîne voit en outre arriver avec Tessar un concurrent direct.",
     [("COMPETES_WITH", "Varnel", "Tessar")]),
]
FORBIDDEN = [
    ("Gilles Ormand, le fondateur de Brevanne, accuse Quintal de copier ses serveurs. L'entreprise avait "
     "déposé une plainte contre Maraval en 2021.",
     ("SUES", "Quintal", "Maraval")),
    ("Varnel n'a pas déposé d'offre. Son président, Paul Marlin, reproche à la Ligue d'avoir dévalorisé "
     "son produit. La chaîne voit en outre arriver avec Tessar un concurrent direct.",
     ("COMPETES_WITH", "Ligue", "Tessar")),
    # near misses: a former head's company is not what the story goes on about; the company the noun
    # introduced in that sentence is ("la société Quintal … La société")
    ("Gilles Ormand, l'ancien patron de Brevanne, accuse Quintal de copier ses serveurs. L'entreprise avait "
     "déposé une plainte contre Maraval en 2021.",
     ("SUES", "Brevanne", "Maraval")),
    ("Gilles Ormand, le patron de Brevanne, a racheté la société Quintal. La société a déposé une plainte "
     "contre Maraval.",
     ("SUES", "Brevanne", "Maraval")),
]

# A possessive opening a sentence points back to the previous sentence's main-clause subject, not to the subject
# of a relative or subordinate clause set inside it ("— une discrimination que dénonce X —, le parti a dû…").
CASES += [
    ("Faute d'obtenir des crédits auprès des banques — une discrimination que dénonce régulièrement Sophie "
     "Marly —, le parti Varnel a dû se tourner vers d'autres guichets. Son ancien trésorier, Paul Marlin, en a "
     "fait l'amère expérience.",
     [("WORKS_FOR", "Paul Marlin", "Varnel")]),   # (s35-conv35: a party's treasurer works for it; membership before)
    # (a guard: the relative clause's subject after its company, the company stays the owner)
    ("Le groupe Varnel, que Sophie Marly a quitté en mai, a perdu des parts de marché. Son directeur général, "
     "Paul Marlin, promet un plan.",
     [("LEADS", "Paul Marlin", "Varnel")]),
]
FORBIDDEN += [
    ("Faute d'obtenir des crédits auprès des banques — une discrimination que dénonce régulièrement Sophie "
     "Marly —, le parti Varnel a dû se tourner vers d'autres guichets. Son ancien trésorier, Paul Marlin, en a "
     "fait l'amère expérience.",
     ("WORKS_FOR", "Paul Marlin", "Sophie Marly")),
]

# A former title with its organisation outside its clause's subject ("les proches de l'ancien patron de Y", "une
# défiance envers l'ancien porte-parole de Y") stands for the one person the sentence before spoke of.
CASES += [
    ("Le propriétaire de Varnel vient de mettre un terme au mandat de Paul Marlin. C'est la fin d'une longue "
     "défiance envers l'ancien porte-parole de Kestor.",
     [("WORKS_FOR", "Paul Marlin", "Kestor")]),
    ("Cela n'a pas plu à Paul Marlin, propriétaire du club. « C'est faux », ont assuré les proches de l'ancien "
     "patron de Kestor.",
     [("LEADS", "Paul Marlin", "Kestor")]),
]
FORBIDDEN += [
    # near misses: the sentence before spoke of two persons; a successor is someone else
    ("Paul Marlin a rencontré Luc Berthier. Il a salué l'action de l'ancien patron de Varnel.",
     ("LEADS", "Luc Berthier", "Varnel")),
    ("Paul Marlin a annoncé la nomination. Luc Berthier succède à l'ancien patron de Varnel.",
     ("LEADS", "Paul Marlin", "Varnel")),
    ("Paul Marlin a annoncé la nomination. Luc Berthier succède à l'ancien patron de Varnel.",
     ("LEADS", "Luc Berthier", "Varnel")),
]
