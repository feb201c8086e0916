"""Rule cases of descriptors (s12-desc): a tie whose one side the text names only by a description ("le
groupe", "sa cible", "la start-up grenobloise"). Invented actors only."""

CASES = [
    # a date, a duration or a manner the parser hangs on the descriptor: still a second reference
    ("Le groupe Norvalis a nommé Claire Dufour directrice générale. Marc Tellier dirige le groupe depuis 2011.",
     [("LEADS", "Marc Tellier", "Norvalis")]),
    ("Le laboratoire Ostreva perd un pilier. L'ingénieur Luc Baranger a quitté le laboratoire avec fracas.",
     [("WORKS_FOR", "Luc Baranger", "Ostreva")]),
    ("La société Pellegrin Bois recrute. Anne Vautrin préside l'entreprise depuis mars 2019.",
     [("LEADS", "Anne Vautrin", "Pellegrin Bois")]),
    # "sa cible": the target of the bid the text spoke of; the one whose target it is, the bidder
    ("Le groupe Talmont a lancé une OPA sur Vitrexa. Le groupe Talmont détient déjà 8 % du capital de sa cible.",
     [("OWNS", "Talmont", "Vitrexa")]),
    ("Le papetier Kervaro a déposé une offre publique d'achat sur la société Pelmont. L'industriel, qui possède "
     "déjà 12 % de sa cible, propose 25 euros par action.", [("OWNS", "Kervaro", "Pelmont")]),
    ("Transports Orvane lance une OPA hostile sur Frigolis. Le transporteur nantais, qui contrôle déjà 6 % "
     "de sa cible, a mandaté une banque.", [("OWNS", "Transports Orvane", "Frigolis")]),
    # a place adjective the tagger takes for a proper noun ("grenobloise"): still the descriptor's
    ("Batteries : Kelmora lève 30 millions d'euros pour son usine\n\nLa start-up grenobloise, qui recycle "
     "le cobalt, a bouclé un tour de table mené par le fonds Azurite Capital.",
     [("INVESTS_IN", "Azurite Capital", "Kelmora")]),
]

# public bodies named again by their kind: the article's one "ville de X", "région X", "X Métropole"
CASES += [
    ("La ville de Quimperlé a attribué le marché à Bâtiments Kerlann. L'élu d'opposition Marc Le Goff accuse "
     "la municipalité de « favoritisme ».", [("ACCUSES", "Marc Le Goff", "ville de Quimperlé")]),
    ("Le conseil municipal a confié jeudi la rénovation du stade à l'entreprise Bâtiments Kerlann pour 4 millions "
     "d'euros. La ville de Landerneau finance seule les travaux.",
     [("FUNDS", "ville de Landerneau", "Bâtiments Kerlann")]),
    ("La ville de Quimperlé cherche des fonds. La région Bretagne soutient le projet. La mairie a versé "
     "200 000 euros au club Ergué Basket.", [("FUNDS", "ville de Quimperlé", "Ergué Basket")]),
    ("Vallée Métropole a lancé un appel d'offres. La société Transvallée a attaqué la métropole devant le "
     "tribunal administratif.", [("SUES", "Transvallée", "Vallée Métropole")]),
]

# a trade noun with what the company does ("la société de gestion", "le spécialiste du froid"): the one
# actor the text called by that noun, or whose name says that trade
CASES += [
    ("Le groupe Talmont a lancé une OPA sur Vitrexa, spécialiste nantais de l'emballage. Le fonds Orvane "
     "Capital, qui détient 7 % du spécialiste de l'emballage, pourrait surenchérir.",
     [("OWNS", "Orvane Capital", "Vitrexa")]),
    ("L'AMF a sanctionné Vernay Gestion pour des déclarations tardives. La société de gestion, présidée par "
     "Paul Andrieu, conteste les faits.", [("LEADS", "Paul Andrieu", "Vernay Gestion")]),
    ("Le régulateur vise aussi Orsel Gestion. Maître Lise Caron, l'avocate de la société de gestion, "
     "dénonce une sanction disproportionnée.", [("WORKS_FOR", "Lise Caron", "Orsel Gestion")]),
    ("Claire Morin a rejoint Fretalia, un fabricant de conteneurs frigorifiques, en 2019. Elle dirige depuis "
     "mars le fabricant de conteneurs.", [("LEADS", "Claire Morin", "Fretalia")]),
]

FORBIDDEN = [
    # "la mairie" is no region, whatever the nearest public body
    ("La ville de Quimperlé cherche des fonds. La région Bretagne soutient le projet. La mairie a versé "
     "200 000 euros au club Ergué Basket.", ("FUNDS", "région Bretagne", "Ergué Basket")),
    # "sa cible" is the target: the bidder owns a stake in it, not the target in itself or the other way round
    ("Le groupe Talmont a lancé une OPA sur Vitrexa. Le groupe Talmont détient déjà 8 % du capital de sa cible.",
     ("OWNS", "Vitrexa", "Talmont")),
    ("Transports Orvane lance une OPA hostile sur Frigolis. Le transporteur nantais, qui contrôle déjà 6 % "
     "de sa cible, a mandaté une banque.", ("OWNS", "Frigolis", "Transports Orvane")),
]
