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

# An interview whose lead presents the interviewee by an unnamed possessive title ("Sa directrice générale
# s'explique"): the answers' "nous" is that organisation's, even when another company is named more often.
_INTERVIEW_1 = (
    "Jeanne Marot : « Nous avons rompu avec Sorvane »\n\n"
    "Le transporteur rennais Kelbrane, détenu par la holding Ardeval, est pris dans l'affaire Sorvane. "
    "Sa directrice générale s'explique.\n\n"
    "Sorvane vient d'être sanctionné. Qu'est-ce que cela change ?\n\n"
    "Rien. Nous avions un partenariat avec Sorvane depuis 2018, nous l'avons arrêté l'an dernier. "
    "Sorvane nous réclame de l'argent, c'est vrai.\n\n"
    "Qui vous critique ?\n\n"
    "Surtout notre concurrent Brolis Transports, qui voudrait nos clients. Sorvane le sait.\n")
_INTERVIEW_2 = (
    "« Nous ne vendrons pas », assure Paul Ternier\n\n"
    "La coopérative Vallandre, longtemps alliée au négociant Ostric, a rompu avec lui. Son président "
    "répond à nos questions.\n\n"
    "Ostric dit que vous l'avez trahi. Que répondez-vous ?\n\n"
    "Nous avons signé un accord avec la société Belmonde en mars. Ostric le savait depuis janvier, et "
    "Ostric a choisi de se taire.\n\n"
    "Avez-vous des concurrents ?\n\n"
    "Nous sommes en concurrence avec Lavadier Grains, mais Ostric recule.\n")
CASES += [
    (_INTERVIEW_1, [("PARTNERS_WITH", "Kelbrane", "Sorvane"), ("COMPETES_WITH", "Brolis Transports", "Kelbrane")]),
    (_INTERVIEW_2, [("PARTNERS_WITH", "Vallandre", "Belmonde"), ("COMPETES_WITH", "Lavadier Grains", "Vallandre")]),
]
FORBIDDEN += [
    (_INTERVIEW_1, ("COMPETES_WITH", "Brolis Transports", "Sorvane")),
    (_INTERVIEW_2, ("COMPETES_WITH", "Lavadier Grains", "Ostric")),
    (_INTERVIEW_2, ("PARTNERS_WITH", "Ostric", "Belmonde")),
]

# The agent of a passive introduced by its kind noun ("déposée par l'association écologiste X") is what the
# sentence is about when its subject is no actor: a possessive title in the next sentence is X's, not the
# article's company.
CASES += [
    ("L'enquête fait suite à une plainte déposée en mai par l'association écologiste Terre Vive contre "
     "Brenvac Chimie et Ormel Habitat. Sa présidente, Louise Andral, accuse Ormel Habitat d'avoir menti.",
     [("LEADS", "Louise Andral", "Terre Vive")]),
    ("Le procès découle d'un recours formé l'an dernier par le syndicat agricole Terres Unies contre "
     "Vaudrel. Son président, Marc Ollier, se dit confiant.",
     [("LEADS", "Marc Ollier", "Terres Unies")]),
    ("La procédure a été engagée en 2022 par le fonds britannique Harrow Partners contre le groupe Dorvane. "
     "Son fondateur, James Whitby, réclame un nouveau conseil.",
     [("FOUNDED", "James Whitby", "Harrow Partners")]),
]
FORBIDDEN += [
    ("L'enquête fait suite à une plainte déposée en mai par l'association écologiste Terre Vive contre "
     "Brenvac Chimie et Ormel Habitat. Sa présidente, Louise Andral, accuse Ormel Habitat d'avoir menti.",
     ("LEADS", "Louise Andral", "Brenvac Chimie")),
]

# An interview whose lead gives the interviewee's organisation by a fronted "À la tête de X" phrase, or whose
# headline gives it in brackets ("Y (X) : « … »"): the answers' "nous"/"notre" are X's.
_INTERVIEW_3 = (
    "Hélène Marsac : « Nous restons indépendants »\n\n"
    "À la tête du fabricant de batteries Volterne depuis 2020, Hélène Marsac répond aux rumeurs. Entretien.\n\n"
    "Le groupe Quillard vous courtise-t-il ?\n\n"
    "Non. Quillard ne nous a rien proposé. Quillard vend ses propres cellules.\n\n"
    "Vos projets ?\n\n"
    "Nous avons signé un partenariat avec le transporteur Ravaud Logistique. Quillard le sait.\n")
_INTERVIEW_4 = (
    "Thomas Kerjean (Bréval Marine) : « Notre carnet est plein »\n\n"
    "Le chantier naval traverse une passe délicate. Son dirigeant répond.\n\n"
    "Le groupe Fornac dit vouloir vous racheter. Vrai ?\n\n"
    "Fornac parle beaucoup. Fornac a des difficultés.\n\n"
    "Et la justice ?\n\n"
    "Nous avons assigné le motoriste Delmont devant le tribunal de commerce de Brest. Fornac n'y est pour rien.\n")
CASES += [
    (_INTERVIEW_3, [("PARTNERS_WITH", "Volterne", "Ravaud Logistique")]),
    (_INTERVIEW_4, [("SUES", "Bréval Marine", "Delmont")]),
]
FORBIDDEN += [
    (_INTERVIEW_3, ("PARTNERS_WITH", "Quillard", "Ravaud Logistique")),
    (_INTERVIEW_4, ("SUES", "Fornac", "Delmont")),
]

# A blood relative named by a possessive kin noun alone ("a assigné sa sœur") is the other person of the
# owner's surname, of the noun's gender; not the father the text calls "le patriarche" for a brother.
CASES += [
    ("Claire Varnier préside le conseil de surveillance du groupe. Son frère Marc, ancien directeur général, a "
     "été écarté en 2022. En février, Marc Varnier a assigné sa sœur devant le tribunal de commerce de Lyon.",
     [("SUES", "Marc Varnier", "Claire Varnier")]),
    ("Paul Lestrade dirige la maison familiale depuis 2015. Sa sœur cadette, Inès Lestrade, détient 30 % du "
     "capital. Inès Lestrade accuse son frère de l'avoir tenue à l'écart.",
     [("ACCUSES", "Inès Lestrade", "Paul Lestrade")]),
    ("Le patriarche, Yves Ardouin, a confié l'affaire à ses enfants. Sophie Ardouin est devenue présidente. "
     "Quant à Hugo Ardouin, il reproche à sa sœur une gestion trop prudente.",
     [("ACCUSES", "Hugo Ardouin", "Sophie Ardouin")]),
]
FORBIDDEN += [
    ("Marcel Bontemps, le patriarche, a transmis ses parts à sa fille Lucie et à son fils Jean. Lucie Bontemps "
     "prend la présidence. Son frère, de deux ans son cadet, devient directeur général délégué.",
     ("LEADS", "Marcel Bontemps", "Bontemps")),
    ("Le patriarche, Yves Ardouin, a confié l'affaire à ses enfants. Sophie Ardouin est devenue présidente. "
     "Quant à Hugo Ardouin, il reproche à sa sœur une gestion trop prudente.",
     ("ACCUSES", "Hugo Ardouin", "Yves Ardouin")),
]
