"""Fifteenth-session lead: no name holds a headline's colon; an association's name goes on with the adjective
of its plural noun."""
import pytest

from cercle.mentions import find_entities
from cercle.nlp.docview import DocView

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name, rubric", [
    ("Deep tech : Kelvane lève 30 millions d'euros pour industrialiser ses capteurs quantiques", "Kelvane",
     "Deep tech : Kelvane"),
    ("Green tech : Ormedia lève 12 millions d'euros pour construire son usine de recyclage", "Ormedia",
     "Green tech : Ormedia"),
])
def test_headline_rubric_is_cut_at_the_colon(nlp, text, name, rubric):
    ents, _, _ = find_entities(DocView(nlp(text)))
    names = {e.name for e in ents}
    assert name in names and rubric not in names, names


@pytest.mark.parametrize("text, name", [
    ("L'association Amicale des riverains inquiets, présidée par Paul Remy, a assigné Kelvio.",
     "Amicale des riverains inquiets"),
    ("Les 5 % restants appartiennent à l'association Union des supporters castelroussins.",
     "Union des supporters castelroussins"),
])
def test_association_name_keeps_its_adjective(nlp, text, name):
    ents, _, _ = find_entities(DocView(nlp(text)))
    assert name in {e.name for e in ents}, [e.name for e in ents]


@pytest.mark.parametrize("text, noun, wrong", [
    ("Synthex lève 85 millions d'euros pour industrialiser ses puces.\n\nLa jeune pousse Synthex annonce une levée "
     "de fonds. Fondée en 2020 par Inès Valat, ancienne chercheuse du CEA-Leti, et Hugo Sterne, passé par le "
     "néerlandais Vandemeer Lithography, la start-up emploie désormais 140 personnes.", "start-up",
     "Vandemeer Lithography"),
    ("Kelvane lève 30 millions d'euros. Kelvane recrute. Créée par Paul Remy, ancien ingénieur du groupe Ormedia, "
     "la société emploie 40 personnes.", "société", "Ormedia"),
])
def test_descriptor_is_not_a_persons_former_house(nlp, text, noun, wrong):
    doc = DocView(nlp(text))
    _, mentions, index = find_entities(doc)
    at = next(t.i for t in doc if t.text == noun)
    assert index.by_token.get(at) != wrong, index.by_token.get(at)
