"""Cases of the s39 qualified descriptors (helper desc39: mentions/places39.py, mentions/sizes39.py, hooks in
coref.link_anaphora), invented names and sentences, run by test_rules.py.

* A foreign place adjective ("le transporteur allemand") is no actor whose own name says another country
  ("Velmar Espagne"), and with several unrefused actors in reach and none said to be from there, no one (nor the
  story's company, by a participle's fallback: "Le négociant genevois, fondé par X").
* A fund noun with a place ("Le fonds américain") keeps the actor whose name says it is a fund, with another
  company named beside it.
* "X, lui, ne cache plus ses ambitions : l'ancien président du club, …": the title elaborates on X.
* "la jeune pousse" is no actor the text called "le géant"."""

_FOREIGN_NAME = (
    "Le groupe Velmar Espagne a racheté 40 % de Kortexa. Le rapprochement inquiète Brauhaus Logistik, principal "
    "concurrent de Velmar Espagne, qui s'intéressait aussi à Kortexa. Le patron du transporteur allemand, Dieter "
    "Kessler, a dénoncé l'opération.")

_FOREIGN_TRADER = (
    "Sanctions : Washington frappe Ostrovia, Helvena recalé\n\n"
    "Le Trésor américain a placé Ostrovia sur sa liste noire, gelant ses avoirs aux États-Unis. Pressé de vendre "
    "ses actifs internationaux, Ostrovia, dirigé depuis 2023 par Igor Semenko, a d'abord cru trouver preneur auprès "
    "de Helvena. Le négociant genevois, fondé par Lars Bjorvik, avait proposé de les racheter, avant que le Trésor ne "
    "bloque l'opération. Ostrovia n'a pas commenté.")

_FUND_NAMED = (
    "Steven Harlow reste actionnaire via sa société Orvane Holdings, dont les titres sont nantis au profit de "
    "Grayhill Capital. Le fonds américain, qui a prêté 400 millions d'euros à Steven Harlow en 2022, envisagerait "
    "de prendre le contrôle de Lumen Sports Group.")

_COLON_TITLE = (
    "Paul Morvan ne sortira pas le carnet de chèques. Le président écologiste de la Métropole de Brivelle a opposé "
    "jeudi une fin de non-recevoir à Lumen Sports Group, la maison mère du club. « Ce n'est pas au contribuable de "
    "payer les erreurs de gestion de Steven Harlow », a-t-il tranché.\n\n"
    "Du côté de la mairie, Sophie Darcel n'a pas davantage l'intention de mettre la main à la poche.\n\n"
    "Gérard Pellet, lui, ne cache plus ses ambitions : l'ancien président du club, candidat déclaré à la mairie, "
    "accuse Harlow d'avoir « dilapidé vingt ans de travail ».")

_SIZE = (
    "Le laboratoire français passe à l'offensive. Morvalis a annoncé lundi avoir déposé une offre publique d'achat "
    "sur Quintessa, la biotech de Saint-Aubin spécialisée dans la NASH. Le conseil d'administration de la cible, "
    "présidé par Hugo Ferrand, a accueilli l'offre favorablement.\n\n"
    "Le géant pharmaceutique français n'était pas seul à regarder le dossier. Le suisse Valtrion, qui concurrence "
    "Morvalis sur plusieurs molécules, a décliné tout commentaire.\n\n"
    "L'offre intervient alors que la jeune pousse bourguignonne achève l'essai de phase 3 de son "
    "candidat-médicament. La jeune pousse bourguignonne a noué en 2024 un partenariat avec le groupe Hanlong.")

CASES = [
    (_FUND_NAMED, [("BIDS_FOR", "Grayhill Capital", "Lumen Sports Group")]),
    (_COLON_TITLE, [("ACCUSES", "Gérard Pellet", "Steven Harlow")]),
    (_SIZE, [("BIDS_FOR", "Morvalis", "Quintessa")]),
]

FORBIDDEN = [
    (_FOREIGN_NAME, ("LEADS", "Dieter Kessler", "Velmar Espagne")),
    (_FOREIGN_TRADER, ("FOUNDED", "Lars Bjorvik", "Ostrovia")),
    (_COLON_TITLE, ("LEADS", "Paul Morvan", "Lumen Sports Group")),
    (_SIZE, ("PARTNERS_WITH", "Morvalis", "Hanlong")),
]
