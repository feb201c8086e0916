"""Cases of the eighteenth session's lead, invented names."""

# "l'acquisition de 30 % de Y": buying a minority stake is a holding (ONTOLOGY), told with a noun as with a verb
CASES = [
    ("Le groupe Kerval a annoncé l'acquisition de 30 % de la maison Ventoli auprès du fonds Moravia.",
     [("OWNS", "Kerval", "Ventoli")]),
    ("Le rachat de 18 % du capital de Pellis par Orvane a été bouclé lundi.",
     [("OWNS", "Orvane", "Pellis")]),
    ("Le fonds Solvane a bouclé l'acquisition de 12,5 % du capital de la société Brisac.",
     [("OWNS", "Solvane", "Brisac")]),
    # (control stays an acquisition)
    ("Le rachat de 60 % de Brisac par Solvane a été bouclé en mars.",
     [("ACQUIRES", "Solvane", "Brisac")]),
]

FORBIDDEN = [
    ("Le groupe Kerval a annoncé l'acquisition de 30 % de la maison Ventoli auprès du fonds Moravia.",
     ("ACQUIRES", "Kerval", "Ventoli")),
    ("Le rachat de 18 % du capital de Pellis par Orvane a été bouclé lundi.",
     ("ACQUIRES", "Orvane", "Pellis")),
]
