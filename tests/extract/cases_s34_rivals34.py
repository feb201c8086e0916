"""Cases of the s34 competition, partnership and meeting readers (helper s34-rivals34, slots/rivals34.py,
data/rivals34.yaml), invented names and sentences. Each mechanism is checked on several cue words and shapes: a kind
of party and the names it stands for (concurrents, rivaux, challengers, compétiteurs; partenaires; after a comma,
"notamment", "tels que", "comme", right after the noun; the owner a subject, a fronted phrase's subject, a root
descriptor), a companion at a meeting (en compagnie de, aux côtés de, avec une délégation de; reçu par, a
rencontré), a fight over a market (guerre des prix, guerre des forfaits, duel tarifaire; se livrent, entre, que se
livrent), the event verbs of "aux côtés de" (dévoiler, détailler, officialiser), the speaker of an attribution beside one
(a annoncé, a confirmé, a assuré), a fronted "face à" rival on a market (a dominé le marché, gagne des parts)."""

# a kind of party and the names it stands for: the list's owner competes / partners with each (rivals34.kind_listed)
CASES = [
    ("La société Valmont a présenté son train. Le constructeur mise sur ce modèle pour résister à l'arrivée de ses "
     "nouveaux concurrents, l'allemand Siemens et le japonais Hitachi.",
     [("COMPETES_WITH", "Valmont", "Siemens"), ("COMPETES_WITH", "Valmont", "Hitachi")]),
    ("La chaîne Orvia doit désormais affronter ses rivaux, Carrefour et Auchan, sur le marché du frais.",
     [("COMPETES_WITH", "Orvia", "Carrefour"), ("COMPETES_WITH", "Orvia", "Auchan")]),
    ("Pour contenir ses challengers, notamment Free et Bouygues Telecom, l'opérateur Orvia a baissé ses prix.",
     [("COMPETES_WITH", "Orvia", "Free"), ("COMPETES_WITH", "Orvia", "Bouygues Telecom")]),
    ("Face à des compétiteurs tels que Airbus et Boeing, la société Aérix a misé sur les petits avions.",
     [("COMPETES_WITH", "Aérix", "Airbus"), ("COMPETES_WITH", "Aérix", "Boeing")]),
    ("Station Nord s'est imposé comme un lieu incontournable : mille entreprises y sont hébergées, au sein de "
     "programmes montés avec des partenaires comme Danone, Renault ou Orange.",
     [("PARTNERS_WITH", "Station Nord", "Danone"), ("PARTNERS_WITH", "Station Nord", "Renault"),
      ("PARTNERS_WITH", "Station Nord", "Orange")]),
    ("Le fonds Avenor a bâti son réseau avec ses partenaires, la Banque Ortal et la société Veranda.",
     [("PARTNERS_WITH", "Avenor", "Banque Ortal"), ("PARTNERS_WITH", "Avenor", "Veranda")]),
    ("L'incubateur Nova Lab travaille avec des partenaires tels que Michelin et TotalEnergies.",
     [("PARTNERS_WITH", "Nova Lab", "Michelin"), ("PARTNERS_WITH", "Nova Lab", "TotalEnergies")]),
]

# a companion at a meeting meets the host and the guest (rivals34.host_companion)
CASES += [
    ("Le président du Medef, Hugo Ferrand, a été reçu mardi à Matignon par Marc Delorme, en compagnie de Paul Aubry, "
     "le patron de la CPME.",
     [("MEETS", "Marc Delorme", "Paul Aubry")]),
    ("Le sénateur Jean Morel a été reçu par le préfet Marc Dalban avec une délégation de la CFDT.",
     [("MEETS", "Marc Dalban", "CFDT"), ("MEETS", "Jean Morel", "CFDT")]),
    ("Marc Dalban, qui a rencontré lundi le préfet Jean Morel aux côtés de Sophie Bertin, s'est dit satisfait.",
     [("MEETS", "Jean Morel", "Sophie Bertin")]),
]

# being beside one while unveiling, detailing, making official (allies31.beside_at_event, event verbs widened)
CASES += [
    ("Le directeur Hugo Ferrand a dévoilé les plans aux côtés de Marc Delorme.",
     [("MEETS", "Hugo Ferrand", "Marc Delorme")]),
    ("En compagnie du ministre Paul Aubry, la préfète Karine Lemaire a détaillé mardi le chantier du futur hôpital.",
     [("MEETS", "Karine Lemaire", "Paul Aubry")]),
    ("Aux côtés de la ministre Sophie Bertin, le maire Hugo Ferrand a officialisé lundi la construction du stade.",
     [("MEETS", "Hugo Ferrand", "Sophie Bertin")]),
]

# a fight over a market is competition, persons or companies (stands._waged, rivals34.market_war)
CASES += [
    ("Marc Delorme et Hugo Ferrand se livrent depuis 2012 une guerre des prix sans merci sur le mobile.",
     [("COMPETES_WITH", "Marc Delorme", "Hugo Ferrand")]),
    ("La guerre des forfaits entre Bouygues et Orange a fait chuter les marges.",
     [("COMPETES_WITH", "Bouygues", "Orange")]),
    ("Le duel tarifaire que se livrent Paul Aubry et Hugo Ferrand inquiète les opérateurs.",
     [("COMPETES_WITH", "Paul Aubry", "Hugo Ferrand")]),
]

# beside one at an event told in a quote's attribution: the inverted speaker (rivals34.beside_speaker)
CASES += [
    ("La Région Bretagne versera 3 millions d'euros au lycée, a annoncé vendredi Hugo Ferrand, président du conseil "
     "régional, lors d'une visite du chantier aux côtés de Marc Delorme, le PDG du groupe.",
     [("MEETS", "Hugo Ferrand", "Marc Delorme")]),
    ("Le département financera la route, a confirmé l'élu Paul Aubry mardi lors d'un déplacement sur le site en "
     "compagnie de Sophie Bertin.",
     [("MEETS", "Paul Aubry", "Sophie Bertin")]),
    ("« Nous tiendrons les délais », a assuré jeudi la ministre Karine Lemaire, en compagnie du maire Jean Morel, lors "
     "de l'inauguration du pont.",
     [("MEETS", "Karine Lemaire", "Jean Morel")]),
]

# a fronted "face à" rival, in a clause told of a market (rivals34.faced_front)
CASES += [
    ("Face à Boeing, englué dans ses difficultés, Airbus n'a jamais autant dominé le marché.",
     [("COMPETES_WITH", "Airbus", "Boeing")]),
    ("Face à l'allemand Siemens et au japonais Hitachi, le groupe Valmont gagne des parts de marché.",
     [("COMPETES_WITH", "Valmont", "Siemens"), ("COMPETES_WITH", "Valmont", "Hitachi")]),
    ("Face à Carrefour, qui baisse ses prix, l'enseigne Lidl multiplie les promotions pour garder ses clients.",
     [("COMPETES_WITH", "Lidl", "Carrefour")]),
]

FORBIDDEN = [
    # a fronted "face à" with no market is no competition
    ("Face à la CGT, la direction de Renault a cédé sur les salaires.", ("COMPETES_WITH", "Renault", "CGT")),
    ("Face à Renault, le ministre Paul Aubry a défendu le prix de l'électricité.",
     ("COMPETES_WITH", "Paul Aubry", "Renault")),
    ("La Région Bretagne versera 3 millions d'euros au lycée, a annoncé vendredi Hugo Ferrand, président du conseil "
     "régional, lors d'une visite du chantier aux côtés de Marc Delorme, le PDG du groupe.",
     ("MEETS", "Région Bretagne", "Marc Delorme")),
    # a fight over a post is a feud, not a market
    ("Marc Delorme et Hugo Ferrand se livrent une guerre sans merci pour la mairie.",
     ("COMPETES_WITH", "Marc Delorme", "Hugo Ferrand")),
    ("La guerre des forfaits entre Bouygues et Orange a fait chuter les marges.",
     ("OPPOSES", "Bouygues", "Orange")),
    ("Marc Delorme et Hugo Ferrand se livrent depuis 2012 une guerre des prix sans merci sur le mobile.",
     ("OPPOSES", "Marc Delorme", "Hugo Ferrand")),
    # a person's rivals in an election are opponents
    ("Le sénateur Paul Aubry affronte ses adversaires, Hugo Ferrand et Marc Dalban, aux municipales.",
     ("COMPETES_WITH", "Paul Aubry", "Hugo Ferrand")),
    # a past infinitive of reason after a named object: the object's partners, not the subject's
    ("La Commission a sanctionné jeudi la société Fitalys pour avoir transmis des données à ses partenaires "
     "publicitaires Adlinq et Publix.", ("PARTNERS_WITH", "Commission", "Adlinq")),
    # the names of a rival list are not partners or rivals of each other
    ("La chaîne Orvia doit désormais affronter ses rivaux, Carrefour et Auchan, sur le marché du frais.",
     ("COMPETES_WITH", "Carrefour", "Auchan")),
    ("L'incubateur Nova Lab travaille avec des partenaires tels que Michelin et TotalEnergies.",
     ("PARTNERS_WITH", "Michelin", "TotalEnergies")),
]
