"""Cases of the s17-real helper (constructions read on real-press passages), invented names."""

CASES = []

# "X a signé avec Y un contrat …": the parser hangs the contract on Y; a contract signed is no partnership
FORBIDDEN = [
    ("La coopérative Norvex, basée à Lamballe, a signé l'an dernier avec Bemex un contrat de trois ans portant "
     "sur 5 000 tonnes de viande par an.", ("PARTNERS_WITH", "Norvex", "Bemex")),
    ("Le club Varko FC a conclu en mars avec la société Talmane un contrat de quatre saisons.",
     ("PARTNERS_WITH", "Varko FC", "Talmane")),
    ("L'équipementier Morvel a paraphé avec Sorbane un contrat de fourniture de pneus.",
     ("PARTNERS_WITH", "Morvel", "Sorbane")),
    ("Les éditions Lormont ont renouvelé avec Quadrix des contrats d'impression.",
     ("PARTNERS_WITH", "Lormont", "Quadrix")),
]

# (an agreement signed with Y stays a partnership)
CASES += [
    ("Le groupe Morvel a signé avec la société Bemex un accord de coopération.",
     [("PARTNERS_WITH", "Morvel", "Bemex")]),
]
