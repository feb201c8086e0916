"""Cases of the s13 kin fixes (helper s13-kin), invented names."""

# A kin noun's possessive ("Son fils, X", "Sa fille, X", "Son beau-frère, X") opening a sentence about a
# company: the owner is a person, the last one the text spoke of (by name, title or pronoun), not the company.
_SANCTIONS_1 = (
    "Londres a gelé mercredi les avoirs de l'homme d'affaires grec Stavros Kallergis. Le groupe Egeon Lines, qu'il "
    "contrôle depuis Limassol, est lui aussi visé. Egeon Lines exploite une trentaine de pétroliers. Son fils, "
    "Nikos Kallergis, qui dirige la filiale de courtage du groupe, figure également sur la liste.")
_SANCTIONS_2 = (
    "Bruxelles a inscrit l'oligarque Arkadi Vornov sur sa liste noire. La société Pelagia Trade est détenue "
    "par une holding enregistrée à Malte et contrôlée par M. Vornov. Sa fille, Inna Vornova, directrice "
    "financière de Pelagia Trade, voit aussi ses comptes bloqués.")
_SANCTIONS_3 = (
    "Le Trésor américain a sanctionné l'homme d'affaires Rustam Delkhanov. Ses sociétés de transport, dont "
    "Kaspar Freight, sont interdites d'opérer en dollars. Kaspar Freight affrète une vingtaine de cargos. "
    "Son beau-frère, Timour Achba, directeur général de la compagnie, est lui aussi visé.")
_SANCTIONS_4 = (
    "Le Conseil de l'UE accuse le propriétaire du groupe chimique Nordazot, Gleb Sarkissov, de financer "
    "l'armée. Son épouse, Alina Sarkissova, qui possède une société de yachts enregistrée à Chypre, est "
    "également sanctionnée.")
CASES = [
    (_SANCTIONS_1, [("FAMILY", "Nikos Kallergis", "Stavros Kallergis")]),
    (_SANCTIONS_2, [("FAMILY", "Inna Vornova", "Arkadi Vornov")]),
    (_SANCTIONS_3, [("FAMILY", "Timour Achba", "Rustam Delkhanov")]),
    (_SANCTIONS_4, [("FAMILY", "Alina Sarkissova", "Gleb Sarkissov")]),
]
FORBIDDEN = [
    (_SANCTIONS_1, ("FAMILY", "Nikos Kallergis", "Egeon Lines")),
]

# A blood relative named with a surname is kin of the one other person named before with that surname,
# whoever the text spoke of in between; a spouse noun's owner is not of the noun's gender.
_SURNAME_1 = (
    "Clarisse Mordant prend la direction générale de Vellor. Elle travaillera avec Hugues Ternay, président "
    "du conseil, qui l'a recrutée. « Il la connaît depuis vingt ans », glisse un cadre. Un détail fait "
    "jaser : son frère aîné, Bastien Mordant, dirige Calvane, un concurrent direct de Vellor.")
_SURNAME_2 = (
    "Agathe Roussel devient présidente de la coopérative Terralis. Elle succède à Marc Vidal, parti à la "
    "retraite. « C'est une gestionnaire », dit un administrateur. Sa cousine, Lise Roussel, siège déjà "
    "au conseil de Terralis.")
_SPOUSE_1 = (
    "Sandrine Lequin dirige Ormelia depuis 2019. Elle s'était opposée en 2022 à Paul Garnier, alors "
    "président du conseil. M. Garnier a quitté le groupe l'année suivante. Ceux qui la connaissent la disent "
    "infatigable. Son mari, Denis Arnal, siège au conseil de la mutuelle Valmut.")
CASES += [
    (_SURNAME_1, [("FAMILY", "Bastien Mordant", "Clarisse Mordant")]),
    (_SURNAME_2, [("FAMILY", "Lise Roussel", "Agathe Roussel")]),
    (_SPOUSE_1, [("FAMILY", "Denis Arnal", "Sandrine Lequin")]),
]
FORBIDDEN += [
    (_SURNAME_1, ("FAMILY", "Bastien Mordant", "Hugues Ternay")),
    (_SURNAME_2, ("FAMILY", "Lise Roussel", "Marc Vidal")),
    (_SPOUSE_1, ("FAMILY", "Denis Arnal", "Paul Garnier")),
]

# In a portrait, consecutive kin possessives share their owner: "c'est X, sa fille aînée, qui dirige …
# Son fils cadet, Y … Quant à son frère, Z": all kin of the portrait's subject, not of each other; but in
# one sentence "X et son frère, Y" is X's brother.
_PORTRAIT_1 = (
    "Gérard Pellion a bâti un empire de la boulangerie industrielle. Depuis mars, c'est Hélène Pellion, "
    "41 ans, sa fille aînée, qui pilote le groupe. Le fondateur garde la présidence du conseil. "
    "La transmission a fait des déçus. Son fils cadet, Olivier Pellion, a quitté l'entreprise en 2020. "
    "Quant à son frère, Roland Pellion, il a été écarté dès 2012.")
_PORTRAIT_2 = (
    "Yvonne Castel règne depuis trente ans sur les Verreries Castel. C'est sa fille, Nadine Brault, qui "
    "dirige désormais l'usine de Saint-Just. Le reste de la famille se tient à l'écart. Sa nièce, Julie "
    "Ferrand, vit à Montréal.")
_SIBLINGS_1 = (
    "Armand Delorge a cédé l'an dernier la direction à sa fille, Laure Delorge. Après l'opération, Laure et "
    "son frère, Hervé Delorge, "
    "détiendront chacun 40 % de la holding familiale.")
CASES += [
    (_PORTRAIT_1, [("FAMILY", "Hélène Pellion", "Gérard Pellion"), ("FAMILY", "Olivier Pellion", "Gérard Pellion"),
                   ("FAMILY", "Roland Pellion", "Gérard Pellion")]),
    (_PORTRAIT_2, [("FAMILY", "Nadine Brault", "Yvonne Castel"), ("FAMILY", "Julie Ferrand", "Yvonne Castel")]),
    (_SIBLINGS_1, [("FAMILY", "Hervé Delorge", "Laure Delorge")]),
]
FORBIDDEN += [
    (_PORTRAIT_1, ("FAMILY", "Olivier Pellion", "Hélène Pellion")),
    (_PORTRAIT_1, ("FAMILY", "Roland Pellion", "Olivier Pellion")),
    (_PORTRAIT_1, ("WORKS_FOR", "Gérard Pellion", "groupe")),
    (_PORTRAIT_2, ("FAMILY", "Julie Ferrand", "Nadine Brault")),
    (_SIBLINGS_1, ("FAMILY", "Hervé Delorge", "Armand Delorge")),   # (not said: Laure's brother)
]
