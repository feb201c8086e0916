"""Cases of the s13 money fixes (helper s13-money: loans, sums received, clefts, charters, rivals), invented names."""

CASES = [
    # a loan whose participle the parser tags as an adjective leaves its "par X" beside it: X lends to the
    # subject of the verb of depending on / benefiting from the loan
    ("Le parti Renouveau dépend encore d'un prêt de 2 millions d'euros consenti par la Banque Vernier.",
     [("FUNDS", "Banque Vernier", "Renouveau")]),
    ("Le mouvement Alliance civique, endetté depuis 2022, dépend toujours d'un crédit de 800 000 euros "
     "consenti par la Caisse solidaire du Marais.",
     [("FUNDS", "Caisse solidaire du Marais", "Alliance civique")]),
    ("Le club Ardanel Rugby a obtenu un crédit de 4 millions d'euros octroyé par la banque Morel Finance.",
     [("FUNDS", "Morel Finance", "Ardanel Rugby")]),
]

CASES += [
    # a verb of receiving takes its giver as a "de" phrase of its own
    ("Le parti Renouveau devrait recevoir de la Fondation Marceau une avance de 500 000 euros.",
     [("FUNDS", "Fondation Marceau", "Renouveau")]),
    ("L'association Terre Vive percevra de la Caisse Morel une subvention de 200 000 euros.",
     [("FUNDS", "Caisse Morel", "Terre Vive")]),
]

CASES += [
    # a cleft: the "qui" clause is the focus's, whatever the description set off after the name
    ("Le groupe Ardanel est en difficulté. C'est Julie Verdier, 44 ans, sa fille aînée, qui dirige le groupe "
     "comme directrice générale.",
     [("LEADS", "Julie Verdier", "Ardanel")]),
    ("Le groupe Ardanel Industries est en crise. C'est désormais Marc Ovide, un ancien banquier, qui préside la "
     "société Kelvio.",
     [("LEADS", "Marc Ovide", "Kelvio")]),
    ("Depuis janvier, c'est Léa Morel, 39 ans, l'ancienne directrice financière, qui dirige la société Kelvio.",
     [("LEADS", "Léa Morel", "Kelvio")]),
    ("C'est Paul Verdier, son cousin, qui a fondé la société Kelvio en 1998.",
     [("FOUNDED", "Paul Verdier", "Kelvio")]),
]

FORBIDDEN = []

# A company an article is about signs a contract to be paid for what it sells: the other side pays it, unless
# a relative clause on the other side says it delivers the goods.
_SOLAR = ("Kelvio décroche un premier gros client. La start-up grenobloise Kelvio fabrique des batteries. Kelvio a "
          "déjà signé un contrat de fourniture de 12 millions d'euros avec l'énergéticien Ardanel Énergie, qui "
          "installera ses batteries dans trois parcs solaires.")
_TRUCKS = ("Kelvio séduit les camionneurs. La société Kelvio conçoit des capteurs. Kelvio a conclu un contrat de 3 "
           "millions d'euros avec le constructeur Ardanel Motors, qui équipera ses camions de ses capteurs.")
_HOTELS = ("Kelvio vise l'Europe. L'éditeur Kelvio conçoit des logiciels de paie à Lyon. En mars, Kelvio a signé un "
           "contrat de trois ans avec la chaîne d'hôtels Ardanel Resorts.")
_MILK = ("Kelvio sécurise son lait. La laiterie Kelvio produit des yaourts à Rennes. Kelvio a signé l'an dernier un "
         "contrat de dix ans avec la coopérative Terres d'Ovide, qui lui livrera 200 millions de litres de lait par an.")
CASES += [
    (_SOLAR, [("FUNDS", "Ardanel Énergie", "Kelvio")]),
    (_TRUCKS, [("FUNDS", "Ardanel Motors", "Kelvio")]),
    (_HOTELS, [("FUNDS", "Ardanel Resorts", "Kelvio")]),
    (_MILK, [("FUNDS", "Kelvio", "Terres d'Ovide")]),
]
FORBIDDEN += [
    (_SOLAR, ("FUNDS", "Kelvio", "Ardanel Énergie")),
    (_TRUCKS, ("FUNDS", "Kelvio", "Ardanel Motors")),
    (_HOTELS, ("FUNDS", "Kelvio", "Ardanel Resorts")),
    (_MILK, ("FUNDS", "Terres d'Ovide", "Kelvio")),
]

# the names a plural of rivals lists after a comma ("à commencer par", "notamment", "dont") are market rivals of
# the subject of the verb the plural hangs on; fighting rivals is no feud
_RIVALS = [
    "La start-up Kelvio Systems devra affronter des concurrents puissants, à commencer par la société Ardanel Security.",
    "Sur ce marché, le groupe Ardanel Industries fait face à de nombreux rivaux, notamment l'américain Kelvio Robotics.",
    "Le fabricant Ardanel Industries affronte des concurrentes redoutables, dont la firme Kelvio Robotics.",
]
CASES += [
    (_RIVALS[0], [("COMPETES_WITH", "Kelvio Systems", "Ardanel Security")]),
    (_RIVALS[1], [("COMPETES_WITH", "Ardanel Industries", "Kelvio Robotics")]),
    (_RIVALS[2], [("COMPETES_WITH", "Ardanel Industries", "Kelvio Robotics")]),
]
FORBIDDEN += [
    (_RIVALS[0], ("OPPOSES", "Kelvio Systems", "Ardanel Security")),
    (_RIVALS[2], ("OPPOSES", "Ardanel Industries", "Kelvio Robotics")),
]

# the one an offer is made to (a light verb's dative clitic, "à" phrase, or the offer's "à" phrase) is its target
CASES += [
    ("« Le groupe Ardanel ne nous a fait aucune offre », assure Paul Verdier, PDG de Kelvio Robotics.",
     [("BIDS_FOR", "Ardanel", "Kelvio Robotics")]),
    ("Le fonds Orsay Capital a fait une offre à la société Kelvio Robotics.",
     [("BIDS_FOR", "Orsay Capital", "Kelvio Robotics")]),
    ("Le fonds Orsay Capital a adressé une offre ferme au groupe Kelvio Robotics.",
     [("BIDS_FOR", "Orsay Capital", "Kelvio Robotics")]),
    ("« Ardanel Industries nous a présenté une offre la semaine dernière », reconnaît Léa Morel, directrice "
     "générale de Kelvio Robotics.",
     [("BIDS_FOR", "Ardanel Industries", "Kelvio Robotics")]),
]

# a sum given to a dative clitic ("nous", "lui") goes to the one the clitic stands for
CASES += [
    ("Kelvio Robotics grandit. La société Kelvio Robotics fabrique des drones à Brest. Kelvio Robotics recrute. La "
     "Région Bretagne lui a accordé 2 millions d'euros l'an dernier.",
     [("FUNDS", "Région Bretagne", "Kelvio Robotics")]),
    ("« La Région Bretagne nous a accordé 10 millions d'euros d'aides », explique Paul Verdier, PDG de Kelvio "
     "Robotics.",
     [("FUNDS", "Région Bretagne", "Kelvio Robotics")]),
    ("« La banque Orsay Crédit nous a prêté 3 millions d'euros », reconnaît Paul Verdier, PDG de Kelvio Robotics.",
     [("FUNDS", "Orsay Crédit", "Kelvio Robotics")]),
]

# the charterer pays the owner of what it charters, the payer of bills the one who bills; backing with money funds
CASES += [
    ("La société Kelvio Shipping, qui affrétait les pétroliers de l'armateur Ardanel Tankers, est visée par une enquête.",
     [("FUNDS", "Kelvio Shipping", "Ardanel Tankers")]),
    ("Le fonds Orsay Holding, qui réglait les factures du transitaire Kelvio Logistique, servait d'intermédiaire.",
     [("FUNDS", "Orsay Holding", "Kelvio Logistique")]),
    ("Le nouveau sponsor succède à la brasserie Morel Frères, qui avait soutenu financièrement le club Ardanel Rugby "
     "pendant dix saisons.",
     [("FUNDS", "Morel Frères", "Ardanel Rugby")]),
    ("La Fondation Orsay a aidé financièrement l'association Terre Vive en 2022.",
     [("FUNDS", "Fondation Orsay", "Terre Vive")]),
]
FORBIDDEN += [
    # (chartering with no owner named, backing with no money said: no payment)
    ("La société Kelvio Shipping affrète des pétroliers depuis 2019. Le groupe Ardanel Tankers a soutenu Kelvio "
     "Shipping devant le tribunal.",
     ("FUNDS", "Ardanel Tankers", "Kelvio Shipping")),
]

# a company held since its buy-out ("depuis son rachat / son acquisition / sa reprise") was bought by its holder
_HELD = [
    "Le club Ardanel Rugby, dont l'homme d'affaires Paul Verdier détient 60 % des parts depuis son rachat en 2021, "
    "joue en Top 14.",
    "Le groupe Ardanel Industries détient la société Kelvio Robotics depuis son rachat en 2019.",
    "La société Kelvio Robotics est contrôlée par le fonds Orsay Capital depuis son acquisition en 2020.",
    "Le fonds Orsay Capital possède 80 % de Kelvio Robotics depuis sa reprise en 2018.",
]
CASES += [
    (_HELD[0], [("ACQUIRES", "Paul Verdier", "Ardanel Rugby")]),
    (_HELD[1], [("ACQUIRES", "Ardanel Industries", "Kelvio Robotics")]),
    (_HELD[2], [("ACQUIRES", "Orsay Capital", "Kelvio Robotics")]),
    (_HELD[3], [("ACQUIRES", "Orsay Capital", "Kelvio Robotics")]),
]
FORBIDDEN += [
    ("Le groupe Ardanel Industries détient 30 % de Kelvio Robotics depuis son entrée au capital en 2019.",
     ("ACQUIRES", "Ardanel Industries", "Kelvio Robotics")),
]

# "s'offrir" a company is buying it, by the subject and the vehicle it goes through ("via la holding B")
CASES += [
    ("En 2018, Paul Verdier s'offre, via la holding Orsay Finance, le quotidien régional La Gazette du Nord.",
     [("ACQUIRES", "Paul Verdier", "La Gazette du Nord"), ("ACQUIRES", "Orsay Finance", "La Gazette du Nord")]),
    ("En 2015, le groupe Ardanel Industries s'est offert le fabricant Kelvio Robotics pour 40 millions d'euros.",
     [("ACQUIRES", "Ardanel Industries", "Kelvio Robotics")]),
    ("Le milliardaire Paul Verdier s'était offert la société Kelvio Robotics en 2012.",
     [("ACQUIRES", "Paul Verdier", "Kelvio Robotics")]),
]
FORBIDDEN += [
    # (a gift to another is no purchase)
    ("Le groupe Ardanel Industries a offert la société Kelvio Robotics à ses salariés.",
     ("ACQUIRES", "Ardanel Industries", "Kelvio Robotics")),
]
CASES += [
    ("Le fabricant Ardanel Industries affronte des rivaux mieux dotés, à commencer par le suédois Kelvio Robotics.",
     [("COMPETES_WITH", "Ardanel Industries", "Kelvio Robotics")]),
    ("La société Ardanel Industries affronte des concurrents coriaces, au premier rang desquels l'allemand Kelvio "
     "Robotics.",
     [("COMPETES_WITH", "Ardanel Industries", "Kelvio Robotics")]),
]
_TWO_RIVALS = ("Le fabricant Ardanel Industries affronte des rivaux mieux dotés, à commencer par le suédois Kelvio "
               "Robotics et le français Orsay Motors.")
CASES += [(_TWO_RIVALS, [("COMPETES_WITH", "Ardanel Industries", "Kelvio Robotics"),
                         ("COMPETES_WITH", "Ardanel Industries", "Orsay Motors")])]
# (two rivals of one company listed together are not said to be each other's)
FORBIDDEN += [(_TWO_RIVALS, ("COMPETES_WITH", "Kelvio Robotics", "Orsay Motors"))]

# an offer's target named after its description, the "sur" phrase hung on an adjective or far off; the offer
# taken for the day's apposition ("a lancé mercredi une offre") is still the verb subject's
_OPA = ("Le groupe industriel Ardanel Industries a lancé mercredi une offre publique d'achat (OPA) hostile sur son "
        "concurrent lyonnais Kelvio Robotics, valorisant ce dernier à 2 milliards d'euros. Selon plusieurs sources, le "
        "fonds Orsay Capital étudierait une contre-offre.")
CASES += [
    (_OPA, [("BIDS_FOR", "Ardanel Industries", "Kelvio Robotics"), ("BIDS_FOR", "Orsay Capital", "Kelvio Robotics")]),
    ("Le groupe industriel Ardanel Industries a lancé mercredi une offre publique d'achat (OPA) hostile sur son "
     "concurrent lyonnais Kelvio Robotics, spécialiste des drones et des capteurs.",
     [("BIDS_FOR", "Ardanel Industries", "Kelvio Robotics")]),
    ("Le groupe Ardanel Industries a présenté lundi une offre amicale sur son rival savoyard Kelvio Robotics.",
     [("BIDS_FOR", "Ardanel Industries", "Kelvio Robotics")]),
]
FORBIDDEN += [(_OPA, ("BIDS_FOR", "Orsay Capital", "Ardanel Industries"))]

# a finite verb with no subject right after a relative clause set off by commas: the name before ", qui" is its subject
CASES += [
    ("Le groupe Ardanel Industries a lancé une offre sur Kelvio Robotics. Selon une source, plusieurs administrateurs "
     "jugent le prix insuffisant, et le fonds américain Orsay Capital, qui détient 8 % du capital, pourrait déposer "
     "une contre-offre.",
     [("BIDS_FOR", "Orsay Capital", "Kelvio Robotics")]),
    ("Le groupe Ardanel Industries a lancé une offre sur Kelvio Robotics. Selon deux sources, le fonds Orsay Capital, "
     "qui détient 9 % de la société, envisagerait de déposer une contre-offre.",
     [("BIDS_FOR", "Orsay Capital", "Kelvio Robotics")]),
]
