"""Short names joined to the one longer name they open; names typed by the trade word closing them."""
import pytest

from cercle.clean import clean_article
from cercle.mentions.entities import find_entities
from cercle.records import Article


@pytest.mark.parametrize("text, full, short", [
    # a trade word closing a company's name, dropped later ("X Matériaux" → "X", "X Systèmes" → "X")
    ("Le fabricant lyonnais Orbalia Matériaux a annoncé un plan. Selon lui, Orbalia prévoit deux usines.",
     "Orbalia Matériaux", "Orbalia"),
    ("L'intégrateur Quarnis Systèmes a remporté le contrat. Quarnis détient 15 % de Kelvio.",
     "Quarnis Systèmes", "Quarnis"),
    # the short name only the NER calls a person (no title, no first name): the company
    ("Le patron de Technova Industries, Paul Verdier, a lancé une offre sur Kelvio. Technova propose 40 euros.",
     "Technova Industries", "Technova"),
    ("Le gérant de Belvane Partners, Jean Roux, critique Kelvio. Belvane détient 5 % du capital.",
     "Belvane Partners", "Belvane"),
    # a holding's name, no person nor family of the article bearing it: the holding itself
    ("Nuvia est détenue à 96 % par Sterval Participations. Jean Roux, l'actionnaire majoritaire de Sterval, "
     "a refusé.", "Sterval Participations", "Sterval"),
])
def test_short_name_joins_the_company(entities, text, full, short):
    found = entities(text)
    assert full in found and short in found[full][1] and short not in found, found


@pytest.mark.parametrize("text, apart", [
    # a surname shared by a person and a company: the surname goes to the person
    ("Paul Verdier dirige Verdier Capital. Verdier a déclaré vouloir se retirer.", "Verdier Capital"),
    ("Anne Fabre a fondé Fabre Conseil en 2010. Fabre a quitté la direction en 2020.", "Fabre Conseil"),
    # a product's code after the name, another name after a hyphen, a place: other entities
    ("Orbalia a dévoilé son drone Orbalia X200. Orbalia emploie 300 personnes.", "Orbalia X200"),
    ("Kelvio France, la filiale de Kelvio, a été cédée. Kelvio garde son siège à Paris.", "Kelvio France"),
])
def test_short_name_stays_apart(entities, text, apart):
    found = entities(text)
    assert apart in found and len(found) >= 2, found


@pytest.mark.parametrize("text, name", [
    ("Après dix ans à la tête du fabricant d'isolants Pelvaux Matériaux, Jean Roux passe la main.", "Pelvaux Matériaux"),
    ("Technova a assigné Galvire Patrimoine, la holding du fondateur.", "Galvire Patrimoine"),
    ("Le fonds Atlas Capital détient 7 % de Foncière Varenne.", "Foncière Varenne"),
])
def test_trade_word_makes_an_organisation(entities, text, name):
    assert entities(text).get(name, (None,))[0] == "ORG", entities(text)


@pytest.mark.parametrize("text, name, absent", [
    # a movement's name the NER cut before its last complement, a place's name: one name
    ("Le Trésor a sanctionné l'Union des forces du Valmont (UFV), une milice accusée d'exactions.",
     "Union des forces du Valmont", "Valmont"),
    # a name never goes on with a determiner other than an article ("… un projet d'offre")
    ("Le groupe Hautevil a déposé jeudi auprès de l'Autorité des marchés financiers un projet d'offre sur Kelvio.",
     "Autorité des marchés financiers", "Autorité des marchés financiers un projet"),
])
def test_names_cut_or_run_on(entities, text, name, absent):
    found = entities(text)
    assert name in found and absent not in found, found


def test_a_body_of_a_state_keeps_the_state_apart(entities):
    # not a movement's head, no acronym spelling the whole: the body and the state stay two names
    found = entities("L'Autorité de la concurrence de Valdarie a autorisé le rachat de Kelvio.")
    assert "Autorité de la concurrence" in found, found


def test_capitalised_words_before_the_closing_organisation_word(entities):
    found = entities("Le négociant Belcourt Precision Systems a signé avec Kelvio. Plus tard, Belcourt a démenti.")
    assert "Belcourt" in found["Belcourt Precision Systems"][1] and "Belcourt" not in found, found


def _topic(nlp, text):
    clean = clean_article(Article(id="t", text=text))
    return find_entities(nlp(clean.text), clean)[2].topic


def test_a_headline_opening_with_a_name_gives_the_main_organisation(nlp):
    # "X : …" in the headline, X named as often as any other organisation: the article's
    text = ("Brenval Outillage : Paul Verdier poussé vers la sortie\n"
            "Le conseil d'administration de Brenval Outillage a révoqué son directeur général. Le fonds "
            "Atlas Capital, qui détient 20 % du capital, a voté la révocation. Atlas Capital réclame un "
            "nouveau plan. Brenval Outillage emploie 800 personnes.")
    assert _topic(nlp, text) == "Brenval Outillage"


def test_a_headline_naming_no_organisation_first_gives_no_opener(nlp):
    # "Vélos partagés : …": a rubric, no name; two organisations named as often, none the article's
    text = ("Vélos partagés : la Métropole hésite entre Kelvio Mobilités et Nuvia Mobilités\n"
            "La Métropole a reçu les offres de Kelvio Mobilités et de Nuvia Mobilités. Kelvio Mobilités "
            "propose 800 vélos, Nuvia Mobilités 900 vélos.")
    assert _topic(nlp, text) is None


@pytest.mark.parametrize("text, absent", [
    # the rubric opening a headline, common words going on in lower case: no name
    ("Cloud souverain : Kelvio décroche un contrat de l'armée\nKelvio a remporté le contrat.", "Cloud"),
    ("Flotte fantôme : Technova visé par des sanctions\nTechnova conteste.", "Flotte"),
])
def test_headline_rubric_is_no_name(entities, text, absent):
    found = entities(text)
    assert absent not in found and not any(n.startswith(absent) for n in found), found


def test_headline_opening_with_an_organisation_keeps_it(entities):
    found = entities("Banque publique d'investissement : un nouveau fonds\nLa Banque publique "
                     "d'investissement lance un fonds.")
    assert any(n.startswith("Banque publique") for n in found), found


@pytest.mark.parametrize("text, full, short", [
    # a public body's one capitalised word, for the one body of that kind the article names
    ("Valmont Agglomération Métropole a choisi Kelvio. Selon Paul Verdier, la Métropole a tranché vite.",
     "Valmont Agglomération Métropole", "Métropole"),
    ("La Région Grand Est a accordé une subvention à Kelvio. La Région détient aussi 5 % de Nuvia.",
     "Région Grand Est", "Région"),
])
def test_public_body_short_word_joins(entities, text, full, short):
    found = entities(text)
    assert full in found and short in found[full][1] and short not in found, found


@pytest.mark.parametrize("text, full, other", [
    # two people of one surname: "Mme X" is the woman, "M. X" the man, by their titles' gender
    ("Le président de Technova était accompagné de sa vice-présidente, Anne Verlac. Plus tard, Mme Verlac, "
     "fille de l'ancien ministre Paul Verlac, a démissionné.", "Anne Verlac", "Paul Verlac"),
    ("L'ancien ministre Paul Verlac a soutenu la directrice Anne Verlac. M. Verlac a ensuite rejoint Kelvio.",
     "Paul Verlac", "Anne Verlac"),
])
def test_honorific_gender_picks_one_of_two_namesakes(entities, text, full, other):
    found = entities(text)
    assert "Verlac" in found[full][1] and "Verlac" not in found[other][1] and "Verlac" not in found, found


def test_a_bare_surname_of_two_namesakes_stays_apart(entities):
    # no honorific, no title: either of them, joined to neither
    found = entities("Anne Verlac et Paul Verlac dirigent Kelvio. Verlac a refusé de commenter.")
    assert "Verlac" not in found["Anne Verlac"][1] and "Verlac" not in found["Paul Verlac"][1], found
