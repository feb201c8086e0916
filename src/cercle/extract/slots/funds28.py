"""(s28-funds28) Money, partnership and competition gaps of French, read as mechanisms:

- "X a lancé une offre sur Y, son concurrent alsacien, au prix de …": a possessive rival noun set after a name and
  its comma is that name's apposition (the parser often makes it a conjunct of another noun); the name is the
  rival (slot "head" of competes.noun / competes.rival_of), the possessive's owner the other side.
Other s28-funds28 changes sit where the mechanism lives: mentions/coref.py (an introducing noun, a place adjective
tagged a noun, then the name: "l'hébergeur lyonnais X"; "le fabricant japonais de scanners X"), slots/biz.py (an
amount split at its thousands, "de 800 000 euros", tagged as determiners), slots/phrases.py ("X a prêté N à Y", the
"à" phrase the verb's modifier).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of
from .found import Found
from .gate import Readers, acts_on

_RIVAL_NOUNS = frozenset({"concurrent", "concurrente", "rival", "rivale"})
_OWN_DETS = frozenset({"son", "sa", "leur"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _RIVAL_NOUNS)
def rival_apposed_to_name(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"…sur Y, son concurrent alsacien, …", "Y, son principal rival sur le marché": Y (slot "head")."""
    if t.pos_ != "NOUN" or t.lower_ not in _RIVAL_NOUNS:
        return
    det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in _OWN_DETS), None)
    if det is None:
        return
    first = min([det.i] + [c.i for c in t.children if c.dep_ == "amod"])   # (the comma is often the noun's child)
    if first < 2 or t.doc[first - 1].text != "," or index.kinds.get(first - 2) != "name":
        return
    name = index.entity_at(first - 2)
    if name is None or index.type_of(name) != "ORG":
        return
    j = first - 2
    while j > 0 and index.entity_at(j - 1) == name and index.kinds.get(j - 1) == "name":
        j -= 1
    # the possessive's owner: not the name it follows (the nearest antecedent), the clause's subject
    # (the nearest actor before the possessive is often a body named in passing: "auprès de l'AMF une offre sur Y")
    owners = [x for x in _subject_of(t.sent.root, index) if x[0] != name and index.type_of(x[0]) == "ORG"][:1]
    if not owners:
        return
    if t.dep_ == "appos" and index.entity_at(t.head.i) == name or any(x[0] == name for x in out.get("head", ())):
        return   # (the parse's own apposition: the rules read it)
    # (a head the parser gave is the noun it hung the apposition on, further back: "l'AMF …, son concurrent")
    out["head"] = [(name, j)]
    out["poss"] = owners


FUNDS28_READERS = Readers(
    rival_apposed_to_name,   # "…sur Y, son concurrent alsacien": Y is the rival
)
