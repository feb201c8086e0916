"""Cases of the s32 names and political-membership pass (helper s32-names32: slots/politics32.py,
mentions/names32.py), invented names and sentences. Each mechanism is checked on several shapes and cue words."""

# a party adjective on a politician's title, or as a noun before a name: the party the text names whose name holds
# the adjective's stem (politics32.party_adjective), in the sentence or another one, before or after
CASES = [
    ("La sénatrice communiste Hélène Varin a signé le texte. Le Parti communiste français dénonce le texte.",
     [("MEMBER_OF", "Hélène Varin", "Parti communiste français")]),
    ("Le texte est porté par Marc Oudin, député écologiste de la Gironde. Le parti Europe Écologie le soutient.",
     [("MEMBER_OF", "Marc Oudin", "Europe Écologie")]),
    ("Pour l'écologiste Lina Ferrat, le texte est mauvais. Le parti Europe Écologie réclame un vote.",
     [("MEMBER_OF", "Lina Ferrat", "Europe Écologie")]),
    ("Les députés socialistes Paul Vernet et Anne Morel ont signé la tribune du Parti socialiste.",
     [("MEMBER_OF", "Paul Vernet", "Parti socialiste"), ("MEMBER_OF", "Anne Morel", "Parti socialiste")]),
    ("Selon le socialiste Marc Brenier, le Parti socialiste votera la motion.",
     [("MEMBER_OF", "Marc Brenier", "Parti socialiste")]),
]
FORBIDDEN = [
    # (the adjective names one party; another party named in the sentence is not it)
    ("La députée écologiste Julie Arnaud a critiqué le Parti socialiste.",
     ("MEMBER_OF", "Julie Arnaud", "Parti socialiste")),
]

# the label one runs or sits under (politics32.banner, with bonds._label): a fronted apposition, a participle,
# a verb's subject; étiquette, couleurs, drapeau, investiture
CASES += [
    ("Candidate déclarée à la mairie de Lyon sous l'étiquette Horizon commun, Clara Besson pourrait être jugée.",
     [("MEMBER_OF", "Clara Besson", "Horizon commun")]),
    ("Élu en 2020 sous les couleurs du parti Avenir rural, Marc Delage a rejoint la majorité.",
     [("MEMBER_OF", "Marc Delage", "Avenir rural")]),
    ("Paul Garnier se présente sous le drapeau de l'Union des patriotes aux législatives.",
     [("MEMBER_OF", "Paul Garnier", "Union des patriotes")]),
    ("Avec l'investiture du Mouvement citoyen, Lucie Brun brigue la mairie de Nantes.",
     [("MEMBER_OF", "Lucie Brun", "Mouvement citoyen")]),
]
FORBIDDEN += [
    # ("aux couleurs de Y": a sponsor's colours, no label)
    ("Le maillot aux couleurs de la banque Ardel a été présenté par Paul Garnier.",
     ("MEMBER_OF", "Paul Garnier", "Ardel")),
]

# leaving a political body, said by a noun with a possessive (politics32.left_noun): former membership
CASES += [
    ("Un an après sa démission de la Commission européenne, Thierry Marlin a rejoint la banque Ardel.",
     [("MEMBER_OF", "Thierry Marlin", "Commission européenne")]),
    ("Depuis son départ du gouvernement de Paul Morin en mars, Claire Anvers se tait.",
     [("MEMBER_OF", "Claire Anvers", "gouvernement de Paul Morin")]),
    ("Paul Vernet a annoncé jeudi sa sortie du parti Horizon commun.",
     [("MEMBER_OF", "Paul Vernet", "Horizon commun")]),
    ("Marc Delage conteste son exclusion du Mouvement citoyen.",
     [("MEMBER_OF", "Marc Delage", "Mouvement citoyen")]),
]
FORBIDDEN += [
    ("Claire Anvers a annoncé sa démission de la société Ardel.", ("MEMBER_OF", "Claire Anvers", "Ardel")),
]

# an office below the head of a political body in a table row is membership (tables._names_political_body)
CASES += [
    ("| Nom | Fonction | Parti |\n|---|---|---|\n| Claire Anvers | vice-présidente du groupe RDE | Les Patriotes |\n"
     "| Paul Garnier | vice-président du Parlement européen | Horizon |",
     [("MEMBER_OF", "Claire Anvers", "RDE"), ("MEMBER_OF", "Paul Garnier", "Parlement européen")]),
    ("| Élu | Mandat |\n|---|---|\n| Marc Delage | vice-président du Sénat |\n"
     "| Lucie Brun | vice-présidente de l'Assemblée nationale |",
     [("MEMBER_OF", "Marc Delage", "Sénat"), ("MEMBER_OF", "Lucie Brun", "Assemblée nationale")]),
]
FORBIDDEN += [
    ("| Nom | Fonction | Parti |\n|---|---|---|\n| Claire Anvers | vice-présidente du groupe RDE | Les Patriotes |",
     ("WORKS_FOR", "Claire Anvers", "RDE")),
]

# a branch named after its parent, tied by its apposition to a person's group: the short name is the parent
# (names32.person_owned_parent, grouping._branch_in_apposition); branche, pôle, activité
CASES += [
    ("Beauté : Serpa boucle le rachat de Valdor Santé\n\nSerpa a finalisé lundi l'acquisition de Valdor Santé, la "
     "branche parfums et cosmétiques du groupe de Pierre Lemaire, pour 4 milliards d'euros. Marc Tissier, arrivé à la "
     "tête de Valdor en septembre, y voit un moyen de réduire la dette.",
     [("LEADS", "Marc Tissier", "Valdor")]),
    ("Brisa a mis la main sur Orvane Énergie, le pôle renouvelable de l'empire de Jean Castel. Luc Maret, qui dirige "
     "Orvane depuis 2019, s'en félicite.",
     [("LEADS", "Luc Maret", "Orvane")]),
    ("Le groupe Cerva cède Mirtel Foods, l'activité alimentaire de la famille de Paul Arnoux. Anne Dupré, présidente "
     "de Mirtel, a signé l'accord.",
     [("LEADS", "Anne Dupré", "Mirtel")]),
]
FORBIDDEN += [
    ("Brisa a mis la main sur Orvane Énergie, le pôle renouvelable de l'empire de Jean Castel. Luc Maret, qui dirige "
     "Orvane depuis 2019, s'en félicite.",
     ("LEADS", "Luc Maret", "Orvane Énergie")),
]

# a coordination the NER read as one name, the second name after an article and a descriptor (a nationality, a
# trade noun): two owners (names32.split_descriptor_coordinations)
CASES += [
    ("Norvia, détenue par la Caisse des dépôts et le néerlandais Vandermolen, gagne le lot.",
     [("OWNS", "Caisse des dépôts", "Norvia"), ("OWNS", "Vandermolen", "Norvia")]),
    ("Norvia appartient à la Caisse des dépôts et au fonds suédois Lindqvist Partners.",
     [("OWNS", "Caisse des dépôts", "Norvia"), ("OWNS", "Lindqvist Partners", "Norvia")]),
]

# electoral labels are no actors (names32.drop_nuance_labels)
FORBIDDEN += [
    ("Benoît Marlin, le maire (DVG) de Brivel, a signé jeudi un accord avec Pablo Ferrat.",
     ("MEMBER_OF", "Benoît Marlin", "DVG")),
    ("Paul Garnier (SE), maire de Brivel, a reçu Claire Anvers, présidente du parti Horizon commun.",
     ("MEMBER_OF", "Paul Garnier", "SE")),
    ("La sénatrice (DVD) du Var, Claire Anvers, a voté le texte du parti Horizon commun.",
     ("MEMBER_OF", "Claire Anvers", "DVD")),
]

# public schools, hospitals and ports named by their kind and their seat (lexicon public_body_nouns)
CASES += [
    ("La société Ardel a signé un accord avec l'université de Brivel.",
     [("PARTNERS_WITH", "Ardel", "université de Brivel")]),
    ("L'hôpital de Montclar a commandé 40 scanners à la société Ardel.",
     [("FUNDS", "hôpital de Montclar", "Ardel")]),
    ("Le grand port maritime de Brivel a confié le dragage au groupe Ardel.",
     [("FUNDS", "grand port maritime de Brivel", "Ardel")]),
]

# being inside a political body with a verb of being, staying or serving (politics32.within_body)
CASES += [
    ("Paul Vernet veut peser sur la droite, tout en restant à la tête du ministère de l'Agriculture, au sein du "
     "gouvernement de Claire Morin.",
     [("MEMBER_OF", "Paul Vernet", "gouvernement de Claire Morin")]),
    ("Au sein de la Commission européenne, Paul Garnier occupe le portefeuille du commerce.",
     [("MEMBER_OF", "Paul Garnier", "Commission européenne")]),
    ("Marc Delage milite depuis 2019 au sein du parti Horizon commun.",
     [("MEMBER_OF", "Marc Delage", "Horizon commun")]),
]
FORBIDDEN += [
    ("Paul Garnier a semé la discorde au sein du gouvernement de Paul Morin.",
     ("MEMBER_OF", "Paul Garnier", "gouvernement de Paul Morin")),
]
