"""(s29-portrait29) The portrait's list of stages, read as a mechanism:

- objects listed after the verb with "puis" / "et" / a comma, which spaCy's French parser hangs on the VERB as its
  conjuncts rather than on the first object: "il s'est offert A, puis B et C", "elle a racheté A puis B",
  "il a dirigé A, puis B": every listed name is an object of the verb, as the first one (slots "obj" and, when the
  first object was read as one, "self_bought"). A conjunct with its own subject, verb or preposition opens a new
  clause or phrase and is left alone; only names of the first object's type are taken.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on

# words that join one listed object to the next
_JOINS = frozenset({"puis", "et", "ou", "ensuite", "enfin", "aussi", "également"})


def _bare_name_conjunct(c, index: EntityIndex) -> str | None:
    """The entity a conjunct of the verb names when it is a bare listed name (no subject, clause or case of its
    own), else None."""
    if c.dep_ != "conj" or c.pos_ not in ("PROPN", "NOUN", "PRON", "X"):
        return None
    name = index.entity_at(c.i)
    if name is None or index.kinds.get(c.i) != "name":
        return None
    for k in c.children:
        if k.dep_ in ("nsubj", "nsubj:pass", "case", "mark", "aux:tense", "aux:pass", "cop", "obj"):
            return None
    prev = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
    joined = any(k.dep_ == "cc" and k.lower_ in _JOINS for k in c.children)
    if not joined and (prev is None or prev.text != ","):
        return None
    return name


@acts_on(lambda w: w.verbal and w.pos == "VERB")
def listed_objects(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"il s'est offert A, puis B et C": B and C (hung on the verb as its conjuncts) are objects as A is."""
    if not verbal or t.pos_ != "VERB" or "conj" not in [c.dep_ for c in t.children]:
        return
    if not out.get("obj"):
        return
    first = out["obj"][0]
    person = index.type_of(first[0]) == "PER"
    conjs = []
    todo = [c for c in t.children if c.dep_ == "conj" and c.i > first[1]]
    while todo:
        c = todo.pop(0)
        name = _bare_name_conjunct(c, index)
        if name is None:
            break
        # (a person listed with a person, an organisation with anything but a person: the first object may be a
        # title read as a place, "La Provence"; the rules' object types sort the rest)
        if (index.type_of(name) == "PER") != person:
            continue
        conjs.append((name, c.i))
        # (the next conjunct may hang on the name's last word: "puis Radio Azur et C", C on "Azur")
        todo += [k for w in (c, *(w for w in c.children if w.dep_ == "flat:name" and index.entity_at(w.i) == name))
                 for k in w.children if k.dep_ == "conj" and k.i > c.i]
    if not conjs:
        return
    # (no verb between the first object and the listed names: "il a racheté A, puis a cédé B")
    doc = t.doc
    last = max(i for _, i in conjs)
    if any(doc[k].pos_ in ("VERB", "AUX") for k in range(first[1] + 1, last)):
        return
    out.put("obj", conjs)
    if out.get("self_bought") or (lemma_of(t) == "offrir" and any(c.lower_ in ("se", "s'", "s’") for c in t.children)):
        # ("il s'est offert A, puis B et C": bought as the first one, slots/phrases.py "self_bought")
        out.put("self_bought", [x for x in conjs if index.type_of(x[0]) == "ORG"])


PORTRAIT29_READERS = Readers(listed_objects)
