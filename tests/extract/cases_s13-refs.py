"""Cases of the s13 second-reference fixes (helper s13-refs), invented names."""

CASES = [
    # a sentence opening on "le fonds <adjectives> X" whose verb the parser misreads ("a au contraire
    # appelé"): X is what the sentence is about, and the possessive title after it is X's
    ("Le conseil de Brenade a rejeté l'offre. Le fonds activiste américain Tollard Capital, troisième "
     "actionnaire de Brenade avec 7 % des titres, a au contraire appelé la direction à négocier. Son fondateur, "
     "Ethan Marsh, reproche depuis des mois à l'équipe de Brenade une gestion trop timide.",
     [("FOUNDED", "Ethan Marsh", "Tollard Capital")]),
    ("Le directoire de Quessane a refusé le projet. La banque régionale Crédit Vellan, premier prêteur de "
     "Quessane, a au contraire salué l'initiative. Sa présidente, Odile Farge, juge le prix correct.",
     [("LEADS", "Odile Farge", "Crédit Vellan")]),
    ("Les dirigeants de Marlune ont dit non. Le fonds britannique Hexley Partners, qui détient 5 % de "
     "Marlune, a de son côté demandé un vote. Son cofondateur, Liam Porter, dénonce un refus sans débat.",
     [("FOUNDED", "Liam Porter", "Hexley Partners")]),
]

FORBIDDEN = [
    ("Le conseil de Brenade a rejeté l'offre. Le fonds activiste américain Tollard Capital, troisième "
     "actionnaire de Brenade avec 7 % des titres, a au contraire appelé la direction à négocier. Son fondateur, "
     "Ethan Marsh, reproche depuis des mois à l'équipe de Brenade une gestion trop timide.",
     ("FOUNDED", "Ethan Marsh", "Brenade")),
    ("Le directoire de Quessane a refusé le projet. La banque régionale Crédit Vellan, premier prêteur de "
     "Quessane, a au contraire salué l'initiative. Sa présidente, Odile Farge, juge le prix correct.",
     ("LEADS", "Odile Farge", "Quessane")),
]
