"""Cases of the twentieth session's lead readings, invented names and sentences."""

CASES = [
    # "X, devenu actionnaire de Y": the participle parsed as a parataxis of the name
    ("Kestrel Capital, devenu actionnaire de Lumio, n'a pas été consulté.",
     [("OWNS", "Kestrel Capital", "Lumio")]),
    # a stake sold: the company is the one named in the stake, the buyer holds it now
    ("Borsar a cédé 20 % du capital de Lumio au fonds Kasta.",
     [("OWNS", "Borsar", "Lumio"), ("OWNS", "Kasta", "Lumio")]),
]
FORBIDDEN = [
    # "au brésilien Y", hung on the stake by the parser, is the buyer, not the company the stake is in
    ("Deux ans plus tard, Borsar cède 51 % de ses droits au brésilien Valmo pour 2,5 milliards de dollars.",
     ("OWNS", "Borsar", "Valmo")),
]
