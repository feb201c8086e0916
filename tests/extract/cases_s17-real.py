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

# "X Technologies, la branche du groupe …": a branch of a bare "groupe" belongs to the company whose name
# opens the branch's own (or to the one "le groupe" stands for)
CASES += [
    ("Le finlandais Varko a signé un accord avec Bemex. « Nous sommes heureux », a déclaré Jeanne Lukas, "
     "présidente de Varko Technologies, la branche du groupe chargée des licences.",
     [("OWNS", "Varko", "Varko Technologies"), ("LEADS", "Jeanne Lukas", "Varko Technologies")]),
    ("Le groupe Morvel a cédé des actifs. Morvel Logistics, la filiale de transport du groupe, a été vendue "
     "à Bemex.", [("OWNS", "Morvel", "Morvel Logistics")]),
    ("Le chimiste Sorbane a publié ses comptes lundi. Selon Paul Garnier, Sorbane Agro, la division du groupe "
     "spécialisée dans les engrais, recule de 8 %.", [("OWNS", "Sorbane", "Sorbane Agro")]),
    ("Le groupe Talmont se réorganise. La marque rejoindra Talmont Beauté, la nouvelle division du groupe, "
     "confiée à Jeanne Parmentier.", [("OWNS", "Talmont", "Talmont Beauté")]),
]


# "sa marque sœur Y", "la société sœur", "l'application sœur": a company's sister, no kin
FORBIDDEN += [
    ("Le tribunal a contraint Varko et sa marque sœur Velmo, toutes deux contrôlées par le groupe Bemex, à "
     "suspendre leurs ventes. Jeanne Lukas, avocate de Varko, a salué la décision.", ("FAMILY", "Velmo", "Jeanne Lukas")),
    ("Paul Garnier, fondateur de Norvex, a aussi lancé sa société sœur, Norvex Labs, avec Hugo Marchal.",
     ("FAMILY", "Norvex Labs", "Paul Garnier")),
]
FORBIDDEN += [
    ("Le tribunal a donné raison à Jeanne Lukas. Varko a réagi. Sa société sœur Velmo, contrôlée par le groupe "
     "Bemex, doit suspendre ses ventes.", ("FAMILY", "Velmo", "Jeanne Lukas")),
]

# the cabinet named "le gouvernement de Michel X": its head leads it
CASES += [
    ("Le gouvernement de Michel Vernier a été nommé samedi. Paul Garnier devient porte-parole du gouvernement.",
     [("LEADS", "Michel Vernier", "gouvernement de Michel Vernier"),
      ("WORKS_FOR", "Paul Garnier", "gouvernement de Michel Vernier")]),
    ("Le gouvernement d'Alban Carrouges veut taxer Norvex.",
     [("LEADS", "Alban Carrouges", "gouvernement d'Alban Carrouges")]),
]
