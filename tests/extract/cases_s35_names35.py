"""Cases of helper s35-names35 (mentions/names35.py), invented names and sentences.

- a company's name ending in a lower-case English word (events, group, energy, partners, studios, motors …): the
  whole name, whatever the cue of the tie (patron de, dirige, rachète, cofondateur de) and the shape (apposition,
  relative, subject, object);
- a committee written in lower case (commission des finances / des lois / des affaires sociales / d'enquête,
  délégation aux droits des femmes), with or without its chamber: one GOV name, led by its chair whatever the cue
  (président de, préside, présidée par, à la tête de);
- a title opened by a figure ("20 Minutes"-like: a figure then a capitalised common noun) after a press noun or a
  preposition of a career or a source (passé par, pour, chez, selon, le quotidien …), not after a determiner."""

CASES = [
    # company names with an English tail word
    ("Selon la presse locale, Paul Dervaux, le patron de Kiosque events, aurait financé la campagne.",
     [("LEADS", "Paul Dervaux", "Kiosque events")]),
    ("Marc Tello dirige Orvane group depuis 2019, après dix ans chez Belcor.",
     [("LEADS", "Marc Tello", "Orvane group")]),
    ("Le constructeur Delvio motors a racheté l'an dernier la société Tessaline.",
     [("ACQUIRES", "Delvio motors", "Tessaline")]),
    ("Claire Aubin, cofondatrice de Pixelune studios, a présenté ses résultats.",
     [("FOUNDED", "Claire Aubin", "Pixelune studios")]),
    # committees in lower case
    ("Le président de la commission des finances, Luc Arnel, a critiqué le projet de loi.",
     [("LEADS", "Luc Arnel", "commission des finances")]),
    ("Élise Marchand, qui préside la commission des affaires sociales de l'Assemblée nationale, a convoqué "
     "les syndicats.",
     [("LEADS", "Élise Marchand", "commission des affaires sociales de l'Assemblée nationale")]),
    ("La commission d'enquête du Sénat, présidée par la sénatrice Jeanne Morel, a entendu les dirigeants.",
     [("LEADS", "Jeanne Morel", "commission d'enquête du Sénat")]),
    ("À la tête de la commission des lois du Sénat depuis 2023, Hugo Ferrand a déposé un amendement.",
     [("LEADS", "Hugo Ferrand", "commission des lois du Sénat")]),
    # titles opened by a figure, after a preposition of a career or a press noun
    ("Né à Brest, passé par 20 Minutes, Paul Dervaux rejoint en 2010 le site Mediaflux.",
     [("WORKS_FOR", "Paul Dervaux", "20 Minutes")]),
    ("Hugo Ferrand a travaillé pour 30 Secondes, puis pour le quotidien Libertas.",
     [("WORKS_FOR", "Hugo Ferrand", "30 Secondes")]),
    ("Nadia Koller, journaliste chez 9 Semaines, a révélé l'affaire.",
     [("WORKS_FOR", "Nadia Koller", "9 Semaines")]),
    ("Selon le mensuel 12 Saisons, dirigé par Rémi Vasseur, la société Mistrala va fermer.",
     [("LEADS", "Rémi Vasseur", "12 Saisons")]),
]

FORBIDDEN = [
    # a date or a count after a determiner is no title
    ("Les 27 États membres ont reçu le 14 Juillet la visite de Paul Dervaux, président de Mistrala.",
     ("LEADS", "Paul Dervaux", "27 États")),
    # the cut names are no longer given the tie
    ("Selon la presse locale, Paul Dervaux, le patron de Kiosque events, aurait financé la campagne.",
     ("LEADS", "Paul Dervaux", "Kiosque")),
    ("Marc Tello dirige Orvane group depuis 2019, après dix ans chez Belcor.",
     ("LEADS", "Marc Tello", "Orvane")),
    # a French word after a name is not a name's tail
    ("Marc Tello dirige Orvane services compris depuis 2019.",
     ("LEADS", "Marc Tello", "Orvane services")),
    # the chair of a committee does not lead its chamber
    ("Élise Marchand, qui préside la commission des affaires sociales de l'Assemblée nationale, a convoqué "
     "les syndicats.",
     ("LEADS", "Élise Marchand", "Assemblée nationale")),
]
