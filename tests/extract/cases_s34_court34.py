"""Cases of the s34 court report (helper s34-court34, slots/court34.py, appeals.py, tables25.py), invented names and
sentences, each mechanism checked on several cue words and shapes: the verdict (reconnu, déclaré, jugé coupable,
culpabilité retenue; active, passive, fronted participle), the requisition followed (comme l'avait requis, ainsi que
le réclamait, conformément aux réquisitions), the appeal told by its owner and its fate (dont le recours a été
rejeté, le pourvoi de Y a été rejeté, débouté de son appel), the appeal given up (renoncé à faire appel, renoncé à se
pourvoir, s'est abstenu de saisir), the sanctions table under a descriptor of the regulator."""

# a verdict of guilt: the court (subject, agent, or the one named before) sanctions the one found guilty
# (court34.verdict)
CASES = [
    ("Le tribunal correctionnel de Rennes a reconnu mardi Paul Verdier coupable de favoritisme.",
     [("OPPOSES", "tribunal correctionnel de Rennes", "Paul Verdier")]),
    ("Le tribunal correctionnel de Nantes a déclaré Gilles Amiot coupable d'abus de biens sociaux.",
     [("OPPOSES", "tribunal correctionnel de Nantes", "Gilles Amiot")]),
    ("Jeudi, la cour d'appel de Lyon a jugé Marc Delorme coupable de corruption passive.",
     [("OPPOSES", "cour d'appel de Lyon", "Marc Delorme")]),
    ("Reconnu coupable de fraude fiscale par le tribunal correctionnel de Lille, Hugo Ferrand a annoncé qu'il ferait "
     "appel.",
     [("OPPOSES", "tribunal correctionnel de Lille", "Hugo Ferrand")]),
    ("Le tribunal correctionnel de Laval a rendu son jugement. Serge Lomond a été reconnu coupable de recel.",
     [("OPPOSES", "tribunal correctionnel de Laval", "Serge Lomond")]),
    ("La cour d'appel de Douai a rendu son arrêt mercredi. Déclarée coupable de harcèlement moral, Lina Marchal a "
     "immédiatement annoncé un pourvoi.",
     [("OPPOSES", "cour d'appel de Douai", "Lina Marchal")]),
    ("Le tribunal correctionnel d'Évry a rendu son délibéré. Les juges ont retenu la culpabilité de Hugo Ferrand "
     "pour escroquerie.",
     [("OPPOSES", "tribunal correctionnel d'Évry", "Hugo Ferrand")]),
]

# a sentence that followed a requisition: the prosecution sues the one sentenced (court34.as_required)
CASES += [
    ("Le tribunal correctionnel de Pau a condamné Lina Marchal à deux ans de prison, comme l'avait requis le parquet "
     "de Pau.",
     [("SUES", "parquet de Pau", "Lina Marchal")]),
    ("Le tribunal correctionnel de Vienne a statué. Paul Verdier est condamné à trois ans de prison, ainsi que le "
     "réclamait le parquet de Vienne.",
     [("SUES", "parquet de Vienne", "Paul Verdier")]),
    ("Le tribunal correctionnel de Lyon a tranché. La société Vantor Chimie a été condamnée à 2 millions d'euros "
     "d'amende, conformément aux réquisitions du parquet de Lyon.",
     [("SUES", "parquet de Lyon", "Vantor Chimie")]),
]

# an appeal told by its owner and its fate, and an appeal given up (appeals.py)
CASES += [
    ("L'Autorité des marchés financiers a infligé une amende de 3 millions d'euros à la société Vantor Chimie. "
     "Vantor Chimie, dont l'appel a été écarté par la cour d'appel de Paris, a payé.",
     [("SUES", "Vantor Chimie", "Autorité des marchés financiers")]),
    ("L'Autorité des marchés financiers a sanctionné Paul Verdier d'une amende de 200 000 euros. Le recours de Paul "
     "Verdier a été rejeté mardi par le Conseil d'État.",
     [("SUES", "Paul Verdier", "Autorité des marchés financiers")]),
    ("L'Autorité de la concurrence a infligé une amende de 5 millions d'euros au groupe Delmar. Delmar a été débouté "
     "de son appel en mars.",
     [("SUES", "Delmar", "Autorité de la concurrence")]),
]

FORBIDDEN = [
    # a verdict said by no court: nothing
    ("Paul Verdier a reconnu Marc Delorme coupable de trahison devant les militants.",
     ("OPPOSES", "Paul Verdier", "Marc Delorme")),
    # a verdict denied
    ("Le tribunal correctionnel de Tours n'a pas reconnu Marc Delorme coupable de recel.",
     ("OPPOSES", "tribunal correctionnel de Tours", "Marc Delorme")),
    ("Le tribunal correctionnel de Tours a déclaré Marc Delorme non coupable de recel.",
     ("OPPOSES", "tribunal correctionnel de Tours", "Marc Delorme")),
    # a requisition followed by a party, not the prosecution
    ("Le tribunal correctionnel de Pau a condamné Lina Marchal à deux ans de prison, comme l'avait demandé "
     "l'association Vigie Route.",
     ("SUES", "Vigie Route", "Lina Marchal")),
]

# a legal person sentenced, named by its kind: the story's court sanctions the one the text introduced by that noun,
# or, said a legal person, the company or party named last before (court34.legal_person_ties)
CASES += [
    ("Le tribunal correctionnel de Lyon a condamné Paul Verdier, trésorier du parti Avenir Commun, à un an de prison. "
     "Le parti, en tant que personne morale, écope de 500 000 euros d'amende.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Avenir Commun")]),
    ("Le tribunal correctionnel de Brest a jugé l'ancien trésorier de Renouveau Citoyen, Marc Delorme, et le "
     "mouvement lui-même. Marc Delorme écope de six mois avec sursis. La formation, poursuivie en tant que personne "
     "morale, est condamnée à 80 000 euros d'amende.",
     [("OPPOSES", "tribunal correctionnel de Brest", "Renouveau Citoyen")]),
    ("Le tribunal correctionnel de Caen a condamné Lina Marchal à un an avec sursis. La banque Ortal, qui "
     "l'employait, était aussi jugée. La banque, en tant que personne morale, a été frappée d'une amende de 3 "
     "millions d'euros.",
     [("OPPOSES", "tribunal correctionnel de Caen", "Ortal")]),
]

# a complaint by its author: its target the party the case is named after, or the report's one defendant
# (court34.complaint_in_case)
CASES += [
    ("La Commission nationale de l'informatique et des libertés a sanctionné plusieurs sociétés. Dans le dossier "
     "Vantor, la procédure avait été déclenchée par une plainte de l'association Vigie Données.",
     [("SUES", "Vigie Données", "Vantor")]),
    ("L'affaire Ortal est née d'un signalement de l'ONG Transparence Active.",
     [("SUES", "Transparence Active", "Ortal")]),
    ("Le tribunal correctionnel de Lyon a condamné Paul Verdier à deux ans de prison. L'enquête avait été ouverte "
     "après une plainte déposée en 2021 par la société Delmar.",
     [("SUES", "Delmar", "Paul Verdier")]),
]
FORBIDDEN += [
    # a complaint filed by one named in a case named after another party is not against the author itself
    ("La Commission nationale de l'informatique et des libertés a sanctionné Vantor. Dans le dossier Ortal, Lina "
     "Marchal a déposé une plainte de principe.",
     ("SUES", "Lina Marchal", "Vantor")),
]
