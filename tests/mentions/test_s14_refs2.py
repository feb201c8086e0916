"""Company descriptors (helper s14-refs2). Team-written sentences, invented names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    # a descriptor's kind adjective says which name it is ("le groupe coopératif" → "Coopérative …"), over a
    # club the sentence before was about
    ("Devant ses partenaires, Marc Le Goff, président du Stade plérinais depuis 2019, a dévoilé le maillot, "
     "floqué au nom de la Coopérative agricole du Méné. Le groupe coopératif, basé à Loudéac, versera "
     "120 000 euros par saison pendant deux ans.", "Coopérative agricole du Méné"),
    ("Mardi, Anne Richou, présidente de l'Union sportive de Cholet, a présenté le nouveau sponsor, floqué au "
     "nom de la Banque populaire du Layon. Le groupe bancaire, implanté à Angers, apportera 80 000 "
     "euros par saison.", "Banque populaire du Layon"),
    ("Hier, Paul Menez, président du Cercle nautique de Sète, a signé un contrat avec la Laiterie des Causses. "
     "Le groupe laitier, installé à Millau, versera 50 000 euros par an.", "Laiterie des Causses"),
    ("Le club de Lorient, présidé par Jean Kerhervé, a reçu lundi les dirigeants de la Mutuelle des Pêcheurs. "
     "Le groupe mutualiste, basé à Quimper, financera le nouveau centre de formation.", "Mutuelle des Pêcheurs"),
])
def test_kind_adjective_names_the_body(links, text, expected):
    got = links(text)
    assert got.get(("groupe", 0)) == expected


_TABLE = ("{intro}\n\n| Nom | Poste | Parcours |\n|---|---|---|\n| Paul Garnier | Directeur financier | Contrôleur chez "
          "Valtrane Industries |\n| Lina Moreau | Directrice des achats | Acheteuse chez {last} |\n\n{after}")


@pytest.mark.parametrize("intro,last,after,word,expected", [
    # a name in a table's cells (a career column) is no antecedent of the running text's descriptor after
    # the table: the company the text spoke of
    ("Le distributeur Jardilis remanie sa direction.", "Orvane Distribution",
     "L'enseigne prévoit d'ouvrir dix magasins.", "enseigne", "Jardilis"),
    ("La chaîne de magasins Brikoma change d'équipe dirigeante.", "Castelor Bricolage",
     "Les nominations prendront effet en mai. L'entreprise vise 2 milliards de ventes.", "entreprise", "Brikoma"),
    ("Le groupe Marvello nomme deux directeurs.", "Selvane Retail",
     "Le groupe a par ailleurs racheté trois magasins.", "groupe", "Marvello"),
])
def test_table_names_are_not_antecedents(links, intro, last, after, word, expected):
    got = links(_TABLE.format(intro=intro, last=last, after=after))
    n = 1 if word == "groupe" else 0   # ("Le groupe Marvello" is the first "groupe")
    assert got.get((word, n)) in (expected, None)   # (never the table's name; nobody over a wrong guess)


@pytest.mark.parametrize("text,word,listed", [
    # brands or members a plural noun lists ("propriétaire des enseignes X et Y", "ses marques X et Y") are not
    # what "l'entreprise", "la société" points back to
    ("Depuis mars, Julie Ferrand dirige un groupe de 5 000 salariés, propriétaire des enseignes Maisonnia et "
     "Verdello. Son père, qui a dirigé l'entreprise pendant vingt ans, préside le conseil.", "entreprise", ("Maisonnia", "Verdello")),
    ("Elle a repris en 2019 un groupe qui détient les enseignes Tivolia et Hermance. Son frère, qui a quitté "
     "l'entreprise en 2015, conteste ce choix.", "entreprise", ("Tivolia", "Hermance")),
])
def test_listed_brands_are_not_the_company(links, text, word, listed):
    assert links(text).get((word, 0)) not in listed
