"""(s22-prec22b) Parties that earlier readers put in a slot against a plain rule of French.

- "X, chef de file d'Y aux européennes": one title, not the head of a department "file" of Y.
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


@acts_on(lambda w: not w.verbal and w.lower in ("chef", "cheffe"))
def chef_de_file_no_department(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, chef de file d'Y aux européennes": "chef de file" (a list's or a group's leader) is one title, not
    the head of a department called "file" of Y (works_for.department's second "de")."""
    if verbal or t.lower_ not in ("chef", "cheffe") or "prep:de2" not in out:
        return
    tv = t.doc
    if t.i + 2 < len(tv) and tv[t.i + 1].lower_ == "de" and tv[t.i + 2].lower_ == "file":
        out.pop("prep:de2", None)


PREC22B_READERS = Readers(
    chef_de_file_no_department,   # "X, chef de file d'Y": no department
    joined_place_no_party,   # "X doit rejoindre Lyon"
)
