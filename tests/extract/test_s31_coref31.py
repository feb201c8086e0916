"""(s31-coref31) What cases_s31_coref31.py (run by test_rules.py) does not check: the actor each second reference is
linked to (the mention, whatever tie its sentence gives), for each mechanism on three or more invented shapes."""
from __future__ import annotations

import pytest

# (text, descriptor as written, the entity it must stand for)
LINKS = [
    # a body people join is not the story's company (no noun introduced it): the union, association, movement named
    ("Lait : Bravant, le champion que l'État ménage\n\nBravant a annoncé la fermeture de deux usines en Mayenne. "
     "Bravant promet des reclassements. Claire Dumas, la ministre, a reçu Marc Duroc, le PDG de Bravant. "
     "Mais l'entretien n'a rien donné.\n\nFace à la ministre, la FNPA, présidée par Jules Martin, joue une partition "
     "ambiguë. Le syndicat accuse l'industriel de sacrifier les éleveurs.", "Le syndicat", "FNPA"),
    ("Lait : Bravant, le champion que l'État ménage\n\nBravant a annoncé la fermeture de deux usines en Mayenne. "
     "Bravant promet des reclassements. Claire Dumas, la ministre, a reçu Marc Duroc, le PDG de Bravant. "
     "Mais l'entretien n'a rien donné.\n\nFace à la ministre, la FNPA, présidée par Jules Martin, joue une partition "
     "ambiguë. Le syndicat accuse l'industriel de sacrifier les éleveurs.", "l'industriel", "Bravant"),
    ("Orvalis : la fermeture qui fâche\n\nOrvalis multiplie les fermetures. Orvalis a confirmé mardi la suppression "
     "de 300 postes, a indiqué Marc Roy, le PDG d'Orvalis. La direction promet un plan social. Les clients, eux, "
     "s'inquiètent.\n\n"
     "Dans ce contexte, l'ACVR, qui défend les consommateurs de la région, a saisi la justice. L'association "
     "reproche à l'enseigne des pratiques trompeuses.", "L'association", "ACVR"),
    ("Meravia : l'usine de Douai menacée\n\nMeravia, le numéro un du rail, veut délocaliser son usine de Douai. Meravia emploie 900 "
     "personnes sur le site, selon Meravia. Le ministre a demandé des garanties. Rien n'a été promis.\n\n"
     "Du côté des salariés, Sud Métal a lancé une pétition en ligne. Le mouvement critiquera le constructeur.",
     "Le mouvement", "Sud Métal"),
    ("Kelvor : la grève s'étend\n\nKelvor, le géant de la chimie, a gelé les salaires. Pour Kelvor, les marges "
     "ont fondu, explique Kelvor "
     "dans un communiqué. Les ventes reculent. Les salariés ont cessé le travail lundi.\n\nFO Chimie, que dirige "
     "Anne Roy depuis 2020, appelle à durcir le mouvement. Selon le syndicat, la direction refuse tout dialogue.",
     "le syndicat", "FO Chimie"),
    # a trade's noun: the actor whose apposition says that trade, not one introduced by another trade's noun
    ("Le cimentier Calvor a signé un accord avec Navimar. Navimar, le premier transporteur de conteneurs d'Europe, "
     "livrera ses sacs de ciment en Afrique. Calvor fournira aussi les quais du port. L'armateur a commandé six "
     "navires.", "L'armateur", "Navimar"),
    ("Le brasseur Hollvik a signé un contrat avec Norsea. Norsea, premier fournisseur d'électricité verte du pays, "
     "alimentera ses sites. Hollvik vise la neutralité carbone. L'énergéticien construira deux parcs éoliens.",
     "L'énergéticien", "Norsea"),
    # a team's noun is not its owner, whose name ends as a holding's or which the text calls the parent company
    ("Le FC Sorvane a été racheté en 2021 par Rivera Football Group. Rivera Football Group a injecté 40 millions "
     "d'euros depuis. La Ligue a sanctionné le club en juin.", "le club", "FC Sorvane"),
    ("Le Sporting Club de Brenne appartient depuis 2020 à Kalder Rugby Holding. Kalder Rugby Holding prépare une "
     "augmentation de capital, selon un proche du dossier. Le club jouera en deuxième division.",
     "Le club", "Sporting Club de Brenne"),
    ("« Nous voulons remonter vite », assure Lina Marchal, présidente de Volta Basket Group, la maison mère du FC "
     "Olbia. Volta Basket Group a promis de nouveaux renforts. Le club a déjà recruté deux joueurs.",
     "Le club", "FC Olbia"),
    # "Chez X, …" / "Du côté de X, …" opening the descriptor's sentence: X
    ("Les deux partenaires du programme sont Belvia et Varlan. Belvia fournira le radar. Chez Varlan, Paul Ferrand, "
     "le directeur général, reste prudent : le motoriste n'a pas obtenu de prêt de l'État.", "le motoriste", "Varlan"),
    ("Le groupe Norvel a racheté Fretline. Norvel emploie 3 000 personnes. Du côté de Brisk, Marie Lenoir, la "
     "présidente, se veut rassurante : le transporteur gardera ses clients.", "le transporteur", "Brisk"),
    ("Tessor et Alvane ont signé un accord de distribution. Alvane vendra les contrats dans ses agences. Chez "
     "Tessor, Luc Amiel temporise : l'assureur attendra la fin de l'année.", "l'assureur", "Tessor"),
    # a pronoun subject after a sentence cut at its semicolon: the subject before the semicolon
    ("Le groupe Vantor a vendu sa filiale. Vantor reste prudent. Le fonds Kelvin Capital a présenté une offre ; "
     "celle-ci a été rejetée lundi. Il attaque désormais Vantor en justice.", "Il", "Kelvin Capital"),
    ("L'ancien propriétaire du club, également actionnaire de Vantor, est loin de faire l'unanimité. Paul Marchand, "
     "entrepreneur nantais et supporter de longue date, avait proposé 15 millions d'euros pour reprendre le club ; "
     "son offre a été rejetée en janvier. Il accuse aujourd'hui Luc Ferrand d'avoir sacrifié le club.",
     "Il", "Paul Marchand"),
    # an adviser named in a fronted phrase ("Défendu par Me X, associé du cabinet Y,") is no company noun's apposition
    ("Le groupe Marvel Foods conteste l'amende de 20 millions d'euros. Marvel Foods juge la sanction disproportionnée. "
     "Défendu par Me Paul Roux, associé du cabinet Verlaine Avocats, le groupe de Rennes a contesté la procédure.",
     "le groupe", "Marvel Foods"),
    ("La société Kelvor a été condamnée en mars. Kelvor prépare son recours. Assisté de Me Hugo Blanc, avocat au "
     "cabinet Serre Lavigne, l'industriel réclame l'annulation du jugement.", "l'industriel", "Kelvor"),
    ("Orvane a fait appel de la décision. Orvane dément toute entente. Représenté par Me Lina Morel, du cabinet "
     "Darmon Lavergne, le fabricant a plaidé la bonne foi.", "le fabricant", "Orvane"),
]


@pytest.mark.parametrize("text,said,entity", LINKS)
def test_second_reference_by_role(analyse_text, text, said, entity):
    from cercle.clean import clean_article
    from cercle.mentions import find_entities
    from cercle.nlp import get_nlp
    from cercle.nlp.docview import DocView
    from cercle.records import Article

    clean = clean_article(Article(id="t", text=text, path="t.txt"))
    doc = DocView(get_nlp()(clean.text))
    _, mentions, _ = find_entities(doc, clean)
    got = [m.entity for m in mentions if m.text == said]
    assert got and got[-1] == entity, (said, got)
