"""Cases of the s26 gaps of ties between people and bodies (helper s26-people26), invented names and sentences."""

# "le parti Les Patriotes": a party whose own name opens on "Les" is still introduced by "parti" (the article
# goes to the name's edge); an office below its head is membership (slots/bonds.party_names)
CASES = [
    ("Paul Garnier, ex-vice-président du parti Les Patriotes, a rejoint Jean Morel.",
     [("MEMBER_OF", "Paul Garnier", "Les Patriotes")]),
    ("Paul Garnier, trésorier du parti Les Bâtisseurs, a démissionné.",
     [("MEMBER_OF", "Paul Garnier", "Les Bâtisseurs")]),
]
FORBIDDEN = [
    ("Paul Garnier, ex-vice-président du parti Les Patriotes, a rejoint Jean Morel.",
     ("WORKS_FOR", "Paul Garnier", "Les Patriotes")),
    # near miss: a company whose name opens on "Les" keeps its staff
    ("Paul Garnier, ex-vice-président de la société Les Ateliers Morel, a rejoint Varnell.",
     ("MEMBER_OF", "Paul Garnier", "Les Ateliers Morel")),
]
