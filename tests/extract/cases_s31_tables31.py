"""Cases of the s31 table header lexicon (helper s31-tables31), invented names and tables. A column header is read
by its role in a lexicon (mentions/data/table_heads.yaml), whatever its qualifiers ("Principal prêteur",
"Principaux clients"), number, gender or unit ("(M€)"): a supplier column ("Industriel", "Équipementier retenu",
"Entreprises attributaires", "Fabricant") is paid by the buyer the text or a buyer column names; a lender column
("Principal prêteur", "Banque prêteuse", "Créancier", "Bailleur de fonds") funds the candidate (or the party) of its
row; a holder, a leader, a founder, a board member, a plaintiff column pairs with the body or the defendant column
of its row. A comment column ("Commentaire", "Observations", "Profil") names no party of its own. Each family is
checked on three header wordings or more, most of them words no read passage used."""
from .cases_s29_tables29 import _table

CASES = [
    # suppliers paid by the buyer a verb of paying names just before the table
    (_table("Marine : la flotte se renouvelle\n\nL'agence publique Armavia a commandé pour 3 milliards "
            "d'euros de matériel l'an dernier. Le détail :",
            ["Équipementier retenu", "Équipement", "Montant"],
            [["Orvane Systems", "sonars", "400 M€"], ["Talmont Industries", "moteurs", "250 M€"]]),
     [("FUNDS", "Armavia", "Orvane Systems"), ("FUNDS", "Armavia", "Talmont Industries")]),
    (_table("Hôpitaux\n\nLa Métropole de Vorlan a attribué mardi les lots du futur centre hospitalier.",
            ["Lot", "Entreprises attributaires", "Montant (M€)"],
            [["Gros œuvre", "Bâtiments Serrault", "42"], ["Électricité", "Voltaris", "12"]]),
     [("FUNDS", "Métropole de Vorlan", "Bâtiments Serrault"), ("FUNDS", "Métropole de Vorlan", "Voltaris")]),
    (_table("Ferroviaire\n\nL'opérateur Ferlande avait signé ces commandes avant la crise.",
            ["Fabricant", "Matériel roulant", "Prix"],
            [["Alderan Rail", "40 rames", "1 Md€"], ["Corvex", "12 locomotives", "300 M€"]]),
     [("FUNDS", "Ferlande", "Alderan Rail"), ("FUNDS", "Ferlande", "Corvex")]),
    (_table("Défense\n\nL'agence Solmarie Armement a notifié ces contrats en juin.",
            ["Industriels", "Matériel", "Montant"],
            [["Brevalia Défense", "blindés", "700 M€"], ["Ostrali Aero", "drones", "90 M€"]]),
     [("FUNDS", "Solmarie Armement", "Brevalia Défense"), ("FUNDS", "Solmarie Armement", "Ostrali Aero")]),
    # suppliers paid by the buyer a noun of the lead names ("les commandes passées par Y")
    (_table("Les marchés publics de l'année\n\nLes commandes passées par le groupe Brennor en 2024 :",
            ["Fournisseurs retenus", "Objet", "Montant"],
            [["Nettalis", "propreté urbaine", "25 M€"], ["Cerisol", "éclairage public", "8 M€"]]),
     [("FUNDS", "Brennor", "Nettalis"), ("FUNDS", "Brennor", "Cerisol")]),
    # a buyer column and a supplier column in the same row
    (_table("Sous-traitance\n\nLe secteur spatial se réorganise.",
            ["Commanditaire", "Motoriste", "Contrat"],
            [["Astrelia", "Mécanique Dorval", "30 M€"], ["Sirius Orbital", "Optiques Lenoir", "12 M€"]]),
     [("FUNDS", "Astrelia", "Mécanique Dorval"), ("FUNDS", "Sirius Orbital", "Optiques Lenoir")]),
    (_table("Le carnet de commandes du secteur",
            ["Constructeur", "Principaux clients", "Appareils"],
            [["Avior", "Compagnie Boréale", "40"], ["Skelda", "Air Montval", "12"]]),
     [("FUNDS", "Compagnie Boréale", "Avior"), ("FUNDS", "Air Montval", "Skelda")]),

    # lenders of each candidate's campaign, in the candidate's row
    (_table("Présidentielle : qui a prêté aux candidats ?\n\nLa commission des comptes a publié les emprunts déclarés.",
            ["Candidat", "Parti", "Principal prêteur", "Montant emprunté"],
            [["Paul Dorin", "Parti du Progrès", "Banque Arvelle", "6 M€"],
             ["Lucie Brenmor", "Union rurale", "Crédit Solvan", "2 M€"]]),
     [("FUNDS", "Banque Arvelle", "Paul Dorin"), ("FUNDS", "Crédit Solvan", "Lucie Brenmor")]),
    (_table("Municipales : les comptes des têtes de liste",
            ["Banque prêteuse", "Tête de liste", "Somme"],
            [["Caisse Varenne", "Marc Aubert", "150 000 €"], ["Banque Kessler", "Sophie Lenoir", "90 000 €"]]),
     [("FUNDS", "Caisse Varenne", "Marc Aubert"), ("FUNDS", "Banque Kessler", "Sophie Lenoir")]),
    (_table("Qui finance les campagnes ?\n\nLes comptes déposés en préfecture ont été rendus publics.",
            ["Bénéficiaire", "Bailleurs de fonds", "Montant"],
            [["Jean Marceau", "Fondation Aubrac", "40 000 €"], ["Claire Voisin", "Mutuelle Orven", "25 000 €"]]),
     [("FUNDS", "Fondation Aubrac", "Jean Marceau"), ("FUNDS", "Mutuelle Orven", "Claire Voisin")]),
    # with no candidate column, the lender funds the row's party
    (_table("Partis : l'endettement\n\nLes formations ont emprunté massivement avant les législatives.",
            ["Formation politique", "Créancier", "Encours"],
            [["Parti du Progrès", "Banque Arvelle", "9 M€"], ["Union rurale", "Crédit Solvan", "3 M€"]]),
     [("FUNDS", "Banque Arvelle", "Parti du Progrès"), ("FUNDS", "Crédit Solvan", "Union rurale")]),
    # lenders of a campaign the lead names (qualified and plural headers)
    (_table("Comptes de campagne\n\nLes emprunts souscrits pour la campagne de Gilles Amiot :",
            ["Principaux prêteurs", "Montant (€)", "Taux"],
            [["Banque Arvelle", "300 000", "2 %"], ["Crédit Solvan", "120 000", "3 %"]]),
     [("FUNDS", "Banque Arvelle", "Gilles Amiot"), ("FUNDS", "Crédit Solvan", "Gilles Amiot")]),

    # holders: a company column and a holder column in the same row
    (_table("Médias : qui possède quoi ?\n\nLe paysage s'est concentré en dix ans.",
            ["Titre", "Principal actionnaire", "Part (en %)"],
            [["Le Courrier de Brivel", "Groupe Talmont", "60 %"], ["Radio Azur", "Ostrali Médias", "51 %"]]),
     [("OWNS", "Groupe Talmont", "Le Courrier de Brivel"), ("OWNS", "Ostrali Médias", "Radio Azur")]),
    (_table("Les participations de l'État\n\nUn inventaire publié par la Cour des comptes.",
            ["Détenteur", "Entreprise", "Capital détenu"],
            [["Agence des participations de Kervalie", "Ferlande", "80 %"],
             ["Fonds stratégique de Kervalie", "Voltaris", "15 %"]]),
     [("OWNS", "Agence des participations de Kervalie", "Ferlande"),
      ("OWNS", "Fonds stratégique de Kervalie", "Voltaris")]),
    # holders of the company the lead names ("(en %)", "Premiers")
    # the members of a board the lead names (a generic header with a qualifier)
    (_table("Gouvernance\n\nLe conseil de surveillance de Quintor Foods compte désormais ces personnalités :",
            ["Membres actuels", "Âge"],
            [["Marc Aubert", "61"], ["Sophie Lenoir", "48"]]),
     [("BOARD_MEMBER", "Marc Aubert", "Quintor Foods"), ("BOARD_MEMBER", "Sophie Lenoir", "Quintor Foods")]),

    # leaders, founders, board members paired with the body of their row
    (_table("Distribution : les patrons des enseignes\n\nLe secteur traverse une crise.",
            ["Patronne", "Enseigne", "Depuis"],
            [["Claire Voisin", "Maison Ferrand", "2019"], ["Lucie Brenmor", "Pomerol Distribution", "2022"]]),
     [("LEADS", "Claire Voisin", "Maison Ferrand"), ("LEADS", "Lucie Brenmor", "Pomerol Distribution")]),
    (_table("Tech : les dirigeants qui comptent",
            ["Dirigeant actuel", "Groupe", "Chiffre d'affaires"],
            [["Paul Dorin", "Orvane Systems", "2 Md€"], ["Jean Marceau", "Skelda", "900 M€"]]),
     [("LEADS", "Paul Dorin", "Orvane Systems"), ("LEADS", "Jean Marceau", "Skelda")]),
    (_table("Les pépites de la région\n\nElles ont toutes moins de dix ans.",
            ["Créatrice", "Start-up", "Secteur"],
            [["Léa Marchetti", "Nymbéo", "santé"], ["Clémence Vautrin", "Solvéa", "énergie"]]),
     [("FOUNDED", "Léa Marchetti", "Nymbéo"), ("FOUNDED", "Clémence Vautrin", "Solvéa")]),
    (_table("Conseils : les administratrices les plus demandées",
            ["Administratrice", "Société", "Mandat"],
            [["Sophie Lenoir", "Brevalia", "2021-2025"], ["Marie Castan", "Quintor Foods", "2023-2027"]]),
     [("BOARD_MEMBER", "Sophie Lenoir", "Brevalia"), ("BOARD_MEMBER", "Marie Castan", "Quintor Foods")]),

    # a ministry column before its minister's; clubs and their coaches; sponsors and the clubs they pay
    (_table("Le nouveau gouvernement\n\nLes passations de pouvoir ont eu lieu lundi.",
            ["Ministère", "Ministre", "Âge"],
            [["ministère de la Mer", "Gilles Amiot", "54"], ["ministère des Sports", "Marie Castan", "41"]]),
     [("LEADS", "Gilles Amiot", "ministère de la Mer"), ("LEADS", "Marie Castan", "ministère des Sports")]),
    (_table("Ligue : le point sur les bancs de touche",
            ["Club", "Entraîneur", "Arrivée"],
            [["Olympique de Brivel", "Marc Aubert", "2023"], ["Racing Vorlan", "Jean Marceau", "2024"]]),
     [("WORKS_FOR", "Marc Aubert", "Olympique de Brivel"), ("WORKS_FOR", "Jean Marceau", "Racing Vorlan")]),
    (_table("Football : qui paie les maillots ?\n\nLes contrats courent jusqu'en 2027.",
            ["Sponsor maillot", "Club", "Montant annuel"],
            [["Voltaris", "Olympique de Brivel", "4 M€"], ["Nettalis", "Racing Vorlan", "2 M€"]]),
     [("FUNDS", "Voltaris", "Olympique de Brivel"), ("FUNDS", "Nettalis", "Racing Vorlan")]),

    # plaintiffs and defendants (feminine, plural and multiword headers)
    (_table("Prud'hommes et commerce : les affaires de la rentrée",
            ["Requérantes", "Personnes visées", "Juridiction"],
            [["Association Clairvoie", "Nettalis", "tribunal de Brivel"],
             ["Syndicat Orven", "Cerisol", "tribunal de Vorlan"]]),
     [("SUES", "Association Clairvoie", "Nettalis"), ("SUES", "Syndicat Orven", "Cerisol")]),
    (_table("Brevets : la guerre des puces",
            ["Plaignante", "Partie adverse", "Enjeu"],
            [["Voltaris", "Corvex", "contrefaçon"], ["Astrelia", "Sirius Orbital", "secret des affaires"]]),
     [("SUES", "Voltaris", "Corvex"), ("SUES", "Astrelia", "Sirius Orbital")]),
]

FORBIDDEN = [
    # a comment cell names no party of its own: no seat, no partner, no employer
    (_table("Le capital de Brevalia\n\nLes principaux actionnaires de Brevalia selon le dernier rapport :",
            ["Actionnaire", "Part", "Commentaire"],
            [["Kestrel Ventures", "12 %", "fonds britannique, entré en 2019"],
             ["Orvane Capital", "4 %", "gérant d'actifs"]]),
     ("BOARD_MEMBER", "Kestrel Ventures", "Brevalia")),
    (_table("Le capital d'Ostrali\n\nLes actionnaires d'Ostrali au 31 décembre :",
            ["Actionnaire", "Part du capital", "Observations"],
            [["Groupe Talmont", "30 %", "partenaire historique"]]),
     ("PARTNERS_WITH", "Groupe Talmont", "Ostrali")),
    (_table("Le tour de table de Nymbéo\n\nNymbéo a levé 20 millions d'euros.",
            ["Investisseur", "Montant", "Profil"],
            [["Kestrel Ventures", "10 M€", "fonds ayant fondé plusieurs sociétés"]]),
     ("FOUNDED", "Kestrel Ventures", "Nymbéo")),
    # columns whose roles are unknown draw nothing, even after a verb of paying
    (_table("Défense\n\nL'agence Solmarie Armement a notifié ces contrats en juin.",
            ["Nom", "Matériel", "Montant"],
            [["Brevalia Défense", "blindés", "700 M€"]]),
     ("FUNDS", "Solmarie Armement", "Brevalia Défense")),
    # a candidate whose lender cell names no one takes no party's money
    (_table("Présidentielle : les prêts\n\nLa commission a publié les emprunts.",
            ["Candidat", "Parti", "Principal prêteur", "Montant"],
            [["Jean Marceau", "Union rurale", "prêts de particuliers", "4 M€"]]),
     ("FUNDS", "Union rurale", "Jean Marceau")),
    # a lender column and a candidate column: the candidate is funded, not his party
    (_table("Présidentielle : qui a prêté aux candidats ?\n\nLa commission a publié les emprunts déclarés.",
            ["Candidat", "Parti", "Principal prêteur", "Montant emprunté"],
            [["Paul Dorin", "Parti du Progrès", "Banque Arvelle", "6 M€"]]),
     ("FUNDS", "Banque Arvelle", "Parti du Progrès")),
    # a mayor's or a president's party column is the label they stand under, not a party they lead
    (_table("Municipales : les sortants\n\nLes maires se représentent tous.",
            ["Maire", "Parti", "Ville"],
            [["Paul Dorin", "Parti du Progrès", "Brivel"]]),
     ("LEADS", "Paul Dorin", "Parti du Progrès")),
    (_table("Régions : les présidents\n\nLe scrutin a rebattu les cartes.",
            ["Président", "Parti"],
            [["Jean Marceau", "Union rurale"]]),
     ("LEADS", "Jean Marceau", "Union rurale")),
    # a post's holder ("Titulaire") after a verb of signing is no contract's winner when no column gives money
    (_table("Remaniement\n\nLe groupe Brennor a signé un accord avec le nouveau gouvernement. Voici l'équipe :",
            ["Portefeuille", "Titulaire", "Étiquette"],
            [["Industrie", "Voltaris", "sans étiquette"]]),
     ("FUNDS", "Brennor", "Voltaris")),
    # a person's former post column is no current leadership (no role read for "Ancien PDG" alone)
    (_table("Les départs de l'année",
            ["Ancien patron", "Groupe", "Départ"],
            [["Paul Dorin", "Orvane Systems", "mars"]]),
     ("LEADS", "Paul Dorin", "Orvane Systems")),
]
