"""Cases of the s39 clause scope (helper s39-clause39), invented names and sentences: where a party's phrase ends
(a participle's agent, a relative after a name, an apposition set off by commas, a name in a noun's complement, a
"face à" phrase, a stake's own "dans" phrase) and what an appeal, a comparison or a house relied on are not."""

CASES = [
    # ", qui" right after a name in the copula's noun phrase tells of that name (arguments._subject_of_uncached)
    ("Les magistrats relèvent que le dirigeant de l'agence Technova, Paul Verdier, est un ancien collaborateur de "
     "Jean Morel, qui présidait alors la région Varlinie.",
     [("LEADS", "Jean Morel", "région Varlinie")]),
    # a stake's "dans Y" hung on the verb names the company sold (slots/verbs.py, clause39.stake_phrase_after)
    ("Le cas de Kelvio est plus délicat. Le constructeur Kelvio a cédé en mai 2022 ses 68 % dans Ostrava Motors à "
     "l'institut public Arlex pour un rouble symbolique.",
     [("ACQUIRES", "Arlex", "Ostrava Motors"), ("OWNS", "Kelvio", "Ostrava Motors")]),
    # an apposition set off by a comma is no phrase of the light verb (slots/phrases.later_phrases)
    ("Paul Verdier prend la présidence du directoire du Courrier varlinois, propriété du groupe Arlex Médias.",
     [("LEADS", "Paul Verdier", "Courrier varlinois")]),
    # a name apposed after the sued noun's complement is the one sued (slots/speech._in_court)
    ("Le fonds Arlex Capital a assigné le 24 novembre devant le tribunal de commerce de Lyon la holding familiale du "
     "fondateur, Morel Patrimoine, pour abus de majorité.", [("SUES", "Arlex Capital", "Morel Patrimoine")]),
]

FORBIDDEN = [
    ("Les magistrats relèvent que le dirigeant de l'agence Technova, Paul Verdier, est un ancien collaborateur de "
     "Jean Morel, qui présidait alors la région Varlinie.", ("LEADS", "Paul Verdier", "région Varlinie")),
    # the stake's own company, not the article's (Varlin Oil) when the sale names another
    ("Sanctions : Washington frappe Varlin Oil.\n\nLe Trésor américain a placé Varlin Oil sur sa liste noire. Varlin "
     "Oil, dirigé depuis 2023 par Paul Verdier, a d'abord cru trouver preneur auprès de Technova.\n\nLe cas de Kelvio "
     "est plus délicat. Le constructeur Kelvio a cédé en mai 2022 ses 68 % dans Ostrava Motors à l'institut public "
     "Arlex pour un rouble symbolique.", ("ACQUIRES", "Arlex", "Varlin Oil")),
    ("Paul Verdier prend la présidence du directoire du Courrier varlinois, propriété du groupe Arlex Médias.",
     ("LEADS", "Paul Verdier", "Arlex Médias")),
    # the name in the sued noun's own complement is not the one sued (slots/speech._in_court)
    ("Le liquidateur, le cabinet Morel & Roux, a assigné devant le tribunal de commerce de Lyon Varlin Audit, le "
     "commissaire aux comptes de Technova, auquel il reproche de ne pas avoir signalé les anomalies.",
     ("SUES", "Morel & Roux", "Technova")),
    # "face à ses concurrents, A et B": no bare apposition of what is defended (arguments._noun_case)
    ("Technova change de capitaine.\n\nLe conseil d'administration de Technova a nommé lundi Paul Verdier directeur "
     "général. Le nouveau directeur général devra défendre les positions du groupe face à ses deux grands "
     "concurrents, Arlex, la marque phare de Kelvio, et Ostral, propriété de Varlin.",
     ("ALLY_OF", "Paul Verdier", "Ostral")),
    # a house the group controls, relied on, is an asset, not an ally (clause39.clause39_checks)
    ("Technova change de capitaine.\n\nLe conseil d'administration de Technova a nommé lundi Paul Verdier directeur "
     "général. Il pourra s'appuyer sur la maison de champagne Belmont, dont Technova a pris le contrôle en 2020.",
     ("ALLY_OF", "Paul Verdier", "Belmont")),
    # a price gap is no stake (clause39.compared_share)
    ("Varlin : la CGT assigne le groupe.\n\nLe bras de fer entre la CGT et la direction de Varlin s'est durci jeudi. "
     "Le président du groupe invoque « une concurrence asiatique devenue écrasante », citant le chinois Technova, qui "
     "vend ses pneus 30 % moins cher que le fabricant en Europe.", ("OWNS", "Technova", "Varlin")),
    # the payer is the club the participle describes, not the fund in its "par" phrase (linear._participle_agent)
    ("La cour a condamné jeudi la Métropole de Varlinville à verser 47 millions d'euros à Arlena.\n\nLe VFC, "
     "locataire du stade depuis 2012, se tient à l'écart. Le club, contrôlé depuis 2024 par le fonds luxembourgeois "
     "Ostra Partners, verse à Arlena une redevance annuelle de 6 M€.", ("FUNDS", "Ostra Partners", "Arlena")),
    # an appeal of a court's judgment sues no court (appeals.py)
    ("La métropole de Kelvio, qui avait déjà été condamnée en première instance par le tribunal administratif de "
     "Varlinville, envisage de se pourvoir devant le Conseil d'État.",
     ("SUES", "métropole de Kelvio", "tribunal administratif de Varlinville")),
    # "aux côtés de Y" is beside the family, not the family (arguments._entities_at)
    ("Technova change d'actionnaires.\n\nLa famille, entrée au capital en 2019 aux côtés d'Arlex Capital, conservera "
     "35 % des titres de Technova.", ("OWNS", "Arlex Capital", "Technova")),
    # a person's noun with its owned company glued as a second object (clause39.glued_to_person_object)
    ("Bruxelles accuse le propriétaire du groupe d'engrais Varlin d'avoir « financé directement l'effort de guerre » "
     "russe.", ("ACCUSES", "Bruxelles", "Varlin")),
    # an opening participle describes the subject before the main verb, not its object
    ("Fondé en 2016 par l'ancien banquier Paul Verdier, qui le dirige toujours, Arlex Sports possède déjà le FC "
     "Varlin, en première division belge.", ("FOUNDED", "Paul Verdier", "FC Varlin")),
]
