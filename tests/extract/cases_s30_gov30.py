"""Cases of the s30 government and party membership mechanisms (helper s30-gov30, extract/gov30.py), invented
names and sentences; each mechanism in several shapes (apposition before and after the name, a relative, a quote
attribution, a table, another tense)."""

# a sitting minister of an article that names one government is a member of it (gov30.government_members)
CASES = [
    ("Le gouvernement de Paul Verlaine a été présenté lundi. Julie Marchand, ministre de la Culture, a salué une "
     "équipe soudée.",
     [("MEMBER_OF", "Julie Marchand", "gouvernement de Paul Verlaine")]),
    ("Le gouvernement de Claire Dorval a survécu à la motion de censure. « Nous tiendrons », a assuré la ministre "
     "des Sports, Inès Gaudin, à la sortie de l'hémicycle.",
     [("MEMBER_OF", "Inès Gaudin", "gouvernement de Claire Dorval")]),
    ("Marc Ollier, qui est ministre de l'Agriculture depuis mars, défend le texte. Selon lui, le gouvernement "
     "Lanvin ira jusqu'au bout, a promis Hervé Lanvin.",
     [("MEMBER_OF", "Marc Ollier", "gouvernement Lanvin")]),
    ("Gouvernement Lanvin : qui sont les ministres\n\nLe Premier ministre Hervé Lanvin a présenté son équipe.\n\n"
     "| Ministre | Ministère |\n|---|---|\n| Sophie Arnaud | ministère de la Santé |\n"
     "| Karim Belhadj | ministère des Armées |\n",
     [("MEMBER_OF", "Sophie Arnaud", "Gouvernement Lanvin"), ("MEMBER_OF", "Karim Belhadj", "Gouvernement Lanvin")]),
    # a party holding portfolios in it; declining to enter it (gov30._party_portfolios)
    ("Le gouvernement de Paul Verlaine a été nommé. Le Parti du renouveau conserve des portefeuilles importants.",
     [("MEMBER_OF", "Parti du renouveau", "gouvernement de Paul Verlaine")]),
    ("Au sein du gouvernement d'Hervé Lanvin, l'Union centriste obtient trois portefeuilles.",
     [("MEMBER_OF", "Union centriste", "gouvernement d'Hervé Lanvin")]),
    ("Le gouvernement de Claire Dorval est au complet. L'Union des écologistes, elle, a décliné l'offre d'entrer "
     "au gouvernement.",
     [("MEMBER_OF", "Union des écologistes", "gouvernement de Claire Dorval")]),
    # a politician joining or leaving a body nothing calls a business (gov30.politicians_join_parties)
    ("Yann Kerlo, président de la région Armor, a rejoint Horizons Neufs en 2021.",
     [("MEMBER_OF", "Yann Kerlo", "Horizons Neufs")]),
    ("Le maire de Valbourg, Hugo Percier, qui a rejoint Horizons Neufs en 2021, brigue un nouveau mandat.",
     [("MEMBER_OF", "Hugo Percier", "Horizons Neufs")]),
    ("Devenue eurodéputée, Sarah Klein a rejoint Cap Citoyen l'an dernier.",
     [("MEMBER_OF", "Sarah Klein", "Cap Citoyen")]),
    # a minister's title with no ministry named (gov30.titled_ministers)
    ("Le gouvernement de Claire Dorval est connu. François Bellamy, vice-président des Verts, y fait son entrée "
     "comme ministre délégué chargé de l'Europe.",
     [("MEMBER_OF", "François Bellamy", "gouvernement de Claire Dorval")]),
    ("Le gouvernement de Claire Dorval est connu. « C'est un honneur », a déclaré le ministre délégué aux "
     "Transports, Karim Belhadj.",
     [("MEMBER_OF", "Karim Belhadj", "gouvernement de Claire Dorval")]),
    ("Jeanne Morel a été nommée secrétaire d'État au Numérique, a annoncé mardi le gouvernement de Claire Dorval.",
     [("MEMBER_OF", "Jeanne Morel", "gouvernement de Claire Dorval")]),
    # a body the article treats as a party without a party word next to it (gov30.more_party_names): joining,
    # leaving, an office below its head read as membership
    ("Paul Aubrac a quitté Nouvel Horizon en mars. L'investiture de Nouvel Horizon lui avait été refusée.",
     [("MEMBER_OF", "Paul Aubrac", "Nouvel Horizon")]),
    # (s35-conv35: a party's vice-president works for it, the session-35 convention; membership before)
    ("Les élus Cap Nation ont applaudi. Jeanne Morel, vice-présidente de Cap Nation, a pris la parole.",
     [("WORKS_FOR", "Jeanne Morel", "Cap Nation")]),
    ("« Nous irons jusqu'au bout », a lancé Jeanne Morel, qui a rejoint Cap Nation en 2019. Le congrès de Cap "
     "Nation se tiendra à Lille.",
     [("MEMBER_OF", "Jeanne Morel", "Cap Nation")]),
]
FORBIDDEN = [
    # a former minister: of which government, the text does not say
    ("Le gouvernement de Claire Dorval a été nommé. L'ancien ministre de l'Intérieur, Marc Dutour, a critiqué ce "
     "choix.",
     ("MEMBER_OF", "Marc Dutour", "gouvernement de Claire Dorval")),
    # a government named by a nationality is a foreign one
    ("La ministre de l'Europe, Claire Dambreville, a rencontré le gouvernement indien à New Delhi.",
     ("MEMBER_OF", "Claire Dambreville", "gouvernement indien")),
    # two governments and the minister's sentence names neither
    ("Le gouvernement de Claire Dorval a succédé au gouvernement d'Hervé Lanvin. Julie Marchand, ministre de la "
     "Culture, reste.",
     ("MEMBER_OF", "Julie Marchand", "gouvernement de Claire Dorval")),
    # another state's minister
    ("Le gouvernement de Claire Dorval est connu. Le ministre allemand des Finances, Hans Vogel, a salué sa "
     "nomination.",
     ("MEMBER_OF", "Hans Vogel", "gouvernement de Claire Dorval")),
    # a job taken in a company stays a job
    ("Ancien ministre, Paul Tessier a rejoint Korvex Industries comme directeur de la stratégie.",
     ("MEMBER_OF", "Paul Tessier", "Korvex Industries")),
    ("Les élus de la Métropole ont voté. Paul Aubrac a rejoint Valmeria Conseil en mars.",
     ("MEMBER_OF", "Paul Aubrac", "Valmeria Conseil")),
    ("Le député Marc Lenoir a rejoint le groupe Valmeria comme conseiller.",
     ("MEMBER_OF", "Marc Lenoir", "Valmeria")),
]
