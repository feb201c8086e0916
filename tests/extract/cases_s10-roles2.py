"""Rule cases of the s10-roles2 line of work (role ties: LEADS, WORKS_FOR, BOARD_MEMBER, FOUNDED,
MEMBER_OF), invented names only."""

CASES = [
    # "son PDG" after a sentence with no named subject: the organisation its apposition introduced
    # (titles.py _introduced_before)
    ("En Bretagne, la sanction met dans l'embarras Brenac Pierres, un importateur de Quimper qui achetait "
     "encore l'an dernier des pavés à Ruthen. Son PDG, Gaspard Lemoal, assure avoir cessé tout achat.",
     [("LEADS", "Gaspard Lemoal", "Brenac Pierres")]),
]

CASES += [
    # a board judging the offer is the offer's target's, even when the article is about the bidder
    # (phrases.py home_company)
    ("Verlac lance une OPA hostile sur le papetier Corvanne. Verlac propose 30 euros par action aux "
     "actionnaires, Verlac y voit une belle affaire. Le conseil d'administration, présidé par Octave Morand, "
     "a qualifié l'offre d'« hostile ».",
     [("LEADS", "Octave Morand", "Corvanne")]),
    ("Le groupe Brastel a déposé une offre publique d'achat sur les Verreries Coulange. Brastel détient déjà "
     "8 % du capital. Brastel promet de garder les usines. Le conseil de surveillance a aussitôt rejeté l'offre. "
     "Son président, Firmin Lazaret, dénonce une manœuvre.",
     [("LEADS", "Firmin Lazaret", "Verreries Coulange")]),
]

CASES += [
    # an organisation that votes (or not) a motion in a chamber is a party: its vice-president is a member
    # (bonds.py party_names, "party_votes")
    # (s35-conv35: a party's vice-president works for it, the session-35 convention; membership before)
    ("Le gouvernement a présenté mardi son budget. L'opposition prépare une motion de censure, que Cap Avenir "
     "ne votera pas, a indiqué son président. Albéric Fontanes, vice-président de Cap Avenir, désapprouve ce choix.",
     [("WORKS_FOR", "Albéric Fontanes", "Cap Avenir")]),
]

FORBIDDEN = [
    ("Verlac lance une OPA hostile sur le papetier Corvanne. Verlac propose 30 euros par action aux "
     "actionnaires, Verlac y voit une belle affaire. Le conseil d'administration, présidé par Octave Morand, "
     "a qualifié l'offre d'« hostile ».",
     ("LEADS", "Octave Morand", "Verlac")),
    ("Le groupe Brastel a déposé une offre publique d'achat sur les Verreries Coulange. Brastel détient déjà "
     "8 % du capital. Brastel promet de garder les usines. Le conseil de surveillance a aussitôt rejeté l'offre. "
     "Son président, Firmin Lazaret, dénonce une manœuvre.",
     ("LEADS", "Firmin Lazaret", "Brastel")),
    # (the complement of the apposition is not the possessor)
    ("En Bretagne, la sanction met dans l'embarras Brenac Pierres, un importateur de Quimper qui achetait "
     "encore l'an dernier des pavés à Ruthen. Son PDG, Gaspard Lemoal, assure avoir cessé tout achat.",
     ("LEADS", "Gaspard Lemoal", "Ruthen")),
    ("Le gouvernement a présenté mardi son budget. L'opposition prépare une motion de censure, que Cap Avenir "
     "ne votera pas, a indiqué son président. Albéric Fontanes, vice-président de Cap Avenir, désapprouve ce choix.",
     ("MEMBER_OF", "Albéric Fontanes", "Cap Avenir")),
]
