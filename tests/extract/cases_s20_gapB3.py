"""Cases of the s20 recurring coverage gaps of French in the capital, deal and cooperation ties (helper
s20-gapB3), invented names and sentences."""

# Tables: a party column's cell the NER missed, one word the language model knows as a common word
# ("Boulanger") or a known brand ("Google"), is a name (mentions/table_cells.py)
_SPONSORS = ("Le club Vextra a présenté ses partenaires. Le club Vextra a signé pour trois saisons, et Vextra "
             "vise l'Europe.\n\n"
             "| Partenaire | Emplacement | Montant annuel estimé |\n|---|---|---|\n"
             "| Orlan Capital | face avant du maillot | 20 M€ |\n| Boulanger | dos du maillot | 2 M€ |\n\n"
             "Le club Vextra vise l'Europe.")
_PARENTS = ("Le régulateur a infligé six amendes en 2024.\n\n"
            "| Entreprise sanctionnée | Maison mère | Amende |\n|---|---|---|\n"
            "| Sortex Ireland | Sortex | 60 M€ |\n| Google | Alphabet | 150 M€ |\n\n"
            "Les groupes ont fait appel.")
_HOLDERS = ("Vextra ouvre son capital. Le groupe Vextra a publié mardi la liste de ses actionnaires, et Vextra "
            "prévoit une cotation en 2027.\n\n"
            "| Actionnaire | Part du capital | Droits de vote |\n|---|---|---|\n"
            "| Orlan Capital | 6,1 % | 5,6 % |\n| Fondateurs et salariés | 4,0 % | 6,0 % |\n"
            "| Ulric Pernet et des business angels | 3,0 % | 3,0 % |\n\n"
            "Vextra a publié ses comptes.")
CASES = [
    (_SPONSORS, [("FUNDS", "Orlan Capital", "Vextra"), ("FUNDS", "Boulanger", "Vextra")]),
    (_PARENTS, [("OWNS", "Sortex", "Sortex Ireland"), ("OWNS", "Alphabet", "Google")]),
]
FORBIDDEN = [
    # a group of holders, several parties in one cell: no one name
    (_HOLDERS, ("OWNS", "Fondateurs et salariés", "Vextra")),
    (_HOLDERS, ("OWNS", "Ulric Pernet et des business angels", "Vextra")),
]

# Joint offers: the bidders of one offer made in common are partners, and each bids for the target
# (slots/gapb3.py joint_bid; the parser breaks the list of bidders, read as a line)
CASES += [
    ("Les fonds Orlan Capital et Vesper Partners préparent une contre-offre commune.",
     [("PARTNERS_WITH", "Orlan Capital", "Vesper Partners")]),
    ("Les groupes Norvex, Bemex et Kelvio ont déposé une offre commune de 9 milliards d'euros pour se partager "
     "les activités du groupe Talmor.",
     [("PARTNERS_WITH", "Norvex", "Bemex"), ("PARTNERS_WITH", "Bemex", "Kelvio"), ("PARTNERS_WITH", "Norvex", "Kelvio"),
      ("BIDS_FOR", "Norvex", "Talmor"), ("BIDS_FOR", "Bemex", "Talmor"), ("BIDS_FOR", "Kelvio", "Talmor")]),
    ("Le groupe Talmor a rejeté l'offre de 9 milliards d'euros déposée mardi conjointement par les groupes "
     "Norvex, Bemex et Kelvio.",
     [("PARTNERS_WITH", "Norvex", "Bemex"), ("PARTNERS_WITH", "Bemex", "Kelvio")]),
]
FORBIDDEN += [
    # each bidder on its own: no partners
    ("Selon le groupe Talmor, les fonds Orlan Capital et Vesper Partners ont chacun déposé une offre.",
     ("PARTNERS_WITH", "Orlan Capital", "Vesper Partners")),
    # a joint offer of one bidder with unnamed banks: the other bidder is no partner
    ("Le groupe Norvex a déposé une offre sur Talmor, et le groupe Bemex prépare une offre commune avec ses "
     "banques.",
     ("PARTNERS_WITH", "Norvex", "Bemex")),
]

# "X a payé (déboursé) N pour 13 % de Y": the stake bought is in Y (slots/gapb3.py paid_for_stake)
CASES += [
    ("Le fonds Kalmar a payé 1,5 milliard d'euros pour 13 % de Bemex.", [("OWNS", "Kalmar", "Bemex")]),
    ("Le fonds Kalmar, qui a déboursé 1,5 milliard d'euros pour 13 % de la société commerciale de la ligue, "
     "Bemex Media, reste discret.", [("OWNS", "Kalmar", "Bemex Media")]),
    ("Le fonds Kalmar a versé 20 millions d'euros pour 10 % du capital de Bemex.", [("OWNS", "Kalmar", "Bemex")]),
]
FORBIDDEN += [
    # money paid for something else than a stake
    ("Le fonds Kalmar a payé 1,5 milliard d'euros pour ses locaux à Bemex.", ("OWNS", "Kalmar", "Bemex")),
    ("Norvex a payé 3 millions d'euros à Bemex pour 10 % de réduction.", ("OWNS", "Norvex", "Bemex")),
]

# Working an asset or a project together: "en coentreprise avec Y", "X développe les blocs avec Y"
# (rules partners.venture_manner, partners.joint_work; companies and states only)
CASES += [
    ("Norvex exploite des gisements en coentreprise avec Bemex.", [("PARTNERS_WITH", "Norvex", "Bemex")]),
    ("Norvex développe les blocs 3 et 4 avec le groupe public Bemex, son premier actionnaire.",
     [("PARTNERS_WITH", "Norvex", "Bemex")]),
    ("Le groupe Norvex, qui exploitait avec Bemex, filiale de Tarvel, les centrales de Kor et de Lim, "
     "réclamait 4 milliards.", [("PARTNERS_WITH", "Norvex", "Bemex")]),
    ("Norvex développe ses activités avec prudence.", []),
]
FORBIDDEN += [
    # people who develop something together are no partners of a venture
    ("Paul Verdier a développé avec Jean Marsac une méthode.", ("PARTNERS_WITH", "Paul Verdier", "Jean Marsac")),
]

# A table cell "(avant le rachat par X)": X bought the row's company, never the reverse (tables._by_agent)
_HELD = ("Le fonds Kalmar détient des participations dans plusieurs banques. Ses principales positions :\n\n"
         "| Société | Pays | Participation de Kalmar |\n|---|---|---|\n| Bemex | France | 5,9 % |\n"
         "| Tarvel Bank | Suisse | 6,9 % (avant le rachat par NRB) |\n\n"
         "La banque Tarvel Bank a été absorbée par sa rivale NRB. Kalmar, devenu actionnaire de NRB, n'a pas été "
         "consulté.")
CASES += [(_HELD, [("ACQUIRES", "NRB", "Tarvel Bank"), ("OWNS", "Kalmar", "Bemex")])]
FORBIDDEN += [(_HELD, ("ACQUIRES", "Tarvel Bank", "NRB"))]

# "X travaille main dans la main avec Y": the idiom of close cooperation (slots/gapb3.py hand_in_hand)
CASES += [
    ("Claire Dumont travaille main dans la main avec Jean Marsac.",
     [("PARTNERS_WITH", "Claire Dumont", "Jean Marsac")]),
    ("Le gouvernement ne peut se passer de Claire Dumont, qui travaille main dans la main avec Jean Marsac, le "
     "président du comité.", [("PARTNERS_WITH", "Claire Dumont", "Jean Marsac")]),
]
FORBIDDEN += [
    # working with someone, without the idiom, is no partnership; nor the speaker of the sentence
    ("Claire Dumont travaille avec Jean Marsac depuis dix ans.", ("PARTNERS_WITH", "Claire Dumont", "Jean Marsac")),
    ("Claire Dumont travaille main dans la main avec ses équipes, a dit Jean Marsac.",
     ("PARTNERS_WITH", "Claire Dumont", "Jean Marsac")),
]

# Holders counted among a company's shareholders or investors (slots/gapb3.py among_holders, read as a line)
CASES += [
    ("Le groupe Norvex a publié ses résultats. Pilier de l'alliance, le groupe Norvex compte aussi l'américain "
     "Bemex parmi ses actionnaires.", [("OWNS", "Bemex", "Norvex")]),
    ("Parmi les actionnaires de Norvex figure aussi Paul Verdier.", [("OWNS", "Paul Verdier", "Norvex")]),
    ("La start-up Norvex a levé 100 millions d'euros. La start-up Norvex grandit vite. Paul Verdier et Jean "
     "Marsac figurent parmi ses premiers investisseurs. Norvex recrute.",
     [("INVESTS_IN", "Paul Verdier", "Norvex"), ("INVESTS_IN", "Jean Marsac", "Norvex")]),
    ("Parmi les clients de Norvex figure aussi Paul Verdier.", []),
]
FORBIDDEN += [
    # a name further back than the counting verb's subject owns nothing
    ("Pilier de l'alliance Orbis, le groupe compte aussi l'américain Bemex parmi ses actionnaires.",
     ("OWNS", "Bemex", "Orbis")),
]
