"""In-document coreference: which actor a pronoun or a description stands for.

Team-written sentences, invented names.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,n,expected", [
    # "la famille" is a family named so, never the company it owns
    ("La famille Verdier détient 40 % de Kelvio. Kelvio recrute. Kelvio grandit. Un concurrent a sondé la famille.",
     "famille", 1, "famille Verdier"),
    ("Kelvio recrute. Kelvio grandit. Kelvio vise l'Europe. « La famille reste unie », dit Paul Verdier.",
     "famille", 0, None),
    # a title standing alone: the one person the article gave that office; "la cible": the company bid for
    ("Le ministre de l'Économie, Jean Roux, a reçu Anne Fabre. Technova recrute. Plus tard, le ministre a "
     "critiqué Kelvio.", "ministre", 1, "Jean Roux"),
    ("Technova lance une OPA sur Kelvio. Le conseil de la cible a rejeté l'offre.", "cible", 0, "Kelvio"),
    # "la start-up X" (three tokens) introduces X: it is no second reference to the company before
    ("Kelvio grandit. La start-up Nuvia, concurrente de Kelvio, recrute.", "start", 0, None),
    # "du club" is a club whose name says so ("OGC", "AS", "FC"…)
    ("L'OGC Valdor a été vendu au groupe Technova. Le rachat du club a été approuvé lundi.", "club", 0, "OGC Valdor"),
    # "ces groupes": the list of names just before
    ("Atlas Capital, Banque Orelle et Horizon Ventures. Ces groupes ont investi dans Kelvio.", "groupes", 0,
     "Atlas Capital"),
    # the main clause's subject, even when the parser misses it ("X, détenu par Y, a …")
    ("Technova, détenu par le milliardaire Paul Verdier, a encore accru sa participation au capital "
     "du groupe Kelvio, dont il détient désormais 18 %.", "il", 0, "Technova"),
    # the nearer clause's subject: "A précise que B a démissionné mais qu'il conserve…"
    ("Orbalia précise que Paul Verdier a démissionné de la présidence mais qu'à ce jour, il conserve "
     "son siège d'administrateur.", "il", 0, "Paul Verdier"),
    # a name detached before the pronoun
    ("Quant à Anne Fabre, elle a choisi pour avocat Me Jacques Morel.", "elle", 0, "Anne Fabre"),
    # a clause put before the main clause speaks of the main clause's subject
    ("Lorsqu'il apprend la nouvelle, Paul Verdier appelle la direction de Technova.", "il", 0, "Paul Verdier"),
    # the previous sentence's subject
    ("Paul Verdier a quitté Kelvio en 2019. Il a ensuite fondé Nuvia.", "il", 0, "Paul Verdier"),
    # a sentence speaking of the company only by description, then a pronoun
    ("La société Technova recrute. Son chiffre d'affaires a doublé en un an, une première pour l'entreprise. "
     "Elle travaille déjà avec Orbalia.", "elle", 0, "Technova"),
])
def test_pronoun_antecedent(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


@pytest.mark.parametrize("text,word,n", [
    # impersonal "il"
    ("Paul Verdier dirige Technova. Il faut dire que le marché est porteur.", "il", 0),
    ("Paul Verdier dirige Technova. Il n'est pas exclu que Kelvio surenchérisse.", "il", 0),
    # "quant à elle" is not a subject
    ("L'agence Orbalia Presse a quant à elle publié un démenti.", "elle", 0),
    # a noun of the pronoun's gender between the actor and the pronoun: the pronoun is that noun
    ("Kelvio s'oppose à cette fusion car elle nuirait à la concurrence.", "elle", 0),
    # a personal "il" before an adjective is kept, an impersonal one is not
    ("Anne Fabre dirige Nuvia. Il est possible que Kelvio rachète Nuvia.", "il", 0),
])
def test_pronoun_left_alone(links, text, word, n):
    assert links(text).get((word, n)) is None


def test_pronoun_agrees_in_gender(links):
    # "elle" cannot be a man the text calls "le milliardaire"
    got = links("Le milliardaire Paul Verdier a rencontré la banque Orelle. Elle a refusé son offre.")
    assert got.get(("elle", 0)) != "Paul Verdier"


def test_pair_of_actors(nlp):
    from cercle.mentions import find_entities
    from cercle.nlp.docview import DocView

    doc = DocView(nlp("Technova a publié ses comptes mardi, tout comme Kelvio. Les deux groupes vont s'allier."))
    _, _, index = find_entities(doc)
    noun = next(t for t in doc if t.lower_ == "groupes")
    assert sorted(index.plural[noun.i]) == ["Kelvio", "Technova"]
    # named right there: no pair to look for
    doc = DocView(nlp("Technova recrute. Kelvio aussi. Les deux fonds Atlas Capital et Orelle Partners investissent."))
    _, _, index = find_entities(doc)
    assert not index.plural


@pytest.mark.parametrize("text,word,n,expected", [
    # an actor introduced as another kind of thing is not what the descriptor means
    ("Le club Racing Lyonnais a perdu dimanche. Selon le journal Le Matin Sportif, le club a été vendu.",
     "club", 1, "Racing Lyonnais"),
    # a title right after a person's name, with no comma, describes that person
    ("Anne Fabre est la directrice générale de Technova et Paul Verdier le président non exécutif.",
     "président", 0, "Paul Verdier"),
    # a name with its acronym in brackets, then an apposition
    ("Paul Verdier a vendu ses parts de Verlane Capital Holding (VCH), la société qui gère ses biens.",
     "société", 0, "Verlane Capital Holding"),
    # a date the parser hangs on the descriptor is no complement of it
    ("La Banque Orelle a publié ses comptes. L'Union européenne a sanctionné la banque lundi.",
     "banque", 1, "Banque Orelle"),
])
def test_descriptor_antecedent(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


def test_descriptor_agrees_in_gender(links):
    got = links("Le ministre Paul Verdier a reçu Anne Fabre. La ministre a salué l'accord.")
    assert got.get(("ministre", 1)) != "Paul Verdier"


def test_one_and_the_other(links):
    got = links("Paul Verdier et Hugo Lambert se disputent Technova. L'un, banquier venu de Kelvio, incarne la "
                "continuité quand l'autre, ancien patron de Nuvia, promet une rupture.")
    assert got.get(("un", 0)) == "Paul Verdier"
    assert got.get(("autre", 0)) == "Hugo Lambert"


def test_cleft_pronoun(links):
    got = links("Paul Verdier est au cœur de l'affaire. C'est lui qui a versé deux millions à Anne Fabre.")
    assert got.get(("lui", 0)) == "Paul Verdier"
    assert got.get(("qui", 0)) == "Paul Verdier"


def test_possessive_after_a_subject_phrase(nlp):
    # "son PDG": the actor whose stake the previous sentence was about
    from cercle.mentions import find_entities
    from cercle.nlp.docview import DocView

    doc = DocView(nlp("La participation du groupe Verlane dans Technova est passée à 15 %. "
                      "Paul Verdier, son PDG, n'envisage pas d'aller plus loin."))
    _, _, index = find_entities(doc)
    son = next(t for t in doc if t.lower_ == "son")
    pdg = doc[son.i + 1]
    assert index.antecedent(pdg.i, exclude={"Paul Verdier"}, types=("ORG",))[0] == "Verlane"


@pytest.mark.parametrize("text,word,n,expected", [
    # a multi-word descriptor, its own "de" is no complement
    ("Plusieurs jeunes pousses lèvent des fonds, à l'image de Kelvio. Au printemps, la place de marché a "
     "levé 40 M€ auprès d'Atlas Capital.", "place", 0, "Kelvio"),
    # a name beside an unnamed subject is what the sentence is about; the next "il" is that person
    ("Ancien banquier de Technova, Paul Verdier est aujourd'hui président de Kelvio. De nationalité belge, "
     "il a été nommé administrateur de Nuvia en 2014.", "il", 0, "Paul Verdier"),
])
def test_more_links(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


def test_clause_subject_is_not_its_own_complement(links):
    got = links("Le groupe Kelvio a recruté. Kelvio est une filiale du groupe familial appartenant à Paul Verdier.")
    assert got.get(("groupe", 1)) != "Kelvio"


def test_plural_and_extra_introducers(links):
    got = links("Le groupe Technova comprend également les magazines Kelvio Hebdo et Orbalia Sport. "
                "La fintech Nuvia Pay recrute.")
    assert got.get(("magazines", 0)) == "Kelvio Hebdo"
    assert got.get(("fintech", 0)) == "Nuvia Pay"


def test_description_then_name_after_a_comma(links):
    got = links("Paul Verdier va racheter la première chaîne d'information du pays, Kelvio TV, "
                "pour 40 millions d'euros.")
    assert got.get(("chaîne", 0)) == "Kelvio TV"


def test_celui_ci_is_the_last_actor_not_the_subject(links):
    got = links("Anne Fabre a rencontré Paul Verdier lors d'un dîner. Celui-ci lui aurait remis une enveloppe.")
    assert got.get(("celui", 0)) == "Paul Verdier"


@pytest.mark.parametrize("text,expected", [
    # the infinitive's doer is the main subject: "lui" is the other actor
    ("Technova est entré en négociations avec le groupe Kelvio pour lui céder sa filiale Nuvia.", "Kelvio"),
    # spoken in the first person: left alone
    ("Paul Verdier a parlé. « C'est nous qui lui avons prêté l'argent », dit Anne Fabre.", None),
])
def test_object_clitic(links, text, expected):
    assert links(text).get(("lui", 0)) == expected


@pytest.mark.parametrize("text,word,n,expected", [
    # "la PME de 120 salariés": a size complement leaves the descriptor a second reference
    ("Le fonds Atlas Capital a racheté Kelvio. La PME de 120 salariés, dirigée par Paul Verdier, fabrique des "
     "drones.", "pme", 0, "Kelvio"),
    # an actor of the main clause rather than one named in passing in a participial clause
    ("L'équipementier Vernoux Mécanique a été sanctionné par Washington pour des pièces vendues à l'iranien "
     "Pars Avionics. La PME, dirigée par Anne Fabre, conteste.", "pme", 0, "Vernoux Mécanique"),
    # "le groupe X, qui …, vend": X is the sentence's subject
    ("Le groupe Technova, qui a racheté Kelvio, vend des logiciels fabriqués par Nuvia. La société est dirigée "
     "par Jean Roux.", "société", 0, "Technova"),
    # press second references to a person: "l'ex-patron", "ce polytechnicien"
    ("Jean Roux a quitté Nuvia en 2023. L'ex-patron a rejoint Horizon Ventures comme associé.", "ex-patron", 0,
     "Jean Roux"),
    ("Paul Verdier, 55 ans, a été nommé à la tête de Maritima. Ce polytechnicien dirigeait auparavant Kelvio.",
     "polytechnicien", 0, "Paul Verdier"),
    # "la marque", "la collectivité", "la métropole"
    ("Le fonds Horizon Ventures est entré au capital d'Orbalia. Il détient 15 % de la marque depuis 2020.",
     "marque", 0, "Orbalia"),
    ("La Métropole Val-de-Seine a signé avec Technova. Technova versera 3 millions d'euros par an à la "
     "collectivité.", "collectivité", 0, "Métropole Val-de-Seine"),
    # beyond the window: the one actor whose name says it is such a body
    ("La communauté d'agglomération du Val d'Orbe a choisi Technova. Le chantier a pris du retard. Les coûts ont "
     "doublé. Les habitants s'inquiètent. Jean Roux dirige les services de l'intercommunalité depuis 2021.",
     "intercommunalité", 0, "communauté d'agglomération du Val d'Orbe"),
])
def test_press_second_references(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected
