"""Name spans and entity types (types4 branch): the ends of a name the NER ran into a phrase, a lone
letter standing for persons unknown, public bodies named by a capitalised noun and a lower-case word."""
from __future__ import annotations


def test_name_never_ends_on_de(entities):
    # "saisir l'Autorité X d'une plainte": the NER ran the name into the "d'" phrase
    ents = entities("Kelvio a saisi l'Autorité de la concurrence d'une plainte contre Nuvia.")
    assert "Autorité de la concurrence" in ents and not any(n.endswith("'") for n in ents)
    ents = entities("Technova a saisi l'Autorité des marchés financiers d'un recours contre Orbalia.")
    assert not any(n.endswith("'") or n.endswith(" de") for n in ents)


def test_persons_unknown_is_no_name(entities):
    # "plainte contre X": X is whoever did it, not a party
    assert list(entities("Kelvio a porté plainte contre X.")) == ["Kelvio"]
    assert "X" not in entities("Orbalia a déposé une plainte contre X, selon Paul Verdier.")
