"""Cases of the s31 ownership mechanisms (helper s31-owners31, slots/owners31.py, data/owners31.yaml), invented names
and sentences. Each mechanism is checked on several shapes and cue words: the holding verb or noun changed, the name
before or after, a relative, an apposition, a quote attribution, a list, another tense."""

CASES = [
    # 1. a relative of a holding verb after a name or its apposition (slots/owners31.relative_holder)
    ("Velor Finance, la holding qui chapeaute Marvix et la société immobilière Dunor, a publié ses comptes.",
     [("OWNS", "Velor Finance", "Marvix"), ("OWNS", "Velor Finance", "Dunor")]),
    ("Le groupe Sarnel a cédé ses parts à Tevlin Invest, la société mère qui coiffe l'assureur Orbea et la banque "
     "Vescal.",
     [("OWNS", "Tevlin Invest", "Orbea"), ("OWNS", "Tevlin Invest", "Vescal")]),
    ("Tevlin Invest, la holding familiale, qui ne possède plus que 4,3 % du groupe Marvix, a vendu ses titres.",
     [("OWNS", "Tevlin Invest", "Marvix")]),
    ("Velor Finance, qui contrôlait Marvix et la société Dunor, a été dissoute en 2019.",
     [("OWNS", "Velor Finance", "Marvix"), ("OWNS", "Velor Finance", "Dunor")]),
    ("« Nous restons confiants », a déclaré Brisa Capital, la structure de tête qui regroupe Lunel Industrie et "
     "Kapra Logistique.",
     [("OWNS", "Brisa Capital", "Lunel Industrie"), ("OWNS", "Brisa Capital", "Kapra Logistique")]),
    ("Le plan a été validé par le conseil d'administration de Velor Finance, la holding qui chapeaute Marvix et la "
     "société immobilière Dunor.",
     [("OWNS", "Velor Finance", "Marvix"), ("OWNS", "Velor Finance", "Dunor")]),
    # (a share of the article's company named by a noun only)
    ("Marvix Distribution : les ventes reculent\n\nLe distributeur Marvix Distribution a publié mardi des ventes en "
     "baisse de 3 %. Tevlin Invest, la holding familiale, qui ne détient plus que 4,3 % du groupe de distribution, "
     "pourrait vendre.",
     [("OWNS", "Tevlin Invest", "Marvix Distribution")]),
    # (an object relative: the antecedent is held, the relative's subject holds)
    ("Les banques ont soutenu le cours de Marvix, la société qui contrôlait alors Dunor et qu'Orbea détenait "
     "majoritairement.",
     [("OWNS", "Orbea", "Marvix"), ("OWNS", "Marvix", "Dunor")]),
    ("Le fonds a vendu Pelmacare, que le groupe Kestrel contrôle à 60 % depuis 2015.",
     [("OWNS", "Kestrel", "Pelmacare")]),
    ("Le tribunal a jugé Dolmo, que Sarnel Invest possédait encore en 2020, coupable.",
     [("OWNS", "Sarnel Invest", "Dolmo")]),
    # 2. a gapped stake list (slots/owners31.gapped_stake)
    ("Le missilier Dravo, dont Kestrel et Borvia Systems possèdent chacun 37,5 % et l'italien Salvio 25 %, devrait "
     "doubler ses cadences.",
     [("OWNS", "Salvio", "Dravo"), ("OWNS", "Kestrel", "Dravo"), ("OWNS", "Borvia Systems", "Dravo")]),
    ("Le groupe Dravo, dont Kestrel détient 40 % et le fonds Salvio 20 %, va grandir.",
     [("OWNS", "Salvio", "Dravo"), ("OWNS", "Kestrel", "Dravo")]),
    ("Selon le rapport annuel, Kestrel détenait 51 % de Pelmacare et le fonds public Orvia 30 %.",
     [("OWNS", "Orvia", "Pelmacare"), ("OWNS", "Kestrel", "Pelmacare")]),
    # 3. an owner still to come (slots/owners31.future_owner)
    ("Le fonds Orvia s'apprête à devenir l'actionnaire majoritaire du FC Lorvain.",
     [("ACQUIRES", "Orvia", "FC Lorvain")]),
    ("Le milliardaire Paul Vesnier deviendra le propriétaire du club Lorvain Sports en juillet, après le feu vert de "
     "la ligue.",
     [("ACQUIRES", "Paul Vesnier", "Lorvain Sports")]),
    ("Le groupe Kestrel est sur le point de devenir l'unique actionnaire de la société Pelmacare.",
     [("ACQUIRES", "Kestrel", "Pelmacare")]),
    ("Le groupe Sorel veut devenir le propriétaire de l'éditeur Lumio, selon nos informations.",
     [("BIDS_FOR", "Sorel", "Lumio")]),
    # 4. a deal won over the other bidders (slots/owners31.won_over)
    ("Le fonds Ardelis a racheté le laboratoire Pelmacare au groupe Orvane pour 2 milliards d'euros. Ardelis l'a "
     "emporté face à Corvin Partners et à Maxa Capital, qui avaient également remis une offre ferme.",
     [("BIDS_FOR", "Corvin Partners", "Pelmacare"), ("BIDS_FOR", "Maxa Capital", "Pelmacare")]),
    ("Le groupe Sorel a acquis l'éditeur Lumio pour 300 millions d'euros. Sorel s'est imposé devant le fonds Bexley "
     "Partners, qui proposait un prix plus bas.",
     [("BIDS_FOR", "Bexley Partners", "Lumio")]),
    ("L'assureur Valcor va racheter la banque Nerim pour 1,2 milliard d'euros. Valcor a été préféré au fonds Tarsis "
     "Capital par les actionnaires de Nerim.",
     [("BIDS_FOR", "Tarsis Capital", "Nerim")]),
    ("Plusieurs fonds s'étaient positionnés. Le groupe Sorel a acquis l'éditeur Lumio pour 300 millions d'euros. "
     "Sorel l'a emporté face au fonds Bexley Partners.",
     [("BIDS_FOR", "Bexley Partners", "Lumio")]),
    # 5. an owner set off after a name, also after a first apposition (slots/owners31.apposed_owner)
    ("Le maire a reçu mercredi Paul Durand et Jack Morrow, propriétaire américain du FC Lorvain depuis 2016.",
     [("OWNS", "Jack Morrow", "FC Lorvain")]),
    ("Selon Jack Morrow, copropriétaire du club Lorvain Sports, la décision est prise.",
     [("OWNS", "Jack Morrow", "Lorvain Sports")]),
    ("Noxa, la filiale de gestion d'actifs de la Banque Ralière, pourtant actionnaire de la banque Verdan, a voté "
     "contre.",
     [("OWNS", "Noxa", "Verdan"), ("OWNS", "Banque Ralière", "Noxa")]),
    ("Le fonds Orvia, le bras financier de la famille Durel, également propriétaire du club Lorvain Sports, a investi.",
     [("OWNS", "Orvia", "Lorvain Sports")]),
    ("Paul Marin, le fondateur de Kestrel, actionnaire de Dolmo, a parlé.",
     [("OWNS", "Paul Marin", "Dolmo")]),
    # 6. a company's unit set off beside a name (slots/owners31.apposed_unit)
    ("La branche immobilière du groupe Kestrel, Pelmo, a vendu ses bureaux.",
     [("OWNS", "Kestrel", "Pelmo")]),
    ("Les chaînes du groupe Telvia, dont Canal Sept et Info Neuf, ont progressé.",
     [("OWNS", "Telvia", "Canal Sept"), ("OWNS", "Telvia", "Info Neuf")]),
    ("L'audience des enseignes du distributeur Marvel Retail, dont Primeo et Casaflor, a reculé.",
     [("OWNS", "Marvel Retail", "Primeo"), ("OWNS", "Marvel Retail", "Casaflor")]),
    ("Orvane, la division spatiale de l'avionneur Kestrel, a signé un contrat.",
     [("OWNS", "Kestrel", "Orvane")]),
    # (the owner before ", dont la filiale X": the name right before "dont", not a name listed earlier)
    ("Kestrel, qui fournit le radar RB3 et la suite Spectrix, et Dolmo, dont la filiale Dolmo Engines produit les "
     "moteurs, sont satisfaits.",
     [("OWNS", "Dolmo", "Dolmo Engines")]),
    ("Le contrat profite à Brevo, qui livre les capteurs, et au groupe Sarnel, dont la branche Sarnel Défense "
     "assemble les tourelles.",
     [("OWNS", "Sarnel", "Sarnel Défense")]),
    ("Orbea, dont la division spatiale Orbea Space fabrique des satellites, a recruté cent ingénieurs.",
     [("OWNS", "Orbea", "Orbea Space")]),
    # 8. "en contrôle N %" with the verb tagged a noun (slots/owners31.en_hold_tagged_noun)
    ("L'avionneur Dravel Aviation a livré dix avions cette année. Le groupe Arvel en contrôle 66 %, selon le rapport "
     "annuel.",
     [("OWNS", "Arvel", "Dravel Aviation")]),
    ("Le constructeur Velcor Motors a dévoilé sa berline électrique. La holding Dumas Invest en contrôle 52 % depuis "
     "2019.",
     [("OWNS", "Dumas Invest", "Velcor Motors")]),
    # 7. a purchase told through the noun of its step (slots/owners31.purchase_step)
    ("Kestrel a annoncé mardi la finalisation du rachat de l'américain Dolmo Farms.",
     [("ACQUIRES", "Kestrel", "Dolmo Farms")]),
    ("Le groupe Sorel a confirmé jeudi le bouclage de l'acquisition de l'éditeur Lumio, pour 300 millions d'euros.",
     [("ACQUIRES", "Sorel", "Lumio")]),
    ("« C'est une étape majeure », a dit Paul Marin, dont le groupe Valcor a officialisé la conclusion de la reprise "
     "de la banque Nerim.",
     [("ACQUIRES", "Valcor", "Nerim")]),
]

FORBIDDEN = [
    # (lead) "contrôle" in a table cell is a trade, not "X en contrôle N %": no stake read in a row
    ("Rail : Norvane attribue les premiers contrats de la ligne de Valmont\n\nNorvane a attribué lundi les principaux "
     "marchés de la ligne, pour un total de 2 milliards d'euros.\n\n| Titulaire | Lot | Montant |\n|---|---|---|\n"
     "| Quarvel | Génie civil | 1,2 Md€ |\n| Bertal | Ingénierie et contrôle | 90 M€ |\n\nLe financement reste à boucler.",
     ("OWNS", "Bertal", "Norvane")),
    ("Fret : Lormel choisit ses prestataires\n\nLormel a retenu quatre entreprises pour 300 millions d'euros.\n\n"
     "| Attributaire | Prestation | Montant |\n|---|---|---|\n| Cavrel | Maintenance et contrôle | 40 M€ |\n"
     "| Dunot | Signalisation | 60 M€ |\n\nLes travaux commencent en mai.",
     ("OWNS", "Cavrel", "Lormel")),
    # the one who welcomes a purchase did not make it
    ("L'Autorité de la concurrence a salué la finalisation du rachat de Dolmo Farms par Kestrel.",
     ("ACQUIRES", "Autorité de la concurrence", "Dolmo Farms")),
    # a federation gathers members, it holds none of them
    ("La fédération Normanda, qui regroupe Marvix et Dunor, a publié ses comptes.", ("OWNS", "Normanda", "Marvix")),
    # the last object of the relative is no holder
    ("Velor Finance, qui contrôle Marvix et la société immobilière Dunor, a publié ses comptes.",
     ("OWNS", "Dunor", "Marvix")),
    # a gapped holder is never the company held
    ("Le missilier Dravo, dont Kestrel et Borvia Systems possèdent chacun 37,5 % et l'italien Salvio 25 %, devrait "
     "doubler ses cadences.", ("OWNS", "Kestrel", "Salvio")),
    ("Le groupe Dravo, dont Kestrel détient 40 % et le fonds Salvio 20 %, va grandir.", ("OWNS", "Kestrel", "Salvio")),
    # an owner still to come holds nothing yet
    ("Le fonds Orvia s'apprête à devenir l'actionnaire majoritaire du FC Lorvain.", ("OWNS", "Orvia", "FC Lorvain")),
    # the second apposition is the first name's, not the name inside the first apposition
    ("Noxa, la filiale de gestion d'actifs de la Banque Ralière, pourtant actionnaire de la banque Verdan, a voté "
     "contre.", ("OWNS", "Banque Ralière", "Verdan")),
    ("Kestrel, qui fournit le radar RB3 et la suite Spectrix, et Dolmo, dont la filiale Dolmo Engines produit les "
     "moteurs, sont satisfaits.", ("OWNS", "Spectrix", "Dolmo Engines")),
    # a description opening the sentence holds, not the name in its "de" complement
    ("L'ancien propriétaire du club Lorvain Sports, également actionnaire de Verdan FC au Portugal, est contesté.",
     ("OWNS", "Lorvain Sports", "Verdan FC")),
    ("La présidente du groupe Marvix, par ailleurs actionnaire de la société Dunor, a démissionné.",
     ("OWNS", "Marvix", "Dunor")),
    # "en" after a stake told in the same sentence may stand for the holder as well as the company: no guess
    ("La holding Sofira détient 68 % de Velcor Motors ; Jean Dumas en contrôle lui-même 51 %, ses enfants le reste.",
     ("OWNS", "Jean Dumas", "Velcor Motors")),
    # a value chain is nobody's unit
    ("La chaîne de valeur de Kestrel, Pelmo, a souffert.", ("OWNS", "Kestrel", "Pelmo")),
    # a purchase one has no vocation to make is not made
    ("« Nous n'avons pas vocation à racheter Dolmo », a déclaré Paul Marin, le PDG de Kestrel.",
     ("ACQUIRES", "Kestrel", "Dolmo")),
]
