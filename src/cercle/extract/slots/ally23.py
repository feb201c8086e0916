"""(s23-ally23) Coverage gaps of French for the ties of support (ALLY_OF):

- joining someone's camp: "X a rallié le camp de Y", "X a rejoint le clan de Y", "X s'est placé sous la bannière
  de Y": the person after the camp noun's "de" (slot "camp_of", rule ally.rally_camp). The plain verb with a
  person as its object ("X a rallié Y") is a rule alone (ally.rally_person).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on

# verbs of joining a side whose object may be the side's noun ("rallier le camp de Y")
RALLY_VERBS = frozenset({"rallier", "rejoindre"})
# nouns of a person's side in a contest (not "équipe", "liste": one joins a company's team, a list's staff)
_CAMP_NOUNS = frozenset({"camp", "clan", "bannière"})
_OF = frozenset({"de", "d'", "d’", "du"})


@acts_on(lambda w: w.verbal and w.lemma in RALLY_VERBS)
def camp_of(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "camp_of": the person whose camp the verb's object names ("X a rallié le camp de Y")."""
    if not verbal or lemma_of(t) not in RALLY_VERBS or not out.wants("camp_of"):
        return
    for c in t.children:
        if c.dep_ != "obj" or c.lower_ not in _CAMP_NOUNS:
            continue
        doc, j = t.doc, c.i + 1
        if j < len(doc) and doc[j].lower_ in _OF:
            j += 1
            name = index.entity_at(j) if j < len(doc) else None
            if name is not None and index.kinds.get(j) == "name":
                out.put("camp_of", [(name, j)])
        return


# The readers of this module, in core.slots' order, each called only on the words it declares.
ALLY23_READERS = Readers(camp_of)
