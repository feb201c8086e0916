"""Rule cases of the lead's twelfth-session fixes: invented actors only."""

CASES = [
    # an object after a time phrase set off by commas, which the parser hangs on the verb, the date or
    # the comma: the verb's object all the same
    ("M. Davril avait discrètement rencontré, début mars, Jacques Ferrandou.",
     [("MEETS", "Davril", "Jacques Ferrandou")]),
    ("La ministre Anne Vidalie a reçu, mardi soir, Paul Arnauday.",
     [("MEETS", "Anne Vidalie", "Paul Arnauday")]),
    ("Paul Morelet a rencontré, le 3 mai, Jacques Ferrandou, puis Luc Morinet.",
     [("MEETS", "Paul Morelet", "Jacques Ferrandou")]),
    ("La société Arvelis a racheté, fin 2021, la société Brevanne.",
     [("ACQUIRES", "Arvelis", "Brevanne")]),
    ("La société Arvelis a racheté, en 2021, Brevanne.",
     [("ACQUIRES", "Arvelis", "Brevanne")]),
    ("Paul Vidalie a accusé, lundi, la société Corvelis de fraude.",
     [("ACCUSES", "Paul Vidalie", "Corvelis")]),
    # a participle apposed to a person's name gives the person the title it names
    ("Jean Perrinet, nommé PDG de Vortalis, prendra ses fonctions en juin.",
     [("LEADS", "Jean Perrinet", "Vortalis")]),
    ("Nadia Bellecour, nommée mardi directrice générale de Helvaris Assurances, arrive de Lyon.",
     [("LEADS", "Nadia Bellecour", "Helvaris Assurances")]),
    ("Claire Morinaud, devenue en 2020 présidente de Vortalis, a tout changé.",
     [("LEADS", "Claire Morinaud", "Vortalis")]),
    ("Claire Morinaud, élue présidente du Parti radical en 2021, a tout changé.",
     [("LEADS", "Claire Morinaud", "Parti radical")]),
    # the company named as the buyer of a deal a person steered still buys
    ("Paul Verdelin a piloté le rachat de Brevanne par Arvelis.",
     [("ACQUIRES", "Arvelis", "Brevanne")]),
    # a sentence that adds someone to the sanctions already told of: the nearest sanctioner before it
    ("Le Conseil de l'Union européenne a adopté jeudi un nouveau paquet de sanctions visant l'homme d'affaires Oleg Varinov. "
     "Sont également visées sa société de négoce, Tarskaïa Trading, et la compagnie maritime Volnaïa Shipping.",
     [("OPPOSES", "Conseil de l'Union européenne", "Oleg Varinov"),
      ("OPPOSES", "Conseil de l'Union européenne", "Tarskaïa Trading"),
      ("OPPOSES", "Conseil de l'Union européenne", "Volnaïa Shipping")]),
    ("L'Union européenne a sanctionné jeudi l'armateur Oleg Varinov. La société Tarskaïa Trading, qui affrétait ses navires, figure aussi sur la liste.",
     [("OPPOSES", "Union européenne", "Tarskaïa Trading")]),
    ("L'Union européenne a gelé les avoirs d'Oleg Varinov. Son fils, Piotr Varinov, fait lui aussi l'objet d'un gel des avoirs.",
     [("OPPOSES", "Union européenne", "Piotr Varinov")]),
    ("Le Royaume-Uni a placé Oleg Varinov sur sa liste noire en 2023. L'Union européenne a gelé ses avoirs en 2024. "
     "Son associé Piotr Sokolov est également sanctionné.",
     [("OPPOSES", "Union européenne", "Piotr Sokolov")]),
    # a preposition said again before each member makes the phrases parallel, whatever their kinds
    ("La société Arvelis a porté plainte contre Paul Morinaud et contre la société Brevanne.",
     [("SUES", "Arvelis", "Paul Morinaud"), ("SUES", "Arvelis", "Brevanne")]),
    ("L'AMF a notifié des griefs à Gervalis et à son ex-directeur financier, Hervé Fontanieu.",
     [("SUES", "AMF", "Gervalis"), ("SUES", "AMF", "Hervé Fontanieu")]),
    ("La société Arvelis a signé un accord avec Brevanne et avec la société Corvelis.",
     [("PARTNERS_WITH", "Arvelis", "Brevanne"), ("PARTNERS_WITH", "Arvelis", "Corvelis")]),
    # a penalty imposed ("condamner Y à une amende, à de la prison") is a sanction, not blame (OPPOSES role
    # sanctions since s26-fights26b, as a regulator's fine; it was SUES)
    ("La commission des sanctions de l'AMF a condamné Paul Verdelin à 300 000 euros d'amende.",
     [("OPPOSES", "AMF", "Paul Verdelin")]),
    ("Le Conseil d'État a condamné la société Arvelis à verser deux millions d'euros d'amende.",
     [("OPPOSES", "Conseil d'État", "Arvelis")]),
    # "une tentative de X de racheter Y": X tries (a bid), whoever speaks of it
    ("Paul Morelet dénonce une tentative de la société Arvelis de racheter Brevanne.",
     [("BIDS_FOR", "Arvelis", "Brevanne")]),
    # "fils du fondateur": the company of the person's other title, or of the main clause
    ("Stéphane Sauret, PDG de Ravelin et fils du fondateur, Roger Sauret, a parlé.",
     [("FOUNDED", "Roger Sauret", "Ravelin"), ("LEADS", "Stéphane Sauret", "Ravelin")]),
    ("Dirigé depuis 2019 par Frédéric Dauzat, fils du fondateur Gérard Dauzat, Brévalis est contrôlé à 61 % par la holding Dauzat Participations.",
     [("FOUNDED", "Gérard Dauzat", "Brévalis")]),
    ("Claire Ormesson, directrice générale de Velquin et petite-fille du fondateur, Louis Ormesson, refuse de vendre.",
     [("FOUNDED", "Louis Ormesson", "Velquin")]),
    # the one succeeded held the successor's post (status former), told in the same sentence or the one before
    ("Nadia Benhamel a été nommée directrice générale d'Helvaris. Elle succède à Bernard Chassin, qui a quitté le groupe après neuf ans aux commandes.",
     [("LEADS", "Nadia Benhamel", "Helvaris"), ("LEADS", "Bernard Chassin", "Helvaris")]),
    ("Édouard Abadon a rejoint Fayel Industries comme directeur financier. Il remplace Henri Bastien, parti à la retraite.",
     [("WORKS_FOR", "Henri Bastien", "Fayel Industries")]),
    ("La présidente de Velquin, Claire Ormel, succède à Paul Rivet, qui rejoint Brevanne.",
     [("LEADS", "Paul Rivet", "Velquin"), ("WORKS_FOR", "Paul Rivet", "Brevanne")]),
    # a past participle after "avoir" that the tagger calls an adjective is a verb
    ("La société Brevanne a mandaté Evenor Partners pour étudier des solutions alternatives.",
     [("WORKS_FOR", "Evenor Partners", "Brevanne")]),
    # "X, associé (de longue date) de M. Y": business associates; a firm's partner works for the firm
    ("Grigori Demidov, associé de longue date de M. Belovski, détient le reste.",
     [("PARTNERS_WITH", "Grigori Demidov", "Belovski")]),
    ("Paul Vidalon, associé de Jean Morinet depuis 2010, dirige le cabinet.",
     [("PARTNERS_WITH", "Paul Vidalon", "Jean Morinet")]),
    ("Claire Morinaud, associée de Westbury Ventures, rejoindra le conseil.",
     [("WORKS_FOR", "Claire Morinaud", "Westbury Ventures")]),
    # "siège" past "lui-même" or a time phrase before the board
    ("Éric Danjal siège depuis 2019 au conseil d'administration de la société Vortalis.",
     [("BOARD_MEMBER", "Éric Danjal", "Vortalis")]),
    ("Éric Danjal siège lui-même au conseil d'administration de la Fédération atlantique des mutuelles.",
     [("BOARD_MEMBER", "Éric Danjal", "Fédération atlantique des mutuelles")]),
    ("Claire Morinaud siège depuis dix ans au conseil de surveillance de Brevanne.",
     [("BOARD_MEMBER", "Claire Morinaud", "Brevanne")]),
]

FORBIDDEN = [
    # a name after "et" past the time phrase is a second subject or a list, not the object
    ("Paul Morelet a démissionné, en mai, et Jacques Ferrandou a pris sa place.",
     ("MEETS", "Paul Morelet", "Jacques Ferrandou")),
    # a participle apposed to a company is no title of a person
    ("La société Vortalis, nommée fournisseur officiel de la ville, a tout changé.",
     ("LEADS", "Vortalis", "ville")),
    # a person who conducts or steers a deal does it for a company: not the buyer
    ("Nadia Bellecour a conduit l'absorption de la mutuelle Goëlys en 2021.",
     ("ACQUIRES", "Nadia Bellecour", "Goëlys")),
    ("Paul Verdelin a piloté le rachat de Brevanne.",
     ("ACQUIRES", "Paul Verdelin", "Brevanne")),
    # "également visé" by a probe, in an article with no sanctions: nobody sanctions
    ("Le parquet national financier a ouvert une enquête visant la société Tarskaïa Trading. Son dirigeant Piotr Sokolov est également visé.",
     ("OPPOSES", "parquet national financier", "Piotr Sokolov")),
    # the sanctioner nearest before the sentence, not the first of the article
    ("Le Royaume-Uni a placé Oleg Varinov sur sa liste noire en 2023. L'Union européenne a gelé ses avoirs en 2024. "
     "Son associé Piotr Sokolov est également sanctionné.",
     ("OPPOSES", "Royaume-Uni", "Piotr Sokolov")),
    # a singular relative after the last member describes that member alone
    ("Les titres ont été donnés à Cédrine Jolibois et à son frère cadet Cyrus Jolibois, qui dirige la filiale Aravine Diffusion.",
     ("LEADS", "Cédrine Jolibois", "Aravine Diffusion")),
    # a second phrase with another preposition is no list
    ("La société Arvelis a porté plainte contre Paul Morinaud et à Lyon devant le tribunal.",
     ("SUES", "Arvelis", "Lyon")),
    ("La commission des sanctions de l'AMF a condamné Paul Verdelin à 300 000 euros d'amende.",
     ("ACCUSES", "AMF", "Paul Verdelin")),
    # words of blame with no penalty stay blame
    ("Le député Paul Verdelin a condamné la société Arvelis pour ses licenciements.",
     ("SUES", "Paul Verdelin", "Arvelis")),
    # the one who denounces an attempt is not its author
    ("Sa présidente, Perrine Vaubert, a dénoncé « une tentative de prendre le contrôle de Randelis à bon compte ».",
     ("BIDS_FOR", "Perrine Vaubert", "Randelis")),
    ("Le président, Thomas Ruaud, dénonce une tentative de Ravenix de « s'emparer de l'entreprise Valdrix ».",
     ("BIDS_FOR", "Thomas Ruaud", "Valdrix")),
    ("Paul Morelet dénonce une tentative de la société Arvelis de racheter Brevanne.",
     ("ACQUIRES", "Arvelis", "Brevanne")),
    # "votre filiale" (an interview's question) is the interviewee's, not the bidder's the clause names
    ("Le néerlandais Waalstede aurait fait une offre sur votre filiale belge Zelvia Assurances.",
     ("OWNS", "Waalstede", "Zelvia Assurances")),
    ("Le groupe Waalstede convoiterait votre filiale Zelvia Assurances.",
     ("OWNS", "Waalstede", "Zelvia Assurances")),
    # a post the successor held before is not the one the predecessor leaves
    ("Édouard Abadon arrive chez Fayel Industries. Il était depuis 2017 directeur financier de Galvane. Il remplace Henri Bastien, parti à la retraite.",
     ("WORKS_FOR", "Henri Bastien", "Galvane")),
]


# An apposition states its tie whatever the clause around it says (negation, here).
AFFIRMED = [
    ("Or ce contrat n'a jamais été signé : Synelec, filiale du conglomérat coréen Hanseo Industries, confirme tout.",
     ("OWNS", "Hanseo Industries", "Synelec")),
    ("Or ce contrat n'a jamais été signé : Kornelec, filiale du conglomérat coréen Hanjin Materials, confirme tout.",
     ("OWNS", "Hanjin Materials", "Kornelec")),
    ("Or ce contrat n'a jamais été signé : Synelec, filiale du conglomérat coréen Geumseong Industries, confirme tout.",
     ("OWNS", "Geumseong Industries", "Synelec")),
]
