"""Fourteenth-session lead: a short name joins a company named with a sector word closing it."""
import pytest

from cercle.mentions import find_entities
from cercle.nlp.docview import DocView

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, short, full", [
    ("Le fabricant Lérande Défense a signé un contrat. Selon nos informations, Lérande a versé des commissions.",
     "Lérande", "Lérande Défense"),
    ("La société Ostrel Nautisme lève des fonds. Ostrel vise l'export.", "Ostrel", "Ostrel Nautisme"),
    ("Le groupe Varnel Sécurité recrute. Depuis mars, Varnel a ouvert deux agences.", "Varnel", "Varnel Sécurité"),
])
def test_short_name_joins_a_sector_closed_name(nlp, text, short, full):
    ents, _, _ = find_entities(DocView(nlp(text)))
    by_name = {e.name: e for e in ents}
    assert full in by_name and short not in by_name
    assert short in by_name[full].aliases
