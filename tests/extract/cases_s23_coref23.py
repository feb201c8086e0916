"""Cases of the s23 second-reference gaps (helper coref23): a party named by a descriptor, a pronoun or a
possessive. Invented names and sentences."""

# "via sa holding X Football … la présidence du club": the holding that bought a club is not "le club",
# though its name holds a sport's word; the club is.
CASES = [
    ("Le fonds Kestrel a racheté le club de football Olympique de Varnes via sa holding Brelo Football. "
     "Octavia Lamarsin a pris la présidence du club.",
     [("LEADS", "Octavia Lamarsin", "Olympique de Varnes")]),
]
FORBIDDEN = [
    ("Le fonds Kestrel a racheté le club de football Olympique de Varnes via sa holding Brelo Football. "
     "Octavia Lamarsin a pris la présidence du club.",
     ("LEADS", "Octavia Lamarsin", "Brelo Football")),
    # "le club londonien" is no club whose own name says it is from a French town ("Olympique lyonnais")
    ("L'homme d'affaires Octave Lamarsin a racheté l'Olympique lyonnais via sa holding Brelo Football Group. "
     "Il détient aussi 40 % de Pluvia Palace. L'Américain a dû céder sa participation dans le club londonien "
     "à l'homme d'affaires Paul Verdin.",
     ("OWNS", "Paul Verdin", "Olympique lyonnais")),
]
CASES += [
    # near miss: a club named so ("le club de Brelo Football") is still the club
    ("Le club de Brelo Football a été racheté. Octavia Lamarsin a pris la présidence du club.",
     [("LEADS", "Octavia Lamarsin", "Brelo Football")]),
]

# "Le propriétaire des magasins X convoite Y. Son directeur général, Z, …": left unresolved, a subject naming
# the other party of a tie (owner, shareholder, rival, client) gives the possessive no safe owner: neither
# X (its complement) nor Y.
FORBIDDEN += [
    ("Le groupe Varnor a proposé de racheter Delmaris. Le propriétaire des magasins Pluvia convoite depuis "
     "des années le réseau de Delmaris. Son directeur général, Octave Lamarsin, s'est dit déçu.",
     ("LEADS", "Octave Lamarsin", "Pluvia")),
    ("Le groupe Varnor a proposé de racheter Delmaris. Le propriétaire des magasins Pluvia convoite depuis "
     "des années le réseau de Delmaris. Son directeur général, Octave Lamarsin, s'est dit déçu.",
     ("LEADS", "Octave Lamarsin", "Delmaris")),
]
CASES += [
    # near miss: a subject the text resolves still owns the possessive
    ("Le groupe Varnor a proposé de racheter Delmaris. Le groupe canadien convoite depuis des années le "
     "réseau de Delmaris. Son directeur général, Octave Lamarsin, s'est dit déçu.",
     [("LEADS", "Octave Lamarsin", "Varnor")]),
]
