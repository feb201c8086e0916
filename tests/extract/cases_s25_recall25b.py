"""Cases of single constructions of general French (helper s25-recall25b), invented names and sentences."""

# "A et B ont créé une coentreprise, Z, …": the venture named after a comma is what they founded
# (slots/recall25b.venture_named_after_comma)
CASES = [
    ("Le groupe Kelvor et la société Varnell ont créé une coentreprise, Drummon Systems, près de Lyon.",
     [("FOUNDED", "Kelvor", "Drummon Systems"), ("FOUNDED", "Varnell", "Drummon Systems")]),
    ("Le groupe Kelvor a fondé une coentreprise, Drummon Systems.",
     [("FOUNDED", "Kelvor", "Drummon Systems")]),
]
FORBIDDEN = [
    # the name after the comma opens the next clause: it is its subject, not the venture's name
    ("Le groupe Kelvor a créé une coentreprise, la société Varnell en détient la moitié.",
     ("FOUNDED", "Kelvor", "Varnell")),
    # a venture only studied is not founded
    ("Le groupe Kelvor étudie une coentreprise, Drummon Systems, avec la société Varnell.",
     ("FOUNDED", "Kelvor", "Drummon Systems")),
]

# "Y, filiale du géant des logiciels X": the parent named after its trade noun and the trade's complement
# (slots/recall25b.parent_after_trade)
CASES += [
    ("Drummon Software, filiale du géant de la chimie Kelvor, a été sanctionnée.",
     [("OWNS", "Kelvor", "Drummon Software")]),
    ("Drummon Software, filiale du géant des logiciels Kelvor, a été sanctionnée.",
     [("OWNS", "Kelvor", "Drummon Software")]),
]
FORBIDDEN += [
    # the trade's complement names no one: the buyer after the verb is no parent
    ("Drummon Software, filiale du géant des logiciels, a été vendue au groupe Kelvor.",
     ("OWNS", "Kelvor", "Drummon Software")),
]
