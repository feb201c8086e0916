"""Cases of the s30 table context (helper s30-tables30), invented names and tables. A table whose rows name one
party of each tie takes the other from its context: the heading or the sentence just before it names the
government, the board, the company offered for, the supplier of the orders, the campaign lent to. Each family is
checked on three shapes or more (header words, column order, context told in the title or in the lead sentence)."""
from .cases_s29_tables29 import _table

CASES = [
    # a government's members: the government the title or the lead sentence names
    (_table("Gouvernement Dorval : la liste complète\n\nLe Premier ministre a présenté son équipe mardi soir.",
            ["Ministre", "Ministère", "Parti"],
            [["Paul Dorin", "ministère de la Culture", "Parti du Progrès"],
             ["Lucie Brenmor", "ministère des Armées", "Union rurale"]]),
     [("MEMBER_OF", "Paul Dorin", "Gouvernement Dorval"), ("MEMBER_OF", "Lucie Brenmor", "Gouvernement Dorval")]),
    (_table("Remaniement\n\nVoici les principaux membres du gouvernement Kessler, nommés hier :",
            ["Portefeuille", "Titulaire", "Étiquette"],
            [["Intérieur", "Marc Aubert", "Parti du Progrès"], ["Budget", "Sophie Lenoir", "sans étiquette"]]),
     [("MEMBER_OF", "Marc Aubert", "Kessler"), ("MEMBER_OF", "Sophie Lenoir", "Kessler")]),
    (_table("Le cabinet Varenne prête serment\n\nLes nouveaux ministres sont entrés en fonction lundi.",
            ["Nom", "Fonction", "Formation"],
            [["Jean Marceau", "ministre de l'Agriculture", "Union rurale"],
             ["Claire Voisin", "ministre de la Santé", "Parti du Progrès"]]),
     [("MEMBER_OF", "Jean Marceau", "Varenne"), ("MEMBER_OF", "Claire Voisin", "Varenne")]),

    # the bidders for a company the lead sentence names (no target column)
    (_table("Reprise du fabricant\n\nTrois offres ont été déposées pour Vercors Lait devant le tribunal de commerce.",
            ["Candidat", "Prix proposé", "Emplois repris"],
            [["Groupe Talmont", "12 M€", "180"], ["Ostrali", "9 M€", "140"]]),
     [("BIDS_FOR", "Groupe Talmont", "Vercors Lait"), ("BIDS_FOR", "Ostrali", "Vercors Lait")]),
    (_table("Les prétendants se bousculent\n\nLa vente de Sitella attire des industriels et des fonds :",
            ["Prix (M€)", "Repreneur", "Soutien"],
            [["40", "Kestrel Ventures", "banques"], ["35", "Brevalia", "aucun"]]),
     [("BIDS_FOR", "Kestrel Ventures", "Sitella"), ("BIDS_FOR", "Brevalia", "Sitella")]),
    (_table("Qui pour racheter Navéo ?\n\nLes candidats au rachat de Navéo ont jusqu'à vendredi.",
            ["Offrant", "Montant", "Conditions"],
            [["Orvane", "85 M€", "maintien du siège"], ["Delmont Group", "80 M€", "aucune"]]),
     [("BIDS_FOR", "Orvane", "Navéo"), ("BIDS_FOR", "Delmont Group", "Navéo")]),

    # a board's members: the company whose board the lead names
    (_table("Gouvernance\n\nLe conseil d'administration de Brevalia compte désormais neuf membres.",
            ["Administrateur", "Depuis", "Statut"],
            [["Marc Aubert", "2019", "indépendant"], ["Sophie Lenoir", "2024", "représentante de l'État"]]),
     [("BOARD_MEMBER", "Marc Aubert", "Brevalia"), ("BOARD_MEMBER", "Sophie Lenoir", "Brevalia")]),
    (_table("Assemblée générale\n\nLes actionnaires de Quintor Foods ont élu les membres suivants au conseil de "
            "surveillance :",
            ["Nom", "Mandat", "Âge"],
            [["Jean Marceau", "4 ans", "61"], ["Claire Voisin", "4 ans", "48"]]),
     [("BOARD_MEMBER", "Jean Marceau", "Quintor Foods"), ("BOARD_MEMBER", "Claire Voisin", "Quintor Foods")]),
    (_table("Le nouveau conseil d'Ostrali",
            ["Membre du conseil", "Fonction"],
            [["Paul Dorin", "président"], ["Lucie Brenmor", "administratrice indépendante"]]),
     [("BOARD_MEMBER", "Lucie Brenmor", "Ostrali")]),

    # the orders of a supplier the lead names: each client (a company or a state) pays it
    (_table("Carnet de commandes\n\nLes principales commandes de Valmeria depuis 2020 :",
            ["Année", "Pays client", "Matériel", "Montant"],
            [["2021", "Indonésie", "30 navires", "2 Md€"], ["2023", "Indonésie", "12 navires", "1 Md€"]]),
     [("FUNDS", "Indonésie", "Valmeria")]),
    (_table("Les succès export\n\nCes contrats ont été remportés par Kervec Marine l'an dernier.",
            ["Client", "Objet", "Valeur"],
            [["Pomerol Distribution", "flotte de livraison", "40 M€"], ["Solvane", "barges", "25 M€"]]),
     [("FUNDS", "Pomerol Distribution", "Kervec Marine"), ("FUNDS", "Solvane", "Kervec Marine")]),
    (_table("Hélion Systems engrange\n\nLa société Hélion Systems a signé ces contrats avec les clients suivants.",
            ["Montant", "Acheteur", "Livraison"],
            [["300 M€", "Ardelys", "2027"], ["120 M€", "Vectoria", "2026"]]),
     [("FUNDS", "Ardelys", "Hélion Systems"), ("FUNDS", "Vectoria", "Hélion Systems")]),

    # the lenders of a campaign the lead names
    (_table("Comptes de campagne\n\nLes prêts contractés pour la campagne de Paul Dorin :",
            ["Prêteur", "Montant", "Taux"],
            [["Banque Arvelle", "300 000 €", "2 %"], ["Crédit Solane", "150 000 €", "3 %"]]),
     [("FUNDS", "Banque Arvelle", "Paul Dorin"), ("FUNDS", "Crédit Solane", "Paul Dorin")]),
    (_table("Qui finance Lucie Brenmor ?\n\nLa campagne de Lucie Brenmor a été financée par ces emprunts :",
            ["Montant", "Créancier"],
            [["500 000 €", "Banque Arvelle"], ["200 000 €", "Crédit Solane"]]),
     [("FUNDS", "Banque Arvelle", "Lucie Brenmor"), ("FUNDS", "Crédit Solane", "Lucie Brenmor")]),
    (_table("Les donateurs\n\nVoici les principaux dons reçus par le parti Union rurale en 2024.",
            ["Donateur", "Montant"],
            [["Marc Aubert", "7 500 €"], ["Sophie Lenoir", "7 500 €"]]),
     [("FUNDS", "Marc Aubert", "Union rurale"), ("FUNDS", "Sophie Lenoir", "Union rurale")]),

    # a state in a client column buys (a state acting), the supplier the lead names
    (_table("Le Rafalor s'exporte\n\nLes ventes du constructeur Avelor depuis dix ans :",
            ["Client", "Appareils", "Année"],
            [["Indonésie", "42", "2022"], ["Brevalia Air", "12", "2024"]]),
     [("FUNDS", "Indonésie", "Avelor"), ("FUNDS", "Brevalia Air", "Avelor")]),
    # a bare context word ("Les offres déposées :"): the company the article is about, not a source it cites
    (_table("Vercolait en redressement\n\nLe fabricant de yaourts Vercolait a été placé en redressement judiciaire en "
            "mars. Vercolait emploie 300 salariés en Savoie.\n\nLes offres reçues, selon le document consulté par "
            "l'agence Pressalia :",
            ["Candidat", "Prix", "Emplois"], [["Groupe Talmont", "12 M€", "180"], ["Ostrali", "9 M€", "140"]]),
     [("BIDS_FOR", "Groupe Talmont", "Vercolait"), ("BIDS_FOR", "Ostrali", "Vercolait")]),
    (_table("Kervec Marine accélère\n\nLe chantier naval Kervec Marine a doublé son chiffre d'affaires. Kervec Marine "
            "vise désormais l'export.\n\nLes principales commandes enregistrées depuis 2022 :",
            ["Client", "Navires", "Montant"], [["Pomerol Distribution", "4", "40 M€"], ["Solvane", "2", "25 M€"]]),
     [("FUNDS", "Pomerol Distribution", "Kervec Marine"), ("FUNDS", "Solvane", "Kervec Marine")]),
    (_table("Brevalia renouvelle sa gouvernance\n\nL'assureur Brevalia a tenu son assemblée générale jeudi. Brevalia a "
            "aussi changé de président.\n\nLe conseil d'administration issu de l'assemblée :",
            ["Administrateur", "Qualité"], [["Marc Aubert", "indépendant"], ["Sophie Lenoir", "personnalité qualifiée"]]),
     [("BOARD_MEMBER", "Marc Aubert", "Brevalia"), ("BOARD_MEMBER", "Sophie Lenoir", "Brevalia")]),
    # the holders of a company whose capital the lead names (not the article's other company)
    (_table("Orvane sous pression\n\nLe groupe Orvane a publié ses comptes. La répartition du capital de Quintor Foods, "
            "sa filiale cotée, au 30 juin.",
            ["Actionnaire", "Part du capital"], [["Orvane", "52 %"], ["Kestrel Ventures", "12 %"]]),
     [("OWNS", "Orvane", "Quintor Foods"), ("OWNS", "Kestrel Ventures", "Quintor Foods")]),
    (_table("Assemblée générale\n\nLes actionnaires de Sitella se réunissent jeudi.",
            ["Principaux actionnaires", "Droits de vote", "Capital"],
            [["Delmont Group", "40 %", "35 %"], ["Altamira Capital", "20 %", "18 %"]]),
     [("OWNS", "Delmont Group", "Sitella"), ("OWNS", "Altamira Capital", "Sitella")]),
    (_table("Qui détient Navéo ?\n\nL'actionnariat de Navéo après l'augmentation de capital :",
            ["Capital", "Détenteur"], [["61 %", "Hélion Capital"], ["39 %", "Brevalia"]]),
     [("OWNS", "Hélion Capital", "Navéo"), ("OWNS", "Brevalia", "Navéo")]),
]

FORBIDDEN = [
    # an election's candidates bid for nothing
    (_table("Municipales\n\nLes candidats à la mairie de Brevalia-sur-Mer sont connus.",
            ["Candidat", "Parti", "Score"],
            [["Paul Dorin", "Parti du Progrès", "42 %"], ["Lucie Brenmor", "Union rurale", "38 %"]]),
     ("BIDS_FOR", "Paul Dorin", "Brevalia-sur-Mer")),
    # two companies in the lead: no single context party, nothing drawn
    (_table("Défense\n\nLes commandes de Valmeria et de Kervec Marine ont bondi :",
            ["Client", "Montant"], [["Ardelys", "30 M€"]]),
     ("FUNDS", "Ardelys", "Valmeria")),
    # a table of ministers with no government named: no membership drawn to the party
    (_table("Les ministres de l'Union rurale\n\nLe parti Union rurale compte trois ministres.",
            ["Ministre", "Ministère"], [["Paul Dorin", "ministère de la Culture"]]),
     ("MEMBER_OF", "Paul Dorin", "ministère de la Culture")),
    # "| Membre du conseil |": the header's noun is no organisation
    (_table("Le nouveau conseil d'Ostrali", ["Membre du conseil", "Fonction"], [["Lucie Brenmor", "administratrice"]]),
     ("MEMBER_OF", "Lucie Brenmor", "Membre")),
    # the holders of the company the lead names are not the article's other company's
    (_table("Orvane sous pression\n\nLe groupe Orvane a publié ses comptes. La répartition du capital de Quintor Foods, "
            "sa filiale cotée, au 30 juin.",
            ["Actionnaire", "Part du capital"], [["Orvane", "52 %"], ["Kestrel Ventures", "12 %"]]),
     ("OWNS", "Kestrel Ventures", "Orvane")),
]
