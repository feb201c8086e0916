"""Rule cases of object clitics (s12-refs): a tie whose object is "lui", "l'", "la" before its verb.
Invented actors only."""

CASES = [
    ("La société Norvalis traverse une passe difficile. Le groupe Vantelle Industries lui a accordé un prêt "
     "de 3 millions d'euros.", [("FUNDS", "Vantelle Industries", "Norvalis")]),
    ("La société Fontelle Emballages était à vendre depuis 2021. Le groupe Castaing Industrie l'a "
     "finalement rachetée en juin.", [("ACQUIRES", "Castaing Industrie", "Fontelle Emballages")]),
    ("Brestal Chantiers cherche des commandes depuis un an. L'armateur Oceanor Lines lui a commandé quatre "
     "navires pour 80 millions d'euros.", [("FUNDS", "Oceanor Lines", "Brestal Chantiers")]),
    ("Claire Vasseur quitte la banque Morlan. Le conseil d'administration de Ternelle Industries l'a nommée "
     "directrice générale mardi.", [("LEADS", "Claire Vasseur", "Ternelle Industries")]),
]

FORBIDDEN = [
    # "lui aussi" is no object: the company its subject runs is not sanctioned by this sentence
    ("Le Conseil de l'Union européenne a gelé les avoirs de Varsel Shipping. Hugo Brelin, qui dirige la "
     "filiale Varsel Shipping, est lui aussi visé par une interdiction de voyager.",
     ("OPPOSES", "Hugo Brelin", "Varsel Shipping")),
    # the offer, not the company, is what the board rejected: no purchase of the company
    ("Le groupe Castaing Industrie a déposé une offre sur Fontelle Emballages. Le fonds Brenac Capital "
     "l'a rachetée.", ("ACQUIRES", "Brenac Capital", "Fontelle Emballages")),
]
