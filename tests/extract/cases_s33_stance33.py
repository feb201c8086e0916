"""Cases of the s33 stances with an unnamed holder (helper s33-stance33, slots/stance33.py, data/stance33.yaml),
invented names and sentences. Each mechanism is checked on several cue words and shapes: a feud or a closeness owned
by a possessive or a dative (querelle, démêlés, rivalité, brouille, fâcherie; accointances, affinités, amitié), an
attack so owned (piques, diatribe), a stressed pronoun after a predicate of closeness (proche de lui, proche d'elle,
fidèle d'elle), a target made of someone (bête noire, prendre pour cible, son ennemi, une cible), going along with
one (accompagnait, a escorté, qui accompagnait), a possessive ally named by a predicate (son mentor s'appelle, et son
mentor, son parrain reste), a ruling blamed in a court report (a dénoncé un arrêt, fustige un jugement, déplore une
décision), a relative "dont" (dont il fut le bras droit, compagnons de route, l'une des plus proches alliées)."""

# a feud owned by a possessive or a dative: the clause's subject, else the sentence before's one subject, else the
# portrait's person (stance33.owned_stance)
CASES = [
    ("Hélène Vasseur dirige le groupe Ortal depuis 2018. Sa querelle avec Bruno Leclair a fait la une de la presse "
     "économique.",
     [("OPPOSES", "Hélène Vasseur", "Bruno Leclair")]),
    ("Le sénateur Alain Rocher a longtemps présidé la commission des finances. Ses démêlés avec le préfet Jean Morel "
     "ont rythmé la vie politique locale.",
     [("OPPOSES", "Alain Rocher", "Jean Morel")]),
    ("Karine Lemaire a pris la tête du parti Avenir Commun en 2020. Sa rivalité avec Sophie Bertin structure depuis "
     "la vie du parti.",
     [("OPPOSES", "Karine Lemaire", "Sophie Bertin")]),
    ("Sophie Bertin a pris la présidence de la région en 2021. Son départ lui a coûté une brouille avec Étienne "
     "Carvin.",
     [("OPPOSES", "Sophie Bertin", "Étienne Carvin")]),
    ("Thierry Gaubert préside le club Olympique Vernon depuis 2015. Son refus de vendre lui a valu une fâcherie "
     "durable avec Marc Dalban, le patron de la ligue.",
     [("OPPOSES", "Thierry Gaubert", "Marc Dalban")]),
]

# a closeness or an attack owned by a possessive or a dative (a meeting so owned is read by meets.noun)
CASES += [
    ("Lucas Ferrand a bâti sa carrière à la banque Ortal. Ses accointances avec le ministre Paul Aubry ont fait "
     "jaser.",
     [("ALLY_OF", "Lucas Ferrand", "Paul Aubry")]),
    ("Sophie Bertin a pris la présidence de la région en 2021. Ses affinités avec Étienne Carvin sont connues de tous.",
     [("ALLY_OF", "Sophie Bertin", "Étienne Carvin")]),
    ("Nadia Berthier préside la fondation Arcel depuis 2012. Son engagement lui a valu une amitié solide avec "
     "Étienne Carvin.",
     [("ALLY_OF", "Nadia Berthier", "Étienne Carvin")]),
    ("La députée Clara Fontel a déposé une proposition de loi sur les frais bancaires. Ses piques contre le groupe "
     "Valtor sont devenues un rituel.",
     [("ACCUSES", "Clara Fontel", "Valtor")]),
    ("Le sénateur Alain Rocher a publié une tribune. Sa diatribe contre la banque Ortal a surpris ses collègues.",
     [("ACCUSES", "Alain Rocher", "Ortal")]),
]

# a stressed pronoun after a predicate of closeness: the one person of its gender the sentence before made its
# subject (stance33.pronoun_stance)
CASES += [
    ("Le ministre Thierry Gaubert a longtemps dirigé la Caisse Orval. Son ancien adjoint, Lucas Ferrand, demeure très "
     "proche de lui.",
     [("ALLY_OF", "Lucas Ferrand", "Thierry Gaubert")]),
    ("Nadia Berthier a présidé la Ligue Ouest jusqu'en 2022. Karine Lemaire, qui lui a succédé, est restée une fidèle "
     "d'elle.",
     [("ALLY_OF", "Karine Lemaire", "Nadia Berthier")]),
    ("Sophie Bertin a fondé le cabinet Mirel en 2001. Le nouveau directeur, Étienne Carvin, passe pour proche d'elle.",
     [("ALLY_OF", "Étienne Carvin", "Sophie Bertin")]),
]

# a target made of someone (stance33.target_made)
CASES += [
    ("Le député Alain Rocher a fait de la société Valtor sa bête noire.",
     [("ACCUSES", "Alain Rocher", "Valtor")]),
    ("Le syndicat Force Unie avait pris pour cible le groupe Ortal.",
     [("ACCUSES", "Force Unie", "Ortal")]),
    ("La sénatrice Clara Fontel, qui a fait de la banque Ortal une cible, réclame une enquête.",
     [("ACCUSES", "Clara Fontel", "Ortal")]),
    ("Le sénateur Alain Rocher a fait du préfet Jean Morel son ennemi.",
     [("OPPOSES", "Alain Rocher", "Jean Morel")]),
]

# going along with one (stance33.accompanied)
CASES += [
    ("Paul Verdier accompagnait le ministre Marc Delorme à Brest.",
     [("MEETS", "Paul Verdier", "Marc Delorme")]),
    ("Étienne Carvin, PDG de Mirel, qui accompagnait la ministre de l'Industrie, Sophie Bertin, a visité l'usine.",
     [("MEETS", "Étienne Carvin", "Sophie Bertin")]),
    ("En 2023, Bruno Leclair a escorté le président Paul Aubry jusqu'à Lorient.",
     [("MEETS", "Bruno Leclair", "Paul Aubry")]),
]

# a possessive ally named by a predicate or joined to a name's apposition (stance33.own_named_predicate)
CASES += [
    ("Valérie Bardin dirige depuis 2021 le gestionnaire Ormond. Son mentor s'appelle Yves Perrin.",
     [("ALLY_OF", "Valérie Bardin", "Yves Perrin")]),
    ("Guillaume Fabre dirige le groupe Ortal depuis 2019. C'est Tom Enzo, alors président exécutif d'Ortal et son "
     "mentor, qui le rappelle en 2018.",
     [("ALLY_OF", "Guillaume Fabre", "Tom Enzo")]),
    ("Guillaume Fabre dirige le groupe Ortal depuis 2019. Son parrain en politique reste Marc Delorme.",
     [("ALLY_OF", "Guillaume Fabre", "Marc Delorme")]),
]

# a ruling blamed in a court report: the report's one court (stance33.ruling_blamed)
CASES += [
    ("La cour d'appel de Rennes a condamné mardi le laboratoire Vernal à 2 millions d'euros d'amende. Me Paul "
     "Verdier, l'avocat du laboratoire, a dénoncé « un arrêt guidé par l'émotion ».",
     [("ACCUSES", "Paul Verdier", "cour d'appel de Rennes")]),
    ("Le tribunal correctionnel de Lille a condamné Marc Delorme à deux ans de prison. Son avocate, Me Lina "
     "Marchal, fustige un jugement « incompréhensible » et annonce un appel.",
     [("ACCUSES", "Lina Marchal", "tribunal correctionnel de Lille")]),
    ("Le tribunal correctionnel de Nîmes a condamné jeudi la société Ortal à 80 000 euros d'amende. Hugo Ferrand, "
     "son directeur, déplore une décision « disproportionnée ».",
     [("ACCUSES", "Hugo Ferrand", "tribunal correctionnel de Nîmes")]),
]


FORBIDDEN = [
    # a plural possessive is not the singular subject's
    ("Hélène Vasseur dirige le groupe Ortal depuis 2018. Leur différend avec le cabinet Mirel reste entier.",
     ("OPPOSES", "Hélène Vasseur", "Mirel")),
    # another person named before: the possessive may be theirs
    ("Paul Verdier a nommé Marc Delorme. Son différend avec Jean Morel est ancien.",
     ("OPPOSES", "Paul Verdier", "Jean Morel")),
    # two companies close are partners, not allies
    ("La banque Ortal a vu sa proximité avec le fonds Valtor se renforcer.",
     ("ALLY_OF", "Ortal", "Valtor")),
    # a company "accompagne" a client: no meeting
    ("Le cabinet Mirel accompagne le groupe Ortal dans sa transformation.",
     ("MEETS", "Mirel", "Ortal")),
    ("Le cabinet de conseil Mirel, dirigé par Paul Aubry, accompagne Sophie Bertin dans sa campagne.",
     ("MEETS", "Mirel", "Sophie Bertin")),
    # "prendre la tête de" is no target
    ("Le député Alain Rocher a pris la tête de la fronde contre la société Valtor.",
     ("ACCUSES", "Alain Rocher", "Valtor")),
]

FORBIDDEN += [
    # a decision with its author said is not the court's
    ("Le tribunal correctionnel de Lille a condamné Marc Delorme. Le maire, Paul Verdier, a dénoncé la décision du "
     "conseil municipal.",
     ("ACCUSES", "Paul Verdier", "tribunal correctionnel de Lille")),
    ("Le tribunal correctionnel de Lille a condamné Marc Delorme. Paul Verdier n'a pas critiqué le jugement.",
     ("ACCUSES", "Paul Verdier", "tribunal correctionnel de Lille")),
    # a rival is no ally
    ("Guillaume Fabre dirige le groupe Ortal depuis 2019. Son rival s'appelle Marc Delorme.",
     ("ALLY_OF", "Guillaume Fabre", "Marc Delorme")),
]

# "un arrêt" is a "cour"'s ruling, "un jugement" a "tribunal"'s: the one court of that kind named before
CASES += [
    ("Le laboratoire Vernal avait été condamné par le tribunal correctionnel de Rennes en 2021. La cour d'appel de "
     "Rennes a confirmé mardi sa condamnation à 2 millions d'euros d'amende. À l'inverse, Me Paul Verdier, l'avocat "
     "du laboratoire, a dénoncé « un arrêt guidé par l'émotion ».",
     [("ACCUSES", "Paul Verdier", "cour d'appel de Rennes")]),
]

# a relative "dont" whose clause makes its subject one's ally or rival (stance33.dont_stance)
CASES += [
    ("Paul Aubry dirige la région depuis 2021. Il a longtemps servi Marc Delorme, dont il fut le bras droit.",
     [("ALLY_OF", "Paul Aubry", "Marc Delorme")]),
    ("Richard Fernand préside le Conseil. Il a été nommé par Emmanuel Marot, dont il est l'un des plus anciens "
     "compagnons de route.",
     [("ALLY_OF", "Richard Fernand", "Emmanuel Marot")]),
    ("Sophie Bertin a pris la tête du groupe. Elle doit sa carrière à Hélène Vasseur, dont elle reste l'une des plus "
     "proches alliées.",
     [("ALLY_OF", "Sophie Bertin", "Hélène Vasseur")]),
]

FORBIDDEN += [
    # a post is no closeness
    ("Paul Aubry dirige la région. Il a rencontré Marc Delorme, dont il est le directeur de cabinet depuis 2019.",
     ("ALLY_OF", "Paul Aubry", "Marc Delorme")),
    # a companion "de route" is a comrade, no kin
    ("Richard Fernand préside le Conseil. Il a été nommé par Emmanuel Marot, dont il est l'un des plus anciens "
     "compagnons de route.",
     ("FAMILY", "Richard Fernand", "Emmanuel Marot")),
]

# a verb of blame the tagger took for an adjective ("critique"), a named subject before it and a named object after
# it (stance33.blame_form_mistagged)
CASES += [
    ("Éric Trapon critique le groupe Airlo.",
     [("ACCUSES", "Éric Trapon", "Airlo")]),
    ("La sénatrice Lina Marchal critique vivement la société Valtor.",
     [("ACCUSES", "Lina Marchal", "Valtor")]),
    ("La ministre Sophie Bertin critique durement le laboratoire Vernal.",
     [("ACCUSES", "Sophie Bertin", "Vernal")]),
]

FORBIDDEN += [
    # the noun "la critique de X" is no blaming verb; a suit is no accusation in words
    ("La critique de Paul Aubry vise la banque Ortal.", ("ACCUSES", "Paul Aubry", "Ortal")),
    ("Éric Trapon attaque le fonds Valtor en justice.", ("ACCUSES", "Éric Trapon", "Valtor")),
]
