"""(s28-stake28) Stakes whose company is named only by a pronoun of French:

- "Y vend des drones. Le fonds X en détient 12 %", "Y, convoité par X, qui en détenait déjà 11 %": the clitic
  "en" before a holding verb with a share (N %, la majorité, …) stands for the company; in a relative clause
  ("qui en détient") it is the subject of the clause the relative hangs on, else the subject of the sentence
  before (an ORG), the company the text spoke of (slot "en_held" of owns.en_stake).
- "Y, dont le fonds X détient 30 %", "… le contrôle de Y, dont il détient déjà 30 %": the name before ", dont" is
  the company held; the holder is the name between "dont" and the verb, or, for a bare "il"/"elle", the
  sentence's subject (slots "dont_holder", "dont_held" of owns.dont_stake). The parser often breaks the relative
  (it takes Y for the verb's subject), so both are read as a line.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_HOLD = frozenset({"détenir", "posséder", "contrôler"})
# what says a share is held (the verb's object): "12 %", "la majorité", "le tiers", "une part"
_SHARE_WORDS = frozenset({"%", "majorité", "totalité", "moitié", "tiers", "quart", "part", "parts", "actions",
                          "titres", "participation"})
_PRON_SUBJECTS = frozenset({"il", "elle"})
_DESC_POS = frozenset({"DET", "NOUN", "ADJ", "PROPN"})


def _share_after(t) -> bool:
    """Whether the verb's object (a few words after it) is a share: "en détient 12 %", "dont il détient déjà 30 %"."""
    tv = tokens_of(t.doc)
    for k in range(t.i + 1, min(t.i + 6, t.sent.end)):
        w = tv[k]
        if w.lower_ in _SHARE_WORDS:
            return True
        if w.lower_ in (",", ".", ";", ":", "(") or w.pos_ in ("VERB", "ADP") and w.lower_ not in ("à",):
            return False
    return False


def _orgs(toks, index: EntityIndex) -> list[tuple[str, int]]:
    return [x for tok in toks for x in entities_at(tok, index) if index.type_of(x[0]) == "ORG"]


def _sentence_subject_orgs(sent, index: EntityIndex) -> list[tuple[str, int]]:
    """The ORG that is the subject of a sentence's root (its passive subject too)."""
    root = sent.root
    return _orgs([c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")], index)


_OF = frozenset({"de", "d'", "d’", "du", "dans"})


def _topic(index: EntityIndex) -> list[tuple[str, int]]:
    name = index.topic or index.focus
    return [(name, -1)] if name and index.type_of(name) == "ORG" else []


def _stake_company(tv, index: EntityIndex, start: int, end: int) -> list[tuple[str, int]] | None:
    """The company of a stake told in tokens [start, end): the ORG named after "de"/"dans" past a "%" or
    "capital" ("61 % de Y", "les 40 % qui lui manquaient dans Y", "au capital de Y"); the article's company for
    a capital of no company named ("détient 61 % du capital"); None when no stake is told there."""
    mark = next((k for k in range(start, end) if tv[k].lower_ == "%"), None)
    if mark is None:
        mark = next((k for k in range(start, end) if tv[k].lower_ == "capital"), None)
    if mark is None:
        return None
    got = []
    for k in range(mark + 1, end):
        if got and tv[k].text in (",", ";", ":"):
            break   # ("… dans Y, une filature proche de Z": the stake's company is the first)
        name = index.entity_at(k)
        if name is None or index.entity_at(k - 1) == name:
            continue   # (a name's first word only)
        if index.kinds.get(k) == "name" and index.type_of(name) == "ORG" \
                and any(tv[j].lower_ in _OF for j in range(max(mark, k - 3), k)):
            if not got or got[-1][0] != name:
                got.append((name, k))
    names = {n for n, _ in got}
    if len(names) == 1:
        return got[:1]
    if not names and any(tv[k].lower_ == "capital" for k in range(start, end)):
        return _topic(index)
    return []


def _stake_company_before(t, index: EntityIndex) -> list[tuple[str, int]]:
    """What "en" stands for in "X en détient 12 %" (not in a relative): a company whose capital the clause before
    in the sentence spoke of ("Y a ouvert son capital : X en détient 25 %", "X, entré au capital de Y, en
    détient 35 %"), else the company of the stake the sentence before told ("A détient 78 % de Y. X en détient
    12 %"), else the subject of the sentence before ("Y vend des drones. X en détient 12 %")."""
    tv = tokens_of(t.doc)
    s0 = t.sent.start
    colon = next((k for k in range(t.i - 1, s0, -1) if tv[k].text in (":", ";")), None)
    if colon is not None:
        got = _orgs([tv[k] for k in range(s0, colon) if tv[k].dep_ in ("nsubj", "nsubj:pass")], index)
        if got:
            return got
    got = _stake_company(tv, index, s0, t.i)
    if got:
        return got
    if s0 == 0:
        return []
    prev = tv[s0 - 1].sent
    got = _stake_company(tv, index, prev.start, prev.end)
    if got is not None:
        return got
    return _sentence_subject_orgs(prev, index)


@acts_on(lambda w: w.verbal and (w.lemma in _HOLD or w.lem in _HOLD))
def en_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "en_held": the company "en" stands for before a holding verb with a share."""
    if not verbal or lemma_of(t) not in _HOLD or t.i < 1:
        return
    tv = tokens_of(t.doc)
    if tv[t.i - 1].lower_ != "en" or t.lower_.endswith("ant") or not _share_after(t):
        # (a participle, "la coopérative en détenant 85 %", hangs on a clause whose parties are read wrong)
        return
    if any(x for s in ("prep:de", "prep:dans", "obj", "capital_topic") for x in out.get(s, ())
           if isinstance(x, tuple) and x[1] >= 0 and index.type_of(x[0]) == "ORG"):
        return   # (the company is named in the clause)
    held: list[tuple[str, int]] = []
    if t.dep_ == "acl:relcl" and any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in t.children):
        # "Y était convoité par X, qui en détenait 11 %": the clause the relative's noun hangs on
        h = t.head
        if h.dep_ not in ("nsubj", "nsubj:pass"):
            held = _orgs([c for c in h.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != h.i], index)
    elif not any(c.lower_ == "qui" for c in t.children):
        held = _stake_company_before(t, index)
    holders = {x[0] for s in ("subj", "agent") for x in out.get(s, ()) if isinstance(x, tuple)}
    held = [x for x in held if x[0] not in holders]
    if len({n for n, _ in held}) == 1:
        out.put("en_held", held[:1])
        if not holders and t.i >= 2 and index.kinds.get(t.i - 2) == "name" \
                and index.type_of(index.entity_at(t.i - 2)) in ("ORG", "PER", "GOV") \
                and index.entity_at(t.i - 2) != held[0][0]:
            # ("Y a ouvert son capital : le fonds X en détient 25 %": the parser lost the subject right before "en")
            out.put("en_holder", [(index.entity_at(t.i - 2), t.i - 2)])


@acts_on(lambda w: w.verbal and (w.lemma in _HOLD or w.lem in _HOLD))
def dont_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "dont_holder", "dont_held": "Y, dont (le fonds) X détient 30 %", "Y, dont il détient 30 %"."""
    if not verbal or lemma_of(t) not in _HOLD or not _share_after(t):
        return
    tv = tokens_of(t.doc)
    d = None
    for k in range(t.i - 1, max(t.sent.start, t.i - 8) - 1, -1):
        if tv[k].lower_ == "dont":
            d = k
            break
        if tv[k].pos_ in ("VERB", "AUX") or tv[k].lower_ in (",", ";", ":", "(", ")") and index.entity_at(k) is None:
            return
    if d is None or d < 2 or tv[d - 1].text != ",":
        return
    held = index.entity_at(d - 2)
    if held is None or index.kinds.get(d - 2) != "name" or index.type_of(held) != "ORG":
        return
    between = range(d + 1, t.i)
    holders: list[tuple[str, int]] = []
    if any(index.entity_at(k) is not None for k in between):
        if not all(index.entity_at(k) is not None or tv[k].pos_ in _DESC_POS and tv[k].is_lower
                   or tv[k].lower_ in ("déjà", "aujourd'hui", "désormais", "encore", "toujours") for k in between):
            return
        names = list(dict.fromkeys(index.entity_at(k) for k in between if index.entity_at(k) is not None))
        if len(names) != 1:
            return
        k = max(k for k in between if index.entity_at(k) == names[0])
        holders = [(names[0], k)]
    elif any(tv[k].lower_ in _PRON_SUBJECTS for k in between):
        if not all(tv[k].lower_ in _PRON_SUBJECTS or tv[k].pos_ == "ADV" for k in between):
            return
        # "Z veut le contrôle de Y, dont il détient 30 %": the subject of the clause the relative hangs in (up the
        # heads from the relative: "A a bouclé …, tandis que Z veut le contrôle de Y, dont il …" is Z's)
        h, hops = t.head, 0
        while hops < 6:
            subj = [c for c in h.children if c.dep_ == "nsubj" and c.i < d]
            if subj:
                holders = [x for c in subj for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "PER")]
                break
            if h.head.i == h.i:
                break
            h, hops = h.head, hops + 1
    holders = [x for x in holders if x[0] != held and index.type_of(x[0]) in ("ORG", "PER", "GOV")]
    if len({n for n, _ in holders}) != 1:
        return
    out.put("dont_holder", holders[:1])
    out.put("dont_held", [(held, d - 2)])


STAKE28_READERS = Readers(en_stake, dont_stake)


_HOLD_FORMS = frozenset({"détient", "détiennent", "détenait", "détenaient", "détiendra", "possède", "possèdent",
                         "possédait", "possédaient", "contrôle", "contrôlent", "contrôlait", "contrôlaient"})


def en_before_holding(sent) -> bool:
    """Whether a sentence naming one party says "en détient / en possède / en contrôle" (the company is the one
    "en" stands for: a second party, named before)."""
    tv = tokens_of(sent.doc)
    return any(tv[i].lower_ == "en" and tv[i + 1].lower_ in _HOLD_FORMS for i in range(sent.start, sent.end - 1))
