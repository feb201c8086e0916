"""Cases of the thirteenth session's lead fixes (party frames: extract/parties.py), invented names."""

CASES = [
    # "Au sein de Y," frames the sentence: a titled politician named in it is a member of Y
    ("Au sein du Parti radical vert, le sénateur de la Drôme Luc Berthon mène la fronde contre la direction.",
     [("MEMBER_OF", "Luc Berthon", "Parti radical vert")]),
    ("Au sein du parti Renouveau populaire, la ministre Anne Roux est de plus en plus isolée.",
     [("MEMBER_OF", "Anne Roux", "Renouveau populaire")]),
    # the frame's sentence names nobody: the next one does
    ("Au sein de Renouveau populaire, le projet divise. La députée de l'Aude Sandrine Morel a dénoncé un "
     "accord « sans principes ».",
     [("MEMBER_OF", "Sandrine Morel", "Renouveau populaire")]),
    ("Dans les rangs du parti Renouveau populaire, pourtant, l'accord passe mal. Marc Daunay, député du Rhône, "
     "qui fut ministre du Budget, mène la fronde.",
     [("MEMBER_OF", "Marc Daunay", "Renouveau populaire")]),
    # a party card, fronted or in apposition; "issu du parti"
    ("Encartée au Parti radical vert depuis 2015, Inès Vautrin brigue la mairie de Nîmes.",
     [("MEMBER_OF", "Inès Vautrin", "Parti radical vert")]),
    ("Inès Vautrin, encartée au Parti radical vert depuis sa fondation, brigue la mairie de Nîmes.",
     [("MEMBER_OF", "Inès Vautrin", "Parti radical vert")]),
    ("Le député Paul Hérault, issu du parti Renouveau populaire, a voté la motion de censure.",
     [("MEMBER_OF", "Paul Hérault", "Renouveau populaire")]),
]

FORBIDDEN = [
    # a company's frame with a business title is no party membership
    ("Au sein du groupe Bellarde, le directeur financier Paul Hérault a démissionné en mars.",
     ("MEMBER_OF", "Paul Hérault", "Bellarde")),
    # an untitled person in a frame of a body never called a party
    ("Au sein de Caldera Conseil, la consultante Julie Masson a quitté ses fonctions.",
     ("MEMBER_OF", "Julie Masson", "Caldera Conseil")),
    # a company issued from a merger is no member
    ("Le groupe Vestral, issu de la fusion de Corvane et de Mélior, a racheté Poltek.",
     ("MEMBER_OF", "Vestral", "Corvane")),
]
