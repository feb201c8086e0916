"""Cases of the s37 reading of "le groupe de X" with X a person (helper s37-groupde37, extract/groupde37.py,
data/groupde37.yaml), invented names and sentences: the noun (groupe, empire, holding, société) stands for the one
company the text tied to X by LEADS, OWNS or FOUNDED; with none or two the tie is no one's; the possessive
"Y, la holding de X" keeps its OWNS X → Y."""

# the one company the text gave the person takes the tie
CASES = [
    ("Paul Garnier a fondé Brisol en 2001. Le groupe de Paul Garnier a racheté Vestane en mars.",
     [("FOUNDED", "Paul Garnier", "Brisol"), ("ACQUIRES", "Brisol", "Vestane")]),
    ("Hélène Vasseur dirige Arbelle depuis 2015. L'empire de Hélène Vasseur a racheté Ondine en juin.",
     [("LEADS", "Hélène Vasseur", "Arbelle"), ("ACQUIRES", "Arbelle", "Ondine")]),
    # the possessive tie stays the person's
    ("Velstar, la holding de Jean-Marc Dalbain, a racheté Tessora.",
     [("OWNS", "Jean-Marc Dalbain", "Velstar"), ("ACQUIRES", "Velstar", "Tessora")]),
    ("Le groupe Korvel est dirigé par Jean-Marc Dalbain. Le groupe de Jean-Marc Dalbain n'a jamais racheté Tessora.",
     [("LEADS", "Jean-Marc Dalbain", "Korvel")]),
]

# never the person's own tie
FORBIDDEN = [
    ("Paul Garnier a fondé Brisol en 2001. Le groupe de Paul Garnier a racheté Vestane en mars.",
     ("ACQUIRES", "Paul Garnier", "Vestane")),
    # two companies of his: no guess
    ("Paul Garnier détient Brisol et Tavelle. Le groupe de Paul Garnier a racheté Vestane.",
     ("ACQUIRES", "Paul Garnier", "Vestane")),
    ("Paul Garnier détient Brisol et Tavelle. Le groupe de Paul Garnier a racheté Vestane.",
     ("ACQUIRES", "Brisol", "Vestane")),
    # no company of his told: no one's
    ("L'alliance inquiète Korvel. Le groupe de Jean-Marc Dalbain, qui convoitait lui aussi Tessora, a racheté Velmar.",
     ("BIDS_FOR", "Jean-Marc Dalbain", "Tessora")),
]
