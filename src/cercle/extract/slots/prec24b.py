"""(s24-prec24b) Parties that earlier readers put in a slot against a plain rule of French.

- "Y, la maison mère de Z, a rejeté l'offre de A (, B et C) pour racheter (l'essentiel des activités de) Z":
  an offer that states what it is for ("pour racheter Z", "pour reprendre Z") bids for that company, not for
  the one turning it down (the parent, a holder of the company for sale). bids.turned_down and
  bids.joint_turned_down read the one turning it down as the target; when the offer names another company
  after its purpose verb, the target is that company (read by the rules on the offer and the purpose verb
  themselves), and the one turning it down only opposes the bidder (slot "offer_refuser",
  opposes.offer_refused_by_holder). Read on a line: the parser hangs "pour racheter" on the offer, the verb or
  the offer's amount.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on

_TURNING_DOWN = frozenset({"rejeter", "repousser", "refuser", "décliner", "éconduire", "écarter"})
# verbs that say what an offer is for (the company bought)
_BUYING = frozenset({"racheter", "reprendre", "acquérir", "acheter", "emparer", "offrir", "partager",
                     "absorber", "contrôler"})
# words that close the purpose phrase before its object could come
_CLOSERS = frozenset({";", ":", "(", "«", "»", "qui", "que", "dont", "mais", "tandis", "alors"})
# how far after the offer the purpose may come, and how far after the purpose verb its company
_PURPOSE_REACH = 24   # ("l'offre commune de A, B et C, qui proposaient 9 milliards d'euros pour …")
_OBJECT_REACH = 8


def _purpose_company(offer, index: EntityIndex):
    """What follows "pour <buying verb>" after the offer in its sentence: (name, i) for a company named there,
    DESCRIBED for a noun that names none ("pour racheter les activités de l'opérateur"), else None."""
    doc = offer.doc
    end = min(offer.i + _PURPOSE_REACH, offer.sent.end)
    for k in range(offer.i + 1, end):
        if doc[k].text in (";", ":"):
            return None
        if doc[k].lower_ != "pour":
            continue
        v = next((doc[j] for j in range(k + 1, min(k + 4, len(doc)))
                  if doc[j].pos_ in ("VERB", "AUX") or lemma_of(doc[j]) in _BUYING), None)
        if v is None or (lemma_of(v) not in _BUYING and v.lemma_.lower() not in _BUYING):
            return None
        described = None
        for j in range(v.i + 1, min(v.i + 1 + _OBJECT_REACH, offer.sent.end)):
            if doc[j].lower_ in _CLOSERS or doc[j].text == ",":
                break
            name = index.entity_at(j)
            if name is not None and index.kinds.get(j) == "name" and index.type_of(name) == "ORG":
                return name, j
            if described is None and doc[j].pos_ == "NOUN":
                described = DESCRIBED
        return described
    return None


DESCRIBED = ("", -1)
# "Y, la maison mère de Z": Y holds Z, the company its offer is for when the offer only describes it
_PARENT_NOUNS = frozenset({"maison", "société", "holding", "propriétaire", "actionnaire", "groupe"})
_MOTHER = frozenset({"mère", "faîtière"})
_DE = frozenset({"de", "du", "d'", "d’"})


def _held_by(name: str, at: int, doc, index: EntityIndex):
    """"Y, la maison mère de Z" (also "la société mère", "la holding", "le propriétaire", "l'actionnaire
    majoritaire de Z"), read on a line after Y's name at ``at``: (Z, i), else None."""
    if at < 0:
        return None
    end = at
    while end + 1 < len(doc) and index.entity_at(end + 1) == name:
        end += 1
    k = end + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _PARENT_NOUNS:
        return None
    noun = doc[k].lower_
    k += 1
    if k < len(doc) and doc[k].lower_ in _MOTHER:
        k += 1
    elif noun in ("maison", "société", "groupe"):
        return None   # ("la société de Z", "le groupe de Z": whose, not its parent)
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in _DE:
        return None
    other = index.entity_at(k + 1)
    if other is None or other == name or index.kinds.get(k + 1) != "name" or index.type_of(other) != "ORG":
        return None
    return other, k + 1


def _bid_for(offer, refusers, index: EntityIndex):
    """The company an offer turned down by ``refusers`` is for, when it is not one of them: (name, i), else
    None (module docstring)."""
    found = _purpose_company(offer, index)
    if found is None:
        return None
    names = {n for n, _ in refusers}
    if found is DESCRIBED:
        held = [h for n, i in refusers for h in [_held_by(n, i, offer.doc, index)] if h is not None]
        found = held[0] if held else None
    if found is None or found[0] in names:
        return None
    return found


@acts_on(lambda w: w.verbal and w.lemma in _TURNING_DOWN)
def offer_for_another_company(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, la maison mère de Z, a rejeté l'offre de A pour racheter Z": the bid is for Z, not Y (module
    docstring). Two passages of read22/read23 (the same construction, one with a stated purpose)."""
    if not verbal or lemma_of(t) not in _TURNING_DOWN or not ("offer_target" in out or "joint_target" in out):
        return
    doc = t.doc
    offer = next((doc[k] for k in range(t.i + 1, min(t.i + 6, t.sent.end))
                  if lemma_of(doc[k]) in ("offre", "proposition", "contre-offre", "opa")
                  or doc[k].lower_ in ("offre", "offres", "proposition", "contre-offre", "opa")), None)
    if offer is None:
        return
    slot = "offer_target" if "offer_target" in out else "joint_target"
    found = _bid_for(offer, out[slot], index)
    if found is None:
        return
    refuser = out.pop(slot)
    if slot == "offer_target":
        out["offer_refuser"] = refuser   # (the bid itself: bids.noun on the offer, offer_target_by_purpose)
    else:
        out["joint_target"] = [found]


_OFFERS = frozenset({"offre", "offres", "proposition", "contre-offre", "opa"})


@acts_on(lambda w: not w.verbal and (w.lower in _OFFERS or w.lemma in _OFFERS))
def offer_target_by_purpose(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """The offer itself (bids.noun): "Y a rejeté l'offre de A pour racheter Z" read Y, the one turning the offer
    down, as its target ("target", slots/titles.py); the company named after its purpose verb is (module
    docstring)."""
    if verbal or "target" not in out or (t.lower_ not in _OFFERS and lemma_of(t) not in _OFFERS):
        return
    if t.head.i == t.i or lemma_of(t.head) not in _TURNING_DOWN:
        return
    found = _bid_for(t, out["target"], index)
    if found is None:
        return
    out["target"] = [found]


PREC24B_READERS = Readers(offer_for_another_company, offer_target_by_purpose)
