"""Cases of the s33 kinds of money tie (helper s33-money33, slots/money33.py, tables30.py), invented names and
sentences. Each mechanism is checked on several shapes and cue words: the loan (crédit renouvelable, dette, ligne
de crédit, emprunt, prêt syndiqué; piloté, apportée, emmené, arrangé; bouclé, s'appuie sur, obtenu, contracté;
pool, syndicat; complètent le tour de table, ont rejoint le pool), the sponsorship (partenariat maillot, accord de
mécénat, convention de naming), a person's contract (prolongé, résilié), the licence (obtenu / acquis auprès de,
concédé à, sous licence de), the bidders' table (candidat / repreneur; retenu, écarté, s'est retiré, éliminé,
lauréat, a renoncé; aucune offre; céder, vente), the order (commandées, achetés, réservés, acquis; corvettes,
drones, sous-marins, avions; "de Z", "construits par Z", the sentence's subject), a comment before a clause (alors
que, puisque, tandis que)."""

# a loan: each lender funds the borrower (funds.loan33); the lenders of one loan are not partners of each other
# (s38-types38: ONTOLOGY's PARTNERS_WITH is a partnership, an alliance, an agreement or a joint venture, and lending
# to the same borrower is none of these; the adjudicated real-actor sets read them so; extract/types38.py);
# lenders joining after it lend too (funds.loan_joined33)
CASES = [
    ("Le groupe Veloria a bouclé vendredi un crédit renouvelable de 250 millions d'euros, piloté par la banque "
     "Norvalis. La Caisse Ravel et la banque Solvane complètent le tour de table.",
     [("FUNDS", "Norvalis", "Veloria"), ("FUNDS", "Caisse Ravel", "Veloria"), ("FUNDS", "Solvane", "Veloria")]),
    ("Pour financer le rachat, la société Kestrel Capital s'appuie sur une dette de 300 millions d'euros apportée "
     "par un pool bancaire mené par la Banque Arlan et Ostra Finance.",
     [("FUNDS", "Banque Arlan", "Kestrel Capital"), ("FUNDS", "Ostra Finance", "Kestrel Capital")]),
    ("Le chantier naval Morvan a obtenu une ligne de crédit de 40 millions d'euros auprès d'un syndicat bancaire "
     "emmené par la Banque Arlan et la Caisse Ravel.",
     [("FUNDS", "Banque Arlan", "Morvan"), ("FUNDS", "Caisse Ravel", "Morvan")]),
    ("La société Kestrel Capital a contracté en mars un emprunt de 90 millions d'euros, arrangé par Ostra Finance. "
     "La Banque Arlan et la Caisse Ravel ont rejoint le pool.",
     [("FUNDS", "Ostra Finance", "Kestrel Capital"), ("FUNDS", "Banque Arlan", "Kestrel Capital"),
      ("FUNDS", "Caisse Ravel", "Kestrel Capital")]),
]

# a sponsorship deal: the sponsor pays the side that signs it (funds.sponsor33), no partnership
CASES += [
    ("Le Racing Club de Vallon a officialisé la prolongation de son partenariat maillot avec le groupe Ferrandis, "
     "pour environ 8 millions d'euros par saison.",
     [("FUNDS", "Ferrandis", "Racing Club de Vallon")]),
    ("Le Festival des Brumes a renouvelé lundi son accord de mécénat avec la société Brelin Transports.",
     [("FUNDS", "Brelin Transports", "Festival des Brumes")]),
    ("L'Union sportive de Carnoët a signé avec la banque Norvalis une convention de naming pour son stade.",
     [("FUNDS", "Norvalis", "Union sportive de Carnoët")]),
]

# a licence taken or granted: the licensee and the licensor are partners (partners.licence33)
CASES += [
    ("Le traitement, dont le laboratoire Orvane a obtenu la licence auprès de Biolys en 2021, entre en phase III.",
     [("PARTNERS_WITH", "Orvane", "Biolys")]),
    ("Le laboratoire Orvane a acquis en 2022 la licence du traitement auprès de la société Biolys.",
     [("PARTNERS_WITH", "Orvane", "Biolys")]),
    ("Le groupe Ferrandis a concédé à la société Brelin Transports une licence d'exploitation de son brevet.",
     [("PARTNERS_WITH", "Brelin Transports", "Ferrandis")]),
    ("Le laboratoire Orvane produit le vaccin sous licence de la société Biolys.",
     [("PARTNERS_WITH", "Orvane", "Biolys")]),
]

# goods ordered by a buyer a participle names: each buyer pays the goods' maker, named on the goods or the subject of
# a sentence about it (funds.ordered33)
CASES += [
    ("Le chantier du groupe Ferrandis recrute 300 soudeurs pour tenir les cadences des corvettes, commandées par la "
     "Marine nationale et par le Portugal.",
     [("FUNDS", "Marine nationale", "Ferrandis"), ("FUNDS", "Portugal", "Ferrandis")]),
    ("Les drones de la société Altavia, achetés par la Roumanie, seront livrés en 2026.",
     [("FUNDS", "Roumanie", "Altavia")]),
    ("Le groupe Ferrandis a mis à l'eau le troisième des sous-marins réservés par l'Inde.",
     [("FUNDS", "Inde", "Ferrandis")]),
    ("Les avions construits par la société Altavia et acquis par la compagnie Air Brelin volent depuis mars.",
     [("FUNDS", "Air Brelin", "Altavia")]),
    ("Le site brestois du groupe Ferrandis va recruter 200 personnes pour tenir les cadences des corvettes de "
     "surveillance (CSM), commandées par la Marine nationale et par le Chili.",
     [("FUNDS", "Marine nationale", "Ferrandis"), ("FUNDS", "Chili", "Ferrandis")]),
    ("Le groupe Altavia doit livrer en 2027 les premiers drones de reconnaissance (DRX), achetés par la Roumanie et "
     "par la Pologne.",
     [("FUNDS", "Roumanie", "Altavia"), ("FUNDS", "Pologne", "Altavia")]),
    ("L'usine toulousaine de la société Altavia doit embaucher 150 techniciens pour assembler les drones de "
     "surveillance (DSX), achetés par la Roumanie et par la Pologne.",
     [("FUNDS", "Roumanie", "Altavia"), ("FUNDS", "Pologne", "Altavia")]),
]

# a comment put before a clause ("Une bouffée d'oxygène, alors que Y verse …"): the parser makes it a second
# subject of the clause's verb; the one after the conjunction is the subject (arguments._subject_of)
CASES += [
    ("Une bouffée d'oxygène, alors que le Stade Morlaix verse chaque année près de 3 millions d'euros de loyer à "
     "Arkéo, la société qui exploite le stade Jean-Bouin.",
     [("FUNDS", "Stade Morlaix", "Arkéo")]),
    ("Un coup dur, puisque la société Brelin Transports verse depuis 2020 une redevance de 2 millions d'euros à la "
     "société Arkéo.",
     [("FUNDS", "Brelin Transports", "Arkéo")]),
    ("Une dépense lourde, tandis que le groupe Ferrandis verse chaque mois 400 000 euros d'honoraires à la société "
     "Arkéo.",
     [("FUNDS", "Ferrandis", "Arkéo")]),
]

# a bidders' table: each row bids for the company whose sale the text told before the table (its status from the
# status cell: chosen, an agreed purchase; turned down or withdrawn, rejected), not for the seller
_TABLE_A = ("Le groupe Ferrandis est entré en négociations exclusives avec Ostra Finance pour lui céder sa filiale "
            "Brelin Transports.\n\nLes offres reçues, selon nos informations :\n\n| Candidat | Offre | Issue |\n"
            "|---|---|---|\n| Ostra Finance | 900 M€ | retenu |\n| Kestrel Capital | 750 M€ | écarté |\n"
            "| Banque Arlan | aucune offre ferme | s'est retiré |\n")
_TABLE_B = ("Orsan Industries a mis en vente sa division Vantor Chimie. La vente de Vantor Chimie a attiré trois "
            "prétendants.\n\nLe point sur les repreneurs :\n\n| Repreneur | Prix proposé | Statut |\n|---|---|---|\n"
            "| Kestrel Capital | 410 M€ | lauréat |\n| Arbor Partners | 380 M€ | éliminé |\n"
            "| Groupe Delmas | 350 M€ | a renoncé |\n")
CASES += [
    (_TABLE_A, [("BIDS_FOR", "Kestrel Capital", "Brelin Transports"), ("BIDS_FOR", "Banque Arlan", "Brelin Transports"),
                ("ACQUIRES", "Ostra Finance", "Brelin Transports")]),
    (_TABLE_B, [("BIDS_FOR", "Arbor Partners", "Vantor Chimie"), ("BIDS_FOR", "Groupe Delmas", "Vantor Chimie"),
                ("ACQUIRES", "Kestrel Capital", "Vantor Chimie")]),
]

FORBIDDEN = [
    # (a loan is no equity)
    ("Le groupe Veloria a bouclé vendredi un crédit renouvelable de 250 millions d'euros, piloté par la banque "
     "Norvalis. La Caisse Ravel et la banque Solvane complètent le tour de table.",
     ("INVESTS_IN", "Norvalis", "Veloria")),
    ("Le groupe Veloria a bouclé vendredi un crédit renouvelable de 250 millions d'euros, piloté par la banque "
     "Norvalis. La Caisse Ravel et la banque Solvane complètent le tour de table.",
     ("INVESTS_IN", "Caisse Ravel", "Veloria")),
    # (an equity round joined stays an investment: no loan in view)
    ("La start-up Lumio a levé 12 millions d'euros auprès du fonds Arbor Ventures. Le fonds Kelvin Capital "
     "complète le tour de table.",
     ("FUNDS", "Kelvin Capital", "Lumio")),
    # (a sponsorship is no partnership)
    ("Le Racing Club de Vallon a officialisé la prolongation de son partenariat maillot avec le groupe Ferrandis, "
     "pour environ 8 millions d'euros par saison.",
     ("PARTNERS_WITH", "Racing Club de Vallon", "Ferrandis")),
    # (a person's contract prolonged or broken: no money tie from the one who signs to the person)
    ("Jean Marvel, propriétaire du Stade Morlaix, a prolongé le contrat de Luc Varenne, entraîneur du club, "
     "jusqu'en 2028.",
     ("FUNDS", "Jean Marvel", "Luc Varenne")),
    ("Le groupe Ferrandis a résilié mardi le contrat de Marc Delorme, son directeur commercial.",
     ("FUNDS", "Ferrandis", "Marc Delorme")),
    # (a licence refused, or granted by a regulator: no partnership)
    ("Le laboratoire Orvane n'a jamais obtenu la licence auprès de la société Biolys.",
     ("PARTNERS_WITH", "Orvane", "Biolys")),
    ("L'Autorité de contrôle prudentiel a accordé une licence bancaire à la société Norvalis.",
     ("PARTNERS_WITH", "Norvalis", "Autorité de contrôle prudentiel")),
    # (a sentence about another company than the goods' maker: no maker)
    ("Le groupe Ferrandis critique les frégates commandées par la Grèce.", ("FUNDS", "Grèce", "Ferrandis")),
    ("Le groupe Ferrandis dénonce le prix des frégates, commandées par la Grèce.", ("FUNDS", "Grèce", "Ferrandis")),
    # (the goods' acronym is no supplier)
    ("Le site brestois du groupe Ferrandis va recruter 200 personnes pour tenir les cadences des corvettes de "
     "surveillance (CSM), commandées par la Marine nationale et par le Chili.", ("FUNDS", "Chili", "CSM")),
    # (a sponsorship or a loan named in a table row is read by the table's own readers, never by these rules)
    ("Le chantier Orvane avance.\n\n| Acteur | Rôle dans Orvane |\n|---|---|\n"
     "| Brenmor | partenariat maillot, contrat de 2 millions d'euros |\n",
     ("FUNDS", "Brenmor", "Orvane")),
    # (a bidders' table: the seller is bid for by no one; a bid chosen hires no one; a bid withdrawn is no support)
    (_TABLE_A, ("BIDS_FOR", "Kestrel Capital", "Ferrandis")),
    (_TABLE_A, ("WORKS_FOR", "Ostra Finance", "Ferrandis")),
    (_TABLE_A, ("FUNDS", "Banque Arlan", "Brelin Transports")),
    (_TABLE_B, ("BIDS_FOR", "Arbor Partners", "Orsan Industries")),
]
