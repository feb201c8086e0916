"""Cases of the s34 competition, partnership and meeting readers (helper s34-rivals34, slots/rivals34.py,
data/rivals34.yaml), invented names and sentences. Each mechanism is checked on several cue words and shapes: a kind
of party and the names it stands for (concurrents, rivaux, challengers, compétiteurs; partenaires; after a comma,
"notamment", "tels que", "comme", right after the noun; the owner a subject, a fronted phrase's subject, a root
descriptor), a companion at a meeting (en compagnie de, aux côtés de, avec une délégation de; reçu par, a
rencontré), a fight over a market (guerre des prix, guerre des forfaits, duel tarifaire; se livrent, entre, que se
livrent), the event verbs of "aux côtés de" (dévoiler, détailler, officialiser)."""

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

FORBIDDEN = [
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
    # the names of a rival list are not partners or rivals of each other
    ("La chaîne Orvia doit désormais affronter ses rivaux, Carrefour et Auchan, sur le marché du frais.",
     ("COMPETES_WITH", "Carrefour", "Auchan")),
    ("L'incubateur Nova Lab travaille avec des partenaires tels que Michelin et TotalEnergies.",
     ("PARTNERS_WITH", "Michelin", "TotalEnergies")),
]
