"""Cases of the s27 gaps of ties between people and bodies (helper s27-people27), invented names and sentences."""

# a short body name with an article, then "de <town>": one name (mentions/people27.bodies_named_with_their_place)
CASES = [
    ("Paul Garnier préside la Sica de Saint-Malo.", [("LEADS", "Paul Garnier", "Sica de Saint-Malo")]),
    ("Paul Garnier, président de Varnell, qui préside aussi la Sica de Saint-Pol-de-Léon, a parlé.",
     [("LEADS", "Paul Garnier", "Sica de Saint-Pol-de-Léon"), ("LEADS", "Paul Garnier", "Varnell")]),
]
FORBIDDEN = [
    ("Paul Garnier préside la Sica de Saint-Malo.", ("LEADS", "Paul Garnier", "Sica")),
]
# the same body named again without its place: the place only says where it stands; a brand without an
# article keeps its own name
CASES += [
    ("Paul Garnier préside la Sica de Saint-Malo. La Sica a voté contre le projet.",
     [("LEADS", "Paul Garnier", "Sica")]),
    ("Paul Garnier préside Varnell de Saint-Malo.", [("LEADS", "Paul Garnier", "Varnell")]),
]

# "Y, piloté par X": the participle the tagger calls a noun is the verb's (nlp/docview.py mend)
CASES += [
    ("Varnell, piloté par Paul Garnier, a voté contre.", [("LEADS", "Paul Garnier", "Varnell")]),
    ("Le fonds Varnell Capital, piloté par Paul Garnier, a voté contre.",
     [("LEADS", "Paul Garnier", "Varnell Capital")]),
]
# a participle hung on a common noun describes that noun, not the place of its "de" complement
# (slots/people27.participle_not_on_its_nouns_place)
FORBIDDEN += [
    ("Le fonds de retraite de l'État de Varnes, piloté par Paul Garnier, a voté contre.",
     ("LEADS", "Paul Garnier", "Varnes")),
    ("Le fonds de retraite de l'État de Varnes, dirigé par Paul Garnier, a voté contre.",
     ("LEADS", "Paul Garnier", "Varnes")),
]
CASES += [
    # a company there stays read as before; the town's own body (built whole) is led
    ("La ville de Varnes, dirigée par Paul Garnier, a voté contre.", [("LEADS", "Paul Garnier", "ville de Varnes")]),
]

# "A et B ont fondé une nouvelle alliance, Z, qui …": Z founded (slots/people27.body_named_after_comma)
CASES += [
    ("Les groupes Kelvor et Varnell ont fondé une nouvelle société commune, Aura Technologies, qui emploiera "
     "40 personnes.",
     [("FOUNDED", "Kelvor", "Aura Technologies"), ("FOUNDED", "Varnell", "Aura Technologies")]),
    ("Kelvor, Varnell et Morelia ont fondé fin 2023 une nouvelle alliance à l'achat, Aura Retail, qui pèse un "
     "quart du marché.", [("FOUNDED", "Kelvor", "Aura Retail"), ("FOUNDED", "Varnell", "Aura Retail")]),
]
FORBIDDEN += [
    # the name opens the next clause: no apposition
    ("Les groupes Kelvor et Varnell ont fondé une nouvelle société commune, Aura Technologies détient le reste.",
     ("FOUNDED", "Kelvor", "Aura Technologies")),
]
CASES += [
    # a founder's own body named after the comma, with its article
    ("Paul Garnier a depuis fondé son propre mouvement, l'Union des droites (UD).",
     [("FOUNDED", "Paul Garnier", "Union des droites")]),
]

# "Y (ACR), dont X est membre": X member of Y (slots/people27.members_after_dont, rule member.dont_member)
CASES += [
    ("La Fédération varnoise (FV), dont Varnell est membre, a protesté.",
     [("MEMBER_OF", "Varnell", "Fédération varnoise")]),
    ("Le Parti varnois, dont Paul Garnier et Jean Morel sont membres, a protesté.",
     [("MEMBER_OF", "Paul Garnier", "Parti varnois"), ("MEMBER_OF", "Jean Morel", "Parti varnois")]),
]
FORBIDDEN += [
    # another clause between "dont" and the copula: its own subject is no member of Y
    ("La Fédération varnoise, dont le président Paul Garnier est membre du bureau, a protesté.",
     ("MEMBER_OF", "Paul Garnier", "Fédération varnoise")),
]

# "Son prédécesseur, Z" after a post told as taken: Z held it (extract/predecessor27.py)
CASES += [
    ("Paul Garnier a été nommé directeur général de Varnell. Son prédécesseur, Jean Morel, part à la retraite.",
     [("LEADS", "Jean Morel", "Varnell")]),
]
FORBIDDEN += [
    # a post held, not told as taken: who came before is not said to have held it
    ("Paul Garnier est directeur général de Varnell depuis 2010. Son prédécesseur, Jean Morel, vit à Lyon.",
     ("LEADS", "Jean Morel", "Varnell")),
]

# the family tree's further branches (rule family.noun_further)
CASES += [
    ("Barthélemy Garnier, un petit-cousin de Jean Morel, prend la tête du groupe.",
     [("FAMILY", "Barthélemy Garnier", "Jean Morel")]),
]

# "X, le PDG du groupe qui porte son nom": the company named by X's surname (slots/people27.company_bearing_the_name)
CASES += [
    ("Le groupe Dumarest a changé de cap face à Kelvor. Arnaud Dumarest, le PDG du groupe qui porte son nom, a "
     "défendu ce choix.", [("LEADS", "Arnaud Dumarest", "groupe Dumarest")]),
]
FORBIDDEN += [
    # no company of that name: not the last group named
    ("Le groupe Kelvor a changé de stratégie. Paul Varnell, le PDG du groupe qui porte son nom, a défendu ce choix.",
     ("LEADS", "Paul Varnell", "Kelvor")),
]

# the one appointed before ", dont la nomination", or after a dated aside (slots/people27.arrival_after_dont_or_aside)
CASES += [
    ("Paul Garnier, dont la nomination à la tête de Varnell venait d'être annoncée, a parlé.",
     [("LEADS", "Paul Garnier", "Varnell")]),
    ("La nomination, le 22 juin, de Paul Garnier à la tête de Varnell a surpris.",
     [("LEADS", "Paul Garnier", "Varnell")]),
]
FORBIDDEN += [
    # the post's holder is the one named, not the one who comments
    ("Paul Garnier, dont la société conteste la nomination de Jean Morel à la tête de Varnell, a parlé.",
     ("LEADS", "Paul Garnier", "Varnell")),
]
