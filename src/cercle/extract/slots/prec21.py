"""(s21-prec21) Parties an earlier reader put in a slot that the sentence's grammar rules out.

- a passive participle has no direct object: "Y, présidé par X, finance le festival Z" (the parser made Z the
  object of "présidé"): Z is not what X presides, Y (the noun the participle describes) is;
- a title or adjective whose own "de" complement is a common noun naming nobody ("proche du président",
  "sa société de médias") does not take a "de" name borrowed from another phrase ("X, secrétaire général de
  Y et proche du président": not close to Y);
- "X, son allié au sein du parti Y": the party within which the alliance is told is not the ally.
Each test is gated on the trigger's part of speech and a look at its children only (no walk over the sentence).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of
from .found import Found

_DE_CASES = frozenset({"de", "du", "des", "d'", "d’"})


def prec21_checks(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if verbal:
        _passive_has_no_object(t, out)
    else:
        _borrowed_de(t, index, out)
        _within_is_no_ally(out)
        _means_not_owned_by_object(t, out)


def _passive_has_no_object(t, out: Found) -> None:
    """"Y, présidé par X, finance le festival Z": a past participle with an agent ("par X") and no "avoir" is
    passive; a direct object the parser gave it belongs to another verb (here "finance", tagged a noun)."""
    if "obj" not in out or "Part" not in t.morph.get("VerbForm") or t.dep_ not in ("acl", "advcl"):
        return
    children = list(t.children)
    if not any(c.dep_ == "obl:agent" for c in children):
        return
    if any(c.dep_ in ("aux", "aux:tense") for c in children):
        return   # ("X a présidé Y" is active)
    del out["obj"]


def _own_de_phrase(t):
    """The trigger's own "de" complement when it is a common noun after a determiner ("du président", "de
    médias"), else None."""
    for c in t.children:
        if c.i > t.i and c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and c.pos_ == "NOUN" \
                and case_of(c) in _DE_CASES and c.i - t.i <= 3:
            return c
    return None


def _borrowed_de(t, index: EntityIndex, out: Found) -> None:
    """"X, secrétaire général de Y et proche du président": "proche" has its own "de" phrase, "du président",
    which names nobody; the "de Y" of the coordinated title is not its complement. Likewise "Y, sa société de
    médias qui possède Z": Z, in the relative clause, is not the "de" of "société"."""
    have = out.get("prep:de")
    if not have:
        return
    own = _own_de_phrase(t)
    if own is None:
        return
    span = range(own.left_edge.i, own.right_edge.i + 1)
    if any(index.entity_at(j) is not None for j in span):
        return   # the phrase names someone (or the parser's subtree does): leave the slot as read
    # only a complement right after the trigger ("proche du président", "société de médias")
    if any(index.entity_at(j) is not None for j in range(t.i + 1, own.i + 1)):
        return
    tv = t.doc
    kept = [x for x in have if not _borrowed(tv, t, own, x[1])]
    if kept:
        out["prep:de"] = kept
    else:
        del out["prep:de"]


def _borrowed(tv, t, own, at: int) -> bool:
    """Whether the name at ``at`` is another phrase's: before the trigger in its sentence with no "dont" between
    ("secrétaire général de Y et proche du président"; not "Y, dont le président du directoire"), or inside a
    subject relative clause after the trigger's own phrase ("sa société de médias qui possède Z")."""
    if t.sent.start <= at < t.i:
        return not any(tv[k].lower_ == "dont" for k in range(at + 1, t.i))
    if own.i < at < t.sent.end:
        return any(tv[k].lower_ == "qui" for k in range(own.i + 1, at))
    return False   # (a name resolved from a descriptor sits where its antecedent is, often in an earlier sentence)


def _within_is_no_ally(out: Found) -> None:
    """"X, son allié au sein du parti Y": Y is where X stands (MEMBER_OF through "within"), not an ally."""
    within = out.get("within")
    if not within:
        return
    names = {n for n, _ in within}
    for slot in ("prep:de", "head"):   # ("head": tidy would move a name after "de" there to "prep:de")
        have = out.get(slot)
        if not have:
            continue
        kept = [x for x in have if x[0] not in names]
        if kept:
            out[slot] = kept
        else:
            del out[slot]


_MEANS_CASES = frozenset({"via", "par", "travers"})


def _means_not_owned_by_object(t, out: Found) -> None:
    """"L'ancien PDG contrôlait Y via sa holding B": the possessive of the means names the verb's subject,
    never its object Y (what is controlled through B does not own B), however the parser hung "via sa
    holding" (on the verb or on its object)."""
    poss = out.get("poss")
    if not poss or not any(c.dep_ == "case" and c.lower_ in _MEANS_CASES for c in t.children):
        return
    verb, hops = t.head, 0
    while verb.pos_ != "VERB" and verb.head.i != verb.i and hops < 3:
        verb, hops = verb.head, hops + 1
    own = range(t.left_edge.i, t.right_edge.i + 1)
    if verb.pos_ == "VERB":
        objects = {x.i for c in verb.children if c.dep_ in ("obj", "xcomp") for x in c.subtree if x.i not in own}
    else:
        objects = set()
    # (the parser may hang the object on another word: a name between the nearest verb before and the means)
    tv = t.doc
    before = next((j for j in range(t.i - 1, max(t.sent.start, t.i - 12) - 1, -1) if tv[j].pos_ == "VERB"), None)
    if before is not None:
        objects.update(range(before + 1, t.i))
    kept = [x for x in poss if x[1] not in objects]
    if len(kept) < len(poss):
        if kept:
            out["poss"] = kept
        else:
            del out["poss"]
