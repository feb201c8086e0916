"""Cases of the s38 second-reference readings (helper refs38, mentions/refs38.py and EntityIndex.antecedent /
own_subject, extract/slots/titles.py _introduced_before), invented names and sentences, run by test_rules.py.

* A possessive title opening a sentence after one whose subject is an actor's noun left unresolved ("Le leader du
  secteur, contrôlé par le fonds Y, a racheté Z, un concurrent. Son PDG"): no owner, not Z nor the article's company.
* "le groupe" alone is no actor the text only called a fund ("Le fonds X a déposé une offre. Le groupe …").
* A possessive after a subject noun of its own sentence that was resolved ("Le groupe n'entend pas céder sa
  participation dans la coopérative Y, son partenaire historique"): that actor's, not the previous sentence's subject.
* "L'allemand X, concurrent direct de Y, a tenté … . A, son patron": X's.
* "Le groupe, qui possède 9 % du capital de Y, entend …, a déclaré son PDG": not Y's.
* "Le groupe juge les tarifs de Y « … », a dénoncé X, son directeur": the reported clause's subject's, not Y's."""

CASES = [
    # the subject noun of the possessive's own sentence, resolved to the article's company
    ("Le groupe Verdalis cède sa branche américaine. Le fonds Ostral Equity a déposé "
     "une offre. Le groupe n'entend pas, en revanche, se séparer de la coopérative "
     "Lunaval, son partenaire historique pour l'approvisionnement en fruits.",
     [("PARTNERS_WITH", "Verdalis", "Lunaval")]),
    # a country adjective the parse made the subject: its name owns the next sentence's possessive
    ("Le canon est fabriqué par Korvane Défense. L'allemand Stahlwerk Rüdig, concurrent direct de Korvane Défense, a "
     "tenté en vain de placer son obusier auprès de l'armée. Anton Wielers, son patron, n'a pas caché son agacement.",
     [("LEADS", "Anton Wielers", "Stahlwerk Rüdig")]),
]

FORBIDDEN = [
    # the leader (unresolved, its aside names funds) owns "Son PDG", not the company it bought
    ("La montée en puissance de Fiscalo inquiète Paylord. Le leader français des logiciels de paie, contrôlé par les "
     "fonds Borvane Capital et Quillet Partners, a racheté l'an dernier Calixo, un concurrent direct de la fintech. "
     "Son PDG, Marc Dutreil, accuse la jeune pousse de « brûler du cash ».",
     ("LEADS", "Marc Dutreil", "Calixo")),
    ("Le groupe Verdalis cède sa branche américaine. Le fonds Ostral Equity a déposé "
     "une offre. Le groupe n'entend pas, en revanche, se séparer de la coopérative "
     "Lunaval, son partenaire historique pour l'approvisionnement en fruits.",
     ("PARTNERS_WITH", "Lunaval", "Ostral Equity")),
    ("Le canon est fabriqué par Korvane Défense. L'allemand Stahlwerk Rüdig, concurrent direct de Korvane Défense, a "
     "tenté en vain de placer son obusier auprès de l'armée. Anton Wielers, son patron, n'a pas caché son agacement.",
     ("LEADS", "Anton Wielers", "Korvane Défense")),
    # a name inside a "qui" relative on the subject owns no possessive after the clause
    ("Stéphane Morvel, le patron de Tallux Industries, a lancé une offre hostile sur Brévane. Bérénice Aldo, la "
     "PDG de Brévane, la rejette. Le groupe alpin, qui possède déjà 9,8 % du capital de Brévane "
     "depuis l'été dernier, entend « créer un champion européen », a déclaré son PDG lors d'une conférence.",
     ("LEADS", "Bérénice Aldo", "Tallux Industries")),
    # the possessive of a speaker's title after a reporting incise: the reported clause's subject's
    ("Le chimiste Dorvane a signé un contrat avec Électra. Le sidérurgiste Fermont, qui négocie depuis un an, n'a pas "
     "signé. Le sidérurgiste juge les tarifs d'Électra « déconnectés de la réalité », a dénoncé Hugo Vallardi, son "
     "directeur général.",
     ("LEADS", "Hugo Vallardi", "Électra")),
]

# a title whose own words end on a comma before a person's name is that person ("La présidente du directoire, X, …")
CASES += [
    ("« Nous ne toucherons pas au modèle », promet Kell Merwin, associé de Halcyon chargé du dossier. La présidente du "
     "directoire, Agathe Lurel, passée par Distrimax, conserve ses fonctions.",
     [("WORKS_FOR", "Agathe Lurel", "Distrimax")]),
]
FORBIDDEN += [
    ("« Nous ne toucherons pas au modèle », promet Kell Merwin, associé de Halcyon chargé du dossier. La présidente du "
     "directoire, Agathe Lurel, passée par Distrimax, conserve ses fonctions.",
     ("WORKS_FOR", "Kell Merwin", "Distrimax")),
]

# a person named only to describe another ("l'ancien ministre de B") makes the sentence no pair for "les deux hommes"
FORBIDDEN += [
    ("Nouvelle prise pour Marc Olivan. Le patron du Mouvement central a officialisé le ralliement d'un député.\n\n"
     "Le transfert ne fait pas que des heureux. Hugo Sérac, président de Cap Avenir, voit d'un mauvais œil l'ancien "
     "Premier ministre de Jean Corvel étoffer ses troupes. Les deux hommes, qui se disputent le leadership du bloc "
     "central, ne se sont pas parlé depuis l'automne.",
     ("OPPOSES", "Hugo Sérac", "Jean Corvel")),
]

# the subject of a "où" relative on a name is not that name
FORBIDDEN += [
    ("Paul Varenne n'abandonne pas ses ambitions : Banca Lunetta détient près de 30 % de l'allemand Nordbank, où la "
     "banque se heurte à l'hostilité de Berlin.",
     ("OPPOSES", "Berlin", "Nordbank")),
]
