"""Cases of the s24 second-reference gaps (helper s24-coref24b), invented names and sentences."""

# A deputy's title read when "adjoint" is parsed as a modifier (nmod) of the title and when the company is
# the possessive's owner: WORKS_FOR, never LEADS (slots/dependents.py deputy, slots/tidy.py deputy_of)
CASES = [
    ("Le groupe Varnell a été mis en examen. Paul Garnier, directeur général adjoint de Varnell, a été condamné.",
     [("WORKS_FOR", "Paul Garnier", "Varnell")]),
    ("Le groupe Varnell a été mis en examen. Paul Garnier, son ex-directeur général adjoint, a été condamné.",
     [("WORKS_FOR", "Paul Garnier", "Varnell")]),
    ("Le groupe Varnell a été mis en examen. Son directeur général adjoint, Paul Garnier, a été condamné.",
     [("WORKS_FOR", "Paul Garnier", "Varnell")]),
]
FORBIDDEN = [
    ("Le groupe Varnell a été mis en examen. Son directeur général adjoint, Paul Garnier, a été condamné.",
     ("LEADS", "Paul Garnier", "Varnell")),
    # the owner of "son" is a person: no company to work for
    ("Paul Garnier a rencontré Luc Dumas. Jean Morel, son directeur général adjoint, était là.",
     ("WORKS_FOR", "Jean Morel", "Paul Garnier")),
]

# "X a injecté N milliards de dollars dans la start-up": the "dans" phrase the parser hangs on the amount object
# (no name after the descriptor) is the verb's (slots/coref24b.py into_on_amount)
CASES += [
    ("Paul Garnier a quitté la start-up Kelvor, lâché par le conglomérat Varnell Holdings. Varnell Holdings a "
     "injecté plus de 10 milliards de dollars dans la start-up.",
     [("INVESTS_IN", "Varnell Holdings", "Kelvor")]),
    ("Paul Garnier a quitté la start-up Kelvor, lâché par le conglomérat Varnell Holdings. Le groupe a injecté "
     "plus de 10 milliards de dollars dans la start-up.",
     [("INVESTS_IN", "Varnell Holdings", "Kelvor")]),
]
FORBIDDEN += [
    # a project of a company is no investment in the company itself
    ("Varnell Holdings a injecté 10 milliards de dollars dans le projet de Kelvor Systems.",
     ("INVESTS_IN", "Varnell Holdings", "Kelvor Systems")),
]
