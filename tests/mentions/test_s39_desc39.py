"""(s39-desc39) The evidence readers of mentions/places39.py and mentions/sizes39.py, on invented names."""
from cercle.mentions.places39 import _places_in_name, foreign
from cercle.mentions.sizes39 import size_clash, size_of


def test_a_country_in_a_name_says_where_it_is_from():
    assert _places_in_name("Velmar Espagne") == {("country", "espagne")}
    assert _places_in_name("Crédit Suisse Orlan") == {("country", "suisse")}
    assert _places_in_name("Air Nordel-Italie") == {("country", "italie")}
    assert _places_in_name("Banque Orlan") == set()


def test_foreign_places():
    assert foreign(("country", "allemagne"))
    assert not foreign(("country", "france"))
    assert foreign(("local", "genevois"))     # a Swiss city's adjective
    assert not foreign(("local", "lyonnais"))  # a French one
    assert not foreign(None)


def test_sizes():
    assert size_of("pousse") == "small" and size_of("géant") == "big" and size_of("groupe") is None
    described = {"Morvalis": {"laboratoire", "géant"}, "Quintessa": {"biotech"}}
    assert size_clash("Morvalis", "pousse", {}, {}, described)
    assert not size_clash("Quintessa", "pousse", {}, {}, described)   # nothing said of its size
    assert not size_clash("Morvalis", "groupe", {}, {}, described)    # no size in the noun
