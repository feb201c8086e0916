"""Cases of the s20 recurring coverage gaps of French in people, posts and politics (helper s20-gapA3),
invented names and sentences."""

CASES = [
    # a successor told by "où elle succède à Z" / "où il remplace Z": the pronoun is the person of the clause
    # the "où" hangs in, the post the one at the body "où" follows
    ("Hélène Quéméner, maire de la ville de Brest et ancienne députée, prend la tête du ministère de la Culture, "
     "où elle remplace Armand Tessier.",
     [("LEADS", "Hélène Quéméner", "ministère de la Culture"), ("LEADS", "Armand Tessier", "ministère de la Culture")]),
    ("Bastien Morvan, secrétaire général du parti Avenir commun et patron du groupe Union à l'Assemblée, hérite "
     "du ministère des Sports, où il succède à Odile Carrère.",
     [("LEADS", "Odile Carrère", "ministère des Sports")]),
    # "en remplacement de Z": Z held the post taken
    ("Lise Perrault, élue à la tête de la fédération Sorbane en remplacement de Gaston Ruel, a parlé.",
     [("LEADS", "Lise Perrault", "Sorbane"), ("LEADS", "Gaston Ruel", "Sorbane")]),
    ("Lise Perrault a été nommée à la tête du groupe Sorbane en remplacement de Gaston Ruel.",
     [("LEADS", "Gaston Ruel", "Sorbane")]),
    # a person's alliance with a party, made or announced (for a vote when the party is not called one)
    ("Loïc Garnier a scellé une alliance avec le parti Horizon commun en vue du second tour.",
     [("ALLY_OF", "Loïc Garnier", "Horizon commun")]),
    ("Loïc Garnier, maire de Valence, a annoncé une alliance avec Les Modérés pour les municipales.",
     [("ALLY_OF", "Loïc Garnier", "Les Modérés")]),
    # a minister of a named person worked for that person
    ("Agathe Lemoine, ancienne ministre de Fabrice Roussel, a été nommée.",
     [("WORKS_FOR", "Agathe Lemoine", "Fabrice Roussel")]),
    ("L'ancienne garde des Sceaux de Fabrice Roussel, Agathe Lemoine, a parlé.",
     [("WORKS_FOR", "Agathe Lemoine", "Fabrice Roussel")]),
    # a second title the parser makes a conjunct of the name
    ("Rémi Castel, membre du conseil de surveillance du groupe Tavelle et ami de Nadia Ferrand, a voté.",
     [("BOARD_MEMBER", "Rémi Castel", "Tavelle"), ("ALLY_OF", "Rémi Castel", "Nadia Ferrand")]),
    # "ami de trente ans de Y"
    ("Rémi Castel, ami de trente ans de Nadia Ferrand, a témoigné.",
     [("ALLY_OF", "Rémi Castel", "Nadia Ferrand")]),
]
CASES += [
    # a counted group whose names follow its comma: founders and former researchers
    ("La start-up Quorin, fondée en 2021 par Inès Brault, une ancienne de Tavelle, et deux chercheurs passés "
     "par Sorbane, Yann Morel et Lucas Petitjean, a levé 30 millions d'euros.",
     [("FOUNDED", "Yann Morel", "Quorin"), ("FOUNDED", "Lucas Petitjean", "Quorin"),
      ("WORKS_FOR", "Yann Morel", "Sorbane"), ("WORKS_FOR", "Lucas Petitjean", "Sorbane")]),
    ("Deux chercheurs passés par le groupe Sorbane, Yann Morel et Lucas Petitjean, ont rejoint le projet.",
     [("WORKS_FOR", "Yann Morel", "Sorbane"), ("WORKS_FOR", "Lucas Petitjean", "Sorbane")]),
]
CASES += [
    # "Chez Y," opens a sentence: a head's title with no "de", a chair of a board with no company named
    ("Le groupe Tavelle a publié ses comptes. Chez Tavelle, Inès Brault, la directrice générale, défend le plan.",
     [("LEADS", "Inès Brault", "Tavelle")]),
    ("Le groupe Tavelle a publié ses comptes. Chez Tavelle, où Yann Morel préside le conseil de surveillance, "
     "on se tait.",
     [("LEADS", "Yann Morel", "Tavelle")]),
]
FORBIDDEN = [
    # the post "où" follows not read: the one replaced held no post at the other body of the successor
    ("Hélène Quéméner, maire de la ville de Brest et ancienne députée, prend la tête du ministère de la Mer, "
     "où elle remplace Armand Tessier.",
     ("LEADS", "Armand Tessier", "ville de Brest")),
    # a department's head is no head of the body "Chez" names
    ("Le groupe Tavelle a publié ses comptes. Chez Tavelle, Inès Brault, la directrice financière, défend le "
     "plan.",
     ("LEADS", "Inès Brault", "Tavelle")),
    # the number says how many names the group has: three announced, two named is no group
    ("Trois chercheurs passés par le groupe Sorbane, Yann Morel et Lucas Petitjean, ont rejoint le projet.",
     ("WORKS_FOR", "Yann Morel", "Sorbane")),
    # "où" of a place that is no post
    ("Hélène Quéméner a acheté la maison de Armand Tessier, où elle remplace les fenêtres.",
     ("LEADS", "Armand Tessier", "Hélène Quéméner")),
    # an alliance criticised is none; a company's alliance stays a partnership
    ("Loïc Garnier a critiqué une alliance avec le parti Horizon commun.",
     ("ALLY_OF", "Loïc Garnier", "Horizon commun")),
    ("Loïc Garnier, PDG de Tavelle, a annoncé une alliance avec la société Quorin pour le marché chinois.",
     ("ALLY_OF", "Loïc Garnier", "Quorin")),
    # the "de" of the other noun: "ancien ministre et proche du député Y" is no minister of Y
    ("Paul Ferrand, ancien ministre et proche du député Luc Garnier, a claqué la porte.",
     ("WORKS_FOR", "Paul Ferrand", "Luc Garnier")),
    # two people coordinated: the second's title is hers only
    ("Paul Ferrand et Marie Tessier, amie de Luc Garnier, ont voté.",
     ("ALLY_OF", "Paul Ferrand", "Luc Garnier")),
]
