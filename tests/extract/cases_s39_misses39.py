"""Cases of the s39 reading of ties missed on the read pool (helper s39-misses39), invented names and sentences: a
sentence ending on a currency sign ("6 M€.") ends there (the next one's possessive is not read into it), "Le club …
Son président, Z" (the described subject of the sentence before), a purchase only sought ("a engagé des
discussions pour racheter Y"), a purpose lent to someone ("on prête à X l'intention de racheter Y"), and a
headline's target read past a price ("une offre à 900 millions d'euros sur la biotech Y"), and a participle beside a
negated clause's subject ("Y, présidée par X, n'était pas conviée": X still leads Y), and "X est un ancien
collaborateur de Y, qui présidait Z" (the relative is Y's), "Selon Le Matin, ce dernier accuse Y" (not the source)."""

_CLUB = ("Le Varlin FC, locataire du stade depuis 2012, se tient à l'écart. Le club, contrôlé depuis 2024 par le fonds "
         "Brix Capital, verse à Arlex une redevance annuelle de 6 M€. Son président, Paul Marel, a rencontré mardi "
         "Jean Dorin.")

_BID = ("Technova lance une offre à 900 millions d'euros sur la biotech Varlin\n\n"
        "Le laboratoire Technova passe à l'offensive. Technova a annoncé lundi avoir déposé une offre publique d'achat "
        "sur Varlin, la biotech de Dijon. Le conseil d'administration de la cible, présidé par Paul Marel, qui a "
        "cofondé la société en 2011 avec Jean Dorin, a accueilli l'offre favorablement. Pour Luc Vidal, le directeur "
        "général de Technova, l'opération doit compléter son portefeuille. Technova compte sur cette offre.")

CASES = [
    (_CLUB, [("LEADS", "Paul Marel", "Varlin FC"), ("FUNDS", "Varlin FC", "Arlex")]),
    ("Le club Varlin aurait engagé des discussions avec Technova pour lui racheter Arlex Stadium, d'après Le Matin.",
     [("BIDS_FOR", "Varlin", "Arlex Stadium")]),
    ("Technova a engagé des négociations pour racheter Arlex.", [("BIDS_FOR", "Technova", "Arlex")]),
    ("On prête au fonds Brix Capital l'intention de racheter Arlex.", [("BIDS_FOR", "Brix Capital", "Arlex")]),
    ("Paul Marel a démenti les rumeurs prêtant à Brix Capital l'intention de racheter Arlex.",
     [("BIDS_FOR", "Brix Capital", "Arlex")]),
    (_BID, [("FOUNDED", "Paul Marel", "Varlin"), ("FOUNDED", "Jean Dorin", "Varlin")]),
    # (the main verb's negation does not deny the participle set beside its subject)
    ("La Fédération des artisans, présidée par Paul Marel, n'était pas conviée.",
     [("LEADS", "Paul Marel", "Fédération des artisans")]),
    # (a relative set off right after the noun's person complement is that person's)
    ("Paul Marel est un ancien collaborateur de Jean Dorin, qui présidait alors Technova.",
     [("LEADS", "Jean Dorin", "Technova")]),
    # ("ce dernier" is not the source the sentence cites)
    ("La Fédération des artisans, présidée par Paul Marel, n'était pas conviée. Selon Le Matin, ce dernier accuse "
     "Technova de « négocier seul ».", [("ACCUSES", "Paul Marel", "Technova")]),
]

FORBIDDEN = [
    (_CLUB, ("LEADS", "Paul Marel", "Arlex")),
    (_CLUB, ("FUNDS", "Brix Capital", "Arlex")),
    ("Le club Varlin aurait engagé des discussions avec Technova pour lui racheter Arlex Stadium, d'après Le Matin.",
     ("ACQUIRES", "Varlin", "Arlex Stadium")),
    # (the one who denies the lent purpose does not bid)
    ("Paul Marel a démenti les rumeurs prêtant à Brix Capital l'intention de racheter Arlex.",
     ("BIDS_FOR", "Paul Marel", "Arlex")),
    # (a purchase agreed, or paid for with a loan, is not only sought)
    ("Technova a signé un accord pour racheter Arlex.", ("BIDS_FOR", "Technova", "Arlex")),
    ("Technova a obtenu un prêt pour racheter Arlex.", ("BIDS_FOR", "Technova", "Arlex")),
    (_BID, ("FOUNDED", "Paul Marel", "Technova")),
    ("Paul Marel est un ancien collaborateur de Jean Dorin, qui présidait alors Technova.",
     ("LEADS", "Paul Marel", "Technova")),
    ("La Fédération des artisans, présidée par Paul Marel, n'était pas conviée. Selon Le Matin, ce dernier accuse "
     "Technova de « négocier seul ».", ("ACCUSES", "Le Matin", "Technova")),
]
