"""Cases of the s18 coverage gaps of French (helper s18-gapA), invented names and sentences."""

# A relative clause whose copula puts a title or "à la tête de" on its "qui": the antecedent holds it
# ("X, qui est à la tête de Y", "X, qui fut la directrice générale de Y").
CASES = [
    ("Claire Dumont, qui est à la tête de la société Norvex depuis trois ans, a annoncé hier un plan "
     "d'économies pour l'usine de Brest.",
     [("LEADS", "Claire Dumont", "Norvex")]),
    ("Lucienne Ferrat, qui fut pendant dix ans la directrice générale de Bemex, publie ses mémoires cet "
     "automne chez un petit éditeur lyonnais.",
     [("LEADS", "Lucienne Ferrat", "Bemex")]),
    ("Les salariés ont été reçus par Gaston Villemer, qui était alors président du groupe Tarvel, puis par "
     "le préfet de région.",
     [("LEADS", "Gaston Villemer", "Tarvel")]),
    ("Hubert Cazenave, qui est aussi administrateur de la coopérative Agrilis, a voté contre "
     "le projet de fusion.",
     [("BOARD_MEMBER", "Hubert Cazenave", "Agrilis")]),
    ("Le syndicat a écrit à Jeanne Rochat, qui est désormais la patronne de la banque Vallorbe, pour "
     "demander l'ouverture de négociations salariales.",
     [("LEADS", "Jeanne Rochat", "Vallorbe")]),
]

# A post shared by two heads: each co-head leads ("coprésident(e)", "codirecteur", "co-présidente").
CASES += [
    ("Mathis Orliac, coprésident du mouvement Cap avenir, a rejeté jeudi toute alliance avec la droite "
     "pour les élections régionales.",
     [("LEADS", "Mathis Orliac", "Cap avenir")]),
    ("La coprésidente du Parti fédéraliste, Noémie Ardant, a annoncé sa candidature aux européennes.",
     [("LEADS", "Noémie Ardant", "Parti fédéraliste")]),
    ("Ruben Castaing et Yvette Marsac, les deux codirecteurs de l'institut Helvion, ont signé une "
     "tribune commune dans la presse régionale.",
     [("LEADS", "Ruben Castaing", "Helvion"), ("LEADS", "Yvette Marsac", "Helvion")]),
    ("Élu en mars, Anatole Vigier est depuis co-président de la fédération Sportalis et veut réformer "
     "les championnats amateurs.",
     [("LEADS", "Anatole Vigier", "Sportalis")]),
]

# An elected title followed by the party's label: the label is the party, not the person who holds the
# title ("X, le député PS du Finistère", "le maire UR d'Évry").
CASES += [
    ("Bastien Lorcy, le député RPF de la Sarthe, a déposé mardi un amendement sur les retraites agricoles.",
     [("MEMBER_OF", "Bastien Lorcy", "RPF")]),
    ("Le texte a été défendu par Maëlys Karadec, la sénatrice UDN du Morbihan, face à un hémicycle "
     "clairsemé.",
     [("MEMBER_OF", "Maëlys Karadec", "UDN")]),
    ("Josselin Pradal, le maire RPF de Vierzon, a dénoncé la fermeture de la maternité de sa commune.",
     [("MEMBER_OF", "Josselin Pradal", "RPF"), ("LEADS", "Josselin Pradal", "Vierzon")]),
]

# The head of a minister's or a leader's staff works for that person or body, does not lead it; a civil
# servant works for the body he serves; an estate's manager ("régisseur") for the estate.
CASES += [
    ("Octave Lemaistre, directeur de cabinet de Roseline Aubrac, a quitté ses fonctions vendredi après "
     "deux années passées au ministère.",
     [("WORKS_FOR", "Octave Lemaistre", "Roseline Aubrac")]),
    ("La cheffe de cabinet de Firmin Delattre, Agathe Sorel, a été entendue par les enquêteurs.",
     [("WORKS_FOR", "Agathe Sorel", "Firmin Delattre")]),
    ("Samuel Kervella, ancien haut fonctionnaire du ministère de l'Agriculture, rejoint un cabinet de "
     "conseil parisien.",
     [("WORKS_FOR", "Samuel Kervella", "ministère de l'Agriculture")]),
    ("Après vingt vendanges, Fabien Roustaing, le régisseur du château Montval, prendra sa retraite "
     "en décembre.",
     [("WORKS_FOR", "Fabien Roustaing", "Montval")]),
]

FORBIDDEN = [
    # a minister's chief of staff leads no ministry (nor the town the ministry sits in)
    ("Le ministre Édouard Ravel, qui fut son directeur de cabinet à Bercy, n'a pas souhaité réagir à "
     "cette nomination.",
     ("LEADS", "Édouard Ravel", "Bercy")),
    ("Octave Lemaistre, directeur de cabinet de Roseline Aubrac, a quitté ses fonctions vendredi après "
     "deux années passées au ministère.",
     ("LEADS", "Octave Lemaistre", "Roseline Aubrac")),
    # the party label right after an elected title is not the person who holds the title
    ("Bastien Lorcy, le député RPF de la Sarthe, a déposé mardi un amendement sur les retraites agricoles.",
     ("MEMBER_OF", "RPF", "Sarthe")),
]

# Closeness as a noun ("sa proximité avec Y", "la complicité entre A et B") and a confidant ("homme de
# confiance de Y") are ALLY_OF; a place's nearness is not.
CASES += [
    ("Au conseil municipal, Gérard Lachaume n'a jamais caché sa proximité avec le sénateur Albin Roquette.",
     [("ALLY_OF", "Gérard Lachaume", "Albin Roquette")]),
    ("La complicité entre Ophélie Marchetti et Bertrand Salvi remonte à leurs années de syndicalisme étudiant.",
     [("ALLY_OF", "Ophélie Marchetti", "Bertrand Salvi")]),
    ("Les opposants dénoncent la proximité de Lionel Bacquet avec l'armateur Tristan Kervadec depuis des années.",
     [("ALLY_OF", "Lionel Bacquet", "Tristan Kervadec")]),
    ("Didier Moncorgé, l'homme de confiance de Viviane Laffont, a négocié seul avec les créanciers.",
     [("ALLY_OF", "Didier Moncorgé", "Viviane Laffont")]),
    ("Sa femme de confiance, Armelle Quintin, a été chargée par Hugues Derval de préparer la campagne, et "
     "Armelle Quintin reste la femme de confiance d'Hugues Derval.",
     [("ALLY_OF", "Armelle Quintin", "Hugues Derval")]),
]

# A noun's phrase hung on the adjective or participle right after it ("en guerre ouverte avec Y", "un soutien
# appuyé à Y"); a meeting held by video.
CASES += [
    ("Depuis l'été, la compagnie Aerolis est en guerre ouverte avec le syndicat Pilotes unis.",
     [("OPPOSES", "Aerolis", "Pilotes unis")]),
    ("Lors du meeting, Séverin Abadie a apporté un soutien appuyé à la candidate Manon Delorme.",
     [("ALLY_OF", "Séverin Abadie", "Manon Delorme")]),
    ("Le maire Hervé Lucas a réaffirmé son soutien total à Colette Brisset face aux critiques de l'opposition.",
     [("ALLY_OF", "Hervé Lucas", "Colette Brisset")]),
    ("Une visioconférence entre le Premier ministre Aurélien Casteran et la chancelière Heike Vollmer "
     "s'est tenue lundi soir.",
     [("MEETS", "Aurélien Casteran", "Heike Vollmer")]),
    ("Jeudi, Norbert Vasseur a eu une longue visioconférence avec son homologue Ilse Brandauer.",
     [("MEETS", "Norbert Vasseur", "Ilse Brandauer")]),
]

# A party's defector was its member; a party's colours are its label; one who arrived from a company
# worked there.
CASES += [
    ("L'eurodéputé Jordan Vialle, autre transfuge du Parti républicain, a rejoint la liste dimanche.",
     [("MEMBER_OF", "Jordan Vialle", "Parti républicain")]),
    ("Ce transfuge de l'Union du centre, Valentin Morisse, siège désormais parmi les non-inscrits.",
     [("MEMBER_OF", "Valentin Morisse", "Union du centre")]),
    ("Aux municipales, Capucine Réaud portera les couleurs du Mouvement démocrate européen à Vannes.",
     [("MEMBER_OF", "Capucine Réaud", "Mouvement démocrate européen")]),
    ("Estelle Garnier, qui s'apprête à porter les couleurs de l'Alliance citoyenne, a présenté sa liste.",
     [("MEMBER_OF", "Estelle Garnier", "Alliance citoyenne")]),
    ("Le nouveau directeur financier, Rodolphe Amiel, arrivé de Transalpe en 2021, supervisera la cession.",
     [("WORKS_FOR", "Rodolphe Amiel", "Transalpe")]),
]

FORBIDDEN += [
    ("La proximité géographique de la société Valmont avec le port de Sète a pesé dans le choix du site.",
     ("ALLY_OF", "Valmont", "Sète")),
    ("Armelle Quintin, la femme de confiance d'Hugues Derval, a préparé la campagne.",
     ("FAMILY", "Armelle Quintin", "Hugues Derval")),
    ("Octave Perrault est arrivé de Lyon mardi soir pour négocier avec la direction de Transalpe.",
     ("WORKS_FOR", "Octave Perrault", "Lyon")),
]

# Object relatives of heading and founding (extract/relative_posts.py): "Y, que X dirige", "Y, que préside
# X", "Y, qu'il a créée avec Z", after an apposed description or in a chain of relatives.
CASES += [
    ("Le groupe Ostral, que Mathilde Varenne dirige depuis 2012, a racheté une imprimerie à Nantes.",
     [("LEADS", "Mathilde Varenne", "Ostral")]),
    ("La fédération Agrivia, que préside l'éleveur Bernard Quillec, réclame une aide d'urgence.",
     [("LEADS", "Bernard Quillec", "Agrivia")]),
    ("Les syndicats visent le groupe Portalis, dont l'État détient un tiers du capital et que Solène Garrigue dirige "
     "depuis son arrivée.",
     [("LEADS", "Solène Garrigue", "Portalis")]),
    ("Le parquet a ouvert une enquête sur Helvane, la plateforme de paiement que le banquier Roch Aubertin a "
     "fondée en 2019 avec l'investisseur Yanis Belkadi.",
     [("FOUNDED", "Roch Aubertin", "Helvane"), ("FOUNDED", "Yanis Belkadi", "Helvane")]),
    ("Le salon Agora Tech, que la société Vireo a créé en 2015, accueille cette année 300 exposants.",
     [("FOUNDED", "Vireo", "Agora Tech")]),
]

FORBIDDEN += [
    # "que" of a noun that is no actor: the people or the project one leads are no organisation
    ("Les ingénieurs que dirige Thibault Marchal chez Ostral ont quitté l'entreprise.",
     ("LEADS", "Thibault Marchal", "Ostral")),
]

# Membership told by "faire partie de" (not a company inside a group, nor a seat on a board), and by the
# relative "dont fait partie X" / "dont A et B font partie".
CASES += [
    ("Depuis son élection, la députée Inès Carvalho fait partie du Mouvement des territoires.",
     [("MEMBER_OF", "Inès Carvalho", "Mouvement des territoires")]),
    ("La compagnie Aerolis et le transporteur Baltair font partie de l'alliance Skylink depuis 2015.",
     [("MEMBER_OF", "Aerolis", "Skylink"), ("MEMBER_OF", "Baltair", "Skylink")]),
    ("La compagnie Nordvia quittera l'alliance Skylink, dont fait aussi partie le transporteur Baltair.",
     [("MEMBER_OF", "Baltair", "Skylink")]),
    ("Le consortium Transalpin, dont la société Vireo et le fonds Aldebaran font partie, a remporté l'appel "
     "d'offres.",
     [("MEMBER_OF", "Vireo", "Transalpin"), ("MEMBER_OF", "Aldebaran", "Transalpin")]),
]

# The Belgian, Italian or Swiss "administrateur délégué" runs the company; a title tagged a verb when a date
# comes between it and its "de" ("cofondateur en 2014 de Y").
CASES += [
    ("Giulio Ferrante, administrateur délégué de l'éditeur Arcadia Libri, a mené les négociations.",
     [("LEADS", "Giulio Ferrante", "Arcadia Libri")]),
    ("Le groupe Brevan, dont l'administratrice déléguée, Sofie Claessens, a présenté les comptes, recule en "
     "Bourse.",
     [("LEADS", "Sofie Claessens", "Brevan")]),
    ("Aurore Bastide, fondatrice en 1998 de l'agence Pixelune, prend sa retraite.",
     [("FOUNDED", "Aurore Bastide", "Pixelune")]),
]

FORBIDDEN += [
    ("La marque Ovalis fait partie du groupe Brevan depuis son rachat en 2011.",
     ("MEMBER_OF", "Ovalis", "Brevan")),
    ("Hélène Roussel fait partie du conseil d'administration du groupe Brevan depuis 2019.",
     ("MEMBER_OF", "Hélène Roussel", "Brevan")),
    ("Giulio Ferrante, administrateur délégué de l'éditeur Arcadia Libri, a mené les négociations.",
     ("BOARD_MEMBER", "Giulio Ferrante", "Arcadia Libri")),
]

# A post one is "at", set off after a name ("X, (désormais / jusqu'ici / alors) à la tête de Y", "X, aux
# commandes de Y depuis 2010"), parsed as the name's phrase; the name right before the phrase's comma holds it.
CASES += [
    ("Rosalie Ventura, désormais à la tête de la mutuelle Solvia, promet de geler les cotisations.",
     [("LEADS", "Rosalie Ventura", "Solvia")]),
    ("Gaspard Ollier, aux commandes du chantier naval Armorik depuis 2016, prépare sa succession.",
     [("LEADS", "Gaspard Ollier", "Armorik")]),
    ("Yolande Perrin, jusqu'ici à la tête du groupe Talvane, rejoint le conseil d'une banque.",
     [("LEADS", "Yolande Perrin", "Talvane")]),
]
FORBIDDEN += [
    # the phrase describes the name right before its comma, not another the parser hung it on
    ("En 2015, Hector Lazare, alors lobbyiste du groupe Talvane, rencontre souvent Irène Vidal, alors à la "
     "tête du ministère de l'Industrie.",
     ("LEADS", "Hector Lazare", "ministère de l'Industrie")),
]

# A lawyer ("Me X") who defends someone works for that client (ONTOLOGY), no political support.
CASES += [
    ("« Mon client conteste tout », a réagi Me Bertille Ancelin, qui défend Joachim Ferrandi depuis 2019.",
     [("WORKS_FOR", "Bertille Ancelin", "Joachim Ferrandi")]),
    ("Me Anselme Rigaud défend l'ancien maire Lucien Tardieu devant le tribunal correctionnel de Lyon.",
     [("WORKS_FOR", "Anselme Rigaud", "Lucien Tardieu")]),
]
FORBIDDEN += [
    ("« Mon client conteste tout », a réagi Me Bertille Ancelin, qui défend Joachim Ferrandi depuis 2019.",
     ("ALLY_OF", "Bertille Ancelin", "Joachim Ferrandi")),
    # without the lawyer's title, defending someone is support
    ("Le sénateur Aubin Castel défend Lucien Tardieu contre les attaques de l'opposition.",
     ("WORKS_FOR", "Aubin Castel", "Lucien Tardieu")),
]

# An age set off after a name ("X, 52 ans, dirige Y") breaks the parse of the clause (parse repair).
CASES += [
    ("Maxence Loriot, 52 ans, dirige Calvane depuis 2010.",
     [("LEADS", "Maxence Loriot", "Calvane")]),
    ("Solveig Arnaud, 38 ans, dirige Terralis Capital depuis deux ans.",
     [("LEADS", "Solveig Arnaud", "Terralis Capital")]),
    ("Ferdinand Coste, 45 ans, accuse Octavie Lamarre de trahison.",
     [("ACCUSES", "Ferdinand Coste", "Octavie Lamarre")]),
]

# A move made by one against another, its noun carried by a participle with an agent: "les embargos décrétés
# par A contre B, C et D", "la guerre lancée par A contre B" ("contre B" hung on the noun itself).
CASES += [
    ("Les embargos décrétés par le Valdor contre la Carmélie ont ruiné les exportateurs.",
     [("OPPOSES", "Valdor", "Carmélie")]),
    ("La guerre lancée par le syndicat Force paysanne contre la coopérative Agrilis divise les éleveurs.",
     [("OPPOSES", "Force paysanne", "Agrilis")]),
]

# A present participle set off after the object acts with the clause's subject ("X a étrillé l'opération,
# reprochant à Y …"; the parser hangs it on the object, which names no one).
CASES += [
    ("La Cour des comptes a étrillé l'opération, reprochant à Calvane d'avoir retenu un candidat sans "
     "expérience.",
     [("ACCUSES", "Cour des comptes", "Calvane")]),
    ("Le sénateur Aubin Castel a démoli le rapport, reprochant à Solvane d'avoir masqué ses pertes.",
     [("ACCUSES", "Aubin Castel", "Solvane")]),
]

# A politician changing sides: "X est passé au parti Y", "autre transfuge de Z passé à Y".
CASES += [
    ("Le conseiller régional Jordan Vialle est passé au Mouvement des patriotes en 2021.",
     [("MEMBER_OF", "Jordan Vialle", "Mouvement des patriotes")]),
    ("Longtemps fidèle à la gauche, Clarisse Mondor est passée au Parti fédéraliste en 2021.",
     [("MEMBER_OF", "Clarisse Mondor", "Parti fédéraliste")]),
]
FORBIDDEN += [
    ("Le contrôle de la société Brevan est passé au fonds Aldebaran en 2019.",
     ("MEMBER_OF", "Brevan", "Aldebaran")),
]

# An organisation in brackets right after a person's title is the holder's party, not the holder.
CASES += [
    ("Barnabé Lesage, le président (RPF) du conseil départemental de l'Orne, a voté contre le budget.",
     [("LEADS", "Barnabé Lesage", "conseil départemental de l'Orne")]),
    ("Ophélie Tardif, la présidente (UDN) de la Région Armor, a présenté son plan de relance.",
     [("LEADS", "Ophélie Tardif", "Région Armor")]),
]

# Plain sentences no rule read: "X est l'un des fondateurs de Y" (a copula's partitive), "X s'en est pris à Y"
# (parsed as a reflexive passive), "la rupture entre A et B", "l'homme fort de Y"; "chef économiste" is staff.
CASES += [
    ("Édith Valmont est l'une des fondatrices de la coopérative Terralis.",
     [("FOUNDED", "Édith Valmont", "Terralis")]),
    ("Romain Escoffier était l'un des dirigeants du groupe Calvane avant son départ.",
     [("LEADS", "Romain Escoffier", "Calvane")]),
    ("Lors du débat, Aymeric Delaunay s'en est pris à la ministre Nadège Brunel.",
     [("ACCUSES", "Aymeric Delaunay", "Nadège Brunel")]),
    ("La rupture entre Gaëlle Morvan et Rodrigue Pellet est désormais consommée.",
     [("OPPOSES", "Gaëlle Morvan", "Rodrigue Pellet")]),
    ("Sigismond Varga, l'homme fort du groupe Talvane, a refusé de commenter.",
     [("LEADS", "Sigismond Varga", "Talvane")]),
]
FORBIDDEN += [
    ("Firmin Lacour, chef économiste de la banque Solvane, prévoit une récession.",
     ("LEADS", "Firmin Lacour", "Solvane")),
    ("La rupture conventionnelle de Firmin Lacour avec la banque Solvane a été signée.",
     ("OPPOSES", "Firmin Lacour", "Solvane")),
]

# In-laws are family; a meeting's "avec X" the parser took for an agent.
CASES += [
    ("Le banquier Horace Delmas est le beau-père de l'industriel Quentin Sauvage.",
     [("FAMILY", "Horace Delmas", "Quentin Sauvage")]),
    ("Apolline Garnier, la belle-mère du ministre Valentin Rey, siège au conseil.",
     [("FAMILY", "Apolline Garnier", "Valentin Rey")]),
    ("Anatole Berthier s'est entretenu mardi par téléphone avec Ulrich Sommer.",
     [("MEETS", "Anatole Berthier", "Ulrich Sommer")]),
]

# The one a company or a body moves under ("sous la houlette / la férule de X") leads it.
CASES += [
    ("Sous la houlette de sa présidente, Bérénice Aubry, la mutuelle Solvia a doublé ses adhérents.",
     [("LEADS", "Bérénice Aubry", "Solvia")]),
    ("Le groupe Calvane a triplé son chiffre d'affaires sous la houlette de Timothée Ravel.",
     [("LEADS", "Timothée Ravel", "Calvane")]),
]
FORBIDDEN += [
    ("Sous la houlette de Timothée Ravel, les ingénieurs ont conçu un moteur pour le groupe Calvane.",
     ("LEADS", "Timothée Ravel", "ingénieurs")),
]
