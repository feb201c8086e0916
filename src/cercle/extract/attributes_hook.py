"""Fill a Relation's attributes from its sentence (amount, share, date, status, attribution, negation).

The recognisers live in attributes.py (amounts.py, dates.py, status.py,
attribution.py); this adapter runs the sentence-level finders once per
sentence, picks for one tie the value nearest to its trigger, and applies the
rule's defaults.
"""
from __future__ import annotations

from ..nlp.docview import tokens_of
from ..records import Relation
from . import attributes as _attrs
from .status import _cues as _status_cues

# Title rules whose trigger word is the role ("PDG", "actionnaire", "administrateur").
_ROLE_RULES = {"leads.title", "leads.title_public", "works_for.title", "works_for.adviser", "works_for.department", "works_for.department_head", "board.title", "member.title",
               "owns.shareholder", "founded.title", "family.noun", "ally.noun", "leads.state"}
_AMOUNT_TYPES = {"ACQUIRES", "BIDS_FOR", "INVESTS_IN", "FUNDS", "OWNS"}
_SHARE_TYPES = {"OWNS", "INVESTS_IN", "ACQUIRES"}
_SHARE_LIST_GAP = {"par", "le", "la", "les", "l'", "l’"}   # what sits between "N % par" and a name (or its introducer)
# Conflicts whose trigger words are cues of other statuses ("réclame la démission", "a rompu ses liens",
# "refuse tout dialogue"): the words say what the conflict is, not that it is former or rejected.
# Only hedging and denial apply to them.
_RENOUNCING = frozenset({"renoncer", "abandonner"})   # (s29-fights29)
_LEGAL_FIGHTS = frozenset({"SUES", "ACCUSES", "OPPOSES"})
_CONFLICTS = {"OPPOSES", "ACCUSES"}
_CONFLICT_STATUSES = frozenset({"rumoured", "denied"})
# Rules whose tie is a refusal: the refusing verb ("exclut toute négociation avec Y") does not negate it.
# ("X a été exclu du parti Y": the exclusion ends the membership, it does not deny it)
_REFUSALS = {"opposes.refused_talks", "member.excluded"}
# (s19-gapC) ties that a negation states rather than denies: "X ne s'alliera jamais avec Y" is the feud
_NEGATION_IS_THE_TIE = {"opposes.refused_by_negation",
                        "opposes.failed_agreement", "opposes.strained_relations"}   # (s32-stance32) "ne sont pas parvenus à s'entendre"
# Events complete; states end. Keeps "a acheté des parts" (OWNS) from reading as "completed".
_ASPECT = {"ACQUIRES": "event", "BIDS_FOR": "event", "INVESTS_IN": "event", "FUNDS": "event",
           "LEADS": "state", "WORKS_FOR": "state", "BOARD_MEMBER": "state", "OWNS": "state",
           "MEMBER_OF": "state"}


# Where a tie's date may come from. A date belongs to the clause it stands in: "X, dirigé par Y, a
# depuis 2019 multiplié les rachats" does not date Y's post, nor "(fondateurs de Z)" the date the
# main clause gives. Clauses end at these dependencies.
_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "appos", "advcl", "ccomp", "parataxis", "conj", "csubj"})
# A role noun that is an argument of a verb ("Le PDG de Y, X, a racheté Z en 2019") takes a date
# only from its own phrase ("PDG depuis 2019"): the verb's date is the event's, not the post's.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod"})
_STATE_ROLE_TYPES = frozenset({"LEADS", "WORKS_FOR", "BOARD_MEMBER", "MEMBER_OF", "FAMILY", "ALLY_OF", "FOUNDED",
                               "COMPETES_WITH"})


def _clause_of(tok) -> int:
    # (an infinitive is no clause of its own here: "En 2020, X officialise son intention de racheter Y")
    while (tok.dep_ not in _CLAUSE_DEPS or "Inf" in tok.morph.get("VerbForm")) and tok.head.i != tok.i:
        tok = tok.head
    return tok.i


def _items_in_scope(items, trigger, role_noun: bool):
    """The sentence's dates or amounts (any (start, end, …) items) that can go to a tie whose
    trigger is ``trigger``."""
    doc = trigger.doc
    sent = trigger.sent
    tv = tokens_of(doc)   # (tv[i]: no DocView.__getitem__ call per word of the sentence)
    starts = {tv[i].idx: i for i in range(sent.start, sent.end)}
    if role_noun:
        lo, hi = trigger.left_edge.i, trigger.right_edge.i
        inside = lambda i: lo <= i <= hi   # noqa: E731
    else:
        own = _clause_of(trigger)
        inside = lambda i: _clause_of(doc[i]) == own   # noqa: E731
    # (an item starting inside a token is kept: no worse than before)
    return [d for d in items if starts.get(d[0]) is None or inside(starts[d[0]])]


# stakes and posts are taken and given: the verb's status is theirs ("prendra la tête de Y")
_EVENT_NOUNS = frozenset({"participation", "part", "parts", "stake", "contrôle", "capital", "actions", "titres",
                          "tête", "direction", "présidence", "commandes", "rênes", "gouvernance"})
_POST_NOUNS = frozenset({"poste", "fonction", "fonctions", "mandat", "rôle", "titre"})


def _role_in_event(trigger, rtype: str) -> bool:
    """A role noun ("le ministre", "deux filiales de Y") that takes part in an event a verb or
    noun tells ("devrait rencontrer le ministre X", "a choisi l'offre de A, filiale de Y"); not a post
    being given ("nommer X au poste de PDG"), nor a stake being taken."""
    if trigger.pos_ != "NOUN" or rtype not in _STATE_ROLE_TYPES | {"OWNS"} \
            or trigger.lemma_.lower() in _EVENT_NOUNS:
        return False
    if trigger.dep_ == "nmod":
        return trigger.head.lemma_.lower() not in _POST_NOUNS
    return trigger.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "appos")


# Measures against someone, and the verbs that end them ("lever les sanctions", "l'embargo a été levé").
_MEASURE_NOUNS = frozenset({"sanction", "sanctions", "embargo", "blocus", "boycott", "gel"})
_LIFTING_VERBS = frozenset({"lever", "suspendre", "abroger", "abandonner", "annuler", "retirer"})


class SentenceAttributes:
    """Amounts, shares and dates of one sentence, found once and shared by its ties."""

    def __init__(self, sent, ref_date: str | None = None):
        self.sent = sent
        self.ref_date = ref_date
        self._memo: dict[tuple, object] = {}

    # Each finder runs the first time a tie asks for it: a sentence of titles needs no amounts.
    @property
    def amounts(self):
        return self.once(("amounts",), lambda: _attrs.find_amounts(self.sent))

    @property
    def shares(self):
        return self.once(("shares",), lambda: _attrs.find_shares(self.sent))

    @property
    def dates(self):
        return self.once(("dates",), lambda: _attrs.find_dates(self.sent, ref_date=self.ref_date))

    def once(self, key: tuple, compute):
        """``compute()``, once per key: a trigger often gives several ties (one per pair of
        parties), and status, negation and attribution depend only on the trigger."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


def _bracketed_share_after(doc, i: int) -> int | None:
    """(s33-basics33) The number's token of "(N %)" right after the name at token i (its later words skipped),
    if there is one."""
    j = i
    while j + 1 < len(doc) and j < i + 5 and doc[j + 1].text != "(" and not doc[j + 1].is_punct:
        j += 1
    if j + 4 <= len(doc) and doc[j + 1].text == "(" and doc[j + 2].like_num and doc[j + 3].text == "%":
        return j + 2
    return None


def _value(items, pos: int):
    item = _attrs.nearest(items, pos)
    return item[2] if item is not None else None


def _char_span(doc, i: int) -> tuple[int, int]:
    tok = doc[i]
    return tok.idx, tok.idx + len(tok.text)


def annotate(rel: Relation, found: SentenceAttributes, trigger, subj_i: int, obj_i: int) -> None:
    sent = found.sent
    if rel.rule in _ROLE_RULES:
        rel.role = trigger.text
    pos = trigger.idx
    if rel.type in _AMOUNT_TYPES:
        amounts = found.amounts
        if amounts and rel.rule in _ROLE_RULES:
            # "X, propriétaire de Y, a racheté Z pour 85 M€": the price is the purchase's, not the role's
            amounts = found.once(("amounts_of", trigger.i), lambda: _items_in_scope(amounts, trigger, True))
        rel.amount = _value(amounts, pos)
    if rel.type in _SHARE_TYPES:
        share_pos = pos
        if rel.rule == "owns.verb" and subj_i > trigger.i + 2 and trigger.doc[subj_i - 1].lower_ in _SHARE_LIST_GAP:
            # "détenu à 14 % par A, 8 % par B": each holder's share is the one right before its "par"
            j = subj_i - 1
            while j > trigger.i and trigger.doc[j].lower_ != "par":
                j -= 1
            share_pos = trigger.doc[j].idx
        elif rel.rule == "owns.verb" and subj_i > trigger.i and _bracketed_share_after(trigger.doc, subj_i) is not None:
            # (s33-basics33) "détenu par A (37,5 %), B (37,5 %) et C (25 %)": each holder's share is in its brackets
            share_pos = trigger.doc[_bracketed_share_after(trigger.doc, subj_i)].idx
        elif rel.rule == "owns.bracketed_stake" and 0 <= subj_i < len(trigger.doc):
            # (s29-deals29) "derrière A (14,9 %) et B (6,4 %)": each holder's stake is the one in brackets after it
            j = subj_i
            while j + 1 < len(trigger.doc) and j < subj_i + 8 and trigger.doc[j].text != "(":
                j += 1
            share_pos = trigger.doc[j + 1].idx if j + 1 < len(trigger.doc) else trigger.doc[subj_i].idx
        rel.share = _value(found.shares, share_pos)
    role = rel.rule in _ROLE_RULES and rel.type in _STATE_ROLE_TYPES
    dates = found.dates
    if dates:
        role_noun = role and trigger.dep_ in _ARGUMENT_DEPS
        dates = found.once(("dates_of", trigger.i, role_noun),
                           lambda: _items_in_scope(dates, trigger, role_noun))
    rel.date = _value(dates, pos)
    default, aspect = rel.status, _ASPECT.get(rel.type)
    allowed = _CONFLICT_STATUSES if rel.type in _CONFLICTS else None
    by_verbs = rel.rule not in _REFUSALS
    negated = found.once(("negated", trigger.i, by_verbs), lambda: _attrs.is_negated(sent, trigger, verbs=by_verbs))
    if negated and rel.rule in _NEGATION_IS_THE_TIE:
        negated = False
    if negated and role and (
            trigger.dep_ in _ARGUMENT_DEPS or trigger.dep_ in ("conj", "appos") and trigger.head.dep_ in _ARGUMENT_DEPS
            or any(c.dep_ == "appos" for c in trigger.children)):
        # a role taking part in a denied event still holds: "ni le ministre de l'Intérieur, X, ni … n'avaient
        # été mis dans la confidence", "il n'a pas rencontré le PDG de Y, X"
        negated = False
    status = found.once(("status", trigger.i, default, aspect, allowed),
                        lambda: _attrs.status_of(sent, trigger, default=default, aspect=aspect, allowed=allowed,
                                                 negated=negated))
    if status in ("proposed", "completed", "denied", "rejected") and _role_in_event(trigger, rel.type) \
            and not any(c.dep_ == "amod" and "proposed" in _status_cues(c) for c in trigger.children):
        # "devrait rencontrer le ministre X", "a racheté Y, la société de Z", "la stratégie du patron de
        # Y est contestée": the verb's mood, completion or refusal is the event's, not the role's
        # ("le futur PDG" keeps its own)
        status = default
    if trigger.lemma_.lower() in _MEASURE_NOUNS and trigger.dep_ in ("obj", "nsubj:pass") \
            and trigger.head.lemma_.lower() in _LIFTING_VERBS:
        status = "former"   # "Y a levé les sanctions contre X": the measure has ended
    act = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "obj" else trigger   # ("porter plainte")
    if not negated and rel.type in _LEGAL_FIGHTS and act.dep_ == "xcomp" and "Inf" in act.morph.get("VerbForm") \
            and act.head.lemma_.lower() in _RENOUNCING \
            and not any(c.lower_ in ("pas", "jamais", "ne", "n'", "n’") for c in act.head.children):
        # ((s29-fights29) "X a renoncé à assigner Y", "… à porter plainte contre Y": the action given up was never brought, negated, not
        # rejected; as "a refusé de poursuivre Y")
        negated, status = True, default
    if status:
        rel.status = status
    if negated:
        rel.negated = True
    doc = trigger.doc
    exclude = [_char_span(doc, i) for i in (subj_i, obj_i) if i >= 0]
    rel.attribution = found.once(("attribution", trigger.i, *exclude),
                                 lambda: _attrs.attribution_of(sent, trigger, exclude=exclude))
