"""Cases of the s23 names and types gaps (helper s23-names23), invented names and texts."""

# A table whose first column is headed by the kind of actor its rows list ("| Acteur | Lien avec Y |",
# "| Groupe | Projet |", "| Constructeur |", "| Autorité |"): each row opens on a name, even a short one the NER
# runs across the bar.
_ACTORS = """Nucléaire : le contrat de la centrale de Velnik signé

Le gouvernement a signé mardi le contrat de construction de la centrale de Velnik avec le groupe Hanvor. Le chantier doit commencer en 2029.

| Acteur | Lien avec Velnik | Détail |
|---|---|---|
| VRT | actionnaire | 20 % |
| Hanvor | fournisseur retenu | 407 millions |
"""
# A row's words read as a post ("Commande de 100 avions" as "commander", "licences révoquées" as an ousting)
# give no tie whose side takes only a person when the row names a company there.
_ORDERS = """Sanctions : les groupes européens se retirent de Varnie

Les entreprises européennes quittent le pays l'une après l'autre depuis le retour des sanctions américaines. Le groupe Teloria a annoncé son départ lundi.

| Groupe | Projet en Varnie | Montant | Décision |
|---|---|---|---|
| Teloria | Champ gazier de Kesh | 4,8 milliards de dollars | retrait |
| KPS | Coentreprise avec Varnie Motors | 700 millions d'euros | gelée |
| Avior | Commande de 100 avions par Varnie Air | 19 milliards de dollars | bloquée, licences révoquées |
"""
# near miss: a column headed by a place or a date lists no actors
_PLACES = """Batteries : trois usines en projet

Le constructeur Vorelia prévoit trois usines de batteries d'ici à 2030, a-t-il annoncé lundi. Le coût total dépasse 5 milliards d'euros.

| Région | Projet | Ouverture |
|---|---|---|
| Normandie | Usine de cellules | 2027 |
| Alsace | Recyclage | 2029 |
"""
CASES = [
    (_ACTORS, [("OWNS", "VRT", "Velnik")]),
    (_ORDERS, [("PARTNERS_WITH", "KPS", "Varnie Motors")]),
    (_PLACES, []),
]
FORBIDDEN = [
    (_ORDERS, ("LEADS", "Avior", "Varnie Air")),
    (_ORDERS, ("OPPOSES", "Avior", "Varnie Air")),
]

# A table of ministers whose portfolio column is not the first ("| Ministre | Ministère | Situation |"): the
# cell is the ministry, whole, which the row's person leads; "reconduit" there is no board seat.
_CABINET = """Remaniement : le gouvernement de Paul Verdan prend forme

Le Premier ministre Paul Verdan a présenté jeudi son équipe, marquée par plusieurs retours. La composition a été annoncée par l'Élysée dans la soirée.

| Ministre | Ministère | Situation |
|---|---|---|
| Lucien Morvan | Économie et Finances | reconduit |
| Claire Dastier | Intérieur et Outre-mer | reconduit |
| Hugo Valmont | Travail, Santé et Solidarités | nouveau |
"""
# near miss: a column of constituencies names places, no ministry
_SEATS = """Législatives : les ministres candidats

Plusieurs membres du gouvernement de Paul Verdan se présentent aux élections législatives de juin, a annoncé jeudi leur parti.

| Ministre | Circonscription | Situation |
|---|---|---|
| Lucien Morvan | Gironde | sortant |
| Claire Dastier | Haute-Savoie | nouvelle |
"""
CASES += [
    (_CABINET, [("LEADS", "Lucien Morvan", "Économie et Finances"),
                ("LEADS", "Claire Dastier", "Intérieur et Outre-mer"),
                ("LEADS", "Hugo Valmont", "Travail, Santé et Solidarités")]),
]
FORBIDDEN += [
    (_CABINET, ("BOARD_MEMBER", "Lucien Morvan", "Économie et Finances")),
    (_CABINET, ("BOARD_MEMBER", "Lucien Morvan", "Finances")),
    (_SEATS, ("LEADS", "Lucien Morvan", "Gironde")),
    (_SEATS, ("LEADS", "Claire Dastier", "Haute-Savoie")),
]

# "l'intersyndicale": the coalition of unions, named by its common noun after the definite article, is an
# actor (mentions/names23.collective_actor_nouns) and a body made of members ("qui réunit A, B et C").
CASES += [
    ("Retraites : le dialogue est rompu. L'intersyndicale, qui réunit notamment la CFDT, la CGT et Force "
     "ouvrière, accuse le ministre du Travail, Paul Verdan, d'avoir menti.",
     [("ACCUSES", "intersyndicale", "Paul Verdan"), ("MEMBER_OF", "CGT", "intersyndicale"),
      ("LEADS", "Paul Verdan", "ministère du Travail")]),
    ("Le bras de fer entre l'intersyndicale et la direction de la compagnie Velto s'enlise depuis un mois.",
     [("OPPOSES", "intersyndicale", "Velto")]),
    # near miss: the adjective, and a union body of no article, name no actor
    ("La réunion intersyndicale prévue lundi chez Velto a été annulée par la direction.", []),
]
# A relative clause that lists a body's members ("les dirigeants du collectif X, qui réunit la CFDT, la CGT
# et FO"): the names after the first member's comma are the clause's list, not mates of X.
FORBIDDEN += [
    ("Retraites : le dialogue est rompu. La Première ministre, Claire Dastier, a reçu à Matignon les dirigeants "
     "du collectif Velto, qui réunit notamment la CFDT, la CGT, Force ouvrière et la CFE-CGC.",
     ("MEETS", "Claire Dastier", "CGT")),
    ("Retraites : le dialogue est rompu. La Première ministre, Claire Dastier, a reçu à Matignon les dirigeants "
     "du collectif Velto, qui réunit notamment la CFDT, la CGT, Force ouvrière et la CFE-CGC.",
     ("MEETS", "Claire Dastier", "Force ouvrière")),
]

# "le préfet de l'Isère, X", "X, préfète de la Haute-Savoie": the prefect heads the prefecture the title
# names (mentions/names23.prefect_offices, rule leads.prefect); the title alone names the person, no office.
CASES += [
    ("Burkini : le maire de Vireux contre-attaque. Le préfet de l'Isère, Paul Verdan, a saisi la justice contre "
     "la délibération votée par le conseil municipal.",
     [("LEADS", "Paul Verdan", "préfecture de l'Isère")]),
    ("Claire Dastier, préfète de la Haute-Savoie, a soutenu la démarche du maire de Vireux, Marc Tessier.",
     [("LEADS", "Claire Dastier", "préfecture de la Haute-Savoie")]),
]
FORBIDDEN += [
    # near miss: no name beside the title
    ("Le bras de fer entre Marc Tessier, le maire de Vireux, et le préfet du Var s'envenime depuis juin.",
     ("OPPOSES", "Marc Tessier", "préfecture du Var")),
    ("Le préfet de police a interdit la manifestation prévue samedi à Vireux, a annoncé Paul Verdan.",
     ("LEADS", "Paul Verdan", "préfecture de police")),
]

# "| Constructeur | Actionnaire de contrôle |": the cell's company owns the row's (as "Actionnaire de référence");
# a listed company ("coté") has no such owner.
_CARTEL = """Camions : Bruxelles inflige une amende record au cartel

La Commission européenne a infligé jeudi une amende de 2,9 milliards d'euros à cinq constructeurs de camions pour entente sur les prix. Les constructeurs ont reconnu les faits.

| Constructeur | Actionnaire de contrôle | Amende | Réduction pour coopération |
|---|---|---|---|
| Brenner | coté | 1,009 milliard d'euros | 30 % |
| VRT | Kessler Motors | 753 millions d'euros | 10 % |
| Ivalo | Norvane Industrie | 495 millions d'euros | 10 % |
"""
CASES += [
    (_CARTEL, [("OWNS", "Kessler Motors", "VRT"), ("OWNS", "Norvane Industrie", "Ivalo")]),
]
FORBIDDEN += [
    (_CARTEL, ("OWNS", "VRT", "Kessler Motors")),
    (_CARTEL, ("OWNS", "Kessler Motors", "Brenner")),
]
