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
