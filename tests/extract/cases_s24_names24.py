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

# "a pris le contrôle de Lagrange … Arnaud Lagrange": a bare family name the text shows taken over is the
# family's company, not a short form of the person (typing_cues._taken_over, grouping._taken_over_at)
CASES += [
    ("Le groupe Vantor a pris le contrôle de Lagrange, propriétaire du quotidien Le Soir de Brest, au terme "
     "d'une offre publique d'achat. Arnaud Lagrange, resté PDG du groupe, a entériné le choix.",
     [("ACQUIRES", "Vantor", "Lagrange")]),
]
FORBIDDEN += [
    ("Le groupe Vantor a pris le contrôle de Lagrange, propriétaire du quotidien Le Soir de Brest, au terme "
     "d'une offre publique d'achat. Arnaud Lagrange, resté PDG du groupe, a entériné le choix.",
     ("ACQUIRES", "Vantor", "Arnaud Lagrange")),
    # the takeover is fought, not the company taken over (linear._of_a_takeover)
    ("Reste la grande ambition du clan : la prise de contrôle de Lagrange, longtemps combattue par Arnaud "
     "Lagrange, le patron du groupe d'édition.",
     ("OPPOSES", "Arnaud Lagrange", "Lagrange")),
    # "sous le contrôle de X": X controls, no company taken over; the person keeps his surname
    ("La holding Brenmor est passée sous le contrôle de Lagrange. Arnaud Lagrange, son fondateur, s'en félicite.",
     ("ACQUIRES", "Brenmor", "Lagrange")),
]

# "le président de la République" stays no name (candidates.nxt_word keeps "République" only before "en",
# "pour" …: tests/mentions/test_names_s24.py)
FORBIDDEN += [
    ("Le président de la République, Paul Verdan, a reçu Marc Dubois à l'Élysée.",
     ("LEADS", "Paul Verdan", "République")),
]

# Tables of authorities acting against someone (extract/tables_names24.py): "| Autorité | Montant | Motif |"
# gives the fines the article's company paid (OPPOSES, sanctions); "| Autorité | Date | Cible | Griefs |" the
# procedures each authority brings against the target (SUES); a court's row is neither
_FINES = ("Plusieurs autorités ont sanctionné le groupe Velmor.\n\n"
          "| Autorité | Montant | Motif principal |\n|---|---|---|\n"
          "| Office fédéral de la concurrence | 120 millions de dollars | entente sur les prix |\n"
          "| Autorité des marchés de Valdarie | 40 millions de dollars | défaut d'information |\n\n"
          "Velmor a annoncé qu'il ferait appel. Le groupe Velmor conteste.")
_SUITS = ("Les procédures se multiplient contre Velmor.\n\n"
          "| Autorité | Date | Cible | Griefs |\n|---|---|---|---|\n"
          "| Office fédéral de la concurrence | mars 2023 | Velmor | entente sur les prix |\n"
          "| Tribunal de commerce de Lyon | juin 2023 | Velmor | redressement |\n\n"
          "Velmor conteste.")
CASES += [
    (_FINES, [("OPPOSES", "Office fédéral de la concurrence", "Velmor"),
              ("OPPOSES", "Autorité des marchés de Valdarie", "Velmor")]),
    (_SUITS, [("SUES", "Office fédéral de la concurrence", "Velmor")]),
]
FORBIDDEN += [
    (_SUITS, ("SUES", "Tribunal de commerce de Lyon", "Velmor")),
    (_SUITS, ("OPPOSES", "Office fédéral de la concurrence", "Velmor")),
]

# "Velmor.US": a branch named by its parent and a country code glued with a dot is one name
# (mentions/names24.dotted_country_names)
CASES += [
    ("La SEC a aussi visé Velmor.US, la filiale américaine du groupe Velmor.",
     [("OWNS", "Velmor", "Velmor.US")]),
]
FORBIDDEN += [
    ("La SEC a aussi visé Velmor.US, la filiale américaine du groupe Velmor.", ("OWNS", "Velmor", "US")),
]

# "le Journal du dimanche": a press title going on in lower case after "du" (mentions/names24
# press_titles_in_lower_case); not "le Journal de Paul X"
CASES += [
    ("Paul Verdan est le directeur de la rédaction du Journal du dimanche.",
     [("WORKS_FOR", "Paul Verdan", "Journal du dimanche")]),
]
FORBIDDEN += [
    ("Paul Verdan est le directeur de la rédaction du Journal du dimanche.", ("WORKS_FOR", "Paul Verdan", "Journal")),
]
