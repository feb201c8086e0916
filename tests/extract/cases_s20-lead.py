"""Cases of the twentieth session's lead readings, invented names and sentences."""

CASES = [
    # "PDG du groupe éponyme": the group bearing the person's name
    ("Le groupe Kestrel a racheté Lumio. Marc Kestrel, PDG du groupe éponyme, a démissionné.",
     [("LEADS", "Marc Kestrel", "groupe Kestrel")]),
    # an offer with no target of its own: the company the story put up for sale before it
    ("Le club de football Lumio FC est à vendre depuis mars. La vente de Lumio FC attire trois fonds.\n\n"
     "L'offre de dernière minute du fonds Kestrel a été écartée mardi.",
     [("BIDS_FOR", "Kestrel", "Lumio FC")]),
    # a two-letter acronym of a party named in full with a lower-case word: "PR" for "Parti du renouveau"
    ("Le Parti du renouveau et Place commune ont présenté leur liste. Marc Dolan, premier secrétaire du PR, "
     "soutient la liste. L'ancien ministre Paul Verdier, qui a quitté le PR en 2022, votera pour elle.",
     [("LEADS", "Marc Dolan", "Parti du renouveau"), ("MEMBER_OF", "Paul Verdier", "Parti du renouveau")]),
    # "X, devenu actionnaire de Y": the participle parsed as a parataxis of the name
    ("Kestrel Capital, devenu actionnaire de Lumio, n'a pas été consulté.",
     [("OWNS", "Kestrel Capital", "Lumio")]),
    # a stake sold: the company is the one named in the stake, the buyer holds it now
    ("Borsar a cédé 20 % du capital de Lumio au fonds Kasta.",
     [("OWNS", "Borsar", "Lumio"), ("OWNS", "Kasta", "Lumio")]),
]
FORBIDDEN = [
    # services sold on are no work for the seller
    ("Vortel, la coentreprise de Lumio et de Kestrel, commercialise les services de Borsar depuis Paris.",
     ("WORKS_FOR", "Borsar", "Vortel")),
    # ... and not the last group named, when the names differ
    ("Le groupe Kestrel a racheté Lumio. Marc Dolan, PDG du groupe éponyme, a démissionné.",
     ("LEADS", "Marc Dolan", "Kestrel")),
    # a product offer is no bid for the company for sale
    ("Le groupe Borsar a lancé une OPA sur Lumio en mars.\n\nL'offre de cloud du groupe Kestrel séduit les banques.",
     ("BIDS_FOR", "Kestrel", "Lumio")),
    # an offer's "de X" is its bidder, not a company for sale
    ("L'offre du groupe Borsar, déposée lundi, est la plus haute. Son offre a été écartée par Kestrel.",
     ("BIDS_FOR", "Kestrel", "Borsar")),
    # "12,5 % du club": the stake is in a thing the sentence names, not in the article's main firm
    ("Le fonds souverain Kestrel contrôle la société Borsar Sports. Borsar Sports a cédé fin 2023 environ 12,5 % "
     "du club au fonds américain Lumio.",
     ("OWNS", "Lumio", "Borsar Sports")),
    # not every word's letter: "LR" is no acronym of "La République en marche"
    ("La République en marche et LR ont voté contre. Marc Dolan, député LR, a voté pour.",
     ("MEMBER_OF", "Marc Dolan", "La République en marche")),
    # "au brésilien Y", hung on the stake by the parser, is the buyer, not the company the stake is in
    ("Deux ans plus tard, Borsar cède 51 % de ses droits au brésilien Valmo pour 2,5 milliards de dollars.",
     ("OWNS", "Borsar", "Valmo")),
]
