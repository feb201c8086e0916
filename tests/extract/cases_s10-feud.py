"""Rule cases of the s10-feud line of work (conflict and alliance ties), invented names only."""

CASES = [
    # a measure condemned accuses the body the article shows taking it (speech.py _measure_denounced)
    ("Les États-Unis ont placé mardi la société Marvelk Trading sur leur liste noire. Le vice-ministre kirghiz "
     "de l'Économie, Almaz Tokonov, a protesté contre une « mesure unilatérale ».",
     [("ACCUSES", "Almaz Tokonov", "États-Unis")]),
    ("La Valdarie a annoncé mardi des sanctions contre le groupe Ostrel Optique. "
     "À Paris, la ministre des Affaires étrangères, Odile Fergant, a jugé ces sanctions « injustifiées ».",
     [("ACCUSES", "Odile Fergant", "Valdarie")]),
]

CASES += [
    # a bid turned down: the offer a clitic stands for, the bid in the same sentence, a leader acting for his
    # company, a board named by no "de Y" (feuds.py _offer_turned_down)
    ("Le groupe Technova a déposé lundi une offre publique d'achat sur Kelvio. L'opération valorise la cible à "
     "900 millions d'euros. Elle n'avait pas été sollicitée : le conseil d'administration de Kelvio l'a jugée "
     "« inamicale ».", [("OPPOSES", "Kelvio", "Technova")]),
    ("La famille Tellier détient 60 % de Tellier Frères. En 2021, le groupe Brassac Surgelés avait proposé 400 M€ "
     "pour s'emparer de Tellier Frères, une offre que la famille avait jugée « irrecevable ».",
     [("OPPOSES", "famille Tellier", "Brassac Surgelés")]),
    ("Le patron de Ferlande Industries, Marc Oudry, a déposé mardi une offre publique d'achat sur son concurrent "
     "Vaubrun. L'opération valorise la cible à 1 milliard d'euros. Le PDG se dit confiant. Le conseil "
     "d'administration de Vaubrun a jugé l'offre « inamicale ».", [("OPPOSES", "Vaubrun", "Ferlande Industries")]),
]

CASES += [
    # a company's head seizing a court for it, the action's "contre" beside the court (bonds.py _seized, acting_for)
    ("La société Orvanel a perdu le marché. Sa présidente, Anne Ruquier, a saisi le tribunal administratif de Paris "
     "d'un référé précontractuel contre la Métropole de Brienne.", [("SUES", "Orvanel", "Métropole de Brienne")]),
    # the complaint behind an investigation told before (bonds.py _complaint_behind)
    ("La société Kelvio a été mise en examen jeudi pour pollution, dans le cadre d'une information judiciaire "
     "ouverte par le parquet de Lyon. Kelvio conteste les faits. La procédure fait suite à une plainte de Paul "
     "Verdier, un riverain. Kelvio dénonce une manœuvre.", [("SUES", "Paul Verdier", "Kelvio")]),
]

CASES += [
    # "le concurrent Y" said of no one: the rival of the article's company (feuds.py _topic_rival)
    ("Technova a nommé Anne Fabre au poste de directrice générale, selon un communiqué de Technova. Mme Fabre, "
     "51 ans, vient du concurrent Kelvio, où elle dirigeait la division logicielle. Technova gagnait 2 % en Bourse.",
     [("COMPETES_WITH", "Kelvio", "Technova")]),
]

CASES += [
    # support given to the one a "lui" stands for (bonds.py _support_to_clitic)
    ("La ministre de l'Industrie, Anne Fabre, a jugé ces attaques inacceptables. Elle s'est entretenue mercredi avec "
     "Paul Verdier pour lui exprimer son « plein soutien ».", [("ALLY_OF", "Anne Fabre", "Paul Verdier")]),
]

CASES += [
    # a negation above a verb of telling is about the telling (status.py _UNSAID): the tie holds, not negated
    ("Interrogé, Technova ne commente pas sa coopération avec Kelvio.", [("PARTNERS_WITH", "Technova", "Kelvio")]),
    ("Technova n'a pas souhaité commenter son partenariat avec Kelvio.", [("PARTNERS_WITH", "Technova", "Kelvio")]),
]

FORBIDDEN = [
    ("La société Orvanel a perdu le marché. Sa présidente, Anne Ruquier, a saisi le tribunal administratif de Paris "
     "d'un référé précontractuel contre la Métropole de Brienne.", ("SUES", "Anne Ruquier", "Métropole de Brienne")),
    # a campaign denounced is not the speaker's, and a clause the parser hung on its participle is not its target
    # (bonds.py _move_made)
    ("Contacté, Technova dénonce « une campagne de dénigrement orchestrée par un concurrent aux abois » et annonce "
     "une plainte en diffamation contre Anne Fabre, la dirigeante de Kelvio.", ("OPPOSES", "Technova", "Anne Fabre")),
]
