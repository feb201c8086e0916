"""Cases of the s35 protagonist as the missing party of money given (helper s35-proto35, data/biz.yaml
topic_money_verbs, slots/biz.py money_to_topic): a sum given by a named funder to no one named, in an article about
one company, goes to that company. Checked on the whole family of giving verbs (accorder, consentir, attribuer,
prêter, avancer, promettre), active and passive, with a noun of money (subventions, prêt, avance remboursable,
aides, enveloppe), with a name or a descriptor for the funder, and never when the sentence names another
receiver or no sum. Invented names and sentences."""

CASES = [
    ("Cellavia ouvre une usine de cellules à Douai\nLe fabricant Cellavia a inauguré jeudi son site de Douai. Cellavia "
     "vise 800 emplois d'ici 2028. L'État a accordé 300 millions d'euros de subventions.",
     [("FUNDS", "État", "Cellavia")]),
    ("Ferralis relance son aciérie de Fos\nLe sidérurgiste Ferralis a confirmé lundi la relance de son aciérie. La "
     "Région Occitanie consent un prêt de 20 millions d'euros. Ferralis embauchera 150 personnes.",
     [("FUNDS", "Région Occitanie", "Ferralis")]),
    ("Biolane double sa capacité\nLa biotech Biolane a levé des fonds cette année. Une avance remboursable de "
     "4 millions d'euros a été attribuée par la Banque des territoires. Biolane compte 90 salariés.",
     [("FUNDS", "Banque des territoires", "Biolane")]),
    ("Tramelec construit sa gigafactory\nTramelec a posé la première pierre de son usine. Le département du Nord "
     "avait promis 6 millions d'euros d'aides. Tramelec vise 2027.",
     [("FUNDS", "département du Nord", "Tramelec")]),
    ("Ostrane agrandit son entrepôt de Rennes\nLe logisticien Ostrane s'agrandit. En 2023, la Caisse des dépôts "
     "avait avancé 12 millions d'euros au titre du plan de relance, et Ostrane a depuis doublé ses effectifs.",
     [("FUNDS", "Caisse des dépôts", "Ostrane")]),
]

FORBIDDEN = [
    # another receiver named: the sum is its own
    ("Cellavia ouvre une usine de cellules à Douai\nLe fabricant Cellavia a inauguré jeudi son site de Douai. Cellavia "
     "vise 800 emplois d'ici 2028. L'État a accordé 300 millions d'euros de subventions au groupe Voltexa.",
     ("FUNDS", "État", "Cellavia")),
    # "avancer" with no sum given: no money
    ("Ferralis relance son aciérie de Fos\nLe sidérurgiste Ferralis a confirmé lundi la relance de son aciérie. Selon "
     "la Région Occitanie, le chantier avance vite. Ferralis embauchera 150 personnes.",
     ("FUNDS", "Région Occitanie", "Ferralis")),
    # a second company in the sentence: maybe the receiver
    ("Biolane double sa capacité\nLa biotech Biolane a levé des fonds cette année. La Banque des territoires a "
     "attribué 4 millions d'euros, tandis que la société Kerlis a signé un contrat de 2 millions d'euros. Biolane "
     "compte 90 salariés.",
     ("FUNDS", "Banque des territoires", "Biolane")),
    # a promise of jobs, not of money
    ("Tramelec construit sa gigafactory\nTramelec a posé la première pierre de son usine. Le département du Nord "
     "a promis 600 emplois. Tramelec vise 2027.",
     ("FUNDS", "département du Nord", "Tramelec")),
]

# (slots/proto35.py, data/proto35.yaml) a sanction or legal action whose author alone the sentence names, in an
# article about one company (extract/protagonist35.py): the author sanctions / sues that company. Passive with an
# agent, active with a subject, a participle on the noun; amende, sanction, pénalité, astreinte; plainte,
# assignation, procédure.
CASES += [
    ("Datavie sanctionnée pour ses cookies\nL'éditeur Datavie a annoncé faire appel. Datavie compte 2 millions "
     "d'utilisateurs. Une amende de 3 millions d'euros a été infligée par la Commission de contrôle des données.",
     [("OPPOSES", "Commission de contrôle des données", "Datavie")]),
    ("Le transporteur Rolmex épinglé\nRolmex conteste la décision. Le groupe Rolmex emploie 4 000 personnes. "
     "L'Autorité de régulation des transports a prononcé mardi une pénalité de 800 000 euros.",
     [("OPPOSES", "Autorité de régulation des transports", "Rolmex")]),
    ("Hydrane condamnée à payer\nLe distributeur d'eau Hydrane fait appel. Hydrane dessert 40 communes. Une "
     "astreinte de 5 000 euros par jour, décidée par l'Agence de l'eau Garonne, s'applique depuis lundi.",
     [("OPPOSES", "Agence de l'eau Garonne", "Hydrane")]),
    ("Datavie visée par une plainte\nL'éditeur Datavie a annoncé se défendre. Datavie compte 2 millions "
     "d'utilisateurs. L'association Vigie Conso a déposé une plainte en mars.",
     [("SUES", "Vigie Conso", "Datavie")]),
    ("Le chantier de Portavel contesté\nLe promoteur Portavel maintient son projet. Portavel a obtenu son permis en "
     "juin. La procédure engagée par l'association Terre Claire suit son cours.",
     [("SUES", "Terre Claire", "Portavel")]),
    ("Rolmex attaqué par ses salariés\nLe transporteur Rolmex conteste. Rolmex emploie 4 000 personnes. Une "
     "assignation a été délivrée le 3 mai par le syndicat Sud Route.",
     [("SUES", "Sud Route", "Rolmex")]),
]

FORBIDDEN += [
    # the target said in the sentence: its own
    ("Datavie sanctionnée pour ses cookies\nL'éditeur Datavie a annoncé faire appel. Datavie compte 2 millions "
     "d'utilisateurs. L'Autorité de la concurrence a prononcé une sanction de 3 millions d'euros contre Mobilia.",
     ("OPPOSES", "Autorité de la concurrence", "Datavie")),
    # another company named in the sentence before: maybe the one fined
    ("Datavie sanctionnée pour ses cookies\nL'éditeur Datavie a annoncé faire appel. Datavie compte 2 millions "
     "d'utilisateurs. Son concurrent Mobilia a aussi été contrôlé. Une amende de 3 millions d'euros a été infligée "
     "par la Commission de contrôle des données.",
     ("OPPOSES", "Commission de contrôle des données", "Datavie")),
    # a quotation
    ("Datavie visée par une plainte\nL'éditeur Datavie a annoncé se défendre. Datavie compte 2 millions "
     "d'utilisateurs. « Une plainte a été déposée par l'association Vigie Conso », a indiqué son avocat.",
     ("SUES", "Vigie Conso", "Datavie")),
    # no protagonist: two companies named as often
    ("Rolmex et Kortis en concurrence\nRolmex et Kortis visent le même marché. Rolmex et Kortis emploient chacun "
     "4 000 personnes. Une amende de 800 000 euros a été infligée par l'Autorité de régulation des transports.",
     ("OPPOSES", "Autorité de régulation des transports", "Rolmex")),
]
