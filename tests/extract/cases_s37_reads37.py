"""Cases of the s37 reading of phrases left unread (helper s37-reads37), invented names and sentences: "X est en
froid avec Z" (OPPOSES, copular state), "X a obtenu gain de cause contre Y" only in a legal frame (SUES, status
completed), "A et son rival B" / "A et son concurrent allemand B" (the possessed noun's name, COMPETES_WITH between
companies, OPPOSES between politicians); and the phrases of the list that were read already ("se ranger derrière",
"brouillé avec", "peut compter sur le soutien de", "un intime de", "son ancien allié"), kept here as cases; "Y, dont il restera un proche" (the relative's verb of staying or
becoming takes the closeness noun; its unresolved pronoun is the person subject of the antecedent's clause)."""

CASES = [
    ("Le député Hervé Castagne est en froid avec Julie Marchal depuis l'été.",
     [("OPPOSES", "Hervé Castagne", "Julie Marchal")]),
    ("La société Varlin a obtenu gain de cause contre Technova devant le tribunal de commerce.",
     [("SUES", "Varlin", "Technova")]),
    ("Le constructeur Varlin et son rival Technova ont annoncé des hausses de prix.",
     [("COMPETES_WITH", "Varlin", "Technova")]),
    ("Le groupe Varlin et son concurrent allemand Technova ont annoncé des hausses de prix.",
     [("COMPETES_WITH", "Varlin", "Technova")]),
    ("La sénatrice Julie Marchal et son rival Hervé Castagne ont débattu jeudi.",
     [("OPPOSES", "Julie Marchal", "Hervé Castagne")]),
    ("Le groupe Borvel domine le marché face à son concurrent breton, les Ateliers Quartzine.",
     [("COMPETES_WITH", "Borvel", "Ateliers Quartzine")]),
    ("Hervé Castagne a rencontré en 1990 la ministre Paula Revel, dont il restera un proche jusqu'à sa mort.",
     [("ALLY_OF", "Hervé Castagne", "Paula Revel")]),
    ("Hervé Castagne a travaillé pour le ministre Paul Revel, dont il restera un proche jusqu'à la mort de ce dernier.",
     [("ALLY_OF", "Hervé Castagne", "Paul Revel")]),
    ("Hervé Castagne s'est lui aussi rangé derrière Julie Marchal.",
     [("ALLY_OF", "Hervé Castagne", "Julie Marchal")]),
    # (read already before this session: kept as cases of the list)
    ("Le maire de Valbonne, Hervé Castagne, s'est rangé derrière Julie Marchal pour la primaire.",
     [("ALLY_OF", "Hervé Castagne", "Julie Marchal")]),
    ("Le député Hervé Castagne est brouillé avec Julie Marchal depuis l'été.",
     [("OPPOSES", "Hervé Castagne", "Julie Marchal")]),
    ("Le ministre Hervé Castagne peut compter sur le soutien de Julie Marchal.",
     [("ALLY_OF", "Julie Marchal", "Hervé Castagne")]),
    ("Hervé Castagne, un intime de Julie Marchal, a été nommé.",
     [("ALLY_OF", "Hervé Castagne", "Julie Marchal")]),
    ("Le groupe Varlin a devancé ses concurrents Technova et Kelvio.",
     [("COMPETES_WITH", "Varlin", "Technova"), ("COMPETES_WITH", "Varlin", "Kelvio")]),
    ("Julie Marchal a été élue. Son ancien allié, Hervé Castagne, l'a critiquée.",
     [("ALLY_OF", "Julie Marchal", "Hervé Castagne")]),
]

FORBIDDEN = [
    # (a won argument, no court: no lawsuit)
    ("La société Varlin a obtenu gain de cause contre Technova sur le prix.", ("SUES", "Varlin", "Technova")),
    # (a rival named by no name: the next conjunct is no name of it)
    ("Varlin et son concurrent allemand ont annoncé des hausses de prix avec Technova.",
     ("COMPETES_WITH", "Varlin", "Technova")),
    # (a person's "son concurrent": no market rival of a person)
    ("Patrick Morin dirigeait la coopérative Lactalpe depuis 2014 et a rejoint son concurrent normand, les "
     "Fromageries du Vexin.", ("COMPETES_WITH", "Patrick Morin", "Fromageries du Vexin")),
    # (a closeness with an owner of its own in the relative: the antecedent is not its other end)
    ("Hervé Castagne a rencontré la ministre Paula Revel, dont il restera le proche de Julien Morin.",
     ("ALLY_OF", "Hervé Castagne", "Paula Revel")),
    ("Le groupe Varlin veut racheter le concurrent allemand.", ("COMPETES_WITH", "Varlin", "allemand")),
    ("Le parti lui a préféré Hervé Castagne.", ("ALLY_OF", "parti", "Hervé Castagne")),
]


