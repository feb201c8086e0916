"""Cases of the s38 speed branch (helper speed38): the steps it made cheaper — the capitalised runs read from the
view's capital positions, the pronoun readers of link_anaphora behind one tag test, the report sources found over
the token list — keep reading these invented sentences as before (the output was byte-identical on the corpus,
the invented set and adj39 before and after the change)."""

CASES = [
    # a capitalised run the NER may miss, then a subject pronoun carrying it to the next sentence
    ("Le fonds Horizon Ventures a racheté la société Ortal. Il détient désormais 80 % du capital.",
     [("ACQUIRES", "Horizon Ventures", "Ortal"), ("OWNS", "Horizon Ventures", "Ortal")]),
    # an object clitic ("lui") read by the pronoun block
    ("Paul Vernier a quitté Valtor. La société Kelvio lui a confié la direction de sa filiale Ortal.",
     [("LEADS", "Paul Vernier", "Ortal"), ("OWNS", "Kelvio", "Ortal")]),
    ("Selon Lucie Amiel, la société Valtor a racheté Ortal en 2021.", [("ACQUIRES", "Valtor", "Ortal")]),
]

FORBIDDEN = [
    # the source of a report ("selon X") is no party of the tie it reports
    ("Selon Lucie Amiel, la société Valtor a racheté Ortal en 2021.", ("ACQUIRES", "Lucie Amiel", "Ortal")),
]
