"""Cases of the s29 portrait gaps (helper s29-portrait29), invented names and sentences. A portrait tells a career
as a list of stages: "il s'est offert A, puis B et C", "elle a dirigé A puis B"; the parser hangs the later names on
the verb, and each is an object of the verb as the first one is (slots/portrait29.listed_objects)."""

CASES = [
    ("Portrait. À 48 ans, Martin Delorme a bâti un empire. En deux ans, il s'est offert Le Courrier du Nord, puis "
     "Radio Azur et TéléSud.",
     [("ACQUIRES", "Martin Delorme", "Le Courrier du Nord"), ("ACQUIRES", "Martin Delorme", "Radio Azur"),
      ("ACQUIRES", "Martin Delorme", "TéléSud")]),
    ("Depuis 2019, l'homme d'affaires Luc Ferrand s'offre Orbital, puis Kestrel, et enfin Vanterra.",
     [("ACQUIRES", "Luc Ferrand", "Kestrel"), ("ACQUIRES", "Luc Ferrand", "Vanterra")]),
    ("Née à Lyon, Anne Morel a dirigé Sorbel puis Calden avant de prendre la tête de Vitrax.",
     [("LEADS", "Anne Morel", "Sorbel"), ("LEADS", "Anne Morel", "Calden"), ("LEADS", "Anne Morel", "Vitrax")]),
    # inside a relative, after a descriptor: ", puis B" continues the object's list (arguments._after_comma_and)
    ("La patronne, Lucie Brenmor, qui a dirigé la société Orbital, puis Kestrel, vise désormais la présidence.",
     [("LEADS", "Lucie Brenmor", "Orbital"), ("LEADS", "Lucie Brenmor", "Kestrel")]),
]
FORBIDDEN = [
    # a conjunct with its own verb opens a new clause
    ("Le fonds Arcadia a racheté Orbis, puis Vantal a annoncé un plan social.", ("ACQUIRES", "Arcadia", "Vantal")),
    ("Anne Morel a racheté Orbis, puis a cédé Vantal.", ("ACQUIRES", "Anne Morel", "Vantal")),
]
