"""Cases of the s25 gaps of ties between people and bodies (helper s25-people25), invented names and sentences."""

# a post only aimed at, fought for or run for is not held (slots/people25.sought_post)
CASES = [
    # a post taken is held
    ("Paul Garnier prendra la tête de Varnell en janvier.", [("LEADS", "Paul Garnier", "Varnell")]),
    ("Paul Garnier a été élu à la présidence de Varnell.", [("LEADS", "Paul Garnier", "Varnell")]),
]
FORBIDDEN = [
    ("Paul Garnier entend reconquérir la présidence de la fédération Drummon.",
     ("LEADS", "Paul Garnier", "Drummon")),
    ("Paul Garnier espère obtenir la direction de la fédération Drummon.",
     ("LEADS", "Paul Garnier", "Drummon")),
    ("Paul Garnier affronte Jean Morel pour la direction du Parti radical.",
     ("LEADS", "Paul Garnier", "Parti radical")),
    ("Paul Garnier est candidat à la présidence de Varnell.",
     ("LEADS", "Paul Garnier", "Varnell")),
]
