"""Cases of the s19 second-reference gaps (helper s19-coref): descriptors and titles that stand for an actor
named before, invented names and sentences."""

# "le groupe dirigé par X", "le groupe fondé par son père X": the company X is said to head or found (a title
# before, a family name), not the company named last.
CASES = [
    ("« Brulot est un partenaire naturel », a souligné Paul Dervin, le directeur général de Varnel. Le fonds "
     "Malto a vendu ses titres la semaine dernière. Le groupe dirigé par Paul Dervin veut aussi entrer au "
     "capital de Tessar.",
     [("LEADS", "Paul Dervin", "Varnel"), ("OWNS", "Varnel", "Tessar")]),
    ("Le groupe Varnel a pris le contrôle de Tessar au terme de son offre. Arnaud Tessar, qui reste PDG du "
     "groupe fondé par son père Jean Tessar, s'était allié à Paul Dervin.",
     [("FOUNDED", "Jean Tessar", "Tessar")]),
    # a kind noun keeps its own antecedent ("la banque dirigée par X": the bank)
    ("L'assureur Varnel a choisi de céder sa filiale de gestion à la banque Corvex. Le groupe Malto a renoncé. "
     "Varnel a préféré la banque dirigée par Jeanne Aubry, qui connaît bien le métier.",
     [("LEADS", "Jeanne Aubry", "Corvex")]),
]

# "Le fondateur de Y, X, … Le patron de l'hébergeur lillois": the title's person is X, and its company the one
# X is said to found or head, not the company named last
CASES += [
    ("Sur le papier, la promesse est souveraine. Bleu, la coentreprise détenue par Orvane, commercialise des "
     "logiciels américains. Tessar, sa principale rivale, est détenue par Corvex. Le ministère des Armées serait "
     "en discussion avec Tessar pour un contrat. Le fondateur de Brulot, Paul Dervin, ne décolère pas. Le patron "
     "de l'hébergeur lillois accuse Bleu de tromper ses clients.",
     [("LEADS", "Paul Dervin", "Brulot"), ("ACCUSES", "Paul Dervin", "Bleu")]),
]

FORBIDDEN = [
    # "Le PDG de Y, lui, …": the stressed pronoun sets the title's holder against the person just spoken of
    ("En 2010, le groupe Varnel révélait détenir 17 % du capital de Brulot. « On n'entre pas comme ça », avait "
     "lancé Paul Dervin, alors gérant de Brulot. Le PDG de Varnel, lui, a toujours juré ne pas vouloir prendre "
     "le contrôle de Brulot.",
     ("LEADS", "Paul Dervin", "Varnel")),
    ("En 2010, le groupe Varnel révélait détenir 17 % du capital de Brulot. « On n'entre pas comme ça », avait "
     "lancé Paul Dervin, alors gérant de Brulot. Le PDG de Varnel, lui, a toujours juré ne pas vouloir prendre "
     "le contrôle de Brulot.",
     ("BIDS_FOR", "Paul Dervin", "Brulot")),
    # "le groupe dirigé par X" is not the company named last, a wholesaler or a seller named in passing
    ("L'Autorité de la concurrence a infligé une amende record au groupe Varnel. Ses deux grossistes, Brulot "
     "et Tessar, écopent aussi d'une amende. Tessar n'a pas souhaité commenter. Ce n'est pas le premier revers "
     "pour le groupe dirigé par Paul Dervin : en février, il avait déjà payé une amende.",
     ("LEADS", "Paul Dervin", "Tessar")),
    ("« Brulot est un partenaire naturel », a souligné Paul Dervin, le directeur général de Varnel. Le fonds "
     "Malto a vendu ses titres la semaine dernière. Le groupe dirigé par Paul Dervin veut aussi entrer au "
     "capital de Tessar.",
     ("LEADS", "Paul Dervin", "Malto")),
    ("Le groupe Varnel a pris le contrôle de Tessar au terme de son offre. Arnaud Tessar, qui reste PDG du "
     "groupe fondé par son père Jean Tessar, s'était allié à Paul Dervin.",
     ("FOUNDED", "Jean Tessar", "Varnel")),
    ("Sur le papier, la promesse est souveraine. Bleu, la coentreprise détenue par Orvane, commercialise des "
     "logiciels américains. Tessar, sa principale rivale, est détenue par Corvex. Le ministère des Armées serait "
     "en discussion avec Tessar pour un contrat. Le fondateur de Brulot, Paul Dervin, ne décolère pas. Le patron "
     "de l'hébergeur lillois accuse Bleu de tromper ses clients.",
     ("LEADS", "Paul Dervin", "Tessar")),
]
