"""(s28-party28) Ties put on the wrong party, read as mechanisms:

- "levé N auprès de A, le fonds souverain singapourien, de B et de C": the list of a "de"/"auprès de" phrase goes
  on after an apposition set off by commas; the parser hangs "de B" on the apposed noun ("fonds"), which then reads
  B as the fund's owner (owns.holding_of). A "de" complement of an apposed noun that a comma separates from the
  noun's own words (", de B") continues the list; it is nobody's owner (read28 ho-830).
- "de l'australien A et de l'américain B, racheté depuis par Z", "A, la coentreprise de C et D, et B, créée par Z": a
  singular participle set off by a comma right after the last name of a coordination describes that name alone
  (slot "pass"; the parser hangs it on the first name) (read28 ho-828, ho-827).
- "L'enveloppe versée par l'État": a sum paid or granted is a payment (funds.granted), not a round the payer
  invests in (slots "investors", "prep:par" of invests.round dropped) (read28 ho-815).
- "X ne compte pas déposer d'offre concurrente": a competing offer of no company named is for the company the last
  offer was on ("l'offre de A sur Y"), not for the last company bought outright (slot "sale_in_context") (ho-807).
- "A et B travaillent sur un programme commandé par X": X pays those who do the work it ordered (slot "prep:à" of
  funds.verb) (read28 ho-801).
- parse repair: "X entre au capital de Y (aux côtés de Z)", the present of "entrer" tagged as the preposition
  "entre" with X made the root: the word becomes the verb, X its subject (mend_entering_verb; ho-805).
Other s28-party28 changes sit where the mechanism lives: linear._participle_agent, arguments._extend_list and the
"dont" subject in arguments._subject_of_uncached, lists._mates_right and lists.investors_after, coref (a team noun
is no governing body; index.unnamed_subject_sents), relations (table offers).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.index import OFFER_NOUNS
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_OF = frozenset({"de", "d'", "d’", "du", "des"})
# nouns an apposition gives a named actor ("A, le fonds souverain de …"); owns.holding_of's own words
_APPOSED_OWNED = frozenset({"holding", "société", "groupe", "fonds", "véhicule", "structure", "conglomérat",
                            "empire", "filiale", "banque", "maison", "actionnaire"})


def _comma_before(tok) -> bool:
    """The phrase of ``tok`` opens right after a comma ("…, de B")."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text == ","


def _listed_after_comma(t, i: int, index: EntityIndex) -> bool:
    """The name at ``i`` opens a "de" phrase set off by a comma right after the noun ``t`` and its own adjectives
    ("le fonds souverain norvégien, d'B"), however the parser hung it."""
    doc = t.doc
    name = index.entity_at(i)
    k = i
    while k - 1 > t.i and index.entity_at(k - 1) == name:
        k -= 1
    k -= 1
    while k > t.i and doc[k].pos_ == "DET":
        k -= 1
    if k <= t.i + 1 or doc[k].lower_ not in _OF or doc[k - 1].text != ",":
        return False
    return all(doc[j].pos_ in ("ADJ", "ADV") or (doc[j].pos_ == "VERB" and "Part" in doc[j].morph.get("VerbForm"))
               for j in range(t.i + 1, k - 1))


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _APPOSED_OWNED)
def list_after_apposition(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"auprès de A, le fonds souverain norvégien, de B et de C": B and C are listed with A, not the fund's owners
    (slot "prep:de" of the apposed noun, and the names listed after it)."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in _APPOSED_OWNED:
        return
    got = out.get("prep:de")
    if not got:
        return
    doc = t.doc
    # (an apposition: "A, le fonds …", the noun's article right after a comma)
    first = t.left_edge.i
    if doc[first].text == ",":
        first += 1   # (the comma hung on the noun)
    if first < 1 or doc[first - 1].text != "," or doc[first].pos_ != "DET":
        return
    cut = min((i for _, i in got if isinstance(i, int) and i > t.i and _listed_after_comma(t, i, index)),
              default=None)
    if cut is None:
        return
    out.keep("prep:de", lambda x: not (isinstance(x[1], int) and x[1] >= cut))
    if "prep:de" not in out:
        out["_no_linear"] = []


def _name_ending_at(index: EntityIndex, i: int):
    """(name, first token) of the mention of a name ending at token i, or None."""
    name = index.entity_at(i) if i >= 0 else None
    if name is None or index.kinds.get(i) not in ("name", "introducer"):
        return None
    k = i
    while k > 0 and index.entity_at(k - 1) == name:
        k -= 1
    return name, k


def _singular_participle(t) -> bool:
    return t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and "Plur" not in t.morph.get("Number") \
        and not t.lower_.endswith("s")


@acts_on(lambda w: w.verbal and w.dep == "acl")
def participle_on_last_conjunct(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"de l'australien A et de l'américain B, racheté depuis par Z", "A, la coentreprise de C et de D, et B, créée
    par Z": a singular participle set off by a comma right after the last name of a coordination describes that
    name alone (slot "pass"); the parser hangs it on the first."""
    if not verbal or not _singular_participle(t) or t.i < 3 or t.doc[t.i - 1].text != ",":
        return
    passed = out.get("pass")
    if not passed:
        return
    last = _name_ending_at(index, t.i - 2)
    if last is None:
        return
    name, first = last
    if any(n == name for n, _ in passed) and len(passed) == 1:
        return
    doc = t.doc
    before = [x for x in passed if isinstance(x[1], int) and 0 <= x[1] < first and x[0] != name]
    if not before or len(before) != len([x for x in passed if x[0] != name]):
        return   # (a party of the slot elsewhere: not this coordination)
    if not any(doc[k].lower_ in ("et", "ou") for k in range(max(i for _, i in before) + 1, first)):
        return
    out["pass"] = [(name, first)]


# nouns of a sum that a round names too ("une enveloppe de 66 M€") and the verbs of paying or granting a sum
_SUM_ROUND_NOUNS = frozenset({"enveloppe", "financement", "financements"})
_GRANT_VERBS = frozenset({"verser", "accorder", "allouer", "octroyer", "attribuer", "consentir", "débloquer"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _SUM_ROUND_NOUNS)
def granted_sum_no_round(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"L'enveloppe versée par l'État", "le financement accordé par X": a sum paid or granted is a payment (funds.granted
    reads the participle), not a round the payer invests in (slots "investors", "prep:par" of invests.round)."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in _SUM_ROUND_NOUNS or not (out.get("investors") or out.get("prep:par")):
        return
    if not any(c.dep_ == "acl" and c.pos_ == "VERB" and lemma_of(c) in _GRANT_VERBS and c.i > t.i for c in t.children):
        return
    out.pop("investors", None)
    out.pop("prep:par", None)
    out["_no_linear"] = []


_COUNTER_ADJECTIVES = frozenset({"concurrente", "concurrentes", "rivale", "rivales", "alternative", "adverse"})


_COUNTER_NOUNS = frozenset({"offre", "offres", "contre-offre", "surenchère"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _COUNTER_NOUNS)
def counter_offer_target(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X ne compte pas déposer d'offre concurrente": a competing offer is made for the company another offer is
    on ("l'offre de A sur Y"), not for the last company bought outright ("B a bouclé le rachat de Z"): slot
    "sale_in_context" takes the last company an offer noun was put on."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in _COUNTER_NOUNS or not out.get("sale_in_context"):
        return
    if t.lower_ in ("offre", "offres") and not any(c.dep_ == "amod" and c.lower_ in _COUNTER_ADJECTIVES
                                                    for c in t.children):
        return
    doc = t.doc
    for k in range(t.i - 1, -1, -1):   # (only for a competing offer of no company named: rare)
        o = doc[k]
        if o.lower_ not in OFFER_NOUNS or o.pos_ != "NOUN":
            continue
        got = [x for c in o.children if c.dep_ in ("nmod", "obl", "obl:mod") and case_of(c) == "sur"
               for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"]
        if got:
            if not any(n == got[0][0] for n, _ in out["sale_in_context"]):
                out["sale_in_context"] = got[:1]
            return


# verbs of doing the work a buyer ordered or paid for ("travailler sur un programme commandé par X")
_WORK_VERBS = frozenset({"travailler", "participer", "contribuer", "plancher", "collaborer", "livrer", "fabriquer",
                         "développer", "construire", "produire", "concevoir", "assembler", "fournir", "équiper"})
_ORDER_VERBS = frozenset({"commander", "financer"})


@acts_on(lambda w: w.verbal and w.dep == "acl" and w.lemma in _ORDER_VERBS)
def ordered_work_suppliers(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B travaillent sur un programme de drones commandé par X": those who work on (make, deliver) what X ordered
    or financed are paid by X (slot "prep:à" of funds.verb, X its "agent")."""
    if not verbal or t.dep_ != "acl" or lemma_of(t) not in _ORDER_VERBS or out.get("prep:à") or not out.get("agent"):
        return
    if index.entity_at(t.head.i) is not None:
        return   # ("Y, financé par X": the participle's noun is the party, read as before)
    work = t.head
    verb = work.head
    if work.dep_ not in ("obl", "obl:arg", "obl:mod", "obj") or verb.pos_ != "VERB" or lemma_of(verb) not in _WORK_VERBS:
        return
    from ..arguments import _subject_of
    payer = {n for n, _ in out["agent"]}
    got = [x for x in _subject_of(verb, index) if x[0] not in payer and index.type_of(x[0]) in ("ORG", "PER")]
    if got:
        out.put("prep:à", got)


PARTY28_READERS = Readers(
    ordered_work_suppliers,   # "A et B travaillent sur un programme commandé par X": X pays A and B
    counter_offer_target,   # "X ne déposera pas d'offre concurrente": for the company an offer is on
    granted_sum_no_round,   # "l'enveloppe versée par X": a payment, no round
    participle_on_last_conjunct,   # "de A et de B, racheté par Z": B alone
    list_after_apposition,   # "auprès de A, le fonds souverain de X, de B et de C": B, C are no owners
)


# ---------------------------------------------------------------- parse repairs (called by relations.py)

_ENTER_FORMS = frozenset({"entre", "entrent"})


def mend_entering_verb(tv, index: EntityIndex) -> None:
    """"X entre au capital de Y (aux côtés de Z)": the parser takes the present of "entrer" for the preposition
    "entre", makes the name X the root and hangs "au capital de Y" on it. The word is made the verb (root of its
    clause), X its subject and the phrases after it its obliques (the view's tags and heads are mended in place)."""
    from ...nlp.docview import MorphView, rehang
    from ...mentions.wordpos import tokens_at
    for t in tokens_at(tv, _ENTER_FORMS):   # (only "entre", "entrent": mentions/wordpos.py)
        k = t.i
        if t.lower_ not in _ENTER_FORMS or t.pos_ != "ADP" or k < 1 or k + 2 >= len(tv):
            continue
        if not (tv[k + 1].lower_ == "au" and tv[k + 2].lower_ in ("capital", "conseil", "gouvernement")
                or tv[k + 1].lower_ == "dans" and tv[k + 2].lower_ in ("le", "la", "l'", "l’")):
            continue
        name = index.entity_at(k - 1)
        if name is None or index.kinds.get(k - 1) not in ("name", "introducer"):
            continue
        j = k - 1
        while j > t.sent.start and index.entity_at(j - 1) == name:
            j -= 1
        top = next((tv[i] for i in range(j, k) if tv[i].head.i not in range(j, k) or tv[i].head is tv[i]), None)
        if top is None or top.dep_ != "ROOT":
            continue   # (only the misparse that made the name the clause's root)
        t.pos_ = "VERB"
        t.lemma_ = "entrer"
        t.morph = MorphView("Mood=Ind|Number=%s|Person=3|Tense=Pres|VerbForm=Fin"
                            % ("Plur" if t.lower_ == "entrent" else "Sing"))
        rehang(t, t, "ROOT")
        phrases = [c for c in top.children if c.i > k and c.dep_ in ("nmod", "obl", "obl:mod", "appos")]
        rehang(top, t, "nsubj")
        for c in phrases:
            rehang(c, t, "obl:arg" if c.i == k + 2 or c.left_edge.i <= k + 2 else "obl:mod")
        # ("au capital de Y aux côtés de Z", "… pour N euros": the phrases after the capital's own "de Y" are the verb's)
        for c in list(tv[k + 2].children):
            if c.dep_ == "nmod" and c.i > k + 2 and case_of(c) not in _OF:
                rehang(c, t, "obl:mod")
