"""Cases of the s24 entity-name gaps (helper s24-names24), invented names and sentences."""

# "son service X Music": a product the owner's possessive introduces is not the owner named in full; the
# short name keeps its own ties (mentions/grouping.py _own_product)
CASES = [
    ("La Commission européenne a infligé une amende à Zorvex. Le suédois Spotex, concurrent direct de son "
     "service Zorvex Music, avait porté plainte. Zorvex, dirigé par Paul Verdan, conteste la décision.",
     [("LEADS", "Paul Verdan", "Zorvex"), ("OPPOSES", "Commission européenne", "Zorvex")]),
]
FORBIDDEN = [
    ("La Commission européenne a infligé une amende à Zorvex. Le suédois Spotex, concurrent direct de son "
     "service Zorvex Music, avait porté plainte. Zorvex, dirigé par Paul Verdan, conteste la décision.",
     ("LEADS", "Paul Verdan", "Zorvex Music")),
]

# "A Lyon, …": "À" written without its accent opening a sentence is no word of a name (candidates.py
# _add_capitalised_runs), nor does the minister apposed after the place make the place a person
# (typing_cues.py)
FORBIDDEN += [
    ("A Lyon, le ministre des Finances, Paul Verdan, a dénoncé une sanction injuste.",
     ("LEADS", "A Lyon", "ministère des Finances")),
    ("A Lyon, le ministre des Finances, Paul Verdan, a dénoncé une sanction injuste.",
     ("LEADS", "Lyon", "ministère des Finances")),
]
