"""A person's own holding: "X, premier actionnaire de Y avec 31 % via sa holding Z", "X, propriétaire de Y
par l'intermédiaire de sa holding chypriote Z", "X tient Y au travers de Z, sa holding personnelle".

The possessive of a holding reached through such a phrase is the holder's (a person or a family), not the
company held, which the rules' possessive reading takes when it is the last name before "sa": the holder
owns Z, and Z owns the stake in Y the holder is said to have.

Written by hand: the possessive's owner is fixed by the "via" phrase around it, a reading across the
clause that the rules' slots do not make.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Relation
from .lexicon import doc_text, lowered

# the words just before "sa holding" (or before "Z, sa holding") that say a stake is held through it
_THROUGH = {"via", "intermédiaire", "travers"}
_POSSESSIVES = {"sa", "son", "leur"}
_HOLDING_RULES = ("owns.own_subsidiary", "owns.via")


def _holds(index, name) -> bool:
    """A holder of a personal holding: a person or a family."""
    return name is not None and (index.type_of(name) == "PER" or name.lower().startswith("famille "))


def _holder(doc, index, sent, before: int, after: int) -> str | None:
    """The nearest person or family named in the sentence before token ``before``; failing one, the first
    after token ``after`` when the phrase opens the sentence ("Via sa holding Z, la famille X contrôle…")."""
    for k in range(before - 1, sent.start - 1, -1):
        if _holds(index, index.entity_at(k)):
            return index.entity_at(k)
    if before - sent.start <= 1:
        # (the main clause's subject first: "Via sa holding Z, contrôlée par X, la famille Y détient…")
        after_names = [(k, index.entity_at(k)) for k in range(after, sent.end) if _holds(index, index.entity_at(k))]
        subjects = [name for k, name in after_names if doc[k].dep_ in ("nsubj", "nsubj:pass")
                    or doc[k].head.dep_ in ("nsubj", "nsubj:pass")]
        return (subjects or [name for _, name in after_names] or [None])[0]
    return None


def _holding_here(doc, index, t) -> tuple[str, int] | None:
    """("Z", cue position) for a "holding" token reached through a "via" phrase: "via sa holding Z",
    "par l'intermédiaire de sa holding chypriote Z", "au travers de Z, sa holding personnelle"."""
    det = doc[t.i - 1] if t.i > 0 else None
    if det is None or det.lower_ not in _POSSESSIVES:
        return None
    k = det.i - 1
    if k >= 0 and doc[k].lower_ in ("de", "d'", "d’"):
        k -= 1
    if k >= 0 and doc[k].lower_ in _THROUGH:
        # the name after "holding" and its adjectives ("sa holding chypriote Z")
        for j in range(t.i + 1, min(t.i + 4, t.sent.end)):
            name = index.entity_at(j)
            if name is not None:
                return (name, k) if index.type_of(name) == "ORG" else None
        return None
    # "au travers de Z, sa holding personnelle"
    if k >= 1 and doc[k].text == ",":
        name = index.entity_at(k - 1)
        first = k - 1
        while first > 0 and index.entity_at(first - 1) == name:
            first -= 1
        if name is not None and index.type_of(name) == "ORG" and first >= 2 \
                and doc[first - 1].lower_ in ("de", "d'", "d’", "via") \
                and (doc[first - 1].lower_ == "via" or doc[first - 2].lower_ in _THROUGH):
            return name, first - 1
    return None


def own_holdings(doc, index, found: list[Relation]) -> list[Relation]:
    """The ties found, with the holdings reached through a "via" phrase given to their holder."""
    low = lowered(doc_text(doc))
    if low is not None and "holding" not in low:
        return found
    for t in doc:
        if t.lower_ != "holding":
            continue
        got = _holding_here(doc, index, t)
        if got is None:
            continue
        holding, cue = got
        sent = t.sent
        # (s29-deals29) "X tient Y via sa holding Z": Z is X's, not the parent of a company the possessive was
        # read back to (owns.parent_holding reads a company's "sa holding" as its owner)
        found = [r for r in found if not (r.rule == "owns.parent_holding" and r.subject == holding
                                          and sent.start_char <= r.start < sent.end_char)]
        holder = _holder(doc, index, sent, cue, t.i + 1)
        if holder is None:
            # ("l'homme d'affaires tient Y au travers de Z, sa holding personnelle"): no holder named, but a
            # company the sentence does not name before the phrase is no owner of it either
            named = {index.entity_at(k) for k in range(sent.start, cue)}
            found = [r for r in found if not (r.type == "OWNS" and r.object == holding and sent.start_char <= r.start
                                             < sent.end_char and r.rule.startswith(_HOLDING_RULES)
                                             and r.subject not in named and not _holds(index, r.subject))]
            continue
        if holder == holding:
            continue
        lo, hi = sent.start_char, sent.end_char
        here = [r for r in found if lo <= r.start < hi]
        ours = {id(r) for r in here}
        have = {r.key() for r in found}
        kept: list[Relation] = []
        for r in found:
            if id(r) in ours and r.type == "OWNS" and r.object == holding and r.subject != holder \
                    and r.rule.startswith(_HOLDING_RULES) and not _holds(index, r.subject):
                # (the company held, read as the possessive's owner: the holder's instead)
                if ("OWNS", holder, holding) not in have:
                    kept.append(replace(r, subject=holder, rule="owns.own_holding"))
                    have.add(("OWNS", holder, holding))
                continue
            kept.append(r)
        found = kept
        if ("OWNS", holder, holding) not in have:
            found.append(Relation(type="OWNS", subject=holder, object=holding, evidence=sent.text,
                                  start=lo, end=hi, confidence=0.55, rule="owns.own_holding"))
            have.add(("OWNS", holder, holding))
        # the stake the holder is said to have in this sentence is the holding's
        for r in here:
            if r.type == "OWNS" and r.subject == holder and r.object != holding and not r.negated \
                    and ("OWNS", holding, r.object) not in have:
                found.append(replace(r, subject=holding, rule="owns.through_holding"))
                have.add(("OWNS", holding, r.object))
    return found
