"""Names opening with the letters of an article ("Lavergne", "Lesueur", "Lebrun") keep them when folded,
so "M. Lavergne" joins "Paul Lavergne" (the fold used to strip "la" from "lavergne")."""
import pytest

from cercle.clean import clean_article
from cercle.mentions.entities import find_entities
from cercle.mentions.lexicon import fold
from cercle.records import Article


@pytest.mark.parametrize("name, key", [
    ("Lavergne", "lavergne"), ("Lesueur", "lesueur"), ("Lebrun", "lebrun"),
    ("Le Monde", "monde"), ("La Poste", "poste"), ("L'Oréal", "oreal"), ("Les Echos", "echos"),
])
def test_fold_drops_only_a_whole_article(name, key):
    assert fold(name) == key


@pytest.mark.parametrize("text, full, short", [
    ("L'homme d'affaires russe Paul Lavergne est sanctionné. Le Trésor a ouvert une enquête. "
     "Londres avait déjà sanctionné M. Lavergne en février.", "Paul Lavergne", "Lavergne"),
    ("Anne Lesueur dirige Kelvio depuis 2019. Selon Mme Lesueur, le plan est tenu.", "Anne Lesueur", "Lesueur"),
])
def test_honorific_and_surname_join_the_full_name(nlp, text, full, short):
    clean = clean_article(Article(id="t", text=text))
    ents, _, _ = find_entities(nlp(clean.text), clean)
    names = {e.name: e for e in ents}
    assert short not in names
    assert any(a.endswith(short) for a in names[full].aliases)
