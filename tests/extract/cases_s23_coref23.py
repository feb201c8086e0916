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

# In an interview, a bare "le groupe", "la société" is the interviewee's company, but not in apposition to a
# name set right before it ("Y, le groupe fondé par X"): the apposition names Y.
_INTERVIEW = ("ENTRETIEN – Octave Lamarsin, PDG de Varnor, revient sur la croissance du groupe.\n\n"
              "Pourquoi avoir fait entrer un fonds au capital ?\nPour changer d'échelle. Le fonds nous laisse "
              "piloter le groupe.\n\nVous venez de prendre le contrôle de Pluvia, la société de production fondée "
              "par Paul Verdin. Est-ce la prochaine étape ?\nC'en est une.\n\nDelmaris, le groupe fondé par Jean "
              "Sorel, est le numéro un mondial. Est-ce un rival ?\nC'est un concurrent, évidemment.")
CASES += [
    (_INTERVIEW, [("FOUNDED", "Paul Verdin", "Pluvia"), ("FOUNDED", "Jean Sorel", "Delmaris"),
                  ("LEADS", "Octave Lamarsin", "Varnor")]),
]
FORBIDDEN += [
    (_INTERVIEW, ("FOUNDED", "Paul Verdin", "Varnor")),
    (_INTERVIEW, ("FOUNDED", "Jean Sorel", "Varnor")),
]

# "Y, le groupe audiovisuel de X, poursuit Z": a descriptor owned by a person, in apposition to a name set right
# before it, names that name, not the previous sentence's subject (guard; the passage's parse is needed to
# reach the reading, which an invented sentence does not reproduce).
FORBIDDEN += [
    ("D'autres ont choisi la négociation : la Sopram a signé dès 2010 un accord de rémunération avec Delmaris, "
     "et Varnor a noué un partenariat avec Kestrel.\n\nEn Italie, Pluvia, le groupe audiovisuel de Silvio "
     "Lamarsin, poursuit lui aussi Delmaris, à qui il réclame 500 millions d'euros.",
     ("OWNS", "Silvio Lamarsin", "Sopram")),
]

# "X a renouvelé son partenariat avec Y, son associé dans Z, dont l'électricien français détient 30 %": a
# descriptor subject of a "dont" clause (or object of a "qui" clause on a person) is the company the main
# clause's subject names, not an actor of the sentences before.
CASES += [
    ("L'avionneur Kestrel a signé un contrat avec Brelo. Le groupe Varnor a renouvelé son partenariat avec le "
     "groupe public Delmaris, son associé dans la société Pluvia Energie, dont l'électricien français détient "
     "30 %.",
     [("OWNS", "Varnor", "Pluvia Energie")]),
]
FORBIDDEN += [
    ("L'avionneur Kestrel a signé un contrat avec Brelo. Le groupe Varnor a renouvelé son partenariat avec le "
     "groupe public Delmaris, son associé dans la société Pluvia Energie, dont l'électricien français détient "
     "30 %.",
     ("OWNS", "Brelo", "Pluvia Energie")),
    # near miss: a "qui" clause on a company speaks of that company, not of the main clause's subject
    ("Le fonds Kestrel a racheté Brelo en 2020. Le groupe Varnor a renouvelé son accord avec Delmaris, qui a "
     "vu l'entreprise doubler ses ventes.",
     ("OWNS", "Varnor", "Delmaris")),
]

# "Le conseil de Y a rappelé comme directeur général X": calling someone back "comme" a head appoints; the body
# is the board's company (not the article's main company, the bare title's fallback).
CASES += [
    ("La fin de Delmaris. La banque Delmaris a été rachetée par la banque Varnor en juin. Pour piloter "
     "l'intégration, le conseil de Varnor a rappelé comme directeur général Octave Lamarsin.",
     [("LEADS", "Octave Lamarsin", "Varnor")]),
    # near miss: "rappeler que" reminds; the possessive still reads its subject
    ("Le groupe Varnor a rappelé que son directeur général, Octave Lamarsin, était absent.",
     [("LEADS", "Octave Lamarsin", "Varnor")]),
]

# "à la tête du groupe en avril 2019", "la direction générale du groupe au printemps": a date the parser hangs
# on the company noun (a month, a season, a year after "en", "au") is no complement saying which company.
CASES += [
    ("Le groupe Varnor a publié ses comptes. Octave Lamarsin, qui a succédé à Paul Verdin à la tête du groupe "
     "en avril 2019, a présenté les comptes.",
     [("LEADS", "Octave Lamarsin", "Varnor")]),
    ("Le groupe Varnor a publié ses comptes. Octave Lamarsin a pris la direction générale du groupe au "
     "printemps.",
     [("LEADS", "Octave Lamarsin", "Varnor")]),
]
# near miss: a public body is never "le groupe", even as the last organisation named
FORBIDDEN += [
    ("La banque Varnor est sous pression. Sa nouvelle directrice doit encore être validée par l'Autorité "
     "de contrôle des banques. Le directeur financier, Octave Lamarsin, avait déjà quitté le groupe en mars.",
     ("WORKS_FOR", "Octave Lamarsin", "Autorité de contrôle des banques")),
]
