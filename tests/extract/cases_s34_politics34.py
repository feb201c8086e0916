"""Cases of the s34 political ties (helper s34-politics34, slots/politics34.py, mentions/party_labels34.py,
extract/status.py _any_refused / _ni_ni, gov30._apposed_party_nouns), invented names and sentences. Each mechanism
is checked on several cue words and shapes: the label between title and name (sénateur, conseillère régionale,
député, eurodéputée, sénatrice; "Les", "La", no article), a pact (entente, pacte, alliance; scellé, noué), a party
named by an apposition (le parti de, le mouvement de)."""

# a party's name worn as a label between a politician's title and name: MEMBER_OF (politics34.party_label)
CASES = [
    ("Selon le sénateur Les Progressistes Hugo Marchal, le texte sera rejeté.",
     [("MEMBER_OF", "Hugo Marchal", "Les Progressistes")]),
    ("La commission, présidée par la conseillère régionale Les Progressistes Lucie Ferrand, a rendu son avis.",
     [("MEMBER_OF", "Lucie Ferrand", "Les Progressistes")]),
    ("Le député La Gauche unie Paul Verdier a déposé un amendement.",
     [("MEMBER_OF", "Paul Verdier", "La Gauche unie")]),
    ("Interrogée mardi, la sénatrice La Voie commune Inès Garnier a dénoncé le texte.",
     [("MEMBER_OF", "Inès Garnier", "La Voie commune")]),
]

# a person's pact with a person or a party: ALLY_OF (politics34.pact_with; refused ones negated, test module)
CASES += [
    ("Paul Verdier a scellé une entente avec le Parti radical vert en vue des municipales.",
     [("ALLY_OF", "Paul Verdier", "Parti radical vert")]),
    ("Hugo Marchal refuse toute alliance avec le Parti radical vert.",
     [("ALLY_OF", "Hugo Marchal", "Parti radical vert")]),
    ("Bruno Castel rejette toute coalition avec le parti Renouveau citoyen.",
     [("ALLY_OF", "Bruno Castel", "Renouveau citoyen")]),
    ("Claire Morvan écarte tout rapprochement avec Hugo Marchal.",
     [("ALLY_OF", "Claire Morvan", "Hugo Marchal")]),
]

# joining a party the text names as one in an apposition: MEMBER_OF, not WORKS_FOR (gov30._apposed_party_nouns)
CASES += [
    ("Hervé Castaing a rejoint Avenir commun, le parti de Paul Verdier.",
     [("MEMBER_OF", "Hervé Castaing", "Avenir commun")]),
]

FORBIDDEN = [
    # no party named: the adjective alone gives no tie, the company is no label
    ("Le cadre Vantor Chimie Paul Verdier a démissionné.", ("MEMBER_OF", "Paul Verdier", "Vantor Chimie")),
    # an alliance with a company is a partnership, not political closeness
    ("Paul Verdier a noué une alliance avec le groupe Vantor Chimie.", ("ALLY_OF", "Paul Verdier", "Vantor Chimie")),
    ("Hervé Castaing a rejoint Avenir commun, le parti de Paul Verdier.",
     ("WORKS_FOR", "Hervé Castaing", "Avenir commun")),
]
