"""Cases of the s32 court report read as a genre (helper s32-court32, slots/court32.py, extract/legal31.py,
extract/appeals.py), invented names and sentences. Each mechanism is checked on several shapes and cue words: the
sentence (écope, est condamné à, est frappé de, prend … ferme, est puni de), the requisition (requis, réclamé,
réquisitions; prévenus, protagonistes, hommes, dirigeants), the complaint (signalement, plainte, dénonciation), the
chair (la présidente, présidait l'audience, présidée par), counsel (défendu, représentée; cabinet, Me), the appeal
(ferait appel, intention de faire appel, interjetterait appel)."""

# a sentence received, its author unsaid: the one court named before sanctions (court32.term_received); a court of
# appeal named only later leaves the story's court its own (court30.article_court)
CASES = [
    ("Le tribunal correctionnel de Rennes a rendu son jugement mardi. Paul Verdier, ancien adjoint aux finances, "
     "écope de deux ans d'emprisonnement avec sursis.",
     [("OPPOSES", "tribunal correctionnel de Rennes", "Paul Verdier")]),
    ("Le tribunal correctionnel de Nantes a tranché jeudi. L'ancien maire de Brivel, Gilles Amiot, est condamné à "
     "trois ans, dont un ferme. La cour d'appel de Rennes pourrait rejuger l'affaire en 2027.",
     [("OPPOSES", "tribunal correctionnel de Nantes", "Gilles Amiot")]),
    ("Le tribunal correctionnel de Brest a délibéré vendredi soir. Marc Delorme est frappé d'une peine de "
     "quatre ans de prison, dont deux ferme.",
     [("OPPOSES", "tribunal correctionnel de Brest", "Marc Delorme")]),
    ("Le tribunal correctionnel de Lille a rendu sa décision. Jeanne Roux, l'ancienne trésorière, prend deux ans de "
     "prison ferme.",
     [("OPPOSES", "tribunal correctionnel de Lille", "Jeanne Roux")]),
    ("Le tribunal correctionnel de Laval a rendu son jugement. Dix-huit mois avec sursis pour Hugo Ferrand, "
     "l'ancien directeur.",
     [("OPPOSES", "tribunal correctionnel de Laval", "Hugo Ferrand")]),
]

# a requisition against a group, or with no target in a report that tries one party: the prosecution sues each
# defendant named before (court32.required_group)
CASES += [
    ("Le tribunal correctionnel de Bayonne a condamné lundi Paul Verdier à deux ans de prison. Serge Lomond est "
     "condamné à un an avec sursis. Le parquet de Bayonne avait requis des peines plus lourdes contre les deux "
     "prévenus.",
     [("SUES", "parquet de Bayonne", "Paul Verdier"), ("SUES", "parquet de Bayonne", "Serge Lomond")]),
    ("Paul Verdier, Marc Delorme et Lina Marchal comparaissent depuis lundi devant le tribunal correctionnel de "
     "Vannes. Le réquisitoire du parquet de Vannes contre les trois prévenus a duré quatre heures.",
     [("SUES", "parquet de Vannes", "Paul Verdier"), ("SUES", "parquet de Vannes", "Marc Delorme"),
      ("SUES", "parquet de Vannes", "Lina Marchal")]),
    ("Le tribunal correctionnel de Lyon a condamné lundi la société Vantor Chimie à 2 millions d'euros d'amende. "
     "Le parquet de Lyon, qui avait requis une peine plus lourde, n'a pas commenté.",
     [("SUES", "parquet de Lyon", "Vantor Chimie")]),
]

# a complaint or report by its author with no target: the author sues the report's one defendant
# (court32.report_by_author)
CASES += [
    ("Le tribunal correctionnel de Lille a condamné mardi la société Brivel Transports à 300 000 euros d'amende. "
     "L'affaire était née d'une plainte de l'association Vigie Route en 2021.",
     [("SUES", "Vigie Route", "Brivel Transports")]),
    ("Le tribunal correctionnel de Tours a condamné Paul Verdier à un an avec sursis. L'enquête avait été ouverte "
     "sur un signalement de la fondation Arvel.",
     [("SUES", "Arvel", "Paul Verdier")]),
]

# the presiding judge leads the story's court (court32.court_chair)
CASES += [
    ("Tribunal correctionnel de Lyon, mardi. La présidente, Claire Joubert, entame la lecture du jugement à 14 "
     "heures.",
     [("LEADS", "Claire Joubert", "Tribunal correctionnel de Lyon")]),
    ("Le tribunal correctionnel de Metz a rendu son jugement lundi. Hugo Ferrand, qui présidait l'audience, a "
     "rappelé la gravité des faits.",
     [("LEADS", "Hugo Ferrand", "tribunal correctionnel de Metz")]),
    ("Le tribunal correctionnel de Caen juge depuis lundi Paul Verdier. Le président de la chambre, Marc Delorme, "
     "a interrogé le prévenu pendant deux heures.",
     [("LEADS", "Marc Delorme", "tribunal correctionnel de Caen")]),
]

# the appeal of a defendant, its sentence told with no verb, or announced by its counsel, sues the story's court
# (appeals.py)
CASES += [
    ("Tribunal correctionnel de Nancy, lundi. La peine tombe : trois ans de prison pour Paul Verdier. Assisté de Me "
     "Claire Joubert, Paul Verdier a fait savoir qu'il ferait appel.",
     [("OPPOSES", "Tribunal correctionnel de Nancy", "Paul Verdier"),
      ("SUES", "Paul Verdier", "Tribunal correctionnel de Nancy")]),
    ("Le tribunal correctionnel de Pau a condamné Serge Lomond à dix mois avec sursis. À la sortie, l'avocate de "
     "Serge Lomond a annoncé son intention de faire appel.",
     [("SUES", "Serge Lomond", "tribunal correctionnel de Pau")]),
]

FORBIDDEN = [
    # no term said: "prendre" is no sentence
    ("Le tribunal de commerce de Lyon a validé le plan. Paul Verdier a pris 25 % de Brivel Industrie.",
     ("OPPOSES", "tribunal de commerce de Lyon", "Paul Verdier")),
    # a group whose count is not the defendants': no one
    ("Le tribunal correctionnel de Bayonne a condamné lundi Paul Verdier à deux ans de prison. Le parquet de "
     "Bayonne avait requis des peines plus lourdes contre les trois prévenus.",
     ("SUES", "parquet de Bayonne", "Paul Verdier")),
    # a party "pour" which one pleads is no one sentenced
    ("Le tribunal correctionnel de Laval a rendu son jugement. Hugo Ferrand a plaidé pour la prison pour Marc "
     "Delorme.", ("OPPOSES", "tribunal correctionnel de Laval", "Hugo Ferrand")),
    # a company's chair in a court story is no court's chair
    ("Le tribunal de commerce de Lyon a validé lundi le plan de Brivel Industrie. Le président, Paul Verdier, a "
     "salué la décision.",
     ("LEADS", "Paul Verdier", "tribunal de commerce de Lyon")),
    # the client is the head noun, never the agent inside its participle: no founder of the law firm, no head of it
    ("Le tribunal de commerce de Lyon a examiné lundi le litige. Défendue par le cabinet Marlin Avocats, "
     "l'entreprise cofondée par Paul Verdier a plaidé la bonne foi.",
     ("FOUNDED", "Paul Verdier", "Marlin Avocats")),
    ("Le tribunal de commerce de Lyon a examiné le litige. Représentée par le cabinet Vasseur Avocats, la société "
     "dirigée par Lina Marchal conteste la facture.",
     ("LEADS", "Lina Marchal", "Vasseur Avocats")),
    ("Le tribunal de commerce de Lyon a examiné le litige. Représentée par le cabinet Vasseur Avocats, la société "
     "dirigée par Lina Marchal conteste la facture.",
     ("WORKS_FOR", "Vasseur Avocats", "Lina Marchal")),
]
