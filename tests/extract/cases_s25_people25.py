"""Cases of the s25 gaps of ties between people and bodies (helper s25-people25), invented names and sentences."""

# a post only aimed at, fought for or run for is not held (slots/people25.sought_post)
CASES = [
    # a post taken is held
    ("Paul Garnier prendra la tête de Varnell en janvier.", [("LEADS", "Paul Garnier", "Varnell")]),
    ("Paul Garnier a été élu à la présidence de Varnell.", [("LEADS", "Paul Garnier", "Varnell")]),
]
FORBIDDEN = [
    ("Paul Garnier entend reconquérir la présidence de la fédération Drummon.",
     ("LEADS", "Paul Garnier", "Drummon")),
    ("Paul Garnier espère obtenir la direction de la fédération Drummon.",
     ("LEADS", "Paul Garnier", "Drummon")),
    ("Paul Garnier affronte Jean Morel pour la direction du Parti radical.",
     ("LEADS", "Paul Garnier", "Parti radical")),
    ("Paul Garnier est candidat à la présidence de Varnell.",
     ("LEADS", "Paul Garnier", "Varnell")),
]

# "Le parti Y, emmené par X": a body led by X (rule leads.led_at_front, as leads.led's "mené par X")
CASES += [
    ("Le parti Renouveau, emmené par Paul Garnier, accuse le gouvernement.", [("LEADS", "Paul Garnier", "Renouveau")]),
    ("Les Jeunes radicaux, emmenés par Paul Garnier, protestent.", [("LEADS", "Paul Garnier", "Jeunes radicaux")]),
]
FORBIDDEN += [
    # who takes someone along leads nothing
    ("Paul Garnier a emmené Jean Morel chez Varnell.", ("LEADS", "Paul Garnier", "Varnell")),
]

# "X, directeur de cabinet de Z au ministère de Y": Z heads Y, X works for Y (slots/people25.cabinet_ministry)
CASES += [
    ("Paul Garnier devient en 2012 directeur de cabinet de Jean Morel au ministère de la Mer.",
     [("LEADS", "Jean Morel", "ministère de la Mer"), ("WORKS_FOR", "Paul Garnier", "ministère de la Mer"),
      ("WORKS_FOR", "Paul Garnier", "Jean Morel")]),
    ("Paul Garnier, chef de cabinet de la ministre Lucie Brenmor au ministère de la Mer, a parlé.",
     [("LEADS", "Lucie Brenmor", "ministère de la Mer")]),
]
FORBIDDEN += [
    # a director of a company posted at a ministry: no cabinet, no minister
    ("Paul Garnier, directeur de Varnell au ministère de la Mer, a parlé.",
     ("LEADS", "Paul Garnier", "ministère de la Mer")),
]

# a founder's title describes a person or a family, not a company (slots/people25.founder_not_company)
CASES += [
    ("Paul Garnier, le fondateur de Drumtel, a parlé.", [("FOUNDED", "Paul Garnier", "Drumtel")]),
    ("La famille Garnier, fondatrice de Varnell, détient 31 % du capital.", [("FOUNDED", "famille Garnier", "Varnell")]),
]
FORBIDDEN += [
    ("Leur ambition : concurrencer Varnell, le créateur de Drumbot, avec des modèles ouverts.",
     ("FOUNDED", "Varnell", "Drumbot")),
    ("Actionnaire de Kelvor via sa holding Varnell, le fondateur de Drumtel revendiquait un droit.",
     ("FOUNDED", "Varnell", "Drumtel")),
]

# "le garde des Sceaux A et le ministre de l'Intérieur B": each holder keeps his own title and body
# (slots/people25.title_of_coordinated_holder)
CASES += [
    ("Étaient présents le maire de Varnes Paul Garnier et le ministre de l'Intérieur Jean Morel.",
     [("LEADS", "Paul Garnier", "Varnes"), ("LEADS", "Jean Morel", "ministère de l'Intérieur")]),
]
FORBIDDEN += [
    ("Étaient présents le garde des Sceaux Paul Garnier et le ministre de l'Intérieur Jean Morel.",
     ("LEADS", "Jean Morel", "ministère de la Justice")),
    ("Étaient présents le ministre de l'Intérieur Jean Morel et le garde des Sceaux Paul Garnier.",
     ("LEADS", "Paul Garnier", "ministère de l'Intérieur")),
]

# "X préside à la fois A et B": the objects hung on "fois" are the verb's (slots/people25.objects_after_both)
CASES += [
    ("Paul Garnier, qui préside à la fois Varnell et Kelvor, a démissionné.",
     [("LEADS", "Paul Garnier", "Varnell"), ("LEADS", "Paul Garnier", "Kelvor")]),
    ("Paul Garnier préside Varnell pour la première fois.", [("LEADS", "Paul Garnier", "Varnell")]),
]

# "X, premier adjoint au maire de Y": the deputy works for the town, does not lead it (slots/people25.deputy_mayor)
CASES += [
    ("Paul Garnier, premier adjoint au maire de Varnes, a parlé.", [("WORKS_FOR", "Paul Garnier", "Varnes")]),
    ("L'adjoint au maire de Varnes, Paul Garnier, a parlé.", [("WORKS_FOR", "Paul Garnier", "Varnes")]),
    ("Le maire de Varnes, Paul Garnier, a parlé.", [("LEADS", "Paul Garnier", "Varnes")]),
]
FORBIDDEN += [
    ("L'adjoint au maire de Varnes, Paul Garnier, a parlé.", ("LEADS", "Paul Garnier", "Varnes")),
]

# "X siégeait au Parlement européen": a seat in an assembly is membership (slots/people25.assembly_seat)
CASES += [
    ("À l'époque, Paul Garnier siégeait au Parlement européen.", [("MEMBER_OF", "Paul Garnier", "Parlement européen")]),
    ("Paul Garnier siège au conseil d'administration de Varnell.", [("BOARD_MEMBER", "Paul Garnier", "Varnell")]),
]
FORBIDDEN += [
    ("Paul Garnier siège au conseil d'administration de Varnell.", ("MEMBER_OF", "Paul Garnier", "Varnell")),
]
