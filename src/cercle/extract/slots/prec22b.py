"""(s22-prec22b) Parties that earlier readers put in a slot against a plain rule of French.

- "Le président doit rejoindre vendredi Canton, où il débattra": "rejoindre"/"intégrer" a town, a region or
  a country the gazetteers know is going there; a bare place (no word of an institution: not "la Région X",
  "le ministère", "Bercy") is no employer nor body joined, so it leaves the verb's object.
"""
from __future__ import annotations

from ...mentions.demonyms import place_of_town
from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on

_GO_TO_VERBS = frozenset({"rejoindre", "intégrer"})


@acts_on(lambda w: w.verbal and (w.lemma in _GO_TO_VERBS or w.lem in _GO_TO_VERBS))
def joined_place_no_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X doit rejoindre Lyon": a bare place joined is where X goes, no party of the verb."""
    if not verbal or "obj" not in out or (lemma_of(t) not in _GO_TO_VERBS and t.lemma_.lower() not in _GO_TO_VERBS):
        return
    from ..relations import _bare_place, _is_country   # (relations imports the slots)

    def fits(x) -> bool:
        name = x[0]
        if not isinstance(name, str):
            return True
        # a place the gazetteers know (a country, a region, a capital, a listed town), not a one-word
        # name the NER alone called a place ("elle a rejoint Maritima": a company)
        place = _is_country(name) or place_of_town(name) is not None
        return not (place and _bare_place(name))
    if not all(fits(x) for x in out["obj"]):
        out.keep("obj", fits)
        out["_no_linear"] = []   # (nor the nearest names along the line: the object was that place)


PREC22B_READERS = Readers(
    joined_place_no_party,   # "X doit rejoindre Lyon"
)
