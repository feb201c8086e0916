"""Cases of the s32 stance pass (helper s32-stance32, slots/stance32.py), invented names and sentences. Each mechanism
is checked on several cue words and shapes (a relation noun with an attribute, a fronted "Entre A et B", a spoiling
verb, "de X avec Y", a "have" verb; a negated verb of trying, a verb of failing, a negated reflexive; a participle
of alliance after a list; a meal verb tagged a noun, a meal noun)."""

# bad relations between two actors are a feud (stance32.strained_relations)
CASES = [
    ("Les rapports entre Hugo Ferrand et Claire Joubert demeurent exécrables depuis le congrès.",
     [("OPPOSES", "Hugo Ferrand", "Claire Joubert")]),
    ("Entre le groupe Valcor et la société Orbitel, l'ambiance n'a jamais été cordiale.",
     [("OPPOSES", "Valcor", "Orbitel")]),
    ("Cette affaire de brevets a durablement envenimé le climat entre Valcor et Orbitel.",
     [("OPPOSES", "Valcor", "Orbitel")]),
    ("Les relations entre Lina Marchal et Paul Verdier restent glaciales.",
     [("OPPOSES", "Lina Marchal", "Paul Verdier")]),
    ("Le maire, Hugo Ferrand, et la préfète, Claire Joubert, entretiennent des relations orageuses.",
     [("OPPOSES", "Hugo Ferrand", "Claire Joubert")]),
    ("Paul Verdier et Marc Delorme ont fondé le cabinet Arvel en 2015. Le litige sur les honoraires a "
     "longtemps plombé l'atmosphère entre Paul Verdier et son associé Marc Delorme.",
     [("OPPOSES", "Paul Verdier", "Marc Delorme")]),
]

# an agreement failed is a feud (stance32.failed_agreement)
CASES += [
    ("Claire Joubert et Hugo Ferrand n'ont pas réussi à s'accorder sur le budget.",
     [("OPPOSES", "Claire Joubert", "Hugo Ferrand")]),
    ("Après six mois de négociation, Valcor a échoué à trouver un compromis avec Orbitel.",
     [("OPPOSES", "Valcor", "Orbitel")]),
    ("Depuis le congrès de Tours, Hugo Ferrand et Claire Joubert ne s'entendent plus.",
     [("OPPOSES", "Hugo Ferrand", "Claire Joubert")]),
    ("Le syndicat Sud Rail et la fédération Unitra ne sont pas parvenus à s'entendre sur les salaires.",
     [("OPPOSES", "Sud Rail", "Unitra")]),
]

# allied against a third: allies, each opposing the third (stance32.allied_against)
CASES += [
    ("Hugo Ferrand et Claire Joubert, ligués contre Marc Delorme, ont déposé une motion.",
     [("ALLY_OF", "Hugo Ferrand", "Claire Joubert"), ("OPPOSES", "Hugo Ferrand", "Marc Delorme"),
      ("OPPOSES", "Claire Joubert", "Marc Delorme")]),
    ("Le syndicat Sud Rail et l'association Clarté, coalisés contre le projet de Hugo Ferrand, manifestent samedi.",
     [("ALLY_OF", "Sud Rail", "Clarté"), ("OPPOSES", "Clarté", "Hugo Ferrand")]),
    ("La fédération Unitra et le syndicat Sud Rail, alliés en 2021 contre la réforme de Lina Marchal, se sont "
     "séparés.",
     [("ALLY_OF", "Unitra", "Sud Rail"), ("OPPOSES", "Sud Rail", "Lina Marchal")]),
]

# a meal shared is a meeting (stance32.meal_with)
CASES += [
    ("Lina Marchal déjeune de temps en temps avec Marc Delorme.",
     [("MEETS", "Lina Marchal", "Marc Delorme")]),
    ("Chaque mois, Claire Joubert prend un café avec Hugo Ferrand.",
     [("MEETS", "Claire Joubert", "Hugo Ferrand")]),
    ("Claire Joubert dîne régulièrement avec Hugo Ferrand depuis leur passage au ministère.",
     [("MEETS", "Claire Joubert", "Hugo Ferrand")]),
]

# a person drawing close to another or to a party is an ally (stance32.drew_close)
CASES += [
    ("Lina Marchal s'est rapprochée de Paul Verdier.",
     [("ALLY_OF", "Lina Marchal", "Paul Verdier")]),
    ("Lina Marchal, qui s'est rapprochée du Parti du progrès, votera la motion.",
     [("ALLY_OF", "Lina Marchal", "Parti du progrès")]),
    ("Depuis l'été, Hugo Ferrand s'est réconcilié avec Claire Joubert.",
     [("ALLY_OF", "Hugo Ferrand", "Claire Joubert")]),
    ("Claire Joubert a fait cause commune avec Hugo Ferrand contre la réforme.",
     [("ALLY_OF", "Claire Joubert", "Hugo Ferrand")]),
]

# an alliance made by a person with a person or a party is closeness, not a partnership (relations._political_pact)
CASES += [
    ("Lina Marchal a fait alliance avec Paul Verdier pour les municipales.",
     [("ALLY_OF", "Lina Marchal", "Paul Verdier")]),
]

FORBIDDEN = [
    # a person's pact with a company stays a partnership; one who brings two companies together is close to neither
    ("Lina Marchal a fait alliance avec Paul Verdier pour les municipales.",
     ("PARTNERS_WITH", "Lina Marchal", "Paul Verdier")),
    ("Hugo Ferrand a rapproché Valcor et Orbitel.",
     ("ALLY_OF", "Hugo Ferrand", "Valcor")),
    ("Valcor s'est rapproché d'Orbitel pour peser face aux géants.",
     ("ALLY_OF", "Valcor", "Orbitel")),
    # good relations are no feud
    ("Les relations entre Hugo Ferrand et Claire Joubert sont excellentes.",
     ("OPPOSES", "Hugo Ferrand", "Claire Joubert")),
    ("Le climat entre Hugo Ferrand et Claire Joubert reste bon.",
     ("OPPOSES", "Hugo Ferrand", "Claire Joubert")),
    # an agreement not yet reached, or a deal not signed, is no feud
    ("Hugo Ferrand et Claire Joubert ne sont pas encore parvenus à s'entendre.",
     ("OPPOSES", "Hugo Ferrand", "Claire Joubert")),
    ("Valcor et Orbitel n'ont pas signé d'accord.",
     ("OPPOSES", "Valcor", "Orbitel")),
    # a place named inside an opening phrase is no member of the pair
    ("Depuis le congrès de Tours, Hugo Ferrand et Claire Joubert ne s'entendent plus.",
     ("OPPOSES", "Tours", "Hugo Ferrand")),
    # a descriptor between "entre" and a name breaks the pair: the body the descriptor names is no party
    ("Les relations entre la présidente de la Région Ouest et Hugo Ferrand restent glaciales.",
     ("OPPOSES", "Région Ouest", "Hugo Ferrand")),
    # allies with no one they stand against: no feud drawn
    ("Hugo Ferrand et Claire Joubert, alliés de longue date, ont déposé une motion.",
     ("OPPOSES", "Hugo Ferrand", "Claire Joubert")),
]
