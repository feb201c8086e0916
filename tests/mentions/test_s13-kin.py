"""Mentions of the s13 kin fixes (helper s13-kin): family descriptors standing for a person, invented names."""
from cercle.mentions.entities import find_entities
from cercle.nlp.docview import DocView


def _mentions(nlp, text):
    doc = DocView(nlp(text))
    _, mentions, index = find_entities(doc)
    return {(m.text, m.entity) for m in mentions}, index


def test_the_father_of_the_child_just_named(nlp):
    got, _ = _mentions(nlp, "Roger Malbec a bâti la chaîne Malbec Optique. Depuis mai, c'est Lise Malbec, 39 ans, sa "
                            "fille cadette, qui la dirige. Le père garde la présidence du conseil.")
    assert ("Le père", "Roger Malbec") in got


def test_the_mother_of_the_son_just_named(nlp):
    got, _ = _mentions(nlp, "Annick Sorel a confié la direction des Biscuiteries Sorel à son fils, Paul Sorel. "
                            "La mère reste actionnaire majoritaire.")
    assert ("La mère", "Annick Sorel") in got


def test_the_father_of_someone_named_is_not_linked(nlp):
    got, _ = _mentions(nlp, "Annick Sorel a confié la direction à son fils, Paul Sorel. Le père de Paul Sorel "
                            "n'a rien dit.")
    assert not any(text.startswith("Le père") for text, _ in got)


def test_kin_possessive_owner_is_a_person(nlp):
    _, index = _mentions(nlp, "Londres a sanctionné l'homme d'affaires Oleg Varin. La société Borkan, qu'il "
                              "contrôle, est aussi visée. Borkan affrète des pétroliers. Sa fille, Vera Varina, "
                              "dirige la filiale de Chypre.")
    assert {o[0] for o in index.kin_owner.values() if o} == {"Oleg Varin"}
