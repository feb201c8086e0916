"""(s23-ally23) Coverage gaps of French for the ties of support (ALLY_OF):

- joining someone's camp: "X a rallié le camp de Y", "X a rejoint le clan de Y", "X s'est placé sous la bannière
  de Y": the person after the camp noun's "de" (slot "camp_of", rule ally.rally_camp). The plain verb with a
  person as its object ("X a rallié Y") is a rule alone (ally.rally_person).
- the object of a relative clause whose "que" the parser leaves unattached ("dep"): "Y, que soutenaient
  ouvertement A et B, …" (the subject after the verb): the antecedent is the verb's object (slot "obj"); without
  it the rules fell back on the nearest names and paired A with B.
- a body close to a party or a person, told by an apposition: "La fondation X, proche du parti Y" (slot
  "close_body", rule ally.adj_body): only the name right before the comma, not a label inside a title
  ("conseillère régionale Z et proche de Y": Z is her party, not Y's ally).
- a party's label in brackets: "le chancelier X (Y)" (the head of a government, as "la Première ministre, X (Y)"
  of slots/bonds.py, slots "bracket_holder", "bracket_label"); "X, le président (Y) de la région Z": the label in
  brackets between a title and its "de" is the holder's party (slot "title_bracket", rule member.title_bracket).
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


_RELATIVE_QUE = frozenset({"que", "qu'", "qu’"})


@acts_on(lambda w: w.verbal and w.dep in ("acl:relcl", "dep"))
def relative_que_object(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "obj": the antecedent of a relative "que" the parser misreads: "que" left unattached ("dep"), or the
    clause itself hung as "dep" on the name ("Y, que soutient X")."""
    if not verbal or t.dep_ not in ("acl:relcl", "dep") or "obj" in out:
        return
    que = next((c for c in t.children if c.i < t.i and c.lower_ in _RELATIVE_QUE), None)
    if que is None or (que.dep_ not in ("dep", "mark") if t.dep_ == "acl:relcl" else que.dep_ not in ("obj", "dep")):
        return
    if any(c.dep_ in ("obj", "ccomp", "xcomp") and c is not que for c in t.children):
        return
    head = t.head
    if head.i >= que.i or que.i != head.i + 2 + sum(1 for k in range(head.i + 1, que.i - 1)
                                                   if t.doc[k].dep_ == "flat:name"):
        return   # (the antecedent right before the "que", past its comma: "Y, que …")
    name = index.entity_at(head.i)
    if name is not None and index.kinds.get(head.i) == "name":
        out.put("obj", [(name, head.i)])


_CLOSE_WORDS = frozenset({"proche"})
_DEGREE = frozenset({"très", "plutôt", "assez", "si", "fort", "réputé", "réputée", "jugé", "jugée", "dit", "dite"})


@acts_on(lambda w: w.pos == "ADJ" and w.lower in _CLOSE_WORDS)
def close_body(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "close_body": the name of a body right before the comma that opens "…, (très) proche de Y"."""
    if t.pos_ != "ADJ" or t.lower_ not in _CLOSE_WORDS or not out.wants("close_body"):
        return
    doc, k = t.doc, t.i - 1
    while k > t.sent.start and doc[k].lower_ in _DEGREE:
        k -= 1
    if k <= t.sent.start or doc[k].text != ",":
        return
    name = index.entity_at(k - 1)
    if name is not None and index.kinds.get(k - 1) == "name":
        out.put("close_body", [(name, k - 1)])


_CHANCELLORS = frozenset({"chancelier", "chancelière"})
# titles whose holder's party may sit in brackets between the title and its "de": "le président (Y) de la région"
_BRACKET_TITLES = frozenset({"président", "présidente", "chancelier", "chancelière", "maire", "ministre",
                             "gouverneur", "gouverneure", "premier ministre", "première ministre"})


@acts_on(lambda w: w.pos == "NOUN" and (w.lower in _BRACKET_TITLES or w.lemma in _BRACKET_TITLES))
def bracketed_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "bracket_holder"/"bracket_label" for a chancellor ("le chancelier X (Y)"), slot "title_bracket" for a
    label in brackets right after a title followed by its "de" ("le président (Y) de la région Z")."""
    if t.pos_ != "NOUN" or (t.lower_ not in _BRACKET_TITLES and lemma_of(t) not in _BRACKET_TITLES):
        return
    if t.lower_ in _CHANCELLORS and "bracket_label" not in out and out.wants("bracket_label", "bracket_holder"):
        from .bonds import _bracketed_label
        _bracketed_label(t, index, out)
    doc, k = t.doc, t.i + 1
    if k + 3 < len(doc) and out.wants("title_bracket"):
        from .bonds import bracketed_org   # (as above: bonds is imported by the slot modules' loader)
        got = bracketed_org(index, doc, k)
        if got is not None and got[1] + 1 < len(doc) and doc[got[1] + 1].lower_ in _OF:
            out.put("title_bracket", [(got[0], k + 1)])


# The readers of this module, in core.slots' order, each called only on the words it declares.
ALLY23_READERS = Readers(camp_of, relative_que_object, close_body, bracketed_party)
