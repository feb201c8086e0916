"""Cases of the s33 stances with an unnamed holder (helper s33-stance33, slots/stance33.py, data/stance33.yaml),
invented names and sentences. Each mechanism is checked on several cue words and shapes: a feud, a closeness, an
attack or a meeting owned by a possessive or a dative (querelle, démêlés, rivalité, fâcherie; complicité, amitié;
piques, diatribe; tête-à-tête, entrevue), a stressed pronoun after a predicate of closeness (proche de lui, proche
d'elle, fidèle d'elle), a target made of someone (bête noire, prendre pour cible, son ennemi, une cible), going
along with one (accompagnait, a escorté, qui accompagnait)."""

# a feud owned by a possessive or a dative: the clause's subject, else the sentence before's one subject, else the
# portrait's person (stance33.owned_stance)
CASES = [
    ("Hélène Vasseur dirige le groupe Ortal depuis 2018. Sa querelle avec Bruno Leclair a fait la une de la presse "
     "économique.",
     [("OPPOSES", "Hélène Vasseur", "Bruno Leclair")]),
    ("Le sénateur Alain Rocher a longtemps présidé la commission des finances. Ses démêlés avec le préfet Jean Morel "
     "ont rythmé la vie politique locale.",
     [("OPPOSES", "Alain Rocher", "Jean Morel")]),
    ("Karine Lemaire entretient depuis 2020 sa rivalité avec Sophie Bertin.",
     [("OPPOSES", "Karine Lemaire", "Sophie Bertin")]),
    ("Thierry Gaubert préside le club Olympique Vernon depuis 2015. Son refus de vendre lui a valu une fâcherie "
     "durable avec Marc Dalban, le patron de la ligue.",
     [("OPPOSES", "Thierry Gaubert", "Marc Dalban")]),
]

# a closeness, an attack, a meeting owned by a possessive
CASES += [
    ("Lucas Ferrand a bâti sa carrière à la banque Ortal. Sa complicité avec le ministre Paul Aubry ne s'est jamais "
     "démentie.",
     [("ALLY_OF", "Lucas Ferrand", "Paul Aubry")]),
    ("Nadia Berthier doit beaucoup à son amitié avec Étienne Carvin.",
     [("ALLY_OF", "Nadia Berthier", "Étienne Carvin")]),
    ("La députée Clara Fontel a déposé une proposition de loi sur les frais bancaires. Ses piques contre le groupe "
     "Valtor sont devenues un rituel.",
     [("ACCUSES", "Clara Fontel", "Valtor")]),
    ("Le sénateur Alain Rocher a publié une tribune. Sa diatribe contre la banque Ortal a surpris ses collègues.",
     [("ACCUSES", "Alain Rocher", "Ortal")]),
    ("Bruno Leclair dirige la société Mirel depuis 2019. Son tête-à-tête avec la ministre Sophie Bertin a duré une "
     "heure.",
     [("MEETS", "Bruno Leclair", "Sophie Bertin")]),
    ("Le maire de Vernon, Paul Aubry, a fait le déplacement. Son entrevue avec Étienne Carvin s'est tenue à huis clos.",
     [("MEETS", "Paul Aubry", "Étienne Carvin")]),
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
