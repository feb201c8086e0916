"""(s20) A short name is not the alias of a longer name whose extra word is a coined name of its own."""
from cercle.clean import clean_article
from cercle.mentions import find_entities
from cercle.nlp import get_nlp
from cercle.nlp.docview import DocView
from cercle.records import Article


def _entities(text: str) -> dict[str, list[str]]:
    clean = clean_article(Article(id="t", text=text))
    entities, _, _ = find_entities(DocView(get_nlp()(clean.text)), clean)
    return {e.name: list(e.aliases) for e in entities}


def test_a_coined_second_word_names_another_actor():
    got = _entities("Arthur Mensch, un ancien de Vortex DeepMind, dirige la société. L'ancien patron de Vortex, "
                    "Eric Smet, a investi.")
    assert "Vortex" in got and "Vortex" not in got.get("Vortex DeepMind", [])


def test_a_common_word_closing_the_full_name_still_joins():
    got = _entities("Zorvane Cloud a levé 20 millions. Zorvane recrute.")
    assert "Zorvane" in got.get("Zorvane Cloud", [])


def test_short_name_before_long_one_in_one_sentence_is_another_actor():
    # (s20-names4)
    got = _entities("Norvex a été regroupée avec Bemex au sein de Norvex Group. Norvex recrute.")
    assert "Norvex" in got and "Norvex" not in got.get("Norvex Group", [])


def test_a_name_hyphened_to_another_is_a_group_of_two():
    # (s20-names4)
    got = _entities("Le groupe Kelvia Air-KLV a publié ses comptes. Kelvia Air a recruté.")
    assert "Kelvia Air" in got

