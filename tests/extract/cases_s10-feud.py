"""Rule cases of the s10-feud line of work (conflict and alliance ties), invented names only."""

CASES = [
    # a measure condemned accuses the body the article shows taking it (speech.py _measure_denounced)
    ("Les États-Unis ont placé mardi la société Marvelk Trading sur leur liste noire. Le vice-ministre kirghiz "
     "de l'Économie, Almaz Tokonov, a protesté contre une « mesure unilatérale ».",
     [("ACCUSES", "Almaz Tokonov", "États-Unis")]),
    ("La Valdarie a annoncé mardi des sanctions contre le groupe Ostrel Optique. "
     "À Paris, la ministre des Affaires étrangères, Odile Fergant, a jugé ces sanctions « injustifiées ».",
     [("ACCUSES", "Odile Fergant", "Valdarie")]),
]

FORBIDDEN = [
]
