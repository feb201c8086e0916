"""(s37-cues37) General French structures that the readers of FUNDS, OPPOSES and ALLY_OF missed (data/cues37.yaml,
French words only):

- coordinated_apposition: a relation noun put second in a coordinated apposition ("X, président de A et allié de Y",
  "X, élu LR et rival de Y"): the parser makes it a conjunct of the first member, which is apposed to the name; it
  describes that name (slots "head" and "apposed_to", which the title rules already read: ally.noun,
  ally.noun_as_participle, opposes.rival_of …).
- no_report_source: the source of a report ("selon X", "d'après X") is no party of the tie ("Y a reçu, selon le
  journal X, le soutien de A": not X): its names leave the holder slots.
- notice_sent: a formal notice or warning sent to Y ("X a adressé une mise en demeure à Y", "… et adressé un
  avertissement à Y"): slots "notice37_by" (the verb's subject, through coordination) and "notice37_to".
- body_of_members: a body named through its members ("les ministres des Affaires étrangères de l'Union ont adopté des
  sanctions contre Y"): the government or organisation of the member noun's "de" chain is the subject (slot "subj",
  only when no reader found one).
- money_backing: "avec le soutien financier de Y", "grâce à l'appui financier de Y": Y pays the one it backs (slots
  "backing37_by", "backing37_of"; FUNDS), the subject of the clause the phrase hangs on.
- voted_together: "le groupe X a voté main dans la main avec Y", "X a manifesté aux côtés de Y": a politician or a
  party beside a party or a politician, one of them a party (slots "together37_side", "together37_with"; ALLY_OF).
- stood_beside: "X reste aux côtés de Y", "« Je reste aux côtés de Y », a déclaré X", "X s'est engagé aux côtés de
  Y": support (slots "stand37_who", "stand37_whom"; ALLY_OF), and no meeting (the "beside_who" slots of
  allies31.beside_at_event are emptied).
- award_by: "l'attribution par la ville de Z de plusieurs contrats à A et à B": the awarding body pays each (slots
  "award37_by", "award37_to"; FUNDS), read as a line up to the next verb.
- pact_of_pair: "A et B feront liste commune", "A et B ont scellé une alliance": a pact noun of data/ally36.yaml made
  by a verb whose subject lists the sides, with no "avec" phrase: each side is the other's ally (slot "pair37", read
  as pairs; ALLY_OF), under ally36's conditions (persons or parties, a party among them for the nouns of a business
  deal).
- sanction_listed: "X a inscrit Y sur sa liste de sanctions", "Y a été placé sous sanctions par X", "X a placé Y
  sous embargo": a sanction (slots "listed37_by", "listed37_who"; OPPOSES, role sanctions).
- lenders_of_deal: "l'offre est financée par un crédit-relais accordé par Y", "l'acquisition sera financée par une
  émission placée par A et B", "le rachat est financé par un prêt de N de la banque Y": the lenders pay the maker of
  the text's one deal (the one organisation that buys or bids in the text before the sentence), or the company the
  passive subject names (slots "lender37", "borrower37"; FUNDS).

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its head,
its head's head and a few tokens around it.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "cues37.yaml").read_text(encoding="utf-8"))
    out = {}
    for k, v in raw.items():
        if isinstance(v, dict):
            out[k] = {str(a).lower(): [str(x).lower().replace("’", "'") for x in (b or [""])] for a, b in v.items()}
        else:
            out[k] = frozenset(str(x).lower() for x in (v or []))
    return out


def _name_at(index: EntityIndex, i: int):
    """The entity of a name (not a pronoun nor a descriptor) at token ``i``, or None."""
    if index.kinds.get(i) != "name":
        return None
    return index.by_token.get(i)


# ---------------------------------------------------------------------------------------------------------------
# 1. A coordinated apposition
def _apposed_name(first, index: EntityIndex):
    """The (name, i) the first member of an apposition describes: the name it hangs on, set off by a comma."""
    h = first.head
    if h is first or h.i >= first.i:
        return None
    doc = first.doc
    # (the first member opens right after a comma that closes the name)
    j = first.left_edge.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    # (the name ends right before the comma, and is the member's head or hangs on it: "La députée X, élue …")
    end = j - 1
    name = _name_at(index, end)
    if name is None:
        return None
    k = end
    while k > 0 and _name_at(index, k - 1) == name:
        k -= 1
    if not any(_under(doc[m], h.i) for m in range(k, end + 1)):
        return None
    return name, k


def _under(tok, i: int) -> bool:
    """Whether token ``i`` is ``tok`` or one of its heads (three links up at most)."""
    for _ in range(4):
        if tok.i == i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


@acts_on(lambda w: w.dep == "conj" and w.lower in words()["coordinated_nouns"])
def coordinated_apposition(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "head", "apposed_to" (see the module's head)."""
    w = words()
    if t.dep_ != "conj" or t.lower_ not in w["coordinated_nouns"] or "head" in out or "apposed_to" in out:
        return
    if not any(c.dep_ == "cc" and c.lower_ == "et" for c in t.children):
        return
    first = t.head
    # ("élue LR et rivale de Y": the second noun hangs on the label the participle takes; climb to the participle)
    steps = 0
    while first.dep_ in ("xcomp", "obj", "nmod", "amod") and first.head.i < first.i and steps < 2:
        first = first.head
        steps += 1
    if first.i >= t.i or first.dep_ not in w["apposition_links"] or first.pos_ not in ("NOUN", "VERB", "ADJ"):
        return
    if first.dep_ == "conj":
        # ("X, ancien ministre, président de A et allié de Y": the chain of conjuncts opens on the apposed one)
        if first.head.i >= first.i or first.head.dep_ not in ("appos", "acl"):
            return
        first = first.head
    # (no verb of its own between the two members: "X, élu en 2020, a battu Z et rival de …" is another clause)
    doc = t.doc
    if any(doc[k].pos_ == "AUX" or doc[k].text in ";:()«»" for k in range(first.i + 1, t.i)):
        return
    got = _apposed_name(first, index)
    if got is None or index.type_of(got[0]) != "PER":
        return
    out.put("head", [got])
    out.put("apposed_to", [got])


# ---------------------------------------------------------------------------------------------------------------
# 2. The source of a report
def _source_positions(doc, index: EntityIndex) -> frozenset:
    """The tokens of the names right after "selon" / "d'après" (a determiner and a descriptor noun between
    allowed: "selon le quotidien X")."""
    cached = getattr(index, "_cues37_sources", None)
    if cached is not None and cached[0] is doc:
        return cached[1]
    src = words()["source_words"]
    got = set()
    tv = tokens_of(doc)   # (the token list: no DocView.__getitem__ call per word)
    n = len(tv)
    for k, t in enumerate(tv):
        low = t.lower_.replace("’", "'")
        if low not in src and not (low == "d'" and k + 1 < n and tv[k + 1].lower_ == "après"):
            continue
        j = k + (2 if low == "d'" else 1)
        stop = min(j + 4, n)
        while j < stop and _name_at(index, j) is None and tv[j].pos_ in ("DET", "NOUN", "ADJ"):
            j += 1
        name = _name_at(index, j) if j < n else None
        while name is not None and j < n and _name_at(index, j) == name:
            got.add(j)
            j += 1
    got = frozenset(got)
    try:
        index._cues37_sources = (doc, got)
    except AttributeError:
        pass
    return got


_HOLDER_SLOTS = ("head", "subj", "apposed_to")


@acts_on(lambda w: not w.verbal and w.pos == "NOUN")
def no_report_source(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Drops from the holder slots a name that is the source of a report (see the module's head)."""
    if verbal or t.pos_ != "NOUN" or not any(out.get(s) for s in _HOLDER_SLOTS):
        return
    where = _source_positions(t.doc, index)
    if not where:
        return
    doc = t.doc
    j = t.left_edge.i - 1
    if t.head.i in where or j > 0 and doc[j].text == "," and j - 1 in where:
        # ("Selon Me X, conseil de Y, …": a noun right after the source describes the source herself, unless the
        # report is an incise between a verb and its object: "Y a reçu, selon X, le soutien de A")
        k = j - 1
        while k >= t.sent.start and doc[k].lower_ not in words()["source_words"] and doc[k].lower_ != "après":
            k -= 1
        if not any(doc[m].pos_ in ("VERB", "AUX") for m in range(t.sent.start, max(k, t.sent.start))):
            return
    for slot in _HOLDER_SLOTS:
        if any(i in where for _, i in out.get(slot, ()) if isinstance(i, int)):
            out.keep(slot, lambda x: x[1] not in where)
            if slot not in out:
                out["_no_linear"] = []


# ---------------------------------------------------------------------------------------------------------------
# 3. A formal notice sent
def _notice_object(v, w) -> tuple:
    """The notice noun that is the verb's object ("une mise en demeure") and its words (the parser may hang "à Y"
    on the last one), or (None, ())."""
    doc = v.doc
    for c in v.children:
        if c.dep_ not in ("obj", "nsubj:pass"):
            continue
        tails = w["notice_nouns"].get(c.lower_)
        if tails is None:
            continue
        for tail in tails:
            if not tail:
                return c, (c,)
            parts = tail.replace("'", "' ").split()
            j, ok = c.i + 1, True
            for part in parts:
                if j >= len(doc) or doc[j].lower_.replace("’", "'") != part:
                    ok = False
                    break
                j += 1
            if ok:
                return c, tuple(doc[k] for k in range(c.i, j))
    return None, ()


@acts_on(lambda w: w.verbal and w.lemma in words()["notice_verbs"])
def notice_sent(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "notice37_by", "notice37_to" (see the module's head)."""
    w = words()
    if not verbal or lemma_of(t) not in w["notice_verbs"] or "notice37_to" in out:
        return
    noun, span = _notice_object(t, w)
    if noun is None:
        return
    to = [x for c in (*t.children, *(k for s in span for k in s.children))
          if c.dep_ in ("obl:arg", "obl", "obl:mod", "iobj", "nmod") and case_of(c) in ("à", "au", "aux")
          and c.i > noun.i for x in entities_at(c, index) if x[1] >= 0]
    if not to:
        return
    # (a regulator, a ministry, a court: a company's "mise en demeure" to another is a legal step, not a sanction)
    by = [x for x in _subject_of(t, index) if x[1] >= 0 and index.type_of(x[0]) == "GOV"]
    by = [x for x in by if x[0] not in {n for n, _ in to}]
    if not by:
        return
    out.put("notice37_by", by[:1])
    out.put("notice37_to", to)


# ---------------------------------------------------------------------------------------------------------------
# 4. A body named through its members
def _body_of(noun, index: EntityIndex, depth: int = 0) -> list:
    """The government or organisation named in the "de" chain of a member noun ("les ministres des Affaires
    étrangères de l'Union": the Union), two links deep at most."""
    for c in noun.children:
        if c.dep_ != "nmod" or c.i < noun.i or case_of(c) not in ("de", "du", "des", "d'"):
            continue
        # (the deeper body first: "des Affaires étrangères" names the members' portfolio, "de l'Union" their body)
        if depth < 1:
            got = _body_of(c, index, depth + 1)
            if got:
                return got
        got = [x for x in entities_at(c, index) if x[1] >= 0 and index.type_of(x[0]) in ("GOV", "ORG")
               and x[0].lower() not in words()["portfolio_words"]]
        if got:
            return got[:1]
    return []


def _verb_above(t):
    """The verb the trigger is (or hangs on) the object or a complement of, two links up at most."""
    v = t
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") and v is not t or v is t and v.pos_ == "VERB":
            return v
        if v.head is v:
            return None
        v = v.head
    return v if v.pos_ in ("VERB", "AUX") else None


@acts_on(lambda w: True)
def body_of_members(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj" (see the module's head)."""
    if "subj" in out or not out.wants("subj"):
        return
    v = _verb_above(t)
    if v is None:
        return
    w = words()
    for c in v.children:
        if c.dep_ == "nsubj" and c.lower_ in w["member_nouns"] and "Plur" in c.morph.get("Number"):
            got = _body_of(c, index)
            if got:
                out.put("subj", got)
            return


# ---------------------------------------------------------------------------------------------------------------
# 5. Money backing
@acts_on(lambda w: not w.verbal and w.lower in words()["backing_nouns"])
def money_backing(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "backing37_by", "backing37_of" (see the module's head)."""
    w = words()
    if verbal or t.lower_ not in w["backing_nouns"] or "backing37_by" in out:
        return
    doc = t.doc
    if not (any(c.dep_ == "amod" and c.lower_ in w["money_adjectives"] for c in t.children)
            or t.i + 1 < len(doc) and doc[t.i + 1].lower_ in w["money_adjectives"]):
        return
    by = [x for c in t.children if c.dep_ == "nmod" and c.i > t.i and case_of(c) in ("de", "du", "des", "d'")
          for x in entities_at(c, index) if x[1] >= 0 and index.type_of(x[0]) in ("PER", "ORG", "GOV")]
    if not by:
        return
    v = t.head
    if v.pos_ not in ("VERB", "AUX"):
        return
    if t.dep_ in ("obj",):
        # ("X a reçu le soutien financier de Y", "X a obtenu l'appui financier de Y": the receiver is the subject;
        # not "X a apporté son soutien financier": the giver)
        if lemma_of(v) not in ("recevoir", "obtenir", "bénéficier", "décrocher", "solliciter", "trouver"):
            return
    elif not (t.dep_.startswith("obl") and case_of(t) in ("avec", "grâce à", "grâce", "sans")):
        return
    if case_of(t) == "sans":
        return
    of = [x for x in _subject_of(v, index) if x[1] >= 0 and x[0] not in {n for n, _ in by}]
    if not of:
        return
    out.put("backing37_by", by[:1])
    out.put("backing37_of", of[:1])


# ---------------------------------------------------------------------------------------------------------------
# 6. Voting or standing together
def _phrase_end(doc, k: int, phrases) -> int | None:
    """The index right after one of the phrases that opens at token ``k``, or None."""
    for p in phrases:
        parts = p.replace("'", "' ").split()
        j = k
        for part in parts:
            if j >= len(doc) or doc[j].lower_.replace("’", "'") != part:
                break
            j += 1
        else:
            return j
    return None


@acts_on(lambda w: w.verbal and w.lemma in words()["together_verbs"])
def voted_together(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "together37_side", "together37_with" (see the module's head)."""
    w = words()
    if not verbal or lemma_of(t) not in w["together_verbs"] or "together37_with" in out:
        return
    from ..parties import is_party
    doc = t.doc
    end = t.sent.end
    # (the phrase right after the verb, an adverb or a date between allowed: "a voté mercredi main dans la main")
    k = t.i + 1
    while k < min(t.i + 4, end) and doc[k].pos_ in ("ADV", "NOUN", "NUM") and doc[k].lower_ not in ("main", "côte"):
        k += 1
    j = _phrase_end(doc, k, w["together_phrases"])
    if j is None:
        return
    while j < end and doc[j].pos_ == "DET":
        j += 1
    other = _name_at(index, j)
    if other is None:
        return
    side = [x for x in _subject_of(t, index) if x[1] >= 0 and x[0] != other]
    if not side:
        return
    kinds = [index.type_of(n) for n in (side[0][0], other)]
    parties = [n for n in (side[0][0], other) if is_party(n, index, doc)]
    if not parties or any(kd not in ("PER", "ORG") for kd in kinds) \
            or any(kd == "ORG" and n not in parties for kd, n in zip(kinds, (side[0][0], other))):
        return
    out.put("together37_side", side[:1])
    out.put("together37_with", [(other, j)])


# ---------------------------------------------------------------------------------------------------------------
# 7. A deal financed by lenders
def _deal_makers(doc, index: EntityIndex) -> list[tuple[int, str]]:
    """(token index, organisation) of every named subject of a verb that buys or makes an offer ("X rachète Y",
    "X lance une offre sur Y", "X a déposé un projet d'offre"), in the text's order; worked out once per text."""
    from ...mentions.index import per_document

    def build():
        w = words()
        got = []
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            lem = lemma_of(tok)
            if lem in w["bid_verbs"]:
                if not any(c.dep_ == "obj" and c.lower_ in w["bid_objects"] for c in tok.children):
                    continue
            elif lem not in w["deal_maker_verbs"]:
                continue
            for name, i in _subject_of(tok, index):
                if i >= 0 and index.type_of(name) == "ORG":
                    got.append((tok.i, name))
        return got
    return per_document(index, "_cues37_makers", build)


def _lenders(agent, index: EntityIndex) -> list:
    """The organisations the loan phrase names as lending: "de la banque Y", "accordé par Y", "levée auprès de A
    et de B", "un pool de banques mené par A et B" (any name of the phrase introduced by "de", "par" or "auprès")."""
    got = []
    for k in agent.subtree:
        if k.i == agent.i or index.kinds.get(k.i) != "name":
            continue
        name = index.by_token.get(k.i)
        if name is None or index.type_of(name) not in ("ORG", "GOV") or name in [n for n, _ in got]:
            continue
        h = k
        while h.dep_ in ("conj", "flat:name", "flat") and h.head is not h:
            h = h.head
        if case_of(h) in ("de", "du", "des", "d'", "par", "auprès") or \
                h.i > 0 and doc_word(h, -1) in ("de", "du", "des", "d'", "par"):
            got.append((name, k.i))
    return got


def doc_word(tok, step: int) -> str:
    j = tok.left_edge.i + step
    return tok.doc[j].lower_ if 0 <= j < len(tok.doc) else ""


_TO = frozenset({"à", "au", "aux"})


def _loan_receiver(loan, index: EntityIndex, lenders: set) -> list:
    """(s38-groupof38) The actor a loan noun's own words give it to ("un prêt … accordé à Y", "un crédit à Y"):
    a name under the noun governed by "à"/"au"/"aux", not one of the lenders."""
    found = []
    for tok in loan.subtree:
        if tok.i == loan.i or case_of(tok) not in _TO:
            continue
        found += [x for x in entities_at(tok, index) if x[1] >= 0 and x[0] not in lenders
                  and index.type_of(x[0]) in ("ORG", "GOV", "PER", "LOC")]
    if found:
        return found
    # (the parser often hangs "accordé à Y" elsewhere: the line after the noun, "à" and the name right after it)
    doc, end = loan.doc, loan.sent.end
    for j in range(loan.i + 1, end - 1):
        if doc[j].text in (";", ":", "«"):
            break
        if doc[j].lower_ not in _TO:
            continue
        k = j + 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        name = index.by_token.get(k)
        if name is not None and index.kinds.get(k) in ("name", "introducer") and name not in lenders \
                and index.type_of(name) in ("ORG", "GOV", "PER", "LOC"):
            return [(name, k)]
    return found


@acts_on(lambda w: w.verbal and w.lemma == "financer")
def lenders_of_deal(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "lender37", "borrower37" (see the module's head)."""
    if not verbal or lemma_of(t) != "financer" or "lender37" in out:
        return
    w = words()
    subj = next((c for c in t.children if c.dep_ == "nsubj:pass"), None)
    agent = next((c for c in t.children if c.dep_ in ("obl:agent", "obl", "obl:mod") and case_of(c) == "par"
                  and c.lower_ in w["loan_nouns"]), None)
    if subj is None or agent is None:
        return
    lenders = _lenders(agent, index)
    if not lenders:
        return
    named = _loan_receiver(agent, index, {n for n, _ in lenders})
    if named:
        # (s38-groupof38) "financée par un prêt accordé à Y par A et B": the loan names its borrower, Y, which is
        # not always the deal's maker the text spoke of (a family that owns the borrower is not the borrower)
        borrower = named[:1]
    elif subj.lower_ in w["financed_deal_nouns"]:
        makers = {n for i, n in _deal_makers(t.doc, index) if i < t.i}
        borrower = [(makers.pop(), -1)] if len(makers) == 1 else []
    else:
        # ("le groupe Y sera financé par un prêt de la banque Z": the company named itself borrows)
        borrower = [x for x in entities_at(subj, index) if x[1] >= 0 and index.type_of(x[0]) in ("ORG", "GOV")][:1]
    borrower = [x for x in borrower if x[0] not in {n for n, _ in lenders}]
    if not borrower:
        return
    out.put("lender37", lenders)
    out.put("borrower37", borrower)


# ---------------------------------------------------------------------------------------------------------------
# 8. Standing by one
@acts_on(lambda w: w.lower == "côtés")
def stood_beside(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "stand37_who", "stand37_whom" (see the module's head)."""
    if t.lower_ != "côtés" or "stand37_whom" in out:
        return
    doc = t.doc
    if t.i == 0 or doc[t.i - 1].lower_ != "aux":
        return
    v = t.head
    if v.pos_ not in ("VERB", "AUX") or lemma_of(v) not in words()["stand_verbs"] or v.i > t.i:
        return
    whom = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'")
            for x in entities_at(c, index) if x[1] >= 0 and index.type_of(x[0]) in ("PER", "ORG")]
    if not whom:
        # (the parser may hang "de Y" on the verb)
        j = t.i + 1
        if j < len(doc) and doc[j].lower_ in ("de", "d'", "d’", "du", "des"):
            j += 1
            while j < len(doc) and doc[j].pos_ == "DET":
                j += 1
            name = _name_at(index, j)
            if name is not None and index.type_of(name) in ("PER", "ORG"):
                whom = [(name, j)]
    if not whom:
        return
    who = [x for x in _subject_of(v, index) if x[0] not in {n for n, _ in whom}
           and index.type_of(x[0]) in ("PER", "ORG")]
    if not who:
        return
    out.put("stand37_who", who[:1])
    out.put("stand37_whom", whom[:1])
    out.pop("beside_who", None)
    out.pop("beside_whom", None)


# ---------------------------------------------------------------------------------------------------------------
# 9. An award told by its noun
def _party_after(doc, index: EntityIndex, j: int, end: int):
    """(name, i) of the party a phrase opening at ``j`` names: determiners and a body noun with its "de" skipped
    ("la ville de Z", "le groupe A", "une PME locale, B"), or None."""
    k = j
    while k < end and (doc[k].pos_ in ("DET", "ADJ") or doc[k].text == ","):
        k += 1
    for m in range(k, min(k + 5, end)):
        name = index.by_token.get(m)
        if name is not None:
            return name, m
        if doc[m].pos_ in ("VERB", "AUX") or doc[m].lower_ in ("à", "au", "aux", "par", "pour") and m > k:
            return None
    return None


@acts_on(lambda w: w.pos == "NOUN" and w.lower in words()["award_nouns"])
def award_by(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "award37_by", "award37_to" (see the module's head)."""
    w = words()
    if t.pos_ != "NOUN" or t.lower_ not in w["award_nouns"] or "award37_by" in out:
        return
    doc = t.doc
    end = min(t.sent.end, t.i + 40)
    by, to, awarded = None, [], False
    k = t.i + 1
    while k < end:
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") and "Part" not in tok.morph.get("VerbForm") or tok.text in (";", ":", "(", "«"):
            break
        low = tok.lower_
        if low == "par" and by is None:
            got = _party_after(doc, index, k + 1, end)
            if got is not None and index.type_of(got[0]) in ("GOV", "ORG"):
                by = got
        elif low in w["awarded_nouns"] and not awarded:
            awarded = True
        elif low in ("à", "au", "aux") and awarded:
            got = _party_after(doc, index, k + 1, end)
            if got is not None and index.type_of(got[0]) in ("ORG", "PER") and got[0] not in [n for n, _ in to]:
                to.append(got)
        k += 1
    if by is None or not to or not awarded:
        return
    to = [x for x in to if x[0] != by[0]]
    if to:
        out.put("award37_by", [by])
        out.put("award37_to", to)


# ---------------------------------------------------------------------------------------------------------------
# 10. A pact made by the sides listed as the subject
def _pact_words():
    from .ally36 import words as ally_words
    return ally_words()


@acts_on(lambda w: w.pos in ("NOUN", "PROPN") and w.lower in _pact_words()["pact_nouns"])
def pact_of_pair(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "pair37" (see the module's head)."""
    from .ally36 import _common, _political, _with_phrases
    w = _pact_words()
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in w["pact_nouns"] or "pair37" in out or "pact36_side" in out:
        return
    if t.lower_ in w["needs_adjective"] and not _common(t, w):
        return
    v = t.head
    if t.dep_ != "obj" or v.pos_ not in ("VERB", "AUX") or lemma_of(v) not in w["pact_verbs"]:
        return
    if _with_phrases(t) or _with_phrases(v) or any(c.dep_ == "advmod" and c.lower_ in ("ne", "pas", "jamais")
                                                   for c in v.children):
        return
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or not subj.conjuncts:
        return
    sides = []
    # (entities_at gives the subject's conjuncts too: "A et B")
    lo, hi = subj.left_edge.i, subj.right_edge.i
    for x in entities_at(subj, index):
        if x[1] < 0 or x[0] in [y[0] for y, _ in sides]:
            continue
        if not any(index.by_token.get(k) == x[0] and index.kinds.get(k) == "name" for k in range(lo, hi + 1)):
            # ("la présidente de A et la dirigeante de B ont annoncé des listes communes": the parties' heads speak
            # for their parties; a side must be named in the subject itself)
            return
        fits, party = _political(x, index, t.doc)
        if not fits:
            return
        sides.append((x, party))
    if len({x[0] for x, _ in sides}) < 2:
        return
    if t.lower_ in w["party_only_nouns"] and not any(p for _, p in sides):
        return
    if any(index.type_of(x[0]) == "ORG" and not p for x, p in sides):
        return
    out.put("pair37", [x for x, _ in sides])


# ---------------------------------------------------------------------------------------------------------------
# 11. Put on a sanctions list or under sanctions
def _sanction_place(v, w) -> bool:
    """The verb's phrase says a list of sanctions ("sur sa liste de sanctions", "à la liste noire") or sanctions
    ("sous sanctions", "sous embargo"); read as a line up to the next finite verb (the parser hangs these phrases
    anywhere)."""
    doc = v.doc
    end = min(v.sent.end, v.i + 25)
    for k in range(v.i + 1, end):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
            return False
        low = tok.lower_
        if low == "sous" and k + 1 < end and doc[k + 1].lower_ in w["under_words"]:
            return True
        if low in w["list_nouns"] and any(doc[j].lower_ in ("sur", "à", "au", "dans") for j in range(max(k - 3, 0), k)) \
                and any(doc[j].lower_ in w["sanction_list_words"] for j in range(k + 1, min(k + 4, end))):
            return True
    return False


def _agent_after(v, index: EntityIndex) -> list:
    """"… placé sous sanctions par X": the name after the first "par" that follows the verb, in its clause."""
    doc = v.doc
    end = min(v.sent.end, v.i + 25)
    for k in range(v.i + 1, end):
        if doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
            return []
        if doc[k].lower_ == "par":
            got = _party_after(doc, index, k + 1, end)
            return [got] if got is not None else []
    return []


@acts_on(lambda w: w.verbal and w.lemma in words()["listing_verbs"])
def sanction_listed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "listed37_by", "listed37_who" (see the module's head)."""
    w = words()
    if not verbal or lemma_of(t) not in w["listing_verbs"] or "listed37_who" in out:
        return
    if not _sanction_place(t, w):
        return
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in t.children)
    if passive:
        who = [x for c in t.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index) if x[1] >= 0] \
            or [x for x in _subject_of(t, index) if x[1] >= 0]
        by = _agent_after(t, index)
    else:
        who = [x for c in t.children if c.dep_ == "obj" for x in entities_at(c, index) if x[1] >= 0]
        by = [x for x in _subject_of(t, index) if x[1] >= 0]
    by = [x for x in by if index.type_of(x[0]) in ("GOV", "ORG")]
    who = [x for x in who if index.type_of(x[0]) in ("PER", "ORG", "GOV") and x[0] not in {n for n, _ in by}]
    if by and who:
        out.put("listed37_by", by[:1])
        out.put("listed37_who", who)


CUES37_READERS = Readers(coordinated_apposition, no_report_source, notice_sent, body_of_members, money_backing,
                         voted_together, lenders_of_deal, stood_beside, award_by, pact_of_pair, sanction_listed)
