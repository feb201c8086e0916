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

# Words of blame in reported speech: "« X a enfreint la loi », a lancé Y" (data/speech.yaml blame_cue_verbs)
CASES += [
    ("« Ambroise Quillet et le groupe Vexora ont enfreint la loi en connaissance de cause », a lancé Maëlle "
     "Dorvan.",
     [("ACCUSES", "Maëlle Dorvan", "Ambroise Quillet"), ("ACCUSES", "Maëlle Dorvan", "Vexora")]),
]
FORBIDDEN += [
    ("« Ambroise Quillet n'a pas enfreint la loi », a assuré Maëlle Dorvan.",
     ("ACCUSES", "Maëlle Dorvan", "Ambroise Quillet")),
]

# Asking for someone's expulsion is opposing them, as asking for their resignation
CASES += [
    ("Maëlle Dorvan réclame l'exclusion d'Ambroise Quillet du parti.",
     [("OPPOSES", "Maëlle Dorvan", "Ambroise Quillet")]),
]
FORBIDDEN += [
    ("Maëlle Dorvan demande l'exclusion de la Russie des compétitions.",
     ("OPPOSES", "Maëlle Dorvan", "Russie")),
]

# Examples after a fight's plural party ("la rivalité avec les autres équipes, comme A ou B") are one side: A and B
# are no rivals of each other (slots/fights24.py examples_of_one_side)
FORBIDDEN += [
    ("Sur la route, la rivalité avec les autres grandes équipes, comme Jumbo-Vexa ou Orvane-Quick Step, ne devrait "
     "pas faiblir.",
     ("OPPOSES", "Jumbo-Vexa", "Orvane-Quick Step")),
]
CASES += [
    ("La rivalité entre Jumbo-Vexa et Orvane-Quick Step s'intensifie.",
     [("OPPOSES", "Jumbo-Vexa", "Orvane-Quick Step")]),
]

# "X a assigné en référé la filiale Y": the parser takes "référé" for a verb with Y its object
# (slots/fights24.py summoned_in_summary)
CASES += [
    ("Le syndicat Solvane avait assigné en référé la filiale Vexora Logistique.",
     [("SUES", "Solvane", "Vexora Logistique")]),
]
FORBIDDEN += [
    ("Le syndicat Solvane a assigné en référé devant le tribunal de Nanterre, selon Ambroise Quillet.",
     ("SUES", "Solvane", "Ambroise Quillet")),
]

# A joint offer of several buyers turned down is a rejected bid, not a feud with each buyer
# (slots/fights24.py joint_offer_turned_down, rule bids.joint_turned_down)
CASES += [
    ("Le groupe Tarnel a rejeté mercredi l'offre commune de Vexora, Orvane et Solvane pour racheter ses activités.",
     [("BIDS_FOR", "Vexora", "Tarnel"), ("BIDS_FOR", "Orvane", "Tarnel")]),
    # one bidder turned down as hostile: still a fight
    ("Le conseil d'administration de Tarnel a rejeté l'offre du groupe Vexora, la jugeant hostile.",
     [("OPPOSES", "Tarnel", "Vexora"), ("BIDS_FOR", "Vexora", "Tarnel")]),
]
FORBIDDEN += [
    ("Le groupe Tarnel a rejeté mercredi l'offre commune de Vexora, Orvane et Solvane pour racheter ses activités.",
     ("OPPOSES", "Tarnel", "Orvane")),
    ("Le groupe Tarnel a rejeté mercredi l'offre de 17 milliards d'euros déposée conjointement par Vexora, Orvane "
     "et Solvane.",
     ("OPPOSES", "Tarnel", "Vexora")),
]

# "Y écope de N d'amende" with the regulator named in an earlier sentence that tells a fine it imposed
# (slots/fights24.py fines_received, _last_fine_imposer)
CASES += [
    ("L'Autorité de la concurrence a infligé une amende record à Vexora. Les deux grossistes du groupe, Orvane et "
     "Tarnel, écopent respectivement de 76 millions et de 62 millions d'euros d'amende.",
     [("OPPOSES", "Autorité de la concurrence", "Orvane"), ("OPPOSES", "Autorité de la concurrence", "Tarnel")]),
]
FORBIDDEN += [
    # no fine told before: no one to have imposed it
    ("Le groupe Orvane, filiale de Tarnel, a écopé de plus de 8 milliards d'euros d'amendes cumulées entre 2017 et "
     "2019.",
     ("OPPOSES", "Tarnel", "Orvane")),
]
