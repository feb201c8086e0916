"""Cases of the s13 business fixes (helper s13-biz: advisers, contracts, founding, posts, bids), invented names."""

CASES = [
    # a company bought from (or sold to) "son fondateur": the founder is the traded company's, not the buyer's
    ("Le groupe Ardanel possède Kelvio depuis 2020. Ardanel avait racheté Kelvio à son fondateur, Paul Verdier.",
     [("FOUNDED", "Paul Verdier", "Kelvio")]),
    ("Le fonds Orsay Capital a repris Kelvio à ses deux fondateurs, Paul Verdier et Julie Masson.",
     [("FOUNDED", "Paul Verdier", "Kelvio"), ("FOUNDED", "Julie Masson", "Kelvio")]),
    ("Le groupe Ardanel possède Kelvio. Ardanel, qui l'a rachetée à son fondateur Marc Ovide en 2018, la "
     "développe en Europe.",
     [("FOUNDED", "Marc Ovide", "Kelvio")]),
]

FORBIDDEN = [
    ("Le groupe Ardanel possède Kelvio depuis 2020. Ardanel avait racheté Kelvio à son fondateur, Paul Verdier.",
     ("FOUNDED", "Paul Verdier", "Ardanel")),
    ("Le fonds Orsay Capital a repris Kelvio à ses deux fondateurs, Paul Verdier et Julie Masson.",
     ("FOUNDED", "Julie Masson", "Orsay Capital")),
]

FORBIDDEN += [
    # a sale only its seller wishes or plans is no bid of the one it might go to
    ("Le groupe Ardanel a été fondé à Lyon. Selon plusieurs médias, son conseil envisagerait de céder la société "
     "Kelvio au fonds Orsay Capital.",
     ("BIDS_FOR", "Orsay Capital", "Kelvio")),
    ("La famille Verdier souhaite céder sa société, Kelvio, au groupe Ardanel.",
     ("BIDS_FOR", "Ardanel", "Kelvio")),
    ("La famille Verdier veut vendre sa société, Kelvio, au groupe Ardanel d'ici deux ans.",
     ("BIDS_FOR", "Ardanel", "Kelvio")),
]

CASES += [
    # a sale made stays a purchase by the buyer
    ("Le groupe Ardanel a cédé Kelvio au fonds Orsay Capital.",
     [("ACQUIRES", "Orsay Capital", "Kelvio")]),
]

CASES += [
    # "Fondée par X, qui la dirige / en détient N % / en est la présidente, Y …": the relative clause on the
    # fronted participle's agent ties the agent to the main subject too
    ("La société Ardanel vend des drones. Fondée en 2008 par Paul Verdier, qui la dirige toujours et en détient "
     "40 %, Kelvio compte parmi ses actionnaires le fonds régional Orsay Capital, à hauteur de 35 %.",
     [("FOUNDED", "Paul Verdier", "Kelvio"), ("LEADS", "Paul Verdier", "Kelvio"), ("OWNS", "Paul Verdier", "Kelvio")]),
    ("Créée en 2012 par Julie Masson, qui la préside depuis, la société Kelvio emploie 200 personnes.",
     [("LEADS", "Julie Masson", "Kelvio")]),
    ("Le groupe Ardanel vend des drones. Créé en 1990 par Marc Ovide, qui le préside toujours, le groupe Kelvio "
     "possède trois usines.",
     [("LEADS", "Marc Ovide", "Kelvio")]),
    ("La société Ardanel vend des drones. Fondée en 2001 par Paul Verdier, qui la contrôle encore, la société "
     "Kelvio vend des capteurs.",
     [("OWNS", "Paul Verdier", "Kelvio")]),
    ("La société Ardanel vend des drones. Lancée en 2015 par Léa Morel, qui en est toujours la présidente, la "
     "société Kelvio vend des capteurs.",
     [("LEADS", "Léa Morel", "Kelvio")]),
]

FORBIDDEN += [
    # (the clitic is the main subject's, not the company named in the sentence before)
    ("La société Ardanel vend des drones. Fondée en 2008 par Paul Verdier, qui la dirige toujours et en détient "
     "40 %, Kelvio compte parmi ses actionnaires le fonds régional Orsay Capital, à hauteur de 35 %.",
     ("LEADS", "Paul Verdier", "Ardanel")),
]

# Table rows: a partner of a company is its partner (only a sentence tells a sponsor, which side is paid), and
# the lead of a funding round is its investor, not the company's head.
_TABLE = """La medtech Corvalis lève 20 millions d'euros auprès de ses actionnaires.

| Actionnaire | Part du capital | Lien avec Corvalis |
|---|---|---|
| Ormeau Capital | 25 % | chef de file de la levée de fonds |
| Brisset Industrie | 15 % | partenaire industriel depuis 2020 |
| Dorval Santé | 10 % | meneur du tour de table |
"""

CASES += [
    (_TABLE, [("PARTNERS_WITH", "Brisset Industrie", "Corvalis"), ("INVESTS_IN", "Ormeau Capital", "Corvalis")]),
]

FORBIDDEN += [
    (_TABLE, ("LEADS", "Ormeau Capital", "Corvalis")),
    (_TABLE, ("FUNDS", "Brisset Industrie", "Corvalis")),
    (_TABLE, ("LEADS", "Dorval Santé", "Corvalis")),
]

FORBIDDEN += [
    # ("levée de fonds" names no fund owned by anyone)
    (_TABLE, ("OWNS", "Corvalis", "Ormeau Capital")),
]

CASES += [
    # "Son avocat, Me Y": a lawyer's possessive is the person last named (the one a story aims at), a
    # company's only when no person is named there
    ("Le Royaume-Uni avait gelé les avoirs de Marc Ovide en mai. Son avocat, Me Hugo Lebrun, a annoncé un recours.",
     [("WORKS_FOR", "Hugo Lebrun", "Marc Ovide")]),
    ("L'enquête du parquet de Paris vise désormais l'homme d'affaires Marc Ovide, patron du groupe Ardanel. "
     "« Mon client est serein », assure son avocat, Me Hugo Lebrun.",
     [("WORKS_FOR", "Hugo Lebrun", "Marc Ovide")]),
    ("Les syndicats de Kelvio exigent le départ de Paul Verdier. Ses avocats, Me Claire Dumas et Me Hugo Lebrun, "
     "dénoncent une cabale.",
     [("WORKS_FOR", "Claire Dumas", "Paul Verdier"), ("WORKS_FOR", "Hugo Lebrun", "Paul Verdier")]),
    ("La société Kelvio conteste l'amende. Son avocat, Me Hugo Lebrun, a fait appel.",
     [("WORKS_FOR", "Hugo Lebrun", "Kelvio")]),
]

FORBIDDEN += [
    ("Les syndicats de Kelvio exigent le départ de Paul Verdier. Ses avocats, Me Claire Dumas et Me Hugo Lebrun, "
     "dénoncent une cabale.",
     ("WORKS_FOR", "Claire Dumas", "Kelvio")),
]

CASES += [
    # "Y appartient à un homme d'affaires chypriote, X, qui …": the name set off after a person's noun in a
    # verb's phrase is that phrase's party
    ("Le groupe Kelvio Trading vend du pétrole. Kelvio Trading appartient à un homme d'affaires chypriote, "
     "Marc Ovide, qui siège au conseil de Sylvane.",
     [("OWNS", "Marc Ovide", "Kelvio Trading")]),
    ("La société Ardanel vend des drones. Ardanel a été vendue en 2019 à un entrepreneur lyonnais, Paul Verdier, "
     "qui la dirige depuis.",
     [("ACQUIRES", "Paul Verdier", "Ardanel")]),
    ("La brasserie Malterre est née en 1990. Elle appartient désormais à une femme d'affaires belge, Léa Morel.",
     [("OWNS", "Léa Morel", "Malterre")]),
]

CASES += [
    # "A et B, deux anciens de Y": a counted plural after a list of names describes each of them
    ("La société Sylvane vend des logiciels. Elle a été fondée en 2019 par Claire Dumas et Hugo Lebrun, deux "
     "anciens de l'Agence spatiale européenne.",
     [("WORKS_FOR", "Claire Dumas", "Agence spatiale européenne"), ("WORKS_FOR", "Hugo Lebrun", "Agence spatiale européenne")]),
    ("La société Kelvio grandit. Kelvio a recruté Paul Verdier, Julie Masson et Léa Morel, trois anciens du groupe "
     "Ardanel.",
     [("WORKS_FOR", "Paul Verdier", "Ardanel"), ("WORKS_FOR", "Julie Masson", "Ardanel"),
      ("WORKS_FOR", "Léa Morel", "Ardanel")]),
    ("La société Sylvane vend des logiciels. Ses dirigeants, Claire Dumas et Hugo Lebrun, deux anciens de la banque "
     "Orsay, ont levé 5 millions d'euros.",
     [("WORKS_FOR", "Claire Dumas", "Orsay"), ("WORKS_FOR", "Hugo Lebrun", "Orsay")]),
    ("La société Sylvane vend des logiciels. Claire Dumas et Julie Masson, deux anciennes de l'Agence spatiale "
     "européenne, la dirigent.",
     [("WORKS_FOR", "Claire Dumas", "Agence spatiale européenne"), ("WORKS_FOR", "Julie Masson", "Agence spatiale européenne")]),
]

CASES += [
    # "X, la filiale d'investissement du groupe Y", "X, le fonds de capital-risque de l'assureur Y": the owner
    # named after the vehicle's kind
    ("La société Sylvane lève 10 millions d'euros auprès du fonds Orsay Ventures. Orsay Ventures, le fonds de "
     "capital-risque de l'assureur Groupe Ardanel, fait son entrée au capital.",
     [("OWNS", "Groupe Ardanel", "Orsay Ventures")]),
    ("La société Sylvane lève 10 millions d'euros auprès du fonds Orsay Ventures, la filiale d'investissement du "
     "groupe Ardanel.",
     [("OWNS", "Ardanel", "Orsay Ventures")]),
    ("La société Sylvane lève 10 millions d'euros. Le fonds d'investissement de la famille Verdier, Orsay Ventures, "
     "y participe.",
     [("OWNS", "famille Verdier", "Orsay Ventures")]),
]

CASES += [
    # "Y a nommé X directeur général" (the title hung on the name), and a board with no company named: the
    # article's company
    ("La société Kelvio vend des drones. Le conseil d'administration de Kelvio a nommé Paul Verdier directeur général.",
     [("LEADS", "Paul Verdier", "Kelvio")]),
    ("La société Kelvio vend des drones. Kelvio emploie 300 personnes à Lyon. Lundi, le conseil d'administration a "
     "nommé Paul Verdier directeur général. Kelvio vise la Bourse.",
     [("LEADS", "Paul Verdier", "Kelvio")]),
    ("Le groupe Ardanel a désigné Julie Masson présidente du directoire en mars.",
     [("LEADS", "Julie Masson", "Ardanel")]),
]

CASES += [
    # "X reste / devient le premier actionnaire, avec 17 % du capital": a leading holder of no company named,
    # the attribute of a verb of staying or becoming, holds the article's company
    ("La société Kelvio vend des drones. Kelvio emploie 300 personnes. Le fonds Orsay Capital reste le premier "
     "actionnaire financier, avec environ 17 % du capital. Kelvio vise la Bourse.",
     [("OWNS", "Orsay Capital", "Kelvio")]),
    ("La société Kelvio vend des drones. Kelvio emploie 300 personnes. Après l'opération, la famille Verdier "
     "devient l'actionnaire majoritaire. Kelvio vise la Bourse.",
     [("OWNS", "famille Verdier", "Kelvio")]),
    ("La société Kelvio vend des drones. Kelvio emploie 300 personnes. Le groupe Ardanel demeure le principal "
     "actionnaire avec 40 % du capital. Kelvio vise la Bourse.",
     [("OWNS", "Ardanel", "Kelvio")]),
]
