"""Cases of the s34 third-person references (helper s34-coref34, mentions/refs34.py, data in mentions/data/refs34.yaml),
invented names and sentences. Each mechanism is checked on several shapes and cue words: the civility word the parser
makes the subject (M., Mme, Dr; "57 ans" set off or not; pronoun il/elle; verbs présider, diriger, fonder, rencontrer),
the post an appointment names (nomination, désignation, arrivée, a été nommée; au poste de, à la présidence de, à la
fonction de; directrice générale, président, PDG), the source a sentence cites (selon, d'après; a paper, an agency)
and the office family of a title standing alone (ministre against
député, sénatrice and PDG; PDG against sénateur; ambassadeur against ministre; an office of the same family still links)."""

# a name hung on a civility word the parser made the subject: the clause's subject, which the next sentence's
# pronoun stands for (refs34.honorific_subject)
CASES = [
    ("Mme Lenoir, 48 ans, a quitté Orvane en mars. Elle préside désormais la Caisse régionale.",
     [("LEADS", "Lenoir", "Caisse régionale")]),
    ("M. Sorel, 57 ans, assurait l'intérim depuis le départ de Pierre Lamy. Il dirigeait jusque-là la Banque des "
     "régions.",
     [("LEADS", "Sorel", "Banque des régions")]),
    ("Dr Morel, 61 ans, a rejoint en 2020 la clinique Belair. Il avait auparavant fondé la société Medisol.",
     [("FOUNDED", "Morel", "Medisol")]),
    ("Mme Lenoir a été reçue mardi à Matignon. Elle a ensuite rencontré Jacques Morand, le patron de Tarval.",
     [("MEETS", "Lenoir", "Jacques Morand")]),
]

# the post an appointment names ("la nomination de X au poste de T de Y"): X holds T, so "le nouveau T" later is X
# (refs34.post_holder, read by coref._title_holder)
CASES += [
    ("Le conseil a approuvé la nomination de Sophie Lenz au poste de directrice générale de Varnel. La députée "
     "Paule Ravel a salué ce choix. Selon la presse, la nouvelle directrice générale a rencontré lundi Hugo Prat, le maire de "
     "Lorvac.",
     [("MEETS", "Sophie Lenz", "Hugo Prat")]),
    ("Les actionnaires ont validé mercredi la désignation de Marc Olin à la présidence de Tarval. Le député Paul "
     "Ravel a critiqué l'opération. D'après nos informations, le nouveau président a reçu jeudi Hugo Prat.",
     [("MEETS", "Marc Olin", "Hugo Prat")]),
    ("Inès Carré a été nommée vendredi au poste de PDG de Lumex. La sénatrice Léa Dumas a salué "
     "ce choix. Dans la foulée, "
     "la nouvelle PDG s'est entretenue avec Jean Morel, le patron de Brixa.",
     [("MEETS", "Inès Carré", "Jean Morel")]),
]

# a title standing alone is not a person the text gave only titles of another office family
# (refs34.title_clash)
FORBIDDEN = [
    ("La sénatrice Claire Aubin a critiqué le projet. La ministre a ensuite rencontré Paul Mercier, le patron de "
     "Tarval.",
     ("MEETS", "Claire Aubin", "Paul Mercier")),
    ("Le député Jean Borlat a dénoncé « un arrangement ». Le ministre a reçu mardi Luc Dastier, le président de "
     "Varnel.",
     ("MEETS", "Jean Borlat", "Luc Dastier")),
    ("Le sénateur Marc Janin a interpellé le gouvernement. Le PDG a ensuite rencontré Luc Baro, le maire de "
     "Lorvac.",
     ("MEETS", "Marc Janin", "Luc Baro")),
    ("Jean Valo, ministre des Armées, a présidé la cérémonie. L'ambassadeur a rencontré Pierre Abel, le directeur "
     "de Sorvia.",
     ("MEETS", "Jean Valo", "Pierre Abel")),
    ("Le PDG de Corvex, Marc Janin, a présenté ses résultats. Le ministre a reçu jeudi Luc Baro, le maire de "
     "Lorvac.",
     ("MEETS", "Marc Janin", "Luc Baro")),
    # (a pronoun of the other gender is not the man a civility word names)
    ("M. Sorel a quitté Orvane en mars. Elle préside désormais la Caisse régionale.",
     ("LEADS", "Sorel", "Caisse régionale")),
]
# (an office of the same family still links: "la députée X … l'élue")
CASES += [
    ("La députée Anne Morel a déposé un amendement. L'élue a rencontré Paul Mercier, le patron de Tarval.",
     [("MEETS", "Anne Morel", "Paul Mercier")]),
]

# the source a sentence cites ("selon X", "d'après X") is never the one actor the next sentence's pronoun stands for
# (refs34.source_name)
FORBIDDEN += [
    ("D'après Le Monde, le ministre a tranché. Il possède aussi 30 % de la société Brisk.",
     ("OWNS", "Le Monde", "Brisk")),
    ("Selon l'agence Bloomberg, la transaction serait bouclée vendredi. Elle détient par ailleurs 5 % de Tarval.",
     ("OWNS", "Bloomberg", "Tarval")),
    ("Mardi, d'après Le Figaro, l'affaire a été classée. Il a racheté la société Brisk en 2021.",
     ("ACQUIRES", "Le Figaro", "Brisk")),
]
# (a sentence whose subject is named still gives it: "Selon X, Y a été condamné. Il …" is Y)
CASES += [
    ("Selon Les Échos, Aldea a été condamné. Il possède aussi 30 % de la société Brisk.",
     [("OWNS", "Aldea", "Brisk")]),
]

# (a former title tells a career the text need not have given: "X, le maire de Y … L'ancienne ministre" is X; a party
# founder can be the MEP: "X, cofondateur de Y … L'eurodéputé" is X)
CASES += [
    ("« Le site restera ouvert », a promis Paul Roux, le maire de Lorvac. L'ancien ministre ne cache pas avoir plaidé "
     "le dossier auprès de Luc Baro, le patron de Tarval, lors d'un entretien.",
     [("MEETS", "Paul Roux", "Luc Baro")]),
    ("Marc Janin, cofondateur de Cap Commun, avait décliné l'invitation. L'eurodéputé, qui ne cache plus ses "
     "ambitions, reproche à Luc Baro de « trahir » ses électeurs.",
     [("ACCUSES", "Marc Janin", "Luc Baro")]),
]
