"""Fourteenth-session lead: a civic movement's name closed by lower-case words is whole and an organisation."""
import pytest

from cercle.mentions import find_entities
from cercle.nlp.docview import DocView

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name", [
    ("Sylvie Jacquet, élue du groupe d'opposition Grésivaudan en commun, dénonce le projet.", "Grésivaudan en commun"),
    ("La liste Rouen en mouvement, menée par Paul Dacier, arrive en tête.", "Rouen en mouvement"),
    ("Aux municipales, Lorient en transition présente douze candidats.", "Lorient en transition"),
])
def test_movement_name_is_whole(nlp, text, name):
    ents, _, _ = find_entities(DocView(nlp(text)))
    by_name = {e.name: e.type for e in ents}
    assert by_name.get(name) == "ORG", by_name
