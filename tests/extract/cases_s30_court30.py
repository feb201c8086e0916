"""Cases of the s30 court-report sanctioner (helper s30-court30), invented names and sentences. Each mechanism is
checked on several shapes (names, tense, word order, relative, apposition, quote attribution, a fronted date)."""

# a term or a fine received with no author in the sentence: the text's one court, named before, sanctions
# (slots/court30.sentence_received)
CASES = [
    ("Le tribunal correctionnel de Lyon a rendu son jugement lundi dans l'affaire des marchés publics. Paul Verdier, "
     "ancien maire de Brivel, a écopé de deux ans de prison, dont un ferme.",
     [("OPPOSES", "tribunal correctionnel de Lyon", "Paul Verdier")]),
    ("La cour d'appel de Nîmes a rendu son arrêt mardi. Hugo Ferrand, son ancien adjoint, a finalement été condamné "
     "à dix mois d'emprisonnement avec sursis.",
     [("OPPOSES", "cour d'appel de Nîmes", "Hugo Ferrand")]),
    ("Le tribunal correctionnel de Metz a tranché. Trois prévenus ont été jugés. « Je ne regrette rien », a lancé "
     "Lina Marchal, qui écope de trois ans de prison.",
     [("OPPOSES", "tribunal correctionnel de Metz", "Lina Marchal")]),
    ("La cour d'appel de Versailles a alourdi jeudi la peine. Selon l'arrêt, Marc Delorme, ex-trésorier du club, a "
     "été condamné à quatre ans d'emprisonnement.",
     [("OPPOSES", "cour d'appel de Versailles", "Marc Delorme")]),
    ("Le tribunal de commerce de Rennes a jugé l'affaire en mars. La société Vexora, poursuivie comme personne "
     "morale, a écopé d'une amende de 80 000 euros.",
     [("OPPOSES", "tribunal de commerce de Rennes", "Vexora")]),
]
FORBIDDEN = [
    # two courts named: no guess
    ("Le tribunal correctionnel de Lyon a relaxé Jean Marceau. La cour d'appel de Nîmes a été saisie. Paul Verdier "
     "a écopé de deux ans de prison.", ("OPPOSES", "tribunal correctionnel de Lyon", "Paul Verdier")),
    # a fine in a text naming a regulator: not the court's
    ("Le tribunal de commerce de Rennes a été saisi par l'Autorité de la concurrence. Vexora a écopé d'une amende "
     "de 80 000 euros.", ("OPPOSES", "tribunal de commerce de Rennes", "Vexora")),
]

# a requisition in the passive: the text's one prosecutor's office sues (slots/court30.required_passive)
CASES += [
    ("Devant le tribunal correctionnel de Nantes, le parquet de Nantes a requis trois ans de prison contre Marc "
     "Delorme. Deux ans ont été requis contre Gilles Amiot, son ancien associé.",
     [("SUES", "parquet de Nantes", "Gilles Amiot")]),
    ("Le Parquet national financier a ouvert l'enquête en 2021. Mardi, dix-huit mois de prison avec sursis avaient "
     "été requis à l'encontre de Sonia Berthier, l'ex-directrice de Valcor.",
     [("SUES", "Parquet national financier", "Sonia Berthier")]),
    ("Le parquet de Grenoble n'a pas fait de commentaire. Contre Luc Arnaud, ancien président de Norlac, une "
     "amende de 50 000 euros a été requise.",
     [("SUES", "parquet de Grenoble", "Luc Arnaud")]),
]

# a fine's holder in a participle: the agent, else the court that rules on it (slots/court30.fine_inflicted_to)
CASES += [
    ("La cour d'appel de Douai a ramené de 50 à 30 millions d'euros l'amende infligée à Vexora.",
     [("OPPOSES", "cour d'appel de Douai", "Vexora")]),
    ("La Cour d'appel de Bastia a réduit de moitié l'amende infligée à Orvane Systems, qui dénonçait une sanction "
     "disproportionnée.",
     [("OPPOSES", "Cour d'appel de Bastia", "Orvane Systems")]),
    ("En 2023, l'amende de 12 millions d'euros infligée au groupe Delmont par l'Arcep avait fait grand bruit.",
     [("OPPOSES", "Arcep", "Delmont")]),
    ("Vexora conteste l'amende infligée à sa filiale Orvane par la Commission de régulation de l'énergie.",
     [("OPPOSES", "Commission de régulation de l'énergie", "Orvane")]),
]
FORBIDDEN += [
    ("La cour d'appel de Douai a ramené de 50 à 30 millions d'euros l'amende infligée à Vexora.",
     ("OPPOSES", "cour d'appel de Douai", "Douai")),
]

# counsel whose client the sentence gives by a description: the one actor of that kind its sentence and the one
# before name (slots/people29._lone_antecedent)
CASES += [
    ("Le groupe Vexora comparaît devant la cour d'appel de Douai. Défendu par Me Lucien Darmont, le fabricant a nié "
     "toute faute.",
     [("WORKS_FOR", "Lucien Darmont", "Vexora")]),
    ("Le laboratoire Ferralis est poursuivi pour tromperie. Assisté par le cabinet Darmont Lenoir, le laboratoire a "
     "plaidé la bonne foi.",
     [("WORKS_FOR", "Darmont Lenoir", "Ferralis")]),
    ("La société Orvane Systems a été renvoyée devant le tribunal correctionnel de Lille. Représentée par Me Julie "
     "Caron, l'entreprise conteste les faits.",
     [("WORKS_FOR", "Julie Caron", "Orvane Systems")]),
]
FORBIDDEN += [
    # two companies named before: which one the description is stays unsaid
    ("Vexora et Orvane s'affrontent devant le tribunal de commerce. Défendu par Me Lucien Darmont, le groupe réclame "
     "10 millions d'euros.", ("WORKS_FOR", "Lucien Darmont", "Vexora")),
    ("Vexora et Orvane s'affrontent devant le tribunal de commerce. Défendu par Me Lucien Darmont, le groupe réclame "
     "10 millions d'euros.", ("WORKS_FOR", "Lucien Darmont", "Orvane")),
]
