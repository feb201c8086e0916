"""(s37-desc37) What the cases of tests/extract/cases_s37_desc37.py do not check: the places an apposition gives an
actor (mentions/desc37.apposed_places), never a fronted phrase's actor, and the nouns the text set on each name."""
from __future__ import annotations

from cercle.mentions.demonyms import place_key, place_of_town
from cercle.mentions.desc37 import apposed_places, attached_nouns, named_kinds
from cercle.mentions.entities import find_entities
from cercle.nlp.docview import DocView


class _Names:
    """The names of an index alone, as coref reads them before any second reference is linked."""

    def __init__(self, index):
        self.entities = index.entities
        self.kinds = {j: k for j, k in index.kinds.items() if k == "name"}
        self.by_token = {j: n for j, n in index.by_token.items() if j in self.kinds}


def _read(nlp, text):
    doc = DocView(nlp(text))
    _, _, index = find_entities(doc)
    tv = list(doc)
    names = _Names(index)
    named = sorted(names.by_token.items())
    return tv, named, names


def test_apposition_places(nlp):
    tv, named, index = _read(nlp, "Le distributeur Talbert a signé avec Vosgel, groupe allemand de surgelés, et avec "
                                  "Marmara Lojistik, un transitaire basé à Istanbul.")
    origins: dict = {}
    apposed_places(tv, named, index, origins)
    assert place_key("allemand") in origins.get("Vosgel", set())
    assert place_of_town("Istanbul") in origins.get("Marmara Lojistik", set())
    assert "Talbert" not in origins


def test_place_of_another_actor_is_not_taken(nlp):
    tv, named, index = _read(nlp, "Le contrat a été signé avec Orlane, filiale du groupe allemand Vosgel, en mars.")
    origins: dict = {}
    apposed_places(tv, named, index, origins)
    assert place_key("allemand") not in origins.get("Orlane", set())


def test_fronted_phrase_is_no_apposition(nlp):
    tv, named, index = _read(nlp, "Conseillée par le cabinet Délestre Avocats, l'entreprise savoyarde a assigné "
                                  "Hartvald devant le tribunal de commerce.")
    origins: dict = {}
    apposed_places(tv, named, index, origins)
    assert not any(k[0] == "local" for k in origins.get("Délestre Avocats", set()))


def test_nouns_set_on_names_and_club_names(nlp):
    tv, named, index = _read(nlp, "Lucie Armand préside Varenne Participations, la holding qui contrôle Kerdal. Le "
                                  "Lannion Rugby Club et Orvane Sports Invest ont signé.")
    assert "holding" in attached_nouns(tv, named, index).get("Varenne Participations", set())
    kinds = named_kinds(named, index)
    assert kinds.get("Lannion Rugby Club") == {"club"}
    assert "Orvane Sports Invest" not in kinds   # (a club's owner, by its name)
