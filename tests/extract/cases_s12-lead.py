"""Rule cases of the lead's twelfth-session fixes: invented actors only."""

CASES = [
    # an object after a time phrase set off by commas, which the parser hangs on the verb, the date or
    # the comma: the verb's object all the same
    ("M. Davril avait discrètement rencontré, début mars, Jacques Ferrandou.",
     [("MEETS", "Davril", "Jacques Ferrandou")]),
    ("La ministre Anne Vidalie a reçu, mardi soir, Paul Arnauday.",
     [("MEETS", "Anne Vidalie", "Paul Arnauday")]),
    ("Paul Morelet a rencontré, le 3 mai, Jacques Ferrandou, puis Luc Morinet.",
     [("MEETS", "Paul Morelet", "Jacques Ferrandou")]),
    ("La société Arvelis a racheté, fin 2021, la société Brevanne.",
     [("ACQUIRES", "Arvelis", "Brevanne")]),
    ("La société Arvelis a racheté, en 2021, Brevanne.",
     [("ACQUIRES", "Arvelis", "Brevanne")]),
    ("Paul Vidalie a accusé, lundi, la société Corvelis de fraude.",
     [("ACCUSES", "Paul Vidalie", "Corvelis")]),
]

FORBIDDEN = [
    # a name after "et" past the time phrase is a second subject or a list, not the object
    ("Paul Morelet a démissionné, en mai, et Jacques Ferrandou a pris sa place.",
     ("MEETS", "Paul Morelet", "Jacques Ferrandou")),
]
