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

# "X, ancien cadre de Z devenu député Y": the participle of becoming hung on Z by the parser; the title's holder
# is X (slots/people26.title_became_after_employer)
CASES += [
    ("Paul Garnier, un ancien cadre d'Auchan devenu député UDR, hérite d'une réforme.",
     [("MEMBER_OF", "Paul Garnier", "UDR"), ("WORKS_FOR", "Paul Garnier", "Auchan")]),
]
FORBIDDEN += [
    ("Paul Garnier, un ancien cadre d'Auchan devenu député UDR, hérite d'une réforme.",
     ("MEMBER_OF", "Auchan", "UDR")),
    ("Paul Garnier, un ancien cadre de Carrefour devenu député UDR, hérite d'une réforme.",
     ("MEMBER_OF", "Carrefour", "UDR")),
    # near miss: the company itself became a shareholder; no person to give the title to
    ("Le groupe Kelvor, devenu actionnaire de Varnell, a parlé.", ("MEMBER_OF", "Kelvor", "Varnell")),
]

# "X a démissionné du gouvernement de Z": a minister leaves a government as a member (ONTOLOGY: governments →
# MEMBER_OF; relations._memberships)
CASES += [
    ("Paul Garnier a démissionné du gouvernement de Jean Morel.",
     [("MEMBER_OF", "Paul Garnier", "gouvernement de Jean Morel")]),
]
FORBIDDEN += [
    ("Paul Garnier a démissionné du gouvernement de Jean Morel.",
     ("WORKS_FOR", "Paul Garnier", "gouvernement de Jean Morel")),
]
CASES += [
    # near miss: an adviser to a government works for it
    ("Paul Garnier, conseiller du gouvernement de Jean Morel, a parlé.",
     [("WORKS_FOR", "Paul Garnier", "gouvernement de Jean Morel")]),
]

# "Fondée en 2023 par X, passé par Y, et par Z, la société …": the career participle parsed with no subject
# (slots/people26.career_participle_after_name)
CASES += [
    ("Fondée en avril 2023 par Paul Garnier, passé par Kelvor Labs, et par Jean Morel, la société veut grandir.",
     [("WORKS_FOR", "Paul Garnier", "Kelvor Labs")]),
    ("Fondée en 2021 par trois ingénieurs, Paul Garnier, passé par le laboratoire Kelvor, ainsi que Jean Morel "
     "et Luc Besson, la jeune pousse a levé 20 millions d'euros.", [("WORKS_FOR", "Paul Garnier", "Kelvor")]),
]
FORBIDDEN += [
    # near miss: "passé" as a preposition of time gives no career
    ("Le contrat a été signé par Paul Garnier, passé minuit, au siège de Varnell.",
     ("WORKS_FOR", "Paul Garnier", "Varnell")),
]

# "Au procès, Y, défendu par X, …": at a trial the defender is counsel, who works for the client (ONTOLOGY;
# relations._defended_at_trial), as "défendu par Me X" already was
CASES += [
    ("Au procès, Paul Garnier, défendu par Jean Morel, a dénoncé l'acharnement du parquet.",
     [("WORKS_FOR", "Jean Morel", "Paul Garnier")]),
]
FORBIDDEN += [
    ("Au procès, Paul Garnier, défendu par Jean Morel, a dénoncé l'acharnement du parquet.",
     ("ALLY_OF", "Jean Morel", "Paul Garnier")),
    # near miss: no trial, a political defender stays an ally
    ("Paul Garnier, défendu par Jean Morel, a dénoncé l'acharnement de Varnell.",
     ("WORKS_FOR", "Jean Morel", "Paul Garnier")),
]

# "le ministre délégué chargé des Transports, X", "X, ministre d'État chargée de l'Éducation nationale": the
# ministry named after "chargé de" is led (mentions/candidates._charged_portfolio_at, slots/people26.charged_ministry)
# ((s35-prec35) team convention settled in s35: a "ministre délégué(e) chargé(e) de X" names a portfolio, not a
# ministry — MEMBER_OF the government only, unless the text names a "ministère": the first case moved to FORBIDDEN)
FORBIDDEN += [
    ("Le ministre délégué chargé des Transports, Paul Garnier, a salué une solution solide.",
     ("LEADS", "Paul Garnier", "ministère des Transports")),
]
CASES += [
    ("Le retour de Jean Morel, ministre d'État chargé des Outre-mer, a surpris.",
     [("LEADS", "Jean Morel", "ministère des Outre-mer")]),
    ("Claire Dubois est nommée ministre d'État chargée de l'Éducation nationale.",
     [("LEADS", "Claire Dubois", "ministère de l'Éducation nationale")]),
]
FORBIDDEN += [
    # near miss: a bare junior portfolio names no ministry
    ("Paul Garnier, ministre délégué au Numérique, a parlé.", ("LEADS", "Paul Garnier", "ministère du Numérique")),
]

# "administrateur de l'Institut Y (Iy)": the bracketed acronym of the body holds no title of it
# (slots/people26.acronym_not_holder); the person keeps the seat
CASES += [
    ("Paul Garnier est administrateur de l'Institut de formation des métiers du bois (Ifmeb), un organisme privé.",
     [("BOARD_MEMBER", "Paul Garnier", "Institut de formation des métiers du bois")]),
]
FORBIDDEN += [
    ("Paul Garnier est administrateur de l'Institut de formation des métiers du bois (Ifmeb), un organisme privé.",
     ("BOARD_MEMBER", "Ifmeb", "Institut de formation des métiers du bois")),
]
