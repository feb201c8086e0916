"""Cases of the s26 first-person gaps (helper s26-we26), invented names and sentences."""

# "notre/nos" is the speaker's side: in a plain report (no quotation, no interview) it points back to no one,
# not to the clause's third-person subject (mentions/quoted_we._unspoken_first_person, slots/we26.py)
FORBIDDEN = [
    ("Le groupe Brenta développe ses activités à travers notre filiale Velmor.", ("OWNS", "Brenta", "Velmor")),
    ("Le groupe Brenta a annoncé ses résultats. Le groupe Brenta développe notre filiale Velmor dans le Sud.",
     ("OWNS", "Brenta", "Velmor")),
]
CASES = [
    # near-miss: the third-person possessive keeps its owner
    ("Le groupe Brenta développe ses activités à travers sa filiale Velmor.", [("OWNS", "Brenta", "Velmor")]),
    # in an attributed quotation, "notre" is the speaker's organisation
    ("« Nous développons nos activités à travers notre filiale Velmor », explique Paul Garnier, PDG du groupe "
     "Brenta.", [("OWNS", "Brenta", "Velmor")]),
]

# "notre avocat, X" in a quotation whose speaker's organisation is known: X works for that organisation, not
# for the name the sentence before made its subject (slots/we26.unspoken_first_person, owner first)
CASES += [
    ("Marie Dupont soutient les familles. « Notre avocat, Paul Garnier, défendra 400 familles », explique "
     "Claire Morel, présidente de Velmor.", [("WORKS_FOR", "Paul Garnier", "Velmor")]),
]
FORBIDDEN += [
    ("Marie Dupont soutient les familles. « Notre avocat, Paul Garnier, défendra 400 familles », explique "
     "Claire Morel, présidente de Velmor.", ("WORKS_FOR", "Paul Garnier", "Marie Dupont")),
]

# a quotation whose speaker's organisation is not found: its "notre" is still nobody the text named before
# (not the subject of the sentence before the quotation)
FORBIDDEN += [
    ("Marie Dupont soutient les familles. « Notre avocat, Paul Garnier, défendra 400 familles », dit Claire Morel.",
     ("WORKS_FOR", "Paul Garnier", "Marie Dupont")),
]

# the speaker's title names the kind of body before its name ("présidente de l'association Y"): "notre" is Y's
# (mentions/quoted_we._title_org)
CASES += [
    ("Marie Dupont soutient les familles. « Notre avocat, Paul Garnier, défendra 400 familles », explique "
     "Claire Morel, présidente de l'association Velmor.", [("WORKS_FOR", "Paul Garnier", "Velmor")]),
]
