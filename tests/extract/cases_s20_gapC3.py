"""Cases of the s20 coverage gaps of French in the conflict ties (OPPOSES, ACCUSES, SUES; helper s20-gapC3),
invented names and sentences."""

# An aside between "avoir" and its participle ("a de son côté", "avait pour sa part", "avait quant à lui"): the
# parse made the aside's noun (or the auxiliary) the clause's head and lost the subject (nlp/docview.py
# _aside_before_participle).
CASES = [
    ("La ligue Norda a de son côté assigné la société Calvex en justice.",
     [("SUES", "Norda", "Calvex")]),
    ("La société Norvex avait de son côté porté plainte contre Paul Verdon pour diffamation.",
     [("SUES", "Norvex", "Paul Verdon")]),
    ("La société Norvex a de son côté accusé Paul Verdon de mentir.",
     [("ACCUSES", "Norvex", "Paul Verdon")]),
    ("Le syndicat Solvia a pour sa part porté plainte contre Paul Verdon.",
     [("SUES", "Solvia", "Paul Verdon")]),
    ("Le syndicat Solvia avait quant à lui attaqué la société Norvex en justice.",
     [("SUES", "Solvia", "Norvex")]),
    # a near miss: the aside and a participle that names no one
    ("Paul Verdon a de son côté quitté la réunion avant la fin.", []),
]
FORBIDDEN = [
    ("La société Norvex a de son côté accusé Paul Verdon de mentir.",
     ("ACCUSES", "Paul Verdon", "Norvex")),
]

# A fronted "entre" phrase naming organisations ("Entre la société A et le groupe B, la guerre est déclarée"), a
# broken dialogue ("le dialogue est rompu"), and a headline's kicker before the phrase ("Retraites : entre …")
# (rules opposes.between_fronted_body, slots/conflicts.py).
CASES += [
    ("Entre la société Norvex et le groupe Calvex, la guerre est désormais déclarée.",
     [("OPPOSES", "Norvex", "Calvex")]),
    ("Entre Paul Verdon et le syndicat Solvia, le dialogue est rompu.",
     [("OPPOSES", "Paul Verdon", "Solvia")]),
    ("Le dialogue est rompu entre Paul Verdon et le syndicat Solvia.",
     [("OPPOSES", "Paul Verdon", "Solvia")]),
    ("Retraites : entre Paul Verdon et le syndicat Solvia, le dialogue rompu",
     [("OPPOSES", "Paul Verdon", "Solvia")]),
    # near misses: a dialogue not broken, a market fight
    ("Le dialogue entre Paul Verdon et le syndicat Solvia reprend lundi.", []),
]
FORBIDDEN += [
    ("Entre la société Norvex et le groupe Calvex, la guerre des prix fait rage.",
     ("OPPOSES", "Norvex", "Calvex")),
    ("Entre la société Norvex et le groupe Calvex, la rivalité est ancienne.",
     ("OPPOSES", "Norvex", "Calvex")),
]

# A second titled name coordinated after a first ("des sanctions au ministre de la Défense, A, et au chef
# d'état-major, B"): the parse hangs B on the second title, a conjunct of A; every slot holding A alone takes B
# (slots/conflicts.py _second_titled, conflict triggers only).
CASES += [
    ("La Valdarie a imposé des sanctions au ministre de la Défense, Paul Verdon, et au chef d'état-major, "
     "Marc Dubreuil.",
     [("OPPOSES", "Valdarie", "Paul Verdon"), ("OPPOSES", "Valdarie", "Marc Dubreuil")]),
    ("La Valdarie accuse le ministre de la Défense, Paul Verdon, et le chef d'état-major, Marc Dubreuil, de "
     "corruption.",
     [("ACCUSES", "Valdarie", "Paul Verdon"), ("ACCUSES", "Valdarie", "Marc Dubreuil")]),
    ("Le syndicat Solvia a porté plainte contre le président de Norvex, Paul Verdon, et celui de Calvex, "
     "Marc Dubreuil.",
     [("SUES", "Solvia", "Paul Verdon"), ("SUES", "Solvia", "Marc Dubreuil")]),
]
FORBIDDEN += [
    # a near miss: the second titled name is another verb's object
    ("Le syndicat Solvia a porté plainte contre le président de Norvex, Paul Verdon, et a rencontré le PDG de "
     "Calvex, Marc Dubreuil.",
     ("SUES", "Solvia", "Marc Dubreuil")),
]

# A present participle of blame after a comma, hung by the parse on the last noun of the object phrase ("X a
# étrillé les conditions de la vente, reprochant à Y de …"): the clause's subject blames (nlp/docview.py
# _blame_participle_of_clause).
CASES += [
    ("La Cour des comptes avait étrillé les conditions de la vente, reprochant à la société Norvex de s'être "
     "montrée trop conciliante.",
     [("ACCUSES", "Cour des comptes", "Norvex")]),
    # a near miss: a participle that describes the noun, not blame
    ("Lucie Marsan a racheté une usine de la société Norvex, employant 300 personnes.", []),
]

# A label pinned on a named actor: "X a qualifié Y d'« erreur historique »" (rule accuses.labelled,
# slots/conflicts.py _labelled); not "qualifier Y pour la finale".
CASES += [
    ("Paul Verdon a qualifié Marc Dubreuil de « traître ».",
     [("ACCUSES", "Paul Verdon", "Marc Dubreuil")]),
    ("Paul Verdon, qui a qualifié le parti Horizon d'« erreur historique », soutient la liste.",
     [("ACCUSES", "Paul Verdon", "Horizon")]),
    ("Le parti Horizon a qualifié Paul Verdon pour le second tour.", []),
]

# A relative clause after a person's title set off after the name ("X, le fondateur de Y, qui accuse Z"): the parse
# hangs it on the title noun; it is the person's (nlp/docview.py _relative_of_titled_name; not for holdings,
# staff or output, more often the company's).
CASES += [
    ("Paul Verdon, le fondateur de Norvex, qui accuse Calvex de mentir, a porté plainte.",
     [("ACCUSES", "Paul Verdon", "Calvex"), ("FOUNDED", "Paul Verdon", "Norvex")]),
    ("Paul Verdon, le président de Norvex, qui reproche à Calvex ses méthodes, a porté plainte.",
     [("ACCUSES", "Paul Verdon", "Calvex")]),
]
FORBIDDEN += [
    ("Paul Verdon, le fondateur de Norvex, qui accuse Calvex de mentir, a porté plainte.",
     ("ACCUSES", "Norvex", "Calvex")),
]
