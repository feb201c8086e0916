"""Cases of the s26 second-reference gaps (helper s26-coref26), invented names and sentences."""

# "le milliardaire breton": a French region's adjective after a person descriptor is no person the text said
# was from another country (mentions/coref.py, s26-coref26)
CASES = [
    # the same region said of the one named: still him
    ("Le milliardaire breton Karel Novak détient Lumex. Varnell appartient au groupe Orion, lui-même contrôlé "
     "par Kelvor, dont le milliardaire breton est le premier actionnaire.", [("OWNS", "Karel Novak", "Kelvor")]),
]
FORBIDDEN = [
    ("Le milliardaire tchèque Karel Novak détient Lumex. Varnell appartient au groupe Orion, lui-même contrôlé "
     "par Kelvor, dont le milliardaire breton est le premier actionnaire.", ("OWNS", "Karel Novak", "Kelvor")),
]

# "la société d'économie mixte de la ville, que dirige X": the relative may describe the company, not the
# town the complement names (extract/relative_posts._genitive_of_noun)
CASES += [
    ("En 2009, la mairie de Bressac, dirigée par Paul Martin, confie le projet à Varnell. Le dossier est suivi "
     "de près par la ville, que dirige depuis 2001 Jean Dupont.", [("LEADS", "Jean Dupont", "mairie de Bressac")]),
]
FORBIDDEN += [
    ("En 2009, la mairie de Bressac, dirigée par Paul Martin, confie le projet à Varnell. Le dossier est piloté "
     "par la Sodevar, la société d'économie mixte de la ville, que dirige Jean Dupont.",
     ("LEADS", "Jean Dupont", "mairie de Bressac")),
]
