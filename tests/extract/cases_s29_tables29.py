"""Cases of the s29 table gaps (helper s29-tables29), invented names and tables. A table is a list of statements
whose sides the column headers name; each mechanism is checked on several tables (headers, column order, 2 to 5
columns, with and without a sentence before the table, statuses)."""


def _table(lead: str, header: list[str], rows: list[list[str]], after: str = "Le reste suivra.") -> str:
    line = lambda cells: "| " + " | ".join(cells) + " |"
    return "\n".join([lead, "", line(header), "|" + "---|" * len(header)] + [line(r) for r in rows] + ["", after])


CASES = [
    # names told only in a cell of a column whose header names the party's role (lawsuit, start-up, party)
    (_table("Les audiences de l'automne\n\nLa rentrée sera chargée au palais. Voici les dossiers attendus.",
            ["Demandeur", "Défendeur", "Juridiction"],
            [["Brevalia", "Quintor Foods", "Tribunal de commerce de Lyon"],
             ["Maison Ferrand", "Ostrali", "Cour d'appel de Rennes"]]),
     [("SUES", "Brevalia", "Quintor Foods"), ("SUES", "Maison Ferrand", "Ostrali")]),
    (_table("Trois litiges commerciaux\n\nPlusieurs affaires opposent des industriels cette année.",
            ["Juridiction", "Requérant", "Défendeur", "Enjeu"],
            [["Tribunal judiciaire de Nantes", "Solvane", "Kervec Marine", "contrefaçon de brevets"],
             ["Tribunal de commerce de Lille", "Ardelys", "Pomerol Distribution", "rupture de contrat"]]),
     [("SUES", "Solvane", "Kervec Marine"), ("SUES", "Ardelys", "Pomerol Distribution")]),
    (_table("Le financement des partis\n\nLe montant a été publié au Journal officiel.",
            ["Parti", "Chef de file", "Sièges"],
            [["La Gauche nouvelle", "Paul Dorin", "42"], ["Les Verts unis", "Lucie Brenmor", "18"]]),
     [("LEADS", "Paul Dorin", "La Gauche nouvelle"), ("LEADS", "Lucie Brenmor", "Les Verts unis")]),

    (_table("Procès en série\n\nLe tribunal examinera ces dossiers en novembre.",
            ["Plaignant", "Défendeur", "Motif"],
            [["Marmotte", "Ligue nationale de pétanque", "droits de diffusion"],
             ["Cerise", "Canal Azur+", "dénigrement"]]),
     [("SUES", "Marmotte", "Ligue nationale de pétanque"), ("SUES", "Cerise", "Canal Azur+")]),
    (_table("Dotations\n\nVoici ce que touchera chaque formation.",
            ["Formation", "Dirigeant", "Montant"],
            [["La France debout", "Paul Dorin", "3 M€"], ["Le Mouvement rural", "Lucie Brenmor", "1 M€"]]),
     [("LEADS", "Paul Dorin", "La France debout")]),

    # buyer and target columns: an acquisition in each row, the status column saying how far
    (_table("Le point sur les rachats\n\nLe marché des fusions reste animé.",
            ["Acquéreur", "Cible", "Montant", "Statut"],
            [["Brevalia", "Quintor Foods", "230 M€", "finalisé"],
             ["Solvane", "Kervec Marine", "85 M€", "en négociation"],
             ["Ardelys", "Pomerol Distribution", "40 M€", "rejeté"]]),
     [("ACQUIRES", "Brevalia", "Quintor Foods"), ("BIDS_FOR", "Solvane", "Kervec Marine"),
      ("BIDS_FOR", "Ardelys", "Pomerol Distribution")]),
    (_table("Consolidation dans l'agroalimentaire\n\nLes industriels achètent.",
            ["Cible", "Repreneur", "Avancement"],
            [["Maison Ferrand", "Ostrali", "bouclé en juin"], ["Vercors Lait", "Groupe Talmont", "accord signé"]]),
     [("ACQUIRES", "Ostrali", "Maison Ferrand"), ("ACQUIRES", "Groupe Talmont", "Vercors Lait")]),
    (_table("Les opérations du trimestre",
            ["Acheteur", "Société rachetée"],
            [["Delmont Group", "Navéo"], ["Orvane", "Sitella"]]),
     [("ACQUIRES", "Delmont Group", "Navéo"), ("ACQUIRES", "Orvane", "Sitella")]),

    # an investor column: the row's company raised from it
    (_table("Les levées de la semaine\n\nQuatre jeunes pousses ont levé 120 millions d'euros.",
            ["Start-up", "Secteur", "Montant", "Investisseur principal"],
            [["Brevalia", "logistique", "50 M€", "Kestrel Ventures"], ["Navéo", "santé", "20 M€", "Altamira Capital"]]),
     [("INVESTS_IN", "Kestrel Ventures", "Brevalia"), ("INVESTS_IN", "Altamira Capital", "Navéo")]),
    (_table("Tours de table",
            ["Chef de file", "Jeune pousse", "Montant"],
            [["Orsay Partners", "Sitella", "12 M€"], ["Hélion Capital", "Vectoria", "8 M€"]]),
     [("INVESTS_IN", "Orsay Partners", "Sitella"), ("INVESTS_IN", "Hélion Capital", "Vectoria")]),
    (_table("Les chèques du mois\n\nLes fonds ont beaucoup investi en octobre.",
            ["Entreprise", "Investisseurs", "Montant"],
            [["Quintor Foods", "Kestrel Ventures", "30 M€"], ["Ostrali", "Altamira Capital", "15 M$"]]),
     [("INVESTS_IN", "Kestrel Ventures", "Quintor Foods"), ("INVESTS_IN", "Altamira Capital", "Ostrali")]),

    # winners of contracts or receivers of a grant: the payer a column or the sentence before the table names
    (_table("Grand chantier\n\nLa société Valmeria a attribué les principaux lots du chantier de son nouveau "
            "terminal, pour 900 millions d'euros. Son directeur s'en félicite.",
            ["Titulaire", "Lot", "Montant"],
            [["Brevalia", "Génie civil", "500 M€"], ["Kervec Marine", "Dragage", "300 M€"]]),
     [("FUNDS", "Valmeria", "Brevalia"), ("FUNDS", "Valmeria", "Kervec Marine")]),
    (_table("Les subventions régionales\n\nL'enveloppe versée par la région Occitane sera répartie entre les "
            "associations suivantes.",
            ["Association", "Subvention 2025"],
            [["Les Amis du Causse", "1,2 M€"], ["Solidarité Tarnaise", "800 000 €"]]),
     [("FUNDS", "région Occitane", "Les Amis du Causse"), ("FUNDS", "région Occitane", "Solidarité Tarnaise")]),
    (_table("Marchés publics",
            ["Lot", "Attributaire", "Client", "Montant"],
            [["Signalisation", "Ardelys", "Ville de Montclar", "4 M€"], ["Voirie", "Pomerol Travaux", "Ville de Montclar", "9 M€"]]),
     [("FUNDS", "Ville de Montclar", "Ardelys"), ("FUNDS", "Ville de Montclar", "Pomerol Travaux")]),
    (_table("Aides aux partis\n\nLe ministère de l'Intérieur a versé cette année 40 millions d'euros aux formations "
            "politiques.",
            ["Parti", "Dotation", "Évolution"],
            [["La Gauche nouvelle", "9 M€", "+3 %"], ["Les Verts unis", "4 M€", "-2 %"]]),
     [("FUNDS", "ministère de l'Intérieur", "La Gauche nouvelle"), ("FUNDS", "ministère de l'Intérieur", "Les Verts unis")]),
    # a cell naming several parties as one group: their partnership
    (_table("Grand chantier\n\nLa société Valmeria a attribué les lots du chantier.", ["Titulaire", "Lot"],
            [["Brevalia et Kervec Marine (groupement)", "Génie civil"], ["Ostrali", "Dragage"]]),
     [("PARTNERS_WITH", "Brevalia", "Kervec Marine"), ("FUNDS", "Valmeria", "Kervec Marine")]),
    (_table("Les candidats retenus", ["Candidat", "Offre"],
            [["consortium mené par Ardelys avec Pomerol Travaux", "420 M€"], ["Groupe Talmont", "450 M€"]]),
     [("PARTNERS_WITH", "Ardelys", "Pomerol Travaux")]),
    (_table("Les offres", ["Repreneur", "Prix"],
            [["Solvane, Navéo et Sitella (alliance)", "30 M€"]]),
     [("PARTNERS_WITH", "Solvane", "Navéo"), ("PARTNERS_WITH", "Navéo", "Sitella")]),
    # a column of leaders leaving and one of leaders arriving
    (_table("Les autres mouvements du remaniement :", ["Ministère", "Sortant", "Entrant"],
            [["ministère de l'Agriculture", "Paul Dorin", "Lucie Brenmor"], ["ministère des Sports", "Jean Marceau", "Claire Vidal"]]),
     [("LEADS", "Lucie Brenmor", "ministère de l'Agriculture"), ("LEADS", "Claire Vidal", "ministère des Sports")]),
    (_table("Valse des patrons", ["Société", "Ancien PDG", "Nouveau PDG"],
            [["Brevalia", "Marc Aubert", "Sophie Lenoir"], ["Kervec Marine", "Hugo Rabier", "Nadia Ferrand"]]),
     [("LEADS", "Sophie Lenoir", "Brevalia"), ("LEADS", "Hugo Rabier", "Kervec Marine")]),
    (_table("Changements de direction", ["Groupe", "Successeur", "Prédécesseur"],
            [["Ostrali", "Julie Marchand", "Thomas Girard"]]),
     [("LEADS", "Julie Marchand", "Ostrali"), ("LEADS", "Thomas Girard", "Ostrali")]),
    # a shareholder column after the row's company: the cell's holder owns the row's company
    (_table("Le pôle médias s'étoffe :", ["Média", "Périodicité", "Actionnaire", "Participation"],
            [["Le Courrier de la Vallée", "quotidien", "Ferrand Participations", "100 %"],
             ["Radio Causse", "radio", "Ferrand Participations", "34 %"]]),
     [("OWNS", "Ferrand Participations", "Le Courrier de la Vallée"), ("OWNS", "Ferrand Participations", "Radio Causse")]),
    (_table("Les clubs et leurs propriétaires", ["Club", "Ville", "Actionnaires"],
            [["Racing Vallon", "Vallon", "Kestrel Ventures"], ["Stade Ostral", "Ostral", "Groupe Talmont"]]),
     [("OWNS", "Kestrel Ventures", "Racing Vallon"), ("OWNS", "Groupe Talmont", "Stade Ostral")]),
    # a first header naming a role and the organisation it relates each row to
    (_table("L'alliance Horizon Sud réunit quatre armateurs de taille moyenne.",
            ["Membre d'Horizon Sud", "Pavillon", "Navires"],
            [["Tramar Shipping", "France", "38"], ["Kervec Marine", "Grèce", "31"]]),
     [("MEMBER_OF", "Tramar Shipping", "Horizon Sud"), ("MEMBER_OF", "Kervec Marine", "Horizon Sud")]),
    (_table("Le groupe Valmeria s'est bâti par acquisitions.", ["Filiales de Valmeria", "Activité", "Chiffre d'affaires"],
            [["Brevalia", "logistique", "120 M€"], ["Navéo", "santé", "45 M€"]]),
     [("OWNS", "Valmeria", "Brevalia"), ("OWNS", "Valmeria", "Navéo")]),
    (_table("Ostrali a signé de gros contrats cette année.", ["Clients d'Ostrali", "Contrat", "Durée"],
            [["Groupe Talmont", "maintenance", "5 ans"], ["Pomerol Distribution", "logiciel", "3 ans"]]),
     [("FUNDS", "Groupe Talmont", "Ostrali"), ("FUNDS", "Pomerol Distribution", "Ostrali")]),
    (_table("Le marché est disputé.", ["Concurrents de Sitella", "Pays", "Part de marché"],
            [["Vectoria", "Italie", "12 %"], ["Hélion Systems", "Espagne", "9 %"]]),
     [("COMPETES_WITH", "Vectoria", "Sitella"), ("COMPETES_WITH", "Hélion Systems", "Sitella")]),
]

FORBIDDEN = [
    # a winner column after the row's first party: the row's party pays, not the payer before the table
    (_table("La banque Valmeria a accordé plusieurs prêts cette année.", ["Prêteur", "Montant", "Bénéficiaire"],
            [["Kestrel Ventures", "3 M€", "Brevalia"]]),
     ("FUNDS", "Valmeria", "Brevalia")),
    # the target column's company is bought, it invests in no one
    (_table("Consolidation\n\nLes industriels achètent.", ["Cible", "Repreneur", "Avancement"],
            [["Maison Ferrand", "Ostrali", "bouclé en juin"]]),
     ("INVESTS_IN", "Maison Ferrand", "Ostrali")),
    # a party's leader invests in nothing
    (_table("Les partis", ["Parti", "Chef de file", "Sièges"], [["La Gauche nouvelle", "Paul Dorin", "42"]]),
     ("INVESTS_IN", "Paul Dorin", "La Gauche nouvelle")),
    # a bid said rejected is no purchase
    (_table("Le point sur les rachats", ["Acquéreur", "Cible", "Statut"],
            [["Ardelys", "Pomerol Distribution", "rejeté"], ["Brevalia", "Quintor Foods", "finalisé"]]),
     ("ACQUIRES", "Ardelys", "Pomerol Distribution")),
    # no payer named before the table: the winners are paid by no one the table says
    (_table("Grand chantier\n\nLes travaux commencent en mars.", ["Titulaire", "Lot", "Montant"],
            [["Brevalia", "Génie civil", "500 M€"], ["Kervec Marine", "Dragage", "300 M€"]]),
     ("FUNDS", "Brevalia", "Kervec Marine")),
    # a country column is no party
    (_table("Les levées", ["Start-up", "Pays", "Investisseur principal"],
            [["Brevalia", "Allemagne", "Kestrel Ventures"]]),
     ("INVESTS_IN", "Kestrel Ventures", "Allemagne")),
]
