"""Cases of the s24 conflict and alliance gaps (helper s24-fights24), invented names and sentences."""

# Sanctions received: "Y accumule les amendes de X", "Y a écopé d'une amende infligée par X": X sanctions Y
# (slots/fights24.py fines_received, rule opposes.fines_received)
CASES = [
    ("La chaîne Telvora accumule les mises en demeure et les amendes de l'Arcom.",
     [("OPPOSES", "Arcom", "Telvora")]),
    ("La chaîne Telvora a accumulé les sanctions de l'Arcom, dont une amende record.",
     [("OPPOSES", "Arcom", "Telvora")]),
    ("Le groupe Vexora a écopé d'une amende de 8 millions d'euros infligée par la Commission européenne.",
     [("OPPOSES", "Commission européenne", "Vexora")]),
]
FORBIDDEN = [
    # a sum names no one who imposes
    ("Le groupe Vexora accumule les amendes de 3 millions d'euros depuis l'arrivée d'Ambroise Quillet.",
     ("OPPOSES", "Vexora", "Ambroise Quillet")),
    # contesting a fine is no receiving it here (the contest is another tie)
    ("La chaîne Telvora accumule les succès de l'Arcom.",
     ("OPPOSES", "Arcom", "Telvora")),
]

# Backing someone's legal action is siding with them: "X a soutenu la plainte de Y", and without "de Y" the
# plaintiff of the action told just before (slots/fights24.py backed_action, rule ally.backed_action)
CASES += [
    ("Le groupe Orvane avait soutenu la plainte du groupe Vexora.",
     [("ALLY_OF", "Orvane", "Vexora")]),
    ("L'enquête avait été ouverte en 2020, un an après une plainte du groupe Vexora. Le groupe Orvane avait "
     "soutenu la plainte.",
     [("ALLY_OF", "Orvane", "Vexora")]),
    ("Le syndicat Solvane avait assigné en justice la société Tarnel. « C'est une victoire », a dit Ambroise "
     "Quillet. La CGT, qui avait soutenu la démarche, réclame la fermeture des sites.",
     [("ALLY_OF", "CGT", "Solvane"), ("SUES", "Solvane", "Tarnel")]),
]
FORBIDDEN += [
    # no legal action told before: no plaintiff to side with
    ("Le syndicat Solvane a publié un rapport. La CGT, qui avait soutenu la démarche, réclame la fermeture des "
     "sites.",
     ("ALLY_OF", "CGT", "Solvane")),
    # the defendant of the action is no one backed
    ("Le syndicat Solvane avait assigné en justice la société Tarnel. La CGT, qui avait soutenu la démarche, "
     "réclame la fermeture des sites.",
     ("ALLY_OF", "CGT", "Tarnel")),
]
