"""Cases of the s34 general checks that drop false ties (helper s34-precision34, extract/precision34.py, cue words
in extract/data/precision34.yaml), invented names and sentences. Each check is tried on several shapes and cue
words: the fronted place (au, depuis, dans, sous; palais, hôtel, coupole; présidée, pilotée, dirigée), the title's
bodies (en présence de, selon; maire, président, PDG, patron; ont signé, ont conclu), the led complement (section,
syndicat, filiale, branche; présidée, piloté, dirigée, pilotée), the party label (sénatrice … Les Indépendants)."""

# a place phrase opening the sentence is where the clause happens, not the body a participle of the clause leads
FORBIDDEN = [
    ("Au Palais Bourbon, la mission d'information de l'Assemblée, présidée par la députée Claire Aubin, a rendu un "
     "avis sévère sur la vente de Norvalis.", ("LEADS", "Claire Aubin", "Palais Bourbon")),
    ("Depuis le Palais Rohan, l'agence régionale, pilotée par Hélène Marchal, coordonne les aides aux entreprises.",
     ("LEADS", "Hélène Marchal", "Palais Rohan")),
    ("Dans l'hôtel Lambert, la fondation dirigée par le banquier Louis Ferrier expose sa collection.",
     ("LEADS", "Louis Ferrier", "Lambert")),
    ("Sous la coupole du Palais Mazarin, l'académie, présidée depuis 2019 par Lucien Brun, a élu deux membres.",
     ("LEADS", "Lucien Brun", "Palais Mazarin")),
]
CASES = [
    ("À Lyon, le groupe Vertal, dirigé par Hugo Martin, a annoncé la fermeture de son usine.",
     [("LEADS", "Hugo Martin", "Vertal")]),
    # (the participle right after the phrase hangs on its name)
    ("Au ministère de l'Industrie, dirigé depuis l'automne par Béatrice Fontanel, on refuse tout commentaire.",
     [("LEADS", "Béatrice Fontanel", "ministère de l'Industrie")]),
]

# a title holder's apposition names the bodies of his titles: the other bodies of the sentence are not his
FORBIDDEN += [
    ("En présence de Paul Garnier, maire de Brévannes et président de Novaterre, la Région Bretagne et la Caisse "
     "Armor ont signé une convention de 80 millions d'euros.", ("LEADS", "Paul Garnier", "Région Bretagne")),
    ("En présence de Paul Garnier, maire de Brévannes et président de Novaterre, la Région Bretagne et la Caisse "
     "Armor ont signé une convention de 80 millions d'euros.", ("LEADS", "Paul Garnier", "Caisse Armor")),
    ("Selon Hugo Lemaire, ancien PDG de Batilor et patron de Solvane, Kermel et Vertal ont conclu un accord.",
     ("LEADS", "Hugo Lemaire", "Kermel")),
    ("Selon Hugo Lemaire, ancien PDG de Batilor et patron de Solvane, Kermel et Vertal ont conclu un accord.",
     ("LEADS", "Hugo Lemaire", "Vertal")),
]
CASES += [
    ("En présence de Paul Garnier, maire de Brévannes et président de Novaterre, la Région Bretagne et la Caisse "
     "Armor ont signé une convention de 80 millions d'euros.", [("LEADS", "Paul Garnier", "Novaterre")]),
    # (a list "ni X, ni Y" is no apposition)
    ("Selon un conseiller, ni le ministre de l'Intérieur, Mathis Carrère, ni la ministre des Armées, Corinne "
     "Lestang, n'avaient été prévenus.", [("LEADS", "Mathis Carrère", "ministère de l'Intérieur"),
                                          ("LEADS", "Corinne Lestang", "ministère des Armées")]),
    ("Marc Vidal, directeur général de Fontex, a été nommé président de Batilor.",
     [("LEADS", "Marc Vidal", "Fontex"), ("LEADS", "Marc Vidal", "Batilor")]),
]

# a name in the de-complement of a common noun that a participle of leading follows: the noun is what is led
FORBIDDEN += [
    ("La section de Brest, présidée par Yann Le Goff, conteste le plan de la société Kermel.",
     ("LEADS", "Yann Le Goff", "Brest")),
    ("Le syndicat CFTC de Lorient, piloté par Jean Kervella, dénonce la fusion.",
     ("LEADS", "Jean Kervella", "Lorient")),
    ("La filiale de Tellor, dirigée par Anne Morlet, a quitté la table.", ("LEADS", "Anne Morlet", "Tellor")),
    ("La branche de Tellor, pilotée par Marc Ferrand, recrute.", ("LEADS", "Marc Ferrand", "Tellor")),
]

CASES += [
    # (a person noun is no body: the participle hangs on the complement)
    ("Face à eux, la représentante de l'Autorité des marchés, présidée par Louis Caradec, a maintenu ses griefs.",
     [("LEADS", "Louis Caradec", "Autorité des marchés")]),
    ("Le porte-parole de la fédération Orvane, présidée par Anne Morlet, a démenti.",
     [("LEADS", "Anne Morlet", "Orvane")]),
]

# a party label between an elected member's title and a name leads nothing
FORBIDDEN += [
    ("Au Sénat, la commission d'enquête, présidée par la sénatrice Les Indépendants Claire Aubin, a rendu un rapport "
     "sévère.", ("LEADS", "Indépendants", "Sénat")),
]

# a descriptor standing for a person the sentence does not name ("le ministre délégué", "le nouveau PDG") is no
# person the text gives only titles of another family (a chief executive is no minister, an elected chair no CEO)
FORBIDDEN += [
    ("Le groupe Arvalis a signé un partenariat avec Kelvia. « C'est une étape », a souligné le PDG d'Arvalis, Marc "
     "Delorme.\n\nLe ministre délégué chargé de l'Industrie a salué sur X une bonne nouvelle.",
     ("LEADS", "Marc Delorme", "ministère de l'Industrie")),
    ("La nomination de Paul Aubry au poste de PDG de la Banque Orvane a été approuvée jeudi.\n\nLe député Jean Morel, "
     "qui préside la commission des finances, a dénoncé un arrangement.\n\nSelon plusieurs élus, le nouveau PDG "
     "aurait rencontré mardi le président du Sénat, Louis Caradec.", ("MEETS", "Jean Morel", "Louis Caradec")),
    ("Le sénateur Yves Castel, qui préside la commission des affaires économiques, a interrogé Marc Ferrand sur la "
     "cession.\n\nLe nouveau directeur général de Norvalis devra répondre avant l'été.",
     ("LEADS", "Yves Castel", "Norvalis")),
]
CASES += [
    # (a former title the text need not restate: "l'ancien ministre" may be the mayor)
    ("François Vidal, maire de Saint-Brieuc, a reçu les syndicats. L'ancien ministre ne cache pas avoir plaidé le "
     "dossier auprès de Guillaume Morel, le patron d'Arvalis, lors d'un entretien.",
     [("MEETS", "François Vidal", "Guillaume Morel")]),
    ("Le groupe Arvalis a signé un partenariat avec Kelvia. « C'est une étape », a souligné le PDG d'Arvalis, Marc "
     "Delorme.\n\nLe ministre délégué chargé de l'Industrie a salué sur X une bonne nouvelle.",
     [("LEADS", "Marc Delorme", "Arvalis")]),
    # (a father's and a daughter's titles are not one person's: the surname alone is no person's when two share it)
    ("Depuis la vente du site de Vierzon, Claire Dorvel est partout. À 49 ans, la PDG de Dorvelec joue gros.\n\n"
     "Son père, Henri Dorvel, a fondé Dorvelec en 1975 et préside toujours le club de rugby de la ville.",
     [("LEADS", "Claire Dorvel", "Dorvelec")]),
]
