"""Cases of the s30 entity-finding gaps (helper s30-names30), invented names and sentences: names the NER cuts,
splits or never sees. Each mechanism is checked on several shapes (subject, agent, relative, apposition, quote)."""

CASES = [
    # a body's long name whose lower-case complements are coordinated by "et", closed by a place the NER took
    # apart (mentions/names30.bodies_with_coordinated_nouns)
    ("La Caisse de dépôt et placement du Valdor a ramené sa participation dans Ferrolux à 10 %.",
     [("OWNS", "Caisse de dépôt et placement du Valdor", "Ferrolux")]),
    ("Ferrolux est détenue à 12 % par la Caisse des retraites et prévoyance du Lorvan.",
     [("OWNS", "Caisse des retraites et prévoyance du Lorvan", "Ferrolux")]),
    ("Le Fonds de garantie et solidarité du Lorvan détient 8 % de Ferrolux.",
     [("OWNS", "Fonds de garantie et solidarité du Lorvan", "Ferrolux")]),
    # a parliamentary group's name "groupe <plural people word> pour …" (mentions/names26.movement_names_with_pour)
    ("Le Fidor a rejoint le groupe Conservateurs pour la Nation au Parlement européen.",
     [("MEMBER_OF", "Fidor", "Conservateurs pour la Nation")]),
    ("Membre du groupe Démocrates pour l'Avenir, le Parti vert lorvanien a voté contre.",
     [("MEMBER_OF", "Parti vert lorvanien", "Démocrates pour l'Avenir")]),
    ("Le parti Fidor est membre du groupe Réformateurs pour l'Europe au Parlement européen.",
     [("MEMBER_OF", "Fidor", "Réformateurs pour l'Europe")]),
    ("Le groupe Velmor pour l'Afrique a racheté Ferrolux.", [("ACQUIRES", "Velmor", "Ferrolux")]),
    # a one-letter brand a platform noun announces, and its other bare mentions (mentions/names30.one_letter_brands)
    ("Numérique : face à Q, l'exécutif hésite.\n\nLa ministre Claire Dumas a accusé Marc Dulor, le propriétaire du "
     "réseau social Q, de mentir. La Commission européenne poursuit Q.",
     [("SUES", "Commission européenne", "Q")]),
    ("La plateforme Z, propriété de Marc Dulor, est poursuivie par la Commission européenne.",
     [("OWNS", "Marc Dulor", "Z"), ("SUES", "Commission européenne", "Z")]),
    ("La ministre a saisi l'Arcom contre l'application W, détenue par le groupe Velmor.", [("OWNS", "Velmor", "W")]),
    ("La ministre a accusé Marc Dulor, patron du réseau social V, de fouler aux pieds les règles.",
     [("LEADS", "Marc Dulor", "V")]),
    ("Numérique : face à Q, l'exécutif hésite.\n\nLa ministre Claire Dumas a accusé le propriétaire de Q de « fouler "
     "aux pieds » les règles. La Commission européenne poursuit Q.",
     [("SUES", "Commission européenne", "Q")]),
    ("Paul Dorin, le patron de W, a été convoqué par la Commission européenne, qui enquête sur W depuis 2023.",
     [("LEADS", "Paul Dorin", "W")]),
    ("Le rachat de K par Paul Dorin en 2022 a été attaqué par la CNIL, qui accuse K de négligence.",
     [("ACQUIRES", "Paul Dorin", "K"), ("ACCUSES", "CNIL", "K")]),
    # a sector's acronym opening a run of capitals the NER missed: the name is read after it
    # (mentions/candidates._add_capitalised_runs)
    ("Le groupe de BTP NCS a racheté Velmor en 2022.", [("ACQUIRES", "NCS", "Velmor")]),
    ("Velmor, filiale du groupe de BTP ECS, a été vendue à Ferrolux.", [("OWNS", "ECS", "Velmor")]),
    ("« Nous restons prudents », a indiqué Paul Dorin, le patron de la PME GCS, qui a racheté Velmor.",
     [("LEADS", "Paul Dorin", "GCS")]),
]
FORBIDDEN = [
    ("Le groupe Velmor pour l'Afrique a racheté Ferrolux.", ("ACQUIRES", "Velmor pour l'Afrique", "Ferrolux")),
    ("Le Conseil de surveillance et d'audit de Velmor a révoqué Paul Dorin.",
     ("OPPOSES", "Conseil de surveillance et d'audit de Velmor", "Paul Dorin")),
    ("Velmor a levé 20 millions d'euros lors d'une série B menée par Ferrolux, propriétaire de la plateforme B.",
     ("INVESTS_IN", "Ferrolux", "B")),
]
