"""(s31-allies31) Alliances, rivalries and meetings told through a noun phrase hung on a clause, read as
mechanisms (blind30). The cue words are lexical families, in data/allies31.yaml:

- support received: "avec le soutien (affiché) de Y", "grâce à l'appui de Y", "forte de la bénédiction de Y",
  "sous le parrainage de Y", X being the clause's subject (slots "backer", "backed"): Y ALLY_OF X;
- one among someone's allies: "X est l'un des plus fidèles soutiens de Y", "X, l'une des proches de Y", "X
  compte parmi les alliés de Y" (slots "one_ally", "one_ally_of"): X ALLY_OF Y;
- beside one at an event: "X a visité le site aux côtés de Y", "lors d'une visite en compagnie de Y, X …",
  "accompagné de Y, X a inauguré …" (slots "beside_who", "beside_whom"): MEETS;
- ground won or lost against rivals: "X l'a emporté face à A et à B", "X continue de perdre du terrain face à A
  et aux magasins B" (slots "faced_by", "faced_all"): COMPETES_WITH with each one;
- an obstacle one sets: "face au veto de Y", "devant le refus de Y", "X s'est heurté à l'hostilité de Y",
  "l'éviction de X, obtenue sous la pression de A et B" (slots "blocker", "blocked"): OPPOSES;
- standing against one's post or pay: "X a voté contre la rémunération de Y", "X s'est prononcé contre la
  reconduction de Y" (slots "post_opponent", "post_holder"): OPPOSES;
- a blamed deed made by a company's management: "X dénonce « une saignée organisée par la direction de Y »"
  (slot "blamed_body"): ACCUSES.

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children and
its head chain."""
from __future__ import annotations

from pathlib import Path


from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .bonds import words
from .found import Found
from .gate import Readers, acts_on

_W = load_yaml((Path(__file__).resolve().parent.parent / "data" / "allies31.yaml").read_text(encoding="utf-8"))


def _set(key: str) -> frozenset:
    return frozenset(_W[key])


_SUPPORT = _set("support_nouns")
_SUPPORT_INTRO = _set("support_introducers")
_SUPPORT_NOT = _set("support_not_after")
_ONE_OF = _set("one_of_nouns")
_NEED_CONFIANCE = _set("one_of_need_confiance")
_BESIDE = _set("beside_nouns")
_BESIDE_PART = _set("beside_participles")
_EVENT_VERBS = _set("event_verbs")
_EVENT_NOUNS = _set("event_nouns")
_FACED_VERBS = _set("faced_verbs")
_BLOCK = _set("block_nouns")
_BLOCK_INTRO = _set("block_introducers")
_BLOCK_VERBS = _set("block_verbs")
_OUST = _set("oust_nouns")
_AGAINST_VERBS = _set("against_verbs")
_POSTS = _set("post_nouns")
_BODIES = _set("body_nouns")
_COURT = _set("court_words")
_DE = ("de", "d'", "d’", "du", "des")


def _named(tok, index: EntityIndex) -> list:
    """The names a "de" phrase's noun stands for (names and named introducers only, no pronoun)."""
    return [x for x in entities_at(tok, index) if index.kinds.get(x[1]) in ("name", "introducer")]


def _de_names(t, index: EntityIndex) -> list:
    """Names of the "de" phrases hung on ``t`` after it, with their conjuncts ("de A et de B", "des fonds A et B")."""
    got = []
    for c in t.children:
        if c.i > t.i and c.dep_ in ("nmod", "obl:arg", "obl:mod", "obl") and case_of(c) in _DE:
            for k in (c, *c.conjuncts):
                for x in _named(k, index):
                    if x[0] not in [n for n, _ in got]:
                        got.append(x)
    return got


_LINKS = frozenset({"et", ",", "ou", "à", "au", "aux", "de", "des", "du", "d'", "d’", "comme", "notamment", "dont"})


def _list_goes_on(doc, j: int, index: EntityIndex, end: int) -> bool:
    """After a comma: a name followed by another comma or by "et"/"ou" ("A, B et C"), not a clause's subject."""
    name = index.entity_at(j) if j < end else None
    if name is None:
        return False
    while j + 1 < end and index.entity_at(j + 1) == name:
        j += 1
    return j + 1 < end and doc[j + 1].lower_ in (",", "et", "ou")


def _names_run(doc, i: int, index: EntityIndex, end: int) -> list:
    """The names of a list that starts at token ``i``: "(à) A et (à) B", "des fonds A et B", "à A et aux
    magasins de hard-discount comme B" - names joined by "et", commas and prepositions, past determiners and
    a few descriptor words; a comma followed by no name, a verb or a relative ends the list (linear: the
    parser often cuts a company's name in pieces and hangs the second one elsewhere)."""
    got, j, skipped = [], i, 0
    while j < end:
        k = doc[j]
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) in ("name", "introducer"):
            if name not in [n for n, _ in got]:
                got.append((name, j))
            while j + 1 < end and index.entity_at(j + 1) == name:
                j += 1
            j, skipped = j + 1, 0
            continue
        if k.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or k.text in (";", ":", "(", "«", "»", ".") \
                or (k.text == "," and not _list_goes_on(doc, j + 1, index, end)):
            break
        if k.lower_ in _LINKS or k.pos_ == "DET" or k.lower_ in ("l'", "l’"):
            j += 1
            continue
        skipped += 1
        if skipped > 3:   # (a few descriptor words only: "aux magasins de hard-discount comme B")
            break
        j += 1
    return got


def _verb_subject(v, index: EntityIndex) -> list:
    """The verb's subject; when the parser left it out ("Ardian" tagged X and hung as "dep"), the name that opens
    the clause right before the verb group (only clitics, auxiliaries and adverbs between)."""
    got = _subject_of(v, index)
    if got:
        return got
    doc = v.doc
    j = v.i - 1
    while j >= v.sent.start and index.entity_at(j) is None and (
            doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in ("l'", "l’", "se", "s'", "s’", "en", "y", "ne", "n'")):
        j -= 1
    name = index.entity_at(j) if j >= v.sent.start else None
    if name is None or index.kinds.get(j) != "name":
        return []
    k = j
    while k > v.sent.start and index.entity_at(k - 1) == name:
        k -= 1
    if k == v.sent.start or doc[k - 1].text == ",":
        return [(name, k)]
    return []


def _fronted_subject(t, index: EntityIndex) -> list:
    """"<phrase>, X a …": the subject after the comma that closes a sentence-opening phrase holding ``t``."""
    doc, sent = t.doc, t.sent
    if t.left_edge.i > sent.start + 2:
        return []
    end = next((k.i for k in doc[t.i + 1:sent.end] if k.text == ","), None)
    if end is None:
        return []
    for k in doc[end + 1:min(sent.end, end + 12)]:
        if k.dep_ in ("nsubj", "nsubj:pass"):
            return entities_at(k, index)
        if k.pos_ in ("VERB", "AUX") and "Fin" in k.morph.get("VerbForm"):
            break
    return []


def _clause_subject(t, index: EntityIndex) -> list:
    """The subject of the clause a phrase noun ``t`` hangs on: climb nouns and adverbs ("lors d'une visite …")
    to the first verb; a sentence-opening phrase closed by a comma gives the main clause's subject."""
    h, hops = t, 0
    while h.head.i != h.i and hops < 4 and h.pos_ not in ("VERB", "AUX"):
        h, hops = h.head, hops + 1
    got = _subject_of(h, index) if h.pos_ in ("VERB", "AUX") and h is not t else []
    if not got and h.pos_ == "VERB" and h is not t:
        # ("X s'est rendue à Z": a reflexive tagged passive)
        got = [x for c in h.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    return got or _fronted_subject(t, index)


def _own_clause_subject(t, index: EntityIndex) -> list:
    """As _clause_subject, but not through an infinitive "de" complement whose subject is the governing
    verb's object ("lui reprochant d'avoir confisqué Z avec l'appui de Y": the one reproached acted, not the
    one who reproaches)."""
    h, hops = t, 0
    while h.head.i != h.i and hops < 4 and h.pos_ not in ("VERB", "AUX"):
        h, hops = h.head, hops + 1
    if h is not t and h.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in h.children) \
            and any(c.dep_ == "mark" for c in h.children) and (
                "Inf" in h.morph.get("VerbForm")
                or any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in h.children)) \
            and any(c.dep_ in ("obj", "iobj") and c.i < h.i for c in h.head.children):
        return []   # (object control: "lui reprocher d'avoir …", "l'accuser d'avoir …"; not "décider de …")
    return _clause_subject(t, index)


def _put_pair(out: Found, a: str, b: str, left: list, right: list) -> None:
    names = {n for n, _ in right}
    left = [x for x in left if x[0] not in names]
    if left and right:
        out.put(a, left[:1])
        out.put(b, right)
        out["_no_linear"] = []


# ---------------------------------------------------------------- support received

def _introduced(t) -> bool:
    """The support noun sits in a phrase of support received: "avec le soutien", "grâce à l'appui", "fort de
    l'appui", "sous le parrainage"."""
    if any(c.dep_ in ("case", "fixed") and c.lower_ in _SUPPORT_INTRO for c in t.children):
        return True
    if any(c.dep_ == "case" and any(f.lower_ in _SUPPORT_INTRO for f in c.children) for c in t.children):
        return True
    j = t.i - 1
    while j >= t.sent.start and (t.doc[j].pos_ in ("DET", "ADP", "ADJ", "ADV") or t.doc[j].lower_ in ("l'", "l’")):
        if t.doc[j].lower_ in _SUPPORT_INTRO:
            return True
        j -= 1
    return j >= t.sent.start and t.doc[j].lower_ in _SUPPORT_INTRO


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _SUPPORT)
def backed_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X s'est présentée avec le soutien affiché de Y", "Grâce à l'appui de Y, X a été élue": Y backs X
    (slots "backer", "backed")."""
    if t.pos_ != "NOUN" or t.lower_ not in _SUPPORT or out.get("backer") or not _introduced(t):
        return
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in _SUPPORT_NOT:
        return
    backers = _de_names(t, index)
    if not backers:
        for c in t.children:   # ("le soutien affiché de Y": the "de" phrase hung on the participle)
            if c.dep_ in ("acl", "amod") and c.i > t.i:
                backers += _de_names(c, index)
    if backers:
        _put_pair(out, "backed", "backer", _own_clause_subject(t, index), backers)


# ---------------------------------------------------------------- one among the allies

def _one_before(t):
    """The "un"/"une" of "l'un des (plus fidèles) N", "une des N" before the ally noun ``t``, or "parmi"."""
    doc = t.doc
    for j in range(t.i - 1, max(t.sent.start, t.i - 6) - 1, -1):
        w = doc[j].lower_
        if w in ("un", "une") and j + 1 < len(doc) and doc[j + 1].lower_ in ("des", "de", "d'", "d’"):
            return doc[j]
        if w == "parmi":
            return doc[j]
        if doc[j].pos_ not in ("DET", "ADP", "ADV", "ADJ", "NOUN") or doc[j].text == ",":
            return None
    return None


def _holder_of_one(one, index: EntityIndex) -> list:
    """Who is the one: the subject of the copula or verb ("X est l'un des…", "X passe pour l'un des…", "X compte
    parmi…"), or the name "l'un des…" is apposed to ("X, l'une des proches de Y")."""
    doc = one.doc
    if one.lower_ == "parmi":
        for j in range(one.i - 1, max(one.sent.start, one.i - 4) - 1, -1):
            if doc[j].lower_ in ("compte", "comptait", "figure", "figurait", "compter", "figurer", "se", "est",
                                 "était", "reste", "restait", "demeure"):
                k = j - 1
                while k >= one.sent.start and doc[k].pos_ in ("AUX", "ADV", "PRON") and index.entity_at(k) is None:
                    k -= 1
                name = index.entity_at(k) if k >= one.sent.start else None
                return [(name, k)] if name is not None else []
        return []
    if one.dep_ == "appos":
        return entities_at(one.head, index)
    subj = [c for c in one.children if c.dep_ == "nsubj"]
    if subj:
        return entities_at(subj[0], index)
    h = one.head
    if h.i != one.i and h.pos_ in ("VERB", "AUX"):
        return _subject_of(h, index)
    j = one.left_edge.i - 1
    if j >= 1 and doc[j].text == ",":
        name = index.entity_at(j - 1)
        if name is not None and index.kinds.get(j - 1) == "name":
            return [(name, j - 1)]
    return []


@acts_on(lambda w: w.pos in ("NOUN", "ADJ") and w.lower in _ONE_OF)
def one_of_allies(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X est l'un des plus fidèles soutiens de Y", "X, l'une des proches de Y", "X compte parmi les alliés de
    Y": X is Y's ally (slots "one_ally", "one_ally_of")."""
    if t.lower_ not in _ONE_OF or out.get("one_ally"):
        return
    doc = t.doc
    j = t.i + 1
    if t.lower_ in _NEED_CONFIANCE:
        if not (j + 1 < len(doc) and doc[j].lower_ == "de" and doc[j + 1].lower_ == "confiance"):
            return
        j += 2
    while j < len(doc) and j < t.i + 4 and (doc[j].lower_ in ("les", "plus", "moins", "très") or doc[j].pos_ == "ADJ"):
        j += 1   # ("l'un des partisans les plus zélés de Y")
    if j >= len(doc) or doc[j].lower_ not in _DE:
        return
    # (the name right after "de", past determiners and one descriptor: "des soutiens du ministre Y")
    k = j + 1
    while k < len(doc) and (doc[k].pos_ == "DET" or doc[k].lower_ in ("l'", "l’")):
        k += 1
    if k < len(doc) and index.entity_at(k) is None and doc[k].pos_ == "NOUN" and index.kinds.get(k + 1) == "name":
        k += 1
    name = index.entity_at(k) if k < len(doc) else None
    if name is None or index.kinds.get(k) not in ("name", "introducer"):
        return
    one = _one_before(t)
    if one is None:
        return
    _put_pair(out, "one_ally", "one_ally_of", _holder_of_one(one, index) or _fronted_subject(one, index), [(name, k)])


# ---------------------------------------------------------------- beside one at an event

def _at_event(h) -> bool:
    """A verb or noun of an event on the way up from the "aux côtés de" phrase (at most three steps)."""
    for _ in range(4):
        if lemma_of(h) in _EVENT_VERBS and h.pos_ == "VERB" or h.lower_ in _EVENT_NOUNS:
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False


@acts_on(lambda w: w.pos in ("NOUN", "VERB", "ADJ") and w.lower in (_BESIDE | _BESIDE_PART))
def beside_at_event(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a visité le site aux côtés de Y", "lors d'une visite du site en compagnie de Y, X a annoncé …",
    "Accompagné de Y, X a inauguré l'usine": X met Y (slots "beside_who", "beside_whom")."""
    if t.lower_ not in _BESIDE and t.lower_ not in _BESIDE_PART or out.get("beside_who"):
        return
    doc = t.doc
    if t.lower_ in _BESIDE:
        prev = doc[t.i - 1] if t.i else None
        if prev is None or (t.lower_ == "compagnie" and prev.lower_ != "en") or \
                (t.lower_ != "compagnie" and prev.lower_ not in ("aux", "au", "à")):
            return
    whom = _de_names(t, index)
    if not whom and t.lower_ in _BESIDE_PART:
        whom = [x for c in t.children if c.dep_ in ("obl:agent", "obl", "obl:arg", "nmod") and case_of(c) in
                ("de", "d'", "d’", "par") for x in _named(c, index)]
    if not whom or not _at_event(t):
        return
    who = _clause_subject(t, index)
    if not who and t.pos_ == "VERB" and t.dep_ in ("acl", "advcl") and t.head.pos_ != "VERB":
        # ("X s'est rendue à Z, flanquée de Y": the participle hung on the place; X is the clause's subject)
        who = [x for x in _clause_subject(t.head, index) if index.type_of(x[0]) == "PER"]
    _put_pair(out, "beside_who", "beside_whom", who, whom)


# ---------------------------------------------------------------- ground won or lost against rivals

@acts_on(lambda w: w.pos == "VERB" and w.lemma in _FACED_VERBS)
def faced_all(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X l'a emporté face à A et à B", "X continue de perdre du terrain face à A et aux magasins B": X competes
    with each (slots "faced_by", "faced_all"); the "face à" phrase may hang on the verb that governs ``t``."""
    if t.pos_ != "VERB" or lemma_of(t) not in _FACED_VERBS or out.get("faced_by"):
        return
    holders = [t] + ([t.head] if t.dep_ in ("xcomp", "ccomp") and t.head.pos_ == "VERB" else [])
    got = []
    for h in holders:
        for c in h.children:
            if not c.dep_.startswith("obl") or c.i < t.i:
                continue
            if not any(k.dep_ == "case" and k.lower_ == "face" for k in c.children):
                continue
            for k in (c, *c.conjuncts):
                for x in _named(k, index):
                    if x[0] not in [n for n, _ in got]:
                        got.append(x)
                # ("aux magasins de hard-discount comme B": the names a "comme" gives for the kind)
                for m in k.subtree:
                    if m.lower_ == "comme" and m.i + 1 < len(t.doc):
                        name = index.entity_at(m.i + 1)
                        if name is not None and name not in [n for n, _ in got]:
                            got.append((name, m.i + 1))
    doc = t.doc
    for j in range(t.i + 1, min(t.sent.end - 1, t.i + 8)):
        if doc[j].lower_ == "face" and doc[j + 1].lower_ in ("à", "au", "aux"):
            got += [x for x in _names_run(doc, j + 1, index, t.sent.end) if x[0] not in {n for n, _ in got}]
            break
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";"):
            break
    if got and not any(k.lower_ in _COURT or k.lemma_.lower() in _COURT for k in t.sent):
        _put_pair(out, "faced_by", "faced_all", _verb_subject(t, index), got)


# ---------------------------------------------------------------- an obstacle one sets

def _obstacle_target(t, index: EntityIndex) -> list:
    """Who meets the obstacle ``t``: the subject of the clause ("face au veto de Y, X a renoncé", "X s'est heurté
    au refus de Y"), or the one ousted when the phrase hangs on an ousting's participle ("l'éviction de X,
    obtenue sous la pression de Y")."""
    h = t.head
    if h.pos_ == "VERB" and h.dep_ == "acl":
        if h.head.lower_ in _OUST:
            return _de_names(h.head, index)
        # ("l'éviction de X, obtenue sous …": the participle hung on the name the ousting names)
        if index.entity_at(h.head.i) is not None and h.head.head.lower_ in _OUST:
            return [x for x in entities_at(h.head, index) if x[1] == h.head.i or index.entity_at(x[1]) is not None][:1]
    if any(c.dep_ == "case" and c.lower_ == "sous" for c in t.children):
        return []   # ("X reste sous la pression de Y": pressure borne, not said to be an opposition)
    return _clause_subject(t, index)


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _BLOCK)
def obstacle_set(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"face au veto de Y", "devant le refus de Y", "malgré l'opposition de Y", "sous la pression de A et B",
    "X s'est heurté à l'hostilité de Y": Y opposes the one who meets it (slots "blocker", "blocked")."""
    if t.pos_ != "NOUN" or t.lower_ not in _BLOCK or out.get("blocker"):
        return
    cases = [c for c in t.children if c.dep_ in ("case", "fixed")]
    ok = any(c.lower_ in _BLOCK_INTRO for c in cases) or (
        t.dep_.startswith("obl") and t.head.pos_ == "VERB" and lemma_of(t.head) in _BLOCK_VERBS
        and any(c.lower_ in ("à", "au", "aux", "sur", "devant", "contre") for c in cases))
    if not ok:
        return
    by = _de_names(t, index)
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _DE:
        by += [x for x in _names_run(t.doc, t.i + 1, index, t.sent.end) if x[0] not in {n for n, _ in by}]
    if by:
        _put_pair(out, "blocked", "blocker", _obstacle_target(t, index), by)


# ---------------------------------------------------------------- standing against one's post or pay

@acts_on(lambda w: w.verbal and w.lemma in _AGAINST_VERBS)
def against_post(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a voté contre la rémunération de Y", "X s'est prononcé contre la reconduction de Y", "X a rejeté la
    nomination de Y", "X s'oppose à la réélection de Y": X opposes Y (slots "post_opponent", "post_holder")."""
    if not verbal or lemma_of(t) not in _AGAINST_VERBS or out.get("post_opponent"):
        return
    lem = lemma_of(t)
    for c in t.children:
        if c.pos_ != "NOUN" or c.lemma_.lower() not in _POSTS and c.lower_ not in _POSTS or c.i < t.i:
            continue
        case = case_of(c)
        if lem in ("voter", "prononcer") and case != "contre":
            continue
        if lem == "opposer" and case not in ("à", "au", "aux", None):
            continue
        if lem not in ("voter", "prononcer", "opposer") and c.dep_ != "obj":
            continue
        holders = [x for x in _de_names(c, index) if index.type_of(x[0]) == "PER"]
        if holders:
            _put_pair(out, "post_opponent", "post_holder", _verb_subject(t, index), holders)
            return


# ---------------------------------------------------------------- a deed made by a company's management

_BLAME_VERBS = frozenset({"accuser", "critiquer", "dénoncer", "fustiger", "étriller", "épingler", "stigmatiser",
                          "railler", "brocarder", "vilipender", "tancer", "éreinter", "dénigrer", "condamner",
                          "déplorer", "pointer", "reprocher", "regretter", "contester", "attaquer"})


@acts_on(lambda w: w.verbal and w.lemma in _BLAME_VERBS)
def blamed_body(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X dénonce « une saignée organisée par la direction de Y »", "X dénonce des cadences imposées par les
    dirigeants de Y": the deed's maker is Y's management, so X accuses Y (slot "blamed_body")."""
    if not verbal or lemma_of(t) not in _BLAME_VERBS or out.get("blamed_body"):
        return
    got = []
    for o in t.children:
        if o.dep_ not in ("obj", "xcomp", "obl:arg") or o.pos_ != "NOUN" or o.i < t.i:
            continue
        for p in o.children:
            if p.dep_ != "acl" or p.pos_ != "VERB":
                continue
            for k in p.children:
                if k.dep_ == "obl:agent" and k.lower_ in _BODIES and index.entity_at(k.i) is None:
                    got += _de_names(k, index)
                    if not got and k.i + 1 < len(t.doc) and t.doc[k.i + 1].lower_ in _DE:
                        got += _names_run(t.doc, k.i + 1, index, t.sent.end)[:1]   # (the name's case cut off)
    if got:
        _put_pair(out, "blamer_of_body", "blamed_body", _subject_of(t, index), got)


# ---------------------------------------------------------------- two companies fighting in a market

_MARKET_FIGHT = frozenset({"affronter", "combattre", "défier", "ferrailler", "batailler", "lutter", "guerroyer",
                           "bousculer", "talonner", "challenger", "attaquer"})


@acts_on(lambda w: w.verbal and w.lemma in _MARKET_FIGHT)
def market_fight_line(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"…, dans un marché où X affronte toujours Y", "Sur ce segment, X combat Y": two companies fighting in a
    sentence that speaks of a market are rivals (slots "market_fighter", "market_rival_line"; feuds._market_fight
    reads the same from the parse, this from the line when the parser lost the object: a company's name cut in
    two), never foes (no linear feud either)."""
    if not verbal or lemma_of(t) not in _MARKET_FIGHT or out.get("market_rival") or out.get("market_fighter"):
        return
    if any(out.get(k) for k in ("obj", "prep:contre", "prep:avec", "prep:à")):
        return
    subj = _verb_subject(t, index)
    if not subj or any(index.type_of(n) != "ORG" for n, _ in subj):
        return
    j = t.i + 1
    while j < t.sent.end and t.doc[j].pos_ == "ADV":
        j += 1
    if j >= t.sent.end or index.entity_at(j) is None:
        return
    rivals = _names_run(t.doc, j, index, t.sent.end)
    if not rivals or any(index.type_of(n) != "ORG" for n, _ in rivals):
        return
    from .feuds import _speaks_of_market
    if not _speaks_of_market(t.sent, words()):
        return
    _put_pair(out, "market_fighter", "market_rival_line", subj, rivals)


ALLIES31_READERS = Readers(market_fight_line, backed_with, one_of_allies, beside_at_event, faced_all, obstacle_set, against_post,
                           blamed_body)
