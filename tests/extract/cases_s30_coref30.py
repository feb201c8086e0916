"""Cases of the s30 second-reference gaps (helper s30-coref30), invented names and sentences. Each mechanism is
checked on several shapes (names, tense, word order, participle, apposition, quote attribution)."""

# a company noun heading what a company's spokesperson, officer or lawyer reports ("… a indiqué un porte-parole
# de Y, précisant que le groupe …") is Y, over the subject of the sentences before; the next sentence's possessive
# ("Son PDG, X") goes on from it (mentions/coref.py _speaker_company)
CASES = [
    ("La justice a réduit l'amende infligée à l'énergéticien Valtronic. La plainte venait de Lumisol, filiale de Gazéo. "
     "Lumisol réclamait le maintien de la sanction.\n\n« C'est une victoire partielle », a reconnu un porte-parole "
     "de Valtronic, précisant que le groupe n'excluait pas un pourvoi. Son PDG, Paul Deschamps, n'a pas souhaité "
     "s'exprimer.",
     [("LEADS", "Paul Deschamps", "Valtronic")]),
    ("L'industriel Kerlinex a perdu le contrat. Le contrat avait été attribué à Solvane en 2021. Solvane a contesté "
     "la décision devant le tribunal. Un représentant de Kerlinex, interrogé sur la vente, a indiqué que la société "
     "ne ferait pas appel. Sa directrice générale, Claire Moreau, s'est dite sereine.",
     [("LEADS", "Claire Moreau", "Kerlinex")]),
    ("Le chimiste Dorvatek prépare la riposte. Ardis a racheté la PME Coltec en 2020. Coltec emploie trois cents "
     "salariés. Interrogé jeudi, le porte-parole de Dorvatek a expliqué que le groupe préparait une offre rivale. "
     "Son fondateur, Marc Olivier, l'a confirmé.",
     [("FOUNDED", "Marc Olivier", "Dorvatek")]),
    ("Le transporteur Maritel cherche un repreneur. Le fonds Arvane Capital a pris 20 % de Quobis l'an dernier. "
     "Quobis prévoit d'ouvrir deux usines. Léa Fontaine, avocate de Maritel, a assuré que l'entreprise rejetterait "
     "toute offre inférieure. Son président, Yves Carmel, partage cet avis.",
     [("LEADS", "Yves Carmel", "Maritel")]),
]
# "Son prédécesseur, Z": with no post told as taken near it, the possessive's owner (the person it points back to,
# else the article's main person) leads one organisation only in the text; Z led it before
# (extract/predecessor27.py _held_post)
CASES += [
    ("Lucien Varenne, 52 ans, a pris en avril la tête du constructeur Telvia. Ingénieur de formation, il a longtemps "
     "travaillé dans l'aéronautique. À son arrivée, les syndicats ont dénoncé un parachutage.\n\nSon prédécesseur, "
     "Paul Garnier, resté dix ans aux commandes, lui a laissé des comptes solides.",
     [("LEADS", "Paul Garnier", "Telvia")]),
    ("Agnès Morel a été élue présidente de la banque Sudal en 2022. Elle veut ouvrir trente agences d'ici à 2027. Les syndicats "
     "restent prudents. Son prédécesseur, Hélène Brun, avait fermé quarante agences.",
     [("LEADS", "Hélène Brun", "Sudal")]),
    ("Marc Delorme est devenu le directeur général de l'assureur Ovalie. Le plan stratégique qu'il présentera mardi prévoit "
     "mille embauches, un projet que son prédécesseur, Jean Dumas, avait toujours refusé.",
     [("LEADS", "Jean Dumas", "Ovalie")]),
]
# "X, premier adjoint de Y", "l'adjointe de Y, X": a person's deputy works for that person
# (rules.yaml works_for.deputy_of_person)
CASES += [
    ("Paul Vernet, ancien premier adjoint de Claire Dumont, brigue la mairie.",
     [("WORKS_FOR", "Paul Vernet", "Claire Dumont")]),
    ("L'adjointe de Claire Dumont, Léa Marchand, a démissionné jeudi.",
     [("WORKS_FOR", "Léa Marchand", "Claire Dumont")]),
    ("Candidate à Valmont, Léa Marchand, qui fut l'adjointe de Claire Dumont de 2014 à 2020, dénonce un budget "
     "insincère.",
     [("WORKS_FOR", "Léa Marchand", "Claire Dumont")]),
    ("« Nous tiendrons nos engagements », affirme Paul Vernet, premier adjoint de Claire Dumont.",
     [("WORKS_FOR", "Paul Vernet", "Claire Dumont")]),
]
FORBIDDEN = [
    # (two posts read: which one the predecessor held is not said)
    ("Agnès Morel préside la banque Sudal et dirige le groupe Orcia. Elle veut ouvrir trente agences. Son "
     "prédécesseur, Hélène Brun, avait fermé quarante agences.",
     ("LEADS", "Hélène Brun", "Sudal")),
    ("La justice a réduit l'amende infligée à l'énergéticien Valtronic. La plainte venait de Lumisol, filiale de Gazéo. "
     "Lumisol réclamait le maintien de la sanction.\n\n« C'est une victoire partielle », a reconnu un porte-parole "
     "de Valtronic, précisant que le groupe n'excluait pas un pourvoi. Son PDG, Paul Deschamps, n'a pas souhaité "
     "s'exprimer.",
     ("LEADS", "Paul Deschamps", "Lumisol")),
    ("L'industriel Kerlinex a perdu le contrat. Le contrat avait été attribué à Solvane en 2021. Solvane a contesté "
     "la décision devant le tribunal. Un représentant de Kerlinex, interrogé sur la vente, a indiqué que la société "
     "ne ferait pas appel. Sa directrice générale, Claire Moreau, s'est dite sereine.",
     ("LEADS", "Claire Moreau", "Solvane")),
    ("Le chimiste Dorvatek prépare la riposte. Ardis a racheté la PME Coltec en 2020. Coltec emploie trois cents "
     "salariés. Interrogé jeudi, le porte-parole de Dorvatek a expliqué que le groupe préparait une offre rivale. "
     "Son fondateur, Marc Olivier, l'a confirmé.",
     ("FOUNDED", "Marc Olivier", "Coltec")),
]
