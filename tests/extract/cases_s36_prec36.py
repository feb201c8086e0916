"""Cases of the s36 precision checks (helper s36-prec36, extract/precision36.py, data/precision36.yaml), invented
names and sentences. Each mechanism is checked on several shapes and cue words: the sentence (a condamné, a infligé
une amende, a sanctionné, a reconnu coupable; tribunal, cour, autorité), the lenders (arrangeraient une dette,
chargées de lever, prêteront, financement; mandaté, retenu, choisi), the stake (Y (26 %), porté à 19 %, 12 % du
capital de Y), the offer (offre ferme pour prendre le contrôle, proposition pour racheter, candidature à la reprise),
the unit (sa filiale X, sa branche X; filiale de l'allemand Y), the consortium (formé, constitué, monté par), the
scarce contact (se parlent peu, se voient rarement, ne se croisent jamais), the rivals listed (ses concurrents,
ses rivaux, ses concurrentes, ses principaux concurrents)."""

# a court's or a regulator's sentence: OPPOSES (role sanctions), no ACCUSES
CASES = [
    ("Vendredi, la 10e chambre du tribunal correctionnel de Nantes a condamné Banque Orvane et sa filiale Lumix "
     "pour escroquerie en bande organisée.",
     [("OPPOSES", "tribunal correctionnel de Nantes", "Banque Orvane"),
      ("OPPOSES", "tribunal correctionnel de Nantes", "Lumix")]),
    ("Les juges du tribunal judiciaire de Lille ont condamné Pierre Vasseur et la société Norlac pour abus de biens "
     "sociaux.",
     [("OPPOSES", "tribunal judiciaire de Lille", "Pierre Vasseur"), ("OPPOSES", "tribunal judiciaire de Lille", "Norlac")]),
]
FORBIDDEN = [
    ("Vendredi, la 10e chambre du tribunal correctionnel de Nantes a condamné Banque Orvane et sa filiale Lumix "
     "pour escroquerie en bande organisée.",
     ("ACCUSES", "tribunal correctionnel de Nantes", "Banque Orvane")),
    ("Les juges du tribunal judiciaire de Lille ont condamné Pierre Vasseur et la société Norlac pour abus de biens "
     "sociaux.",
     ("ACCUSES", "tribunal judiciaire de Lille", "Norlac")),
]

# banks hired to lend: FUNDS bank → client, not WORKS_FOR
CASES += [
    ("Le fonds Kervane aurait mandaté Crédit Pélican et Banque Ormont, qui arrangeraient un prêt d'environ "
     "2 milliards d'euros.",
     [("FUNDS", "Crédit Pélican", "Kervane"), ("FUNDS", "Banque Ormont", "Kervane")]),
    ("Pour boucler l'achat, le fonds Morlaix a retenu Banque Castel, chargée de lever une dette de 900 millions "
     "d'euros.",
     [("FUNDS", "Banque Castel", "Morlaix")]),
    ("Pour financer le rachat, le groupe Sarvane a retenu Banque Idrac et Crédit Solane.",
     [("FUNDS", "Banque Idrac", "Sarvane"), ("FUNDS", "Crédit Solane", "Sarvane")]),
    ("Le fonds Kervane a mandaté Crédit Pélican, qui prêtera 500 millions d'euros.",
     [("FUNDS", "Crédit Pélican", "Kervane")]),
]
FORBIDDEN += [
    ("Le fonds Kervane aurait mandaté Crédit Pélican et Banque Ormont, qui arrangeraient un prêt d'environ "
     "2 milliards d'euros.",
     ("WORKS_FOR", "Crédit Pélican", "Kervane")),
    ("Pour boucler l'achat, le fonds Morlaix a retenu Banque Castel, chargée de lever une dette de 900 millions "
     "d'euros.",
     ("WORKS_FOR", "Banque Castel", "Morlaix")),
    ("Pour financer le rachat, le groupe Sarvane a retenu Banque Idrac et Crédit Solane.",
     ("WORKS_FOR", "Banque Idrac", "Sarvane")),
    ("Le fonds Kervane a mandaté Crédit Pélican, qui prêtera 500 millions d'euros.",
     ("WORKS_FOR", "Crédit Pélican", "Kervane")),
]

# a stake below half written beside the company: OWNS, not ACQUIRES / FUNDS / INVESTS_IN
CASES += [
    ("Le groupe Altavane a racheté Mercalis (12 %), le spécialiste lyonnais du câble, pour 40 millions d'euros.",
     [("OWNS", "Altavane", "Mercalis")]),
    ("Norvane a mis la main sur Helvane (participation portée à 24,5 %) pour 80 millions d'euros.",
     [("OWNS", "Norvane", "Helvane")]),
    ("Le fonds Kerbrat a acheté Solvane (9,5 % du capital) au groupe Vendrel.",
     [("OWNS", "Kerbrat", "Solvane")]),
]
FORBIDDEN += [
    ("Le groupe Altavane a racheté Mercalis (12 %), le spécialiste lyonnais du câble, pour 40 millions d'euros.",
     ("ACQUIRES", "Altavane", "Mercalis")),
    ("Norvane a mis la main sur Helvane (participation portée à 24,5 %) pour 80 millions d'euros.",
     ("ACQUIRES", "Norvane", "Helvane")),
    ("Le fonds Kerbrat a acheté Solvane (9,5 % du capital) au groupe Vendrel.",
     ("ACQUIRES", "Kerbrat", "Solvane")),
    # (an audience share is no stake)
    ("Le groupe Altavane va racheter la chaîne Radio Ombre (2,9 % de part d'audience) pour 40 millions d'euros.",
     ("OWNS", "Altavane", "Radio Ombre")),
]

# an offer to buy: BIDS_FOR, not ACQUIRES
CASES += [
    ("Le fonds Morlaix a remis une offre ferme pour prendre le contrôle de Sorbane, l'éditeur nantais de logiciels.",
     [("BIDS_FOR", "Morlaix", "Sorbane")]),
    ("Selon nos informations, le groupe Altavane a déposé lundi une proposition pour racheter Mercalis.",
     [("BIDS_FOR", "Altavane", "Mercalis")]),
    ("Le groupe Altavane a fait une offre ferme pour s'emparer de Mercalis, le spécialiste lyonnais du câble.",
     [("BIDS_FOR", "Altavane", "Mercalis")]),
]
FORBIDDEN += [
    ("Le fonds Morlaix a remis une offre ferme pour prendre le contrôle de Sorbane, l'éditeur nantais de logiciels.",
     ("ACQUIRES", "Morlaix", "Sorbane")),
    ("Le groupe Altavane a fait une offre ferme pour s'emparer de Mercalis, le spécialiste lyonnais du câble.",
     ("ACQUIRES", "Altavane", "Mercalis")),
]

# a unit is owned, never the owner of its parent
FORBIDDEN += [
    ("Le groupe Morvan a cédé au fonds suédois Helix sa filiale Dorvane.", ("OWNS", "Dorvane", "Helix")),
    ("L'assureur Calvane a vendu à la banque Ormesson sa branche belge Calvane Benelux.",
     ("OWNS", "Calvane Benelux", "Ormesson")),
    ("Le holding Ferrand apportera à la société Orlane Gestion sa filiale Ferrand Immo.",
     ("OWNS", "Ferrand Immo", "Orlane Gestion")),
]
# (a unit named "une filiale de Y" after its own name keeps its parent)
CASES += [
    ("Castel Travaux, basé à Dijon, est quant à lui une filiale du groupe Ferlanda.",
     [("OWNS", "Ferlanda", "Castel Travaux")]),
    ("En 2021, Jolivet avait déjà tenté de racheter Pâtisseries Ménard, une filiale de Paturin spécialisée dans les "
     "galettes.", [("OWNS", "Paturin", "Pâtisseries Ménard")]),
]

# a consortium formed by its members: FOUNDED each, no pairwise PARTNERS_WITH
CASES += [
    ("Le plan de reprise a été présenté par Atlas Retail, le consortium formé par le groupe Castorine, la société "
     "Vendrel et le fonds Ormond.",
     [("FOUNDED", "Castorine", "Atlas Retail")]),
    ("Le plan de reprise a été présenté par Atlas Retail, le consortium constitué par Castorine, Vendrel et Ormond "
     "Capital.",
     [("FOUNDED", "Castorine", "Atlas Retail"), ("FOUNDED", "Vendrel", "Atlas Retail"),
      ("FOUNDED", "Ormond Capital", "Atlas Retail")]),
]
FORBIDDEN += [
    ("Le plan de reprise a été présenté par Atlas Retail, le consortium formé par le groupe Castorine, la société "
     "Vendrel et le fonds Ormond.",
     ("PARTNERS_WITH", "Castorine", "Vendrel")),
    ("Le plan de reprise a été présenté par Atlas Retail, le consortium constitué par Castorine, Vendrel et Ormond "
     "Capital.",
     ("PARTNERS_WITH", "Castorine", "Ormond Capital")),
]

# contact an adverb of scarcity denies: no meeting
FORBIDDEN += [
    ("« Nous nous parlons rarement », a reconnu Hélène Marchal à propos de Louis Ferrand.",
     ("MEETS", "Hélène Marchal", "Louis Ferrand")),
    ("Hélène Marchal et Louis Ferrand se voient peu depuis le congrès.", ("MEETS", "Hélène Marchal", "Louis Ferrand")),
    ("Depuis la fusion, Paul Verdier et Jeanne Roux ne se parlent plus.", ("MEETS", "Paul Verdier", "Jeanne Roux")),
]

# names listed after a possessive rival noun compete with the possessor: not owned by it, not rivals of each other
CASES += [
    ("Kervane a coiffé au poteau ses concurrents Helix et Ormond Capital, dont les offres ont été écartées.",
     [("COMPETES_WITH", "Kervane", "Helix"), ("COMPETES_WITH", "Kervane", "Ormond Capital")]),
    ("Le groupe Castorine a écarté ses concurrents directs Vendrel et Mercalis lors de l'appel d'offres.",
     [("COMPETES_WITH", "Castorine", "Mercalis")]),
    ("Le fonds Kervane, qui a battu ses rivaux Helix et Ormond Capital, reprendra Sorbane en juin.",
     [("COMPETES_WITH", "Kervane", "Helix")]),
]
FORBIDDEN += [
    ("Kervane a coiffé au poteau ses concurrents Helix et Ormond Capital, dont les offres ont été écartées.",
     ("OWNS", "Kervane", "Helix")),
    ("Kervane a coiffé au poteau ses concurrents Helix et Ormond Capital, dont les offres ont été écartées.",
     ("COMPETES_WITH", "Helix", "Ormond Capital")),
    ("Sorbane, qui a distancé ses principaux concurrents Helix, Galvane et Ormond Capital, a remporté le contrat.",
     ("OWNS", "Sorbane", "Galvane")),
    ("Selon son avocat, la banque Orlac a évincé ses concurrentes, Galvane et Norvane, en doublant la mise.",
     ("OWNS", "Orlac", "Norvane")),
]
# (a stake in a rival stays a holding)
CASES += [
    ("Le fonds Kervane détient désormais 14 % des actions de ses concurrents Helix et Ormond Capital.",
     [("OWNS", "Kervane", "Helix")]),
]
# (a regulator that also accuses in words keeps its ACCUSES beside the sanction)
CASES += [
    ("L'Autorité de la concurrence a infligé une amende de 20 millions d'euros à Castorine et Vendrel, qu'elle accuse "
     "d'avoir coordonné leurs prix.",
     [("OPPOSES", "Autorité de la concurrence", "Castorine"), ("ACCUSES", "Autorité de la concurrence", "Castorine")]),
]

# a yes/no question states nothing: no event tie (a wh-question presupposes it)
FORBIDDEN += [
    ("« Le fonds Kerbrat a-t-il pris le contrôle de Solvane ? Non, il reste un simple créancier. »",
     ("ACQUIRES", "Kerbrat", "Solvane")),
    ("Est-ce que Castorine va racheter Vendrel ? La direction ne répond pas.", ("ACQUIRES", "Castorine", "Vendrel")),
    ("Norvane a-t-elle rencontré Paul Verdier avant la vente ?", ("MEETS", "Norvane", "Paul Verdier")),
]
# (a question about a tie both of whose parties come before the asking verb presupposes it; "nos concurrents, A, la
# filiale de Y": Y owns A)
CASES += [
    ("Le partenariat entre Castorine et Vendrel vous inquiète-t-il ?", [("PARTNERS_WITH", "Castorine", "Vendrel")]),
    ("On nous reproche tout, alors que nos concurrents, Helvane, la filiale de Norvane, ou Galvane, se développent "
     "librement.", [("OWNS", "Norvane", "Helvane")]),
]
