"""Cases of the s21 coverage gaps of French in the conflict and cooperation ties met in real press passages
(helper s21-corpA), invented names and sentences."""

CASES = [
    # a fine imposed with "à Y" before the fine ("a infligé à Y une amende"), the parser taking "à Y" for an
    # xcomp, or hanging the fine on Y when a time phrase stands before it
    ("Le régulateur Ostralis a infligé à Vendrix une amende record de 3 milliards d'euros.",
     [("OPPOSES", "Ostralis", "Vendrix")]),
    ("L'Autorité des marchés inflige en 2013 à Vendrix une amende de 8 millions d'euros.",
     [("OPPOSES", "Autorité des marchés", "Vendrix")]),
    ("La Commission a infligé l'an dernier à Vendrix une amende de 1,8 milliard d'euros.",
     [("OPPOSES", "Commission", "Vendrix")]),
    # a complaint whose "contre Y" phrase carries the offence before it ("pour « faux » contre le site Y"; the
    # first sentence parses well with these names and guards the far-"contre" reader from doubling the tie)
    ("Aurélien Casteran avait porté plainte pour « faux » contre le site Nemolia.",
     [("SUES", "Aurélien Casteran", "Nemolia")]),
    ("Aurélien Casteran a porté plainte pour « diffamation » contre le journal Nemolia.",
     [("SUES", "Aurélien Casteran", "Nemolia")]),
    # a pact whose "avec Y" hangs on the verb, or concluded in a clause of purpose
    ("Hugues Morvandel a conclu un pacte avec le groupe Tarvex.",
     [("PARTNERS_WITH", "Hugues Morvandel", "Tarvex")]),
    ("Hugues Morvandel s'est rendu à Oslo pour conclure un pacte avec le groupe Tarvex.",
     [("PARTNERS_WITH", "Hugues Morvandel", "Tarvex")]),
    # talks or a meeting that "took place between" the parties
    ("Des discussions ont eu lieu entre Vendrix et Solvane en 2021.",
     [("MEETS", "Vendrix", "Solvane")]),
    ("Une rencontre a eu lieu entre le président Ivo Marcant, son homologue Petr Lasko et la ministre "
     "Elin Dahlqvist.",
     [("MEETS", "Ivo Marcant", "Petr Lasko"), ("MEETS", "Ivo Marcant", "Elin Dahlqvist"),
      ("MEETS", "Petr Lasko", "Elin Dahlqvist")]),
    ("Une réunion s'est tenue entre Ivo Marcant et Petr Lasko.",
     [("MEETS", "Ivo Marcant", "Petr Lasko")]),
    # near misses: talks about two companies (not between them), a pact with no named partner
    ("Des discussions sur la fusion de Vendrix et Solvane ont eu lieu.", []),
    ("Hugues Morvandel a conclu un pacte avec ses actionnaires en 2020.", []),
]
FORBIDDEN = [
    # "contre l'avis de Y" is no complaint against Y
    ("Aurélien Casteran a porté plainte pour diffamation, contre l'avis de Lise Marsaud.",
     ("SUES", "Aurélien Casteran", "Lise Marsaud")),
    # the one fined does not impose the fine
    ("L'Autorité des marchés inflige en 2013 à Vendrix une amende de 8 millions d'euros.",
     ("OPPOSES", "Vendrix", "Vendrix")),
]
CASES += [
    # sanctions a verb of striking lays on its object
    ("Le Trésor ostrien a frappé le pétrolier Vendrix de sanctions.",
     [("OPPOSES", "Trésor ostrien", "Vendrix")]),
    # a meeting with the leaders of a body is a meeting with the body (not with the place)
    ("Ivo Marcant a reçu à Matignon les dirigeants du syndicat Ferval.",
     [("MEETS", "Ivo Marcant", "Ferval")]),
    # one associating with a person or a fund (partners.verb reads two organisations)
    ("Hugues Morvandel s'est associé à Lise Marsaud et au fonds Quarzane pour reprendre le groupe.",
     [("PARTNERS_WITH", "Hugues Morvandel", "Lise Marsaud"), ("PARTNERS_WITH", "Hugues Morvandel", "Quarzane")]),
    # near misses: struck by something else than sanctions, associating someone with a decision
    ("Le Trésor ostrien a frappé Vendrix de plein fouet.", []),
    ("Hugues Morvandel a associé Lise Marsaud à la décision.", []),
]
FORBIDDEN += [
    ("Ivo Marcant a reçu à Matignon les dirigeants du syndicat Ferval.",
     ("MEETS", "Ivo Marcant", "Matignon")),
]
CASES += [
    # a foe one makes of another ("faire de Y son adversaire"; opposes.made_target reads the usual parse, this
    # one hangs the noun on the "de" phrase)
    ("Hector Brunel a fait du Parti Alpha son principal adversaire.",
     [("OPPOSES", "Hector Brunel", "Parti Alpha")]),
    # support named after a colon
    ("Lucien Varet peut compter sur un soutien de poids : Elin Dahlqvist.",
     [("ALLY_OF", "Elin Dahlqvist", "Lucien Varet")]),
    # an arbitral award won against a party, "contre Y" hung on the amount
    ("Vendrix a obtenu en 2019 à Londres une sentence arbitrale de 2 milliards de dollars contre Solvane.",
     [("SUES", "Vendrix", "Solvane")]),
    # a company posing as another's rival
    ("Vendrix se pose en rivale européenne de Solvane.",
     [("COMPETES_WITH", "Vendrix", "Solvane")]),
    # near misses: making a place one's own, a rival with no one named
    ("Lucien Varet a fait de Lyon sa ville.", []),
]
FORBIDDEN += [
    # the complaint is against the person, not against the ministry her title names
    ("Lucien Varet a porté plainte pour diffamation contre la ministre des Sports, Elin Dahlqvist, devant la "
     "Cour de justice.",
     ("SUES", "Lucien Varet", "ministère des Sports")),
]
