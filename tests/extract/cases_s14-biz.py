"""Cases of the s14 business fixes (helper s14-biz: successions, table rows, bids, rivals), invented names."""

CASES = [
    # "X sera remplacé par Y": the successor takes the post the one who goes leaves
    ("Paul Ostrand, directeur général de Varlenne depuis 2015, quittera ses fonctions en juin. Il sera remplacé "
     "par Marie Cabrol, jusqu'ici directrice commerciale de Sofrel.",
     [("LEADS", "Marie Cabrol", "Varlenne")]),
    ("Le fabricant Tressol a annoncé le départ de son président Henri Malvaux, remplacé dès lundi par Julie Moreau.",
     [("LEADS", "Julie Moreau", "Tressol")]),
    ("Jacques Pellerin dirigeait la banque Oravia depuis dix ans. Il a été remplacé en mars par Sophie Martin, "
     "qui arrive de Crédit Ouest.",
     [("LEADS", "Sophie Martin", "Oravia")]),
    ("Le PDG de Solvane, Marc Tissier, sera remplacé par l'ancienne ministre Claire Dumas, a annoncé le conseil.",
     [("LEADS", "Claire Dumas", "Solvane")]),
]

FORBIDDEN = [
    ("Paul Ostrand, directeur général de Varlenne depuis 2015, quittera ses fonctions en juin. Il sera remplacé "
     "par Marie Cabrol, jusqu'ici directrice commerciale de Sofrel.",
     ("LEADS", "Paul Ostrand", "Sofrel")),
]

CASES += [
    # a table of appointments: the header names where the posts are held; the "Parcours" column tells past
    # jobs ("job chez Z"), and a cue apposed to Z ("concurrent direct") is Z's, not the row's person's
    ("Le distributeur Varlenne recrute. Les arrivées au comité de direction :\n\n"
     "| Nom | Poste chez Varlenne | Parcours |\n|---|---|---|\n"
     "| Paul Ostrand | Directeur financier | Analyste chez Sofrel, principal concurrent |\n"
     "| Léa Fontaine | Directrice des achats | Acheteuse senior chez Coriandre Distribution |\n\n"
     "Les nominations prendront effet en mai.",
     [("WORKS_FOR", "Paul Ostrand", "Varlenne"), ("WORKS_FOR", "Paul Ostrand", "Sofrel"),
      ("COMPETES_WITH", "Sofrel", "Varlenne"), ("WORKS_FOR", "Léa Fontaine", "Varlenne"),
      ("WORKS_FOR", "Léa Fontaine", "Coriandre Distribution")]),
    ("Le laboratoire Orvande renouvelle son équipe.\n\n"
     "| Nom | Fonction chez Orvande | Expérience |\n|---|---|---|\n"
     "| Hélène Roux | Directrice de la communication | Chargée de presse chez Maison Belcour |\n"
     "| Yves Garnier | Responsable des ventes | Commercial chez Tarvel, son rival historique |\n\n"
     "Elles prendront leurs fonctions en septembre.",
     [("WORKS_FOR", "Hélène Roux", "Orvande"), ("WORKS_FOR", "Hélène Roux", "Maison Belcour"),
      ("WORKS_FOR", "Yves Garnier", "Orvande"), ("WORKS_FOR", "Yves Garnier", "Tarvel")]),
]

FORBIDDEN += [
    ("Le distributeur Varlenne recrute. Les arrivées au comité de direction :\n\n"
     "| Nom | Poste chez Varlenne | Parcours |\n|---|---|---|\n"
     "| Paul Ostrand | Directeur financier | Analyste chez Sofrel, principal concurrent |\n"
     "| Léa Fontaine | Directrice des achats | Acheteuse senior chez Coriandre Distribution |\n\n"
     "Les nominations prendront effet en mai.",
     ("LEADS", "Léa Fontaine", "Coriandre Distribution")),
    ("Le distributeur Varlenne recrute. Les arrivées au comité de direction :\n\n"
     "| Nom | Poste chez Varlenne | Parcours |\n|---|---|---|\n"
     "| Paul Ostrand | Directeur financier | Analyste chez Sofrel, principal concurrent |\n"
     "| Léa Fontaine | Directrice des achats | Acheteuse senior chez Coriandre Distribution |\n\n"
     "Les nominations prendront effet en mai.",
     ("COMPETES_WITH", "Paul Ostrand", "Varlenne")),
    ("Le laboratoire Orvande renouvelle son équipe.\n\n"
     "| Nom | Fonction chez Orvande | Expérience |\n|---|---|---|\n"
     "| Hélène Roux | Directrice de la communication | Chargée de presse chez Maison Belcour |\n"
     "| Yves Garnier | Responsable des ventes | Commercial chez Tarvel, son rival historique |\n\n"
     "Elles prendront leurs fonctions en septembre.",
     ("LEADS", "Hélène Roux", "Maison Belcour")),
]

CASES += [
    # the bidder in a participle on the offer: "l'offre lancée (déposée, formulée, présentée) par X"
    ("Le transporteur Norvalis a rejeté jeudi l'offre publique d'achat non sollicitée lancée par le groupe danois "
     "Hafnia Lines, qui proposait 18 euros par action.",
     [("BIDS_FOR", "Hafnia Lines", "Norvalis")]),
    ("Le conseil d'administration de Norvalis a repoussé l'offre de rachat déposée par le fonds Orsay Capital.",
     [("BIDS_FOR", "Orsay Capital", "Norvalis")]),
    ("Le transporteur Norvalis a rejeté jeudi l'offre de rachat hostile lancée par le groupe danois Hafnia Lines.",
     [("BIDS_FOR", "Hafnia Lines", "Norvalis")]),
    ("L'OPA lancée par Hafnia Lines sur Norvalis a échoué.",
     [("BIDS_FOR", "Hafnia Lines", "Norvalis")]),
    ("L'offre déposée par le fonds Orsay Capital pour le fabricant Norvalis valorise la société à 2 milliards d'euros.",
     [("BIDS_FOR", "Orsay Capital", "Norvalis")]),
    # "X, qui …, est en concurrence avec Y": the predicate the parser hangs inside the relative clause
    ("Le groupe Norvalis, qui a réalisé un chiffre d'affaires de 640 millions d'euros en 2024, est en concurrence "
     "frontale avec Hafnia Lines.",
     [("COMPETES_WITH", "Norvalis", "Hafnia Lines")]),
    ("La chaîne Brivel, qui compte 80 magasins dans l'Ouest, est en concurrence directe avec l'enseigne Tardiou.",
     [("COMPETES_WITH", "Brivel", "Tardiou")]),
]

CASES += [
    # "le fonds X, entré au capital en 2019 à hauteur de 22 %": a capital of no company named is the article's
    # company's
    ("Valmaure ouvre son capital\n\nLe fabricant de meubles Valmaure accélère. Le fonds Orvel Capital, entré au "
     "capital en 2019 à hauteur de 22 %, soutient la direction. Valmaure vise 300 millions d'euros de ventes.",
     [("OWNS", "Orvel Capital", "Valmaure")]),
    ("Valmaure prépare sa cotation\n\nLe groupe Valmaure prépare son introduction en Bourse. La banque Crédit "
     "Lorrain est entrée au capital l'an dernier avec 8 % des parts. Valmaure compte 900 salariés.",
     [("OWNS", "Crédit Lorrain", "Valmaure")]),
    ("Valmaure se renforce\n\nLe fabricant Valmaure se développe. Le fonds Orvel Capital, qui était entré au capital "
     "en 2018, a soutenu son expansion. Valmaure exporte la moitié de sa production.",
     [("OWNS", "Orvel Capital", "Valmaure")]),
    # "faire ses armes / ses classes / ses débuts chez Y": a job held before
    ("Sophie Garnier a fait ses armes pendant huit ans au cabinet de conseil Orvel Partners, avant de rejoindre le "
     "groupe Valmaure.",
     [("WORKS_FOR", "Sophie Garnier", "Orvel Partners")]),
    ("Diplômé de Centrale, Marc Olivier a d'abord fait ses classes chez l'auditeur Brunel & Roche.",
     [("WORKS_FOR", "Marc Olivier", "Brunel & Roche")]),
    ("Hélène Vidal, qui a fait ses débuts à la banque Crédit Lorrain, dirige aujourd'hui la société Tervane.",
     [("WORKS_FOR", "Hélène Vidal", "Crédit Lorrain")]),
    ("Paul Mercier a fait ses premières armes dans le fonds Arvel Capital.",
     [("WORKS_FOR", "Paul Mercier", "Arvel Capital")]),
]

FORBIDDEN += [
    # a stake the sentence told names the company whose capital it is
    ("Valmaure se renforce\n\nLe fabricant Valmaure se développe. Sa holding Valmaure Participations détient 60 % "
     "du groupe. Les 40 % restants de la holding sont aux mains du fonds Orvel Capital, entré au capital en 2017. "
     "Valmaure exporte.",
     ("OWNS", "Orvel Capital", "Valmaure")),
]

CASES += [
    # "Y a choisi (sélectionné, désigné) la banque d'affaires X pour piloter l'opération": a mandate
    ("La start-up Datavie a choisi la banque d'affaires Orsel Partners pour piloter l'opération.",
     [("WORKS_FOR", "Orsel Partners", "Datavie")]),
    ("Le groupe Norvalis a sélectionné le cabinet Vasseur Avocats pour le conseiller dans cette acquisition.",
     [("WORKS_FOR", "Vasseur Avocats", "Norvalis")]),
    ("Norvalis a désigné la banque Brunel & Cie afin d'organiser la cession de sa filiale.",
     [("WORKS_FOR", "Brunel & Cie", "Norvalis")]),
]

FORBIDDEN += [
    ("Le groupe Norvalis a choisi la banque Brunel & Cie pour financer cette acquisition.",
     ("WORKS_FOR", "Brunel & Cie", "Norvalis")),
    ("Le fonds Orvel Capital a choisi la banque Brunel & Cie comme partenaire.",
     ("WORKS_FOR", "Brunel & Cie", "Orvel Capital")),
]

CASES += [
    # "Y, dont le représentant au conseil, X, …": the title opening a "dont" clause describes the name after
    # its phrase; a board of no company named is the article's company's
    ("Tervane inquiète\n\nLe fabricant Tervane traverse une crise. Son premier actionnaire, le fonds Orvel Capital, "
     "dont le représentant au conseil d'administration, Paul Mercier, a réclamé un audit, s'impatiente. Tervane a "
     "perdu 20 % en Bourse.",
     [("BOARD_MEMBER", "Paul Mercier", "Tervane"), ("WORKS_FOR", "Paul Mercier", "Orvel Capital")]),
    ("Tervane inquiète\n\nLe fabricant Tervane traverse une crise. Le fonds Orvel Capital, dont la représentante au "
     "conseil de surveillance, Julie Moreau, a démissionné, s'impatiente. Tervane a perdu 20 % en Bourse.",
     [("BOARD_MEMBER", "Julie Moreau", "Tervane"), ("WORKS_FOR", "Julie Moreau", "Orvel Capital")]),
]

CASES += [
    # a succession after a post read twice at one organisation (a post and a job): the post that leads
    ("Claire Dumas devient présidente du directoire de Solvane. Elle succède à Marc Tissier, parti à la retraite.",
     [("LEADS", "Marc Tissier", "Solvane")]),
]

CASES += [
    # "X, lequel (laquelle) siège au conseil de surveillance": the relative pronoun stands for the name before
    ("Valmaure change d'équipe\n\nLe fabricant Valmaure remanie sa direction. Son frère, Paul Garnier, lequel siège "
     "au conseil de surveillance, approuve. Valmaure emploie 900 personnes.",
     [("BOARD_MEMBER", "Paul Garnier", "Valmaure")]),
    ("Valmaure change d'équipe\n\nLe fabricant Valmaure remanie sa direction. Sa nièce, Julie Garnier, laquelle siège "
     "au conseil d'administration, approuve. Valmaure emploie 900 personnes.",
     [("BOARD_MEMBER", "Julie Garnier", "Valmaure")]),
]

CASES += [
    # "Y appartient à parts égales à A et à B": the owners hung on the adjective of the shares
    ("La holding Tessier Participations appartient à parts égales à Henri Tessier et à ses deux enfants, Claire et "
     "son frère cadet, Paul Tessier.",
     [("OWNS", "Henri Tessier", "Tessier Participations"), ("OWNS", "Paul Tessier", "Tessier Participations")]),
    ("La société Valmaure appartient à parts égales à Henri Tessier et à Julie Moreau.",
     [("OWNS", "Henri Tessier", "Valmaure"), ("OWNS", "Julie Moreau", "Valmaure")]),
    ("La société Valmaure appartient à parts égales au fonds Orvel Capital et à la banque Crédit Lorrain.",
     [("OWNS", "Orvel Capital", "Valmaure"), ("OWNS", "Crédit Lorrain", "Valmaure")]),
]
