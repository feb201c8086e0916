"""Cases of the s24 business-tie gaps (helper s24-deals24: stakes, takeovers, joint ventures), invented names and
sentences."""

# "la coentreprise de A avec B", "la coentreprise fondée par A et B": the partners of a joint venture
# (partners.venture_of_with, partners.venture_founders; slots/deals24.py venture_founders)
CASES = [
    ("La coentreprise de la compagnie Varnell avec Brenmor Airlines et Quellec Airways a été prolongée.",
     [("PARTNERS_WITH", "Varnell", "Brenmor Airlines"), ("PARTNERS_WITH", "Varnell", "Quellec Airways")]),
    ("La coentreprise fondée par Drummon et Kelvor a ouvert une usine.",
     [("PARTNERS_WITH", "Drummon", "Kelvor")]),
    ("La coentreprise de batteries créée en 2021 par Drummon et Kelvor emploie 800 salariés.",
     [("PARTNERS_WITH", "Drummon", "Kelvor")]),
]
FORBIDDEN = [
    # one founder named: no pair
    ("La coentreprise créée par Drummon a ouvert une usine avec Kelvor.", ("PARTNERS_WITH", "Drummon", "Kelvor")),
]

# "X a racheté Y via sa holding B", "X finalisait, via sa holding B, le rachat de Y": the vehicle buys too
# (acquires.vehicle_*; slots/deals24.py buyer_vehicle)
CASES += [
    ("Le groupe Kelvor a été racheté par Arnaud Velmont via sa holding Drummon.",
     [("ACQUIRES", "Arnaud Velmont", "Kelvor"), ("ACQUIRES", "Drummon", "Kelvor")]),
    ("Arnaud Velmont a pris le contrôle de la société Kelvor via sa holding Drummon.",
     [("ACQUIRES", "Arnaud Velmont", "Kelvor"), ("ACQUIRES", "Drummon", "Kelvor")]),
    ("Arnaud Velmont a bouclé le rachat de la société Kelvor via sa holding Drummon.",
     [("ACQUIRES", "Arnaud Velmont", "Kelvor"), ("ACQUIRES", "Drummon", "Kelvor")]),
    ("Arnaud Velmont finalisait, via sa holding Drummon, le rachat de la société Kelvor pour 800 millions d'euros.",
     [("ACQUIRES", "Arnaud Velmont", "Kelvor"), ("ACQUIRES", "Drummon", "Kelvor")]),
    ("Arnaud Velmont a racheté la société Kelvor par l'intermédiaire de sa société Drummon.",
     [("ACQUIRES", "Drummon", "Kelvor")]),
]
FORBIDDEN += [
    # a channel of news is no vehicle; a vehicle of another verb (a stake held) buys nothing
    ("Arnaud Velmont a annoncé via Twitter le rachat de la société Kelvor.", ("ACQUIRES", "Twitter", "Kelvor")),
    ("Le fondateur Arnaud Velmont, qui détenait déjà 11 % du titre via sa holding Drummon, voulait lui aussi "
     "racheter le journal Kelvor.", ("BIDS_FOR", "Drummon", "Kelvor")),
]

# "X réclame une participation dans Y", "X veut prendre une participation dans Y": a stake claimed or sought is
# a bid, not a holding (relations._stake_wanted); "Selon le journal, le géant X réclamerait …": the subject the
# parser hangs on the fronted source (relations._subject_after_source)
CASES += [
    ("Le groupe Drummon demande une participation dans la société Kelvor.", [("BIDS_FOR", "Drummon", "Kelvor")]),
    ("Le groupe Drummon veut prendre une participation dans la société Kelvor.", [("BIDS_FOR", "Drummon", "Kelvor")]),
    ("Selon le journal, le géant public chinois Drummon réclamerait une participation dans la société Kelvor.",
     [("BIDS_FOR", "Drummon", "Kelvor")]),
    ("Le groupe Drummon a pris une participation dans la société Kelvor.", [("OWNS", "Drummon", "Kelvor")]),
]
FORBIDDEN += [
    ("Le groupe Drummon réclame une participation dans la société Kelvor.", ("OWNS", "Drummon", "Kelvor")),
    ("Le groupe Drummon cherche à prendre une participation dans la société Kelvor.", ("OWNS", "Drummon", "Kelvor")),
]

# "Y, lui-même filiale de X": the noun after the emphatic pronoun describes Y (relations._emphatic_before_noun)
CASES += [
    ("Kelvor, lui-même filiale de Drummon, a signé.", [("OWNS", "Drummon", "Kelvor")]),
    ("Le groupe Kelvor, lui-même filiale de Drummon, a signé.", [("OWNS", "Drummon", "Kelvor")]),
    ("L'animateur Paul Garnier, sur Kelvor TV, chaîne du groupe Drummon, lui-même filiale de Varlia, s'est présenté.",
     [("OWNS", "Varlia", "Drummon")]),
]
FORBIDDEN += [
    ("Le groupe Kelvor, lui-même filiale de Drummon, a signé.", ("OWNS", "Kelvor", "Drummon")),
]

# "X a pris 5 % du capital de Y via sa holding familiale, le groupe B": B holds the stake, X holds B
# (owns.vehicle_stake, owns.vehicle_owner); "Z a annoncé, via sa filiale de location B, le rachat de Y": the
# subsidiary buys, not its parent (acquires.vehicle_noun; no doer through a "filiale")
CASES += [
    ("Arnaud Velmont a pris plus de 5 % du capital de la société Kelvor via sa holding familiale, le groupe Drummon.",
     [("OWNS", "Drummon", "Kelvor"), ("OWNS", "Arnaud Velmont", "Drummon")]),
    ("La banque Varlia a annoncé, via sa filiale de location longue durée Drummon, le rachat de la société Kelvor.",
     [("ACQUIRES", "Drummon", "Kelvor")]),
]
FORBIDDEN += [
    # a bank named without a possessive may be a broker
    ("Arnaud Velmont a pris 5 % du capital de la société Kelvor via la banque Drummon.", ("OWNS", "Drummon", "Kelvor")),
    ("La banque Varlia a mené à bien, via sa filiale de location Drummon, le rachat de la société Kelvor.",
     ("ACQUIRES", "Varlia", "Kelvor")),
]

# "X a vendu sa filiale, la société Y": the name after the comma, parsed as a second object, names the unit
# (slots/deals24.py unit_named_after_comma)
CASES += [
    ("La banque Drummon a vendu sa filiale, la société Kelvor.", [("OWNS", "Drummon", "Kelvor")]),
]
FORBIDDEN += [
    ("Le groupe Drummon a présenté sa filiale, le patron Arnaud Velmont et le fonds Kelvor.",
     ("OWNS", "Drummon", "Kelvor")),
]

# "X s'est allié au fonds Y et à la société Z": a person joining forces with companies (partners.person_allied_to)
CASES += [
    ("Arnaud Velmont s'est allié au fonds Varlia et à la société Kelvor.",
     [("PARTNERS_WITH", "Arnaud Velmont", "Varlia"), ("PARTNERS_WITH", "Arnaud Velmont", "Kelvor")]),
]
FORBIDDEN += [
    # the side allied against is no partner
    ("Arnaud Velmont s'est allié à la gauche contre la société Kelvor.", ("PARTNERS_WITH", "Arnaud Velmont", "Kelvor")),
]

# "Les investisseurs historiques remettent au pot, à commencer par A, B et C": each invests again in the article's
# company (invests.back_in_pot; slots/deals24.py back_in_pot)
CASES += [
    ("La start-up Kelvor lève 2 milliards d'euros. Les investisseurs historiques remettent au pot, à commencer par "
     "Drummon, Varlia et la banque Brenmor.",
     [("INVESTS_IN", "Drummon", "Kelvor"), ("INVESTS_IN", "Varlia", "Kelvor"), ("INVESTS_IN", "Brenmor", "Kelvor")]),
    ("La start-up Kelvor lève 2 milliards d'euros. Nos investisseurs historiques, Drummon et Varlia, ont remis au pot.",
     [("INVESTS_IN", "Drummon", "Kelvor"), ("INVESTS_IN", "Varlia", "Kelvor")]),
]
FORBIDDEN += [
    # "remettre" with no pot: handing over is no investment
    ("La start-up Kelvor lève 2 milliards d'euros. Le fonds Drummon a remis un rapport à la banque Varlia.",
     ("INVESTS_IN", "Drummon", "Kelvor")),
]
