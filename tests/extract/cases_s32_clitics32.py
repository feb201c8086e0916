"""Cases of the s32 clitic pass (helper s32-clitics32, mentions/clitics32.py, slots/clitics32.py), invented names and
sentences. "en" fills the "de" phrase of a title, post or share noun (copula predicate or object: est le
président, en a repris la direction, en est devenu l'actionnaire, en assure la gérance); "y" fills the "dans"
phrase of a verb of money or stake (injecter, investir, réinjecter, entrer). The antecedent is the one organisation
named before, in the sentence or the one before; a place, two organisations or a person give nothing."""

CASES = [
    # "en" = de Y: post taken, title held (copula), stake held, in a main clause, a relative, a coordination
    ("La société Brivane traverse une crise. Paul Ferrat en a repris la direction générale en mars.",
     [("LEADS", "Paul Ferrat", "Brivane")]),
    ("La mutuelle Orvalis compte trois cents salariés. Depuis 2021, Claire Mondet en est la présidente.",
     [("LEADS", "Claire Mondet", "Orvalis")]),
    ("Kelvio fabrique des drones de surveillance. Le fonds Talmor en est devenu l'actionnaire principal l'an dernier.",
     [("OWNS", "Talmor", "Kelvio")]),
    ("La coopérative Vallorge a connu trois patrons en dix ans. Hélène Brisac, qui en prendra la tête lundi, vient "
     "de la banque.",
     [("LEADS", "Hélène Brisac", "Vallorge")]),
    # "y" = dans Y: money or a stake put into the company
    ("Le projet Sorvane manque de fonds. Le groupe Melrac y injectera encore dix millions d'euros.",
     [("INVESTS_IN", "Melrac", "Sorvane")]),
    ("La start-up Nexora cherche à lever des fonds. Le fonds Arbelle y a investi vingt millions d'euros.",
     [("INVESTS_IN", "Arbelle", "Nexora")]),
    ("L'entreprise Dravel est au bord de la faillite. L'an dernier, la banque Solvane y avait réinvesti cinq millions.",
     [("INVESTS_IN", "Solvane", "Dravel")]),
]

# "en" completing the share object of a verb of holding, in a relative or a coordination; a copula "rester"
CASES += [
    ("Le journal Le Vigilant a changé de mains. Paul Ferrat, qui en conservait 20 %, reste administrateur.",
     [("OWNS", "Paul Ferrat", "Le Vigilant")]),
    ("Le groupe Arlenne a vendu la chaîne Télé Sud en 2019 mais en conserve encore 15 %.",
     [("OWNS", "Arlenne", "Télé Sud")]),
    ("La société Brivane a été vendue en 2020. Paul Ferrat en est resté le PDG.",
     [("LEADS", "Paul Ferrat", "Brivane")]),
    # a descriptor and a name in apposition as the subject, "devenir" as the copula
    ("La fédération Aquilon réunit vingt clubs. Son ancien trésorier, Marc Olier, en est devenu le président.",
     [("LEADS", "Marc Olier", "Aquilon")]),
]

FORBIDDEN = [
    # a place is the likelier antecedent of "y"
    ("La société Brivane a ouvert une usine en Pologne. Le groupe Melrac y a investi vingt millions d'euros.",
     ("INVESTS_IN", "Melrac", "Brivane")),
    # two organisations before "en": no choice
    ("Les groupes Brivane et Talmor ont annoncé leur fusion. Paul Ferrat en sera le président.",
     ("LEADS", "Paul Ferrat", "Brivane")),
    # a person is never what "en" stands for; the only organisation is the clause's own subject
    ("Paul Ferrat a quitté Lyon. Le groupe Okeva en est devenu l'actionnaire principal.",
     ("OWNS", "Okeva", "Paul Ferrat")),
    # "en" with a noun that has its own "de" phrase
    ("La société Brivane traverse une crise. Paul Ferrat en a repris la direction générale de la filiale Talmor.",
     ("LEADS", "Paul Ferrat", "Brivane")),
]

FORBIDDEN += [
    # a department's post is no head of the company ("en assure la direction artistique")
    ("Louise Varenne a cofondé le studio Ombrelle avec son frère et en assure la direction artistique.",
     ("LEADS", "Louise Varenne", "Ombrelle")),
    ("La maison Terrane recrute. Paul Ferrat en est le directeur financier depuis mai.",
     ("LEADS", "Paul Ferrat", "Terrane")),
]
