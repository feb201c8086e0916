"""Fill a Relation's attributes from its sentence (amount, share, date, status, attribution, negation).

The recognisers live in attributes.py; this adapter picks, for one tie, the
value nearest to its trigger and applies the rule's defaults.
"""
from __future__ import annotations

from ..records import Relation

try:  # the recognisers are optional while they are being written
    from . import attributes as _attrs
except ImportError:  # pragma: no cover
    _attrs = None

# Title rules whose trigger word is the role ("PDG", "actionnaire", "administrateur").
_ROLE_RULES = {"leads.title", "works_for.title", "board.title", "member.title", "owns.shareholder",
               "founded.title", "family.noun", "ally.noun"}
_AMOUNT_TYPES = {"ACQUIRES", "BIDS_FOR", "INVESTS_IN", "FUNDS", "OWNS"}


def _nearest(items, pos: int):
    return min(items, key=lambda it: abs(it[0] - pos))[2] if items else None


def annotate(rel: Relation, sent, trigger, subj_i: int, obj_i: int) -> None:
    if rel.rule in _ROLE_RULES:
        rel.role = trigger.text
    if _attrs is None:
        return
    pos = trigger.idx
    if rel.type in _AMOUNT_TYPES and hasattr(_attrs, "find_amounts"):
        rel.amount = _nearest(_attrs.find_amounts(sent), pos)
    if rel.type in ("OWNS", "INVESTS_IN", "ACQUIRES") and hasattr(_attrs, "find_shares"):
        rel.share = _nearest(_attrs.find_shares(sent), pos)
    if hasattr(_attrs, "find_dates"):
        rel.date = _nearest(_attrs.find_dates(sent), pos)
    if hasattr(_attrs, "status_of"):
        status = _attrs.status_of(sent, trigger, default=rel.status)
        if status:
            rel.status = status
    if hasattr(_attrs, "is_negated") and _attrs.is_negated(sent, trigger):
        rel.negated = True
    if hasattr(_attrs, "attribution_of"):
        rel.attribution = _attrs.attribution_of(sent)
