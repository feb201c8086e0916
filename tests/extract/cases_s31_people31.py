"""Cases of the s31 people's-posts mechanisms (helper s31-people31), invented names and sentences. Each mechanism is
checked on several shapes (cue words, tense, word order, relative, quote attribution, apposition before or after
the verb); word families in src/cercle/extract/data/people31.yaml."""

# a title's "de" complement described after a comma ("filiale de Z", "maison mère de Z") is no holder of the title
# (slots/titles._complement_description)
CASES = [
    ("Hugo Ferrand, le PDG de Vexora Médias, filiale de Norlac Industries, présent à Lyon mardi, a salué l'accord.",
     [("LEADS", "Hugo Ferrand", "Vexora Médias"), ("OWNS", "Norlac Industries", "Vexora Médias")]),
    ("« Nous restons prudents », a déclaré Lina Marchal, la directrice générale de la Banque Corvel, filiale du "
     "groupe Vexora, lundi.",
     [("LEADS", "Lina Marchal", "Banque Corvel")]),
    ("Sonia Berthier, présidente d'Ordalis Santé, premier employeur de la région, a démissionné.",
     [("LEADS", "Sonia Berthier", "Ordalis Santé")]),
    ("Lina Marchal, la patronne de Telvane, actionnaire de Norlac Industries, refuse de commenter.",
     [("LEADS", "Lina Marchal", "Telvane")]),
]
FORBIDDEN = [
    ("Hugo Ferrand, le PDG de Vexora Médias, filiale de Norlac Industries, présent à Lyon mardi, a salué l'accord.",
     ("LEADS", "Hugo Ferrand", "Norlac Industries")),
]

# a verb of leading whose object is the whole staff or governing body of an organisation: it leads the
# organisation (slots/people31.whole_body, rule leads.whole_body)
CASES += [
    ("Paul Verdier dirige depuis 2012 les rédactions de La Gazette du Centre.",
     [("LEADS", "Paul Verdier", "La Gazette du Centre")]),
    ("Sonia Berthier préside aux destinées de Norlac Industries depuis 2018.",
     [("LEADS", "Sonia Berthier", "Norlac Industries")]),
    ("Hugo Ferrand, qui pilote la rédaction de L'Écho Normand depuis 2019, a refusé de commenter.",
     [("LEADS", "Hugo Ferrand", "L'Écho Normand")]),
    ("Selon Paul Verdier, qui a dirigé pendant dix ans les rédactions de La Gazette du Centre, le titre est menacé.",
     [("LEADS", "Paul Verdier", "La Gazette du Centre")]),
    ("Lina Marchal, qui préside l'exécutif de Vexora Médias, a démenti.",
     [("LEADS", "Lina Marchal", "Vexora Médias")]),
]

# a post noun tagged a verb ("présidente et fondatrice de Y", "petit-neveu de Z") and an adjective taken for the
# noun a title hangs on ("le discret PDG de Y") (slots/people31.mend_person_nouns)
CASES += [
    ("Lina Marchal, présidente et fondatrice de Norlac Industries, ne parle jamais.",
     [("FOUNDED", "Lina Marchal", "Norlac Industries"), ("LEADS", "Lina Marchal", "Norlac Industries")]),
    ("Sonia Berthier, directrice générale et cofondatrice d'Ordalis Santé, a signé.",
     [("FOUNDED", "Sonia Berthier", "Ordalis Santé")]),
    ("Paul Verdier, le discret PDG et actionnaire de Norlac Industries, ne parle jamais.",
     [("LEADS", "Paul Verdier", "Norlac Industries"), ("OWNS", "Paul Verdier", "Norlac Industries")]),
    ("Hugo Ferrand, petit-neveu de Paul Verdier, a pris la direction de Vexora Médias.",
     [("FAMILY", "Hugo Ferrand", "Paul Verdier"), ("LEADS", "Hugo Ferrand", "Vexora Médias")]),
]

# a possessed seat named by a board title: the verb's subject sits on the board (slots/people31.board_seat)
CASES += [
    ("Paul Verdier a renoncé à son siège d'administrateur de Norlac Industries, qu'il occupait depuis 2015.",
     [("BOARD_MEMBER", "Paul Verdier", "Norlac Industries")]),
    ("Lina Marchal conserve son mandat d'administratrice de la Banque Corvel.",
     [("BOARD_MEMBER", "Lina Marchal", "Banque Corvel")]),
    ("Hugo Ferrand a abandonné en mars son fauteuil d'administrateur de Vexora Médias.",
     [("BOARD_MEMBER", "Hugo Ferrand", "Vexora Médias")]),
    ("Sonia Berthier, qui a quitté son siège d'administratrice de la Banque Corvel en 2021, dirige Ordalis Santé.",
     [("BOARD_MEMBER", "Sonia Berthier", "Banque Corvel")]),
]

# a party joined: a member, not an ally (slots/people31.joined_party, rules member.joined_party, member.party_card)
CASES += [
    ("Paul Verdier, rallié depuis 2022 au Parti radical valoisien, peut compter sur ses soutiens.",
     [("MEMBER_OF", "Paul Verdier", "Parti radical valoisien")]),
    ("Lina Marchal s'est ralliée en 2019 au Mouvement des Patriotes.",
     [("MEMBER_OF", "Lina Marchal", "Mouvement des Patriotes")]),
    ("Sonia Berthier est entrée au Mouvement des Patriotes à vingt ans.",
     [("MEMBER_OF", "Sonia Berthier", "Mouvement des Patriotes")]),
    ("Paul Verdier a pris sa carte au Parti radical valoisien en 2010.",
     [("MEMBER_OF", "Paul Verdier", "Parti radical valoisien")]),
]
FORBIDDEN += [
    ("Lina Marchal s'est ralliée en 2019 au Mouvement des Patriotes.",
     ("ALLY_OF", "Lina Marchal", "Mouvement des Patriotes")),
    ("Sonia Berthier est entrée au capital de Norlac Industries en 2019.",
     ("MEMBER_OF", "Sonia Berthier", "Norlac Industries")),
]

# a participle of moving on before an infinitive of leading (slots/people31.moved_to_lead)
CASES += [
    ("Paul Verdier, parti présider le conseil d'administration de Norlac Industries, a quitté Vexora Médias.",
     [("LEADS", "Paul Verdier", "Norlac Industries")]),
    ("Le départ d'Hugo Ferrand, reparti piloter Ordalis Santé, inquiète les salariés.",
     [("LEADS", "Hugo Ferrand", "Ordalis Santé")]),
    ("Lina Marchal, venue diriger la Banque Corvel en 2020, a lancé un plan.",
     [("LEADS", "Lina Marchal", "Banque Corvel")]),
    ("Sonia Berthier, revenue présider le conseil de surveillance d'Ordalis Santé, reprend la main.",
     [("LEADS", "Sonia Berthier", "Ordalis Santé")]),
]

# "Ancien(ne) de Y," opening the sentence: the main verb's subject worked for Y (slots/people31.fronted_former)
CASES += [
    ("Ancienne de la Banque Corvel, Lina Marchal dirige désormais Norlac Industries.",
     [("WORKS_FOR", "Lina Marchal", "Banque Corvel")]),
    ("Ancien de Vexora Médias, passé par Norlac Industries, Paul Verdier a toujours revendiqué un ancrage à droite.",
     [("WORKS_FOR", "Paul Verdier", "Vexora Médias")]),
    ("Paul Verdier a été reçu hier. Ancien de la Banque Corvel, il a rejoint Norlac Industries en 2020.",
     [("WORKS_FOR", "Paul Verdier", "Banque Corvel")]),
]

# a monarch or ruler heads the state the title names (rule leads.sovereign)
CASES += [
    ("Le ministre a reçu l'émir du Koweït, Karim ben Salem, à Paris.", [("LEADS", "Karim ben Salem", "Koweït")]),
    ("Karim ben Salem, l'émir du Koweït, a reçu la délégation.", [("LEADS", "Karim ben Salem", "Koweït")]),
    ("Le roi de Jordanie, Karim ben Salem, a salué l'accord.", [("LEADS", "Karim ben Salem", "Jordanie")]),
]

# the witness stand of a court is no helm (slots/people31.witness_stand)
FORBIDDEN += [
    ("Paul Verdier s'est avancé mardi à la barre de la cour d'appel de Nîmes.",
     ("LEADS", "Paul Verdier", "cour d'appel de Nîmes")),
    ("Lina Marchal a comparu à la barre du tribunal correctionnel de Lyon.",
     ("LEADS", "Lina Marchal", "tribunal correctionnel de Lyon")),
    ("Appelé à la barre du tribunal de commerce de Rennes, Hugo Ferrand a défendu son bilan.",
     ("LEADS", "Hugo Ferrand", "tribunal de commerce de Rennes")),
]
CASES += [
    ("Lina Marchal a pris la barre de Norlac Industries en 2021.", [("LEADS", "Lina Marchal", "Norlac Industries")]),
]

# a title keeps its own "de" complement, not the one of a noun coordinated with it (slots/people31.own_complement)
FORBIDDEN += [
    ("Son opposition à Paul Verdier, patron du Stade de Brivel et promoteur de la Ligue des Champions Unies, n'a "
     "jamais faibli.", ("LEADS", "Paul Verdier", "Ligue des Champions Unies")),
    ("Lina Marchal, présidente de la Banque Corvel et mécène de la Fondation Arlequin, a signé.",
     ("LEADS", "Lina Marchal", "Fondation Arlequin")),
    ("Selon Hugo Ferrand, directeur général de Norlac Industries et auteur d'un rapport pour l'Institut Delorme, "
     "la crise est durable.", ("LEADS", "Hugo Ferrand", "Institut Delorme")),
]
CASES += [
    ("Son opposition à Paul Verdier, patron du Stade de Brivel et promoteur de la Ligue des Champions Unies, n'a "
     "jamais faibli.", [("LEADS", "Paul Verdier", "Stade de Brivel")]),
]

# a verb of leading with "avec" a person: both lead (slots/people31.co_leader)
CASES += [
    ("Paul Verdier dirige Norlac Industries avec Lina Marchal depuis 2019.",
     [("LEADS", "Lina Marchal", "Norlac Industries"), ("LEADS", "Paul Verdier", "Norlac Industries")]),
    ("Depuis 2021, Sonia Berthier copilote Ordalis Santé avec son frère, Marc Berthier.",
     [("LEADS", "Sonia Berthier", "Ordalis Santé")]),
    ("« Rien n'est décidé », assure Hugo Ferrand, qui préside la Banque Corvel avec Lina Marchal.",
     [("LEADS", "Lina Marchal", "Banque Corvel")]),
]

# time spent at an employer: former employment (slots/people31.time_spent, rule works_for.time_spent)
CASES += [
    ("Hugo Ferrand, directeur général de Norlac Industries depuis 2024 après huit années passées au FC Brivel, a "
     "salué l'accord.", [("WORKS_FOR", "Hugo Ferrand", "FC Brivel")]),
    ("Après dix ans passés chez Vexora Médias, Lina Marchal rejoint la Banque Corvel.",
     [("WORKS_FOR", "Lina Marchal", "Vexora Médias")]),
    ("Sonia Berthier, qui a passé quinze ans à la Banque Corvel, dirige Ordalis Santé.",
     [("WORKS_FOR", "Sonia Berthier", "Banque Corvel")]),
    ("Fort de trois saisons passées à l'Olympique de Brivel, Paul Verdier vise le titre.",
     [("WORKS_FOR", "Paul Verdier", "Olympique de Brivel")]),
]
FORBIDDEN += [
    ("Hugo Ferrand, directeur général de Norlac Industries depuis 2024 après huit années passées au FC Brivel, a "
     "salué l'accord.", ("MEMBER_OF", "Hugo Ferrand", "FC Brivel")),
]
FORBIDDEN += [
    ("Sa directrice, qui a cofondé l'entreprise en 2019 avec Marc Delorme après dix ans passés à la Banque Corvel, "
     "s'explique.", ("WORKS_FOR", "Marc Delorme", "Banque Corvel")),
]
CASES += [
    ("Hugo Vernet, directeur général du Stade brestois depuis 2023 après six années passées au RC Vannes, a salué « un "
     "geste fort ».", [("WORKS_FOR", "Hugo Vernet", "RC Vannes")]),
]
