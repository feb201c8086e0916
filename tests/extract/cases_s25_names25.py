"""Cases of the s25 gaps of entity names and types (helper s25-names25), invented names and sentences."""

# "le géant du BTP X", "le groupe de BTP X": the sector's acronym is no part of the name
# (mentions/names25.sector_acronym_before_a_name); "X Autoroutes, filiale du …": a company noun set off
# after a name the NER calls a person makes it a company (mentions/names25.apposed_company_nouns)
CASES = [
    ("Vexora Autoroutes, filiale du géant du BTP Vexora, exploite 400 kilomètres de réseau.",
     [("OWNS", "Vexora", "Vexora Autoroutes")]),
    ("Vexora Autoroutes, filiale du géant du BTP Vexora, exploite 400 kilomètres de réseau. "
     "Vexora Autoroutes a confié des chantiers à Orvane, la filiale routière de Vexora.",
     [("OWNS", "Vexora", "Vexora Autoroutes"), ("OWNS", "Vexora", "Orvane")]),
]
FORBIDDEN = [
    ("Vexora Autoroutes, filiale du géant du BTP Vexora, exploite 400 kilomètres de réseau.",
     ("OWNS", "BTP Vexora", "Vexora Autoroutes")),
]

# "au département de la Justice américain": the ministry named with its "département de la"
# (mentions/names25.departments_with_an_article)
CASES += [
    ("Le groupe Kelvor a accepté de verser 4,3 milliards de dollars au département de la Justice américain.",
     [("OPPOSES", "département de la Justice américain", "Kelvor")]),
]
FORBIDDEN += [
    ("Le groupe Kelvor a accepté de verser 4,3 milliards de dollars au département de la Justice américain.",
     ("OPPOSES", "Justice américain", "Kelvor")),
]

# "\n\nParadoxe : le quatrième opérateur dépend …": a common noun opening a paragraph before a colon is a
# lead-in, no name (mentions/names25.lead_in_words); a company named so keeps its name
FORBIDDEN += [
    ("Vexora a perdu des clients.\n\nParadoxe : le quatrième opérateur verse chaque année un milliard d'euros "
     "à Orvane.",
     ("FUNDS", "Paradoxe", "Orvane")),
]
CASES += [
    ("Vexora a perdu des clients.\n\nKelvor : le quatrième opérateur verse chaque année un milliard d'euros à Orvane.",
     [("FUNDS", "Kelvor", "Orvane")]),
]

# "Escale, la maison mère de Kelvor, a saisi …": a name opening a sentence that the tagger reads as a common
# noun or an adverb, set off and presented as a company (or the subject of the next finite verb), is a name
# (mentions/names25.sentence_opening_names); not a participle opening the sentence
CASES += [
    ("Les prix ont baissé. Escale, la maison mère de Kelvor, a saisi l'Autorité de la concurrence.",
     [("OWNS", "Escale", "Kelvor")]),
]
FORBIDDEN += [
    ("Le marché recule. Contactée, une porte-parole de Vexora a refusé de commenter.",
     ("WORKS_FOR", "Contactée", "Vexora")),
]

# "attaquer l'État devant le Conseil d'État": the State is no short name of the court that judges it
# (grouping: a public body's one word joins a longer name of its kind, not the word after its "de")
CASES += [
    ("Vexora et Kelvor ont aussitôt attaqué l'État devant le Conseil d'État, estimant que la taxe viole "
     "leurs contrats.",
     [("SUES", "Vexora", "État"), ("SUES", "Kelvor", "État")]),
]
FORBIDDEN += [
    ("Vexora et Kelvor ont aussitôt attaqué l'État devant le Conseil d'État, estimant que la taxe viole "
     "leurs contrats.",
     ("SUES", "Vexora", "Conseil d'État")),
]
