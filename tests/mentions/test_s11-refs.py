"""Second references (eleventh session): group nouns, titles without names, descriptors with a place
adjective. Invented texts, invented names."""
from __future__ import annotations

import pytest

from cercle.mentions.entities import find_entities
from cercle.nlp.docview import DocView


def _group(nlp, text, noun):
    """The actors the group noun ``noun`` (its first occurrence) stands for."""
    doc = DocView(nlp(text))
    _, _, index = find_entities(doc)
    tok = next(t for t in doc if t.lower_ == noun)
    return sorted(index.plural.get(tok.i, []))


@pytest.mark.parametrize("text, noun, members", [
    # a plural noun for organisations the pair list lacks ("formations")
    ("Le Parti des Rivages et l'Alliance citoyenne ont signé mardi un accord électoral. Les deux formations "
     "présenteront des listes communes aux régionales.", "formations", ["Alliance citoyenne", "Parti des Rivages"]),
    # the plural of any descriptor ("cimentiers")
    ("Le cimentier Calvène et le cimentier Roubastel ont conclu une alliance commerciale. Les deux cimentiers "
     "partageront leurs carrières du Gard.", "cimentiers", ["Calvène", "Roubastel"]),
    # "les trois cofondateurs": the persons the text said founded it, named far back
    ("La start-up Ondavia a été fondée en 2019 par Lucie Varenne, Karim Bensaïd et Hugo Délos. Elle fabrique "
     "des capteurs. Son chiffre d'affaires a doublé. Le fonds Brisant Capital entre au capital. "
     "Brisant Capital prend 20 %. Les trois cofondateurs restent majoritaires.", "cofondateurs",
     ["Hugo Délos", "Karim Bensaïd", "Lucie Varenne"]),
])
def test_group_nouns(nlp, text, noun, members):
    assert _group(nlp, text, noun) == members


def test_a_group_of_either_kind_is_not_a_person_and_a_company(nlp):
    # "les deux rivaux" after a sentence naming one person and one company: no group
    text = ("Paul Garnier a racheté la société Verlaine Optique. Les deux rivaux ne se parlent plus.")
    assert _group(nlp, text, "rivaux") == []


def _link(nlp, text, word, nth=0):
    """The entity the ``nth`` occurrence of ``word`` is linked to."""
    doc = DocView(nlp(text))
    _, _, index = find_entities(doc)
    toks = [t for t in doc if t.lower_ == word]
    return index.by_token.get(toks[nth].i)


def test_a_descriptor_s_nationality_must_agree(nlp):
    # "la société kirghize": the company the text placed in Kirghizstan, not the Turkish one named last
    text = ("Les douanes visent deux sociétés. Borvek Components, établie à Bichkek, achetait les puces. "
            "Le transitaire turc Altamar Lojistik les acheminait vers Moscou. "
            "Parmi les fournisseurs de la société kirghize figure une PME savoyarde.")
    assert _link(nlp, text, "société") == "Borvek Components"


def test_a_descriptor_s_city_adjective_names_the_company_called_so(nlp):
    # "le groupe lyonnais" again: the one the text called lyonnais, over the target named since
    text = ("Le fabricant lyonnais Tessandre lance une offre sur Quimpral. Le groupe lyonnais propose 40 euros "
            "par action. Quimpral juge l'offre insuffisante. Le groupe lyonnais détient déjà 9 % du capital.")
    assert _link(nlp, text, "groupe", 1) == "Tessandre"


@pytest.mark.parametrize("text, word, nth, person", [
    # no one was called "présidente" of it: the founder the title's gender picks out
    ("La start-up Ombrelle a été fondée en 2020 par Sophie Verdon et Paul Adrien. Elle fabrique des capteurs "
     "de pluie. Le fonds Brisant Capital a investi 5 millions d'euros. « Nous allons recruter quarante "
     "ingénieurs », a déclaré la présidente d'Ombrelle.", "présidente", 0, "Sophie Verdon"),
    # "X, qui dirige Y": the head a verb named, for "le PDG de Y" further on
    ("Le groupe Tarvel vend des pompes. « Nous exportons la moitié de notre production », explique Marc "
     "Joubier, qui dirige Tarvel depuis 2015. Le fonds Brisant Capital détient 12 % du capital. "
     "Brisant Capital juge la stratégie trop prudente. Le PDG de Tarvel a rejeté ces critiques.", "pdg", 0,
     "Marc Joubier"),
])
def test_a_head_named_by_a_verb_holds_the_title(nlp, text, word, nth, person):
    assert _link(nlp, text, word, nth) == person


def test_a_title_with_two_founders_of_its_gender_stays_unlinked(nlp):
    text = ("La start-up Ombrelle a été fondée en 2020 par Paul Verdon et Marc Adrien. Elle fabrique des capteurs "
            "de pluie. Le fonds Brisant Capital a investi 5 millions d'euros. « Nous allons recruter », a déclaré "
            "le président d'Ombrelle.")
    assert _link(nlp, text, "président") is None


def test_y_after_a_board_is_its_company(nlp):
    # "Le conseil change de visage. X y fait son entrée": the board just spoken of, the article's company's
    text = ("Le groupe Tarvel remanie sa gouvernance. Tarvel vend des pompes dans quarante pays et Tarvel "
            "emploie 900 salariés. Le conseil d'administration change de visage. Sophie Marnier y fait son "
            "entrée comme administratrice indépendante.")
    assert _link(nlp, text, "y") == "Tarvel"


def test_y_of_a_place_is_no_board(nlp):
    text = ("Le groupe Tarvel a ouvert une usine à Lorient. Tarvel y emploie 300 salariés.")
    assert _link(nlp, text, "y") is None


def test_the_founders_over_the_last_two_persons_named(nlp):
    # "les deux fondateurs": the two the text said founded it ("elle a fondé … avec X"), not the two
    # investors the sentence before names
    text = ("« Nous voulons industrialiser », résume Maëlys Vintrel, la présidente de Quoravel. Ingénieure "
            "chimiste, elle a fondé l'entreprise en 2022 avec Thibaud Rossier. Le fonds Veraltis mène le tour. "
            "Samuel Ouradin, associé chez Veraltis, entre au conseil aux côtés de Pierre Vassalin. "
            "Les deux fondateurs conservent 40 % des parts.")
    assert _group(nlp, text, "fondateurs") == ["Maëlys Vintrel", "Thibaud Rossier"]


def test_a_former_head_is_the_one_the_text_said_was_replaced(nlp):
    # "l'ex-patron" of the article's company: the one its new head succeeds (the headline says so)
    text = ("Tarvel : Sophie Marnier succède à Olivier Chantrel\nLe distributeur Tarvel a tourné une page jeudi. "
            "Sophie Marnier, ancienne numéro deux de Brenval, arrive en mars. Tarvel a vu ses ventes reculer de "
            "12 % en 2024. Le conseil de Tarvel a été remanié. Le fonds Brisant Capital, premier actionnaire avec "
            "14 % du capital, réclamait depuis l'automne un changement de direction et avait publiquement "
            "reproché à l'ex-patron un manque de vision.")
    assert _link(nlp, text, "ex-patron") == "Olivier Chantrel"
