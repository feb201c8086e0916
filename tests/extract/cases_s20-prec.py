"""Cases of the s20 precision work on false ties (helper s20-prec), invented names and sentences."""

# A participle agrees with the noun it qualifies, and an apposition after "à Y" describes Y: "racheté X à Y,
# la holding de la famille Z présidée par W" — Y is the family's holding, W leads Y (not X, not the family).
CASES = [
    ("Vanore a racheté en 2021 le réassureur Sélis à Brevo, la holding de la famille Tarrin présidée par Marc "
     "Lenoir, pour 9 milliards d'euros.",
     [("ACQUIRES", "Vanore", "Sélis"), ("OWNS", "famille Tarrin", "Brevo"), ("LEADS", "Marc Lenoir", "Brevo")]),
    ("Le groupe Marvel a racheté en 2022 l'assureur Calvane au groupe Ostrel, la holding de la famille Dornac "
     "présidée par Paul Ferrand, pour 2 milliards.",
     [("ACQUIRES", "Marvel", "Calvane"), ("OWNS", "famille Dornac", "Ostrel"), ("LEADS", "Paul Ferrand", "Ostrel")]),
]
FORBIDDEN = [
    ("Vanore a racheté en 2021 le réassureur Sélis à Brevo, la holding de la famille Tarrin présidée par Marc "
     "Lenoir, pour 9 milliards d'euros.",
     ("OWNS", "famille Tarrin", "Sélis")),
    ("Vanore a racheté en 2021 le réassureur Sélis à Brevo, la holding de la famille Tarrin présidée par Marc "
     "Lenoir, pour 9 milliards d'euros.",
     ("LEADS", "Marc Lenoir", "famille Tarrin")),
    ("Le groupe Marvel a racheté en 2022 l'assureur Calvane au groupe Ostrel, la holding de la famille Dornac "
     "présidée par Paul Ferrand, pour 2 milliards.",
     ("LEADS", "Paul Ferrand", "famille Dornac")),
]
