"""(s32-stance32) How two actors stand to each other, told by the state of what is between them rather than by a verb
of attack or support. The cue words are lexical families, in data/stance32.yaml:

- bad relations: "les relations entre A et B restent glaciales", "Entre A et B, le climat n'est guère meilleur",
  "le dossier empoisonnait les rapports entre A et B", "des rapports exécrables entre A et B", "les liens de X avec Y
  sont tendus" (slots "strained_pair", "strained_owner", "strained_with"): OPPOSES;
- an agreement failed: "A et B ne sont pas parvenus à s'entendre", "A n'a pas réussi à s'accorder avec B", "A et B
  ont échoué à trouver un compromis", "A et B ne s'entendent plus" (slots "unagreed_pair", "unagreed_who",
  "unagreed_with"): OPPOSES;
- allied against a third: "A et B, alliés en 2023 contre la réforme de Z", "A et B, unis contre Z" (slots
  "against_allies" ALLY_OF between them, "against_side" / "against_whom" OPPOSES each to Z);
- a meal shared: "X déjeune de temps en temps avec Y", "X a dîné avec Y", "X prend un café avec Y" (slots
  "meal_who", "meal_with"): MEETS.

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its head
and their conjuncts."""
from __future__ import annotations

from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_W = load_yaml((Path(__file__).resolve().parent.parent / "data" / "stance32.yaml").read_text(encoding="utf-8"))


def _set(key: str) -> frozenset:
    return frozenset(str(x).lower() for x in _W[key])


_RELATION = _set("relation_nouns")
_BAD = _set("bad_state")
_GOOD = _set("good_state")
_NEG = _set("negations")
_SPOIL = _set("spoil_verbs")
_HAVE = _set("have_verbs")
_AGREE = _set("agree_verbs")
_AGREE_OBJ = _set("agree_objects")
_TRY = _set("try_verbs")
_FAIL = _set("fail_verbs")
_ALLIED = _set("allied_words")
_DEED = _set("deed_nouns")
_MEAL_VERBS = _set("meal_verbs")
_MEAL_FORMS = _set("meal_forms")
_MEAL_NOUNS = _set("meal_nouns")
_MEAL_TAKE = _set("meal_take_verbs")
_CLOSE_VERBS = _set("close_verbs")
_CLOSE_REFLEXIVE = _set("close_reflexive")
_CLOSE_DE = _set("close_de")
_CLOSE_NOUNS = _set("close_nouns")
_PARTIES = ("PER", "ORG", "GOV")
_SIDES = ("PER", "ORG", "GOV", "LOC")   # (a state or a party the NER took for a place: the rules make it a state)
_DE = ("de", "d'", "d’", "du", "des")
_PHRASE = ("obl", "obl:mod", "obl:arg", "nmod")


def _names(tok, index: EntityIndex, types=_SIDES) -> list:
    """The actors a word and its conjuncts stand for (names and named introducers, no pronoun or description)."""
    got = []
    for k in (tok, *tok.conjuncts):
        for x in entities_at(k, index):
            if index.type_of(x[0]) in types and index.kinds.get(x[1]) in ("name", "introducer") \
                    and x[0] not in [n for n, _ in got]:
                got.append(x)
    return got


def _negated(t) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _NEG for c in t.children)


def _put(out: Found, slot: str, items: list) -> None:
    if items:
        out.put(slot, items)
        out["_no_linear"] = []


def _put_sides(out, slots: tuple[str, str, str], subj: list, withs: list) -> None:
    """One side and the others ("A … avec B"), or a pair told together ("A et B …"): the slots (one, others,
    pair) a feud's or a failed agreement's rule reads."""
    one, others, pair = slots
    if withs and subj:
        _put(out, one, subj[:1])
        _put(out, others, [x for x in withs if x[0] != subj[0][0]])
    elif len(subj) >= 2:
        _put(out, pair, subj[:3])


# ---------------------------------------------------------------- bad relations

def _state_is_bad(noun) -> bool:
    """The relation noun's state is bad: an adjective of a bad state on it or as its attribute ("restent
    glaciales"), a good state negated ("n'est guère meilleur"), or a verb that spoils it governing it."""
    if any(c.dep_ == "amod" and c.lower_ in _BAD for c in noun.children):
        return True
    h = noun.head
    if h.i == noun.i:
        return False
    if noun.dep_ in ("nsubj", "nsubj:pass"):
        if h.lower_ in _BAD and h.pos_ in ("ADJ", "VERB"):
            return True
        if h.lower_ in _GOOD and h.pos_ == "ADJ" and _negated(h):
            return True
        for c in h.children:   # ("restent glaciales", "demeurent exécrables": the attribute of a copula-like verb)
            if c.dep_ in ("xcomp", "acomp", "obj") and c.pos_ in ("ADJ", "VERB") and c.i > h.i:
                if c.lower_ in _BAD or (c.lower_ in _GOOD and (_negated(h) or _negated(c))):
                    return True
        return False
    if noun.dep_ == "obj" and h.pos_ == "VERB" and lemma_of(h) in _SPOIL and not _negated(h):
        return True
    return False


def _pair_line(doc, j: int, end: int, index: EntityIndex) -> list:
    """The names of a plain pair or list read along the line from ``j``: "(le) A et (la) B", "A, B et C" - names,
    determiners, "et" and commas only (a descriptor in between ends it: "la présidente de Z et B" is no pair of
    Z and B)."""
    got = []
    while j < end:
        while j < end and (doc[j].pos_ == "DET" or doc[j].lower_ in ("l'", "l’")):
            j += 1
        if j + 1 < end and j > 0 and doc[j - 1].pos_ == "DET" and doc[j].pos_ in ("NOUN", "VERB", "ADJ") \
                and index.entity_at(j) is None and index.entity_at(j + 1) is not None:
            j += 1   # ("son associé B", "le groupe A": a descriptor right before the name)
        name = index.entity_at(j) if j < end else None
        if name is None or index.kinds.get(j) not in ("name", "introducer") or index.type_of(name) not in _SIDES:
            break
        if name not in [n for n, _ in got]:
            got.append((name, j))
        while j + 1 < end and index.entity_at(j + 1) == name:
            j += 1
        j += 1
        if j < end and doc[j].lower_ in ("et", ","):
            j += 1
            continue
        break
    return got


def _pair_before(doc, k: int, start: int, index: EntityIndex) -> list:
    """The names of a pair or list that ends right before token ``k``, read backwards: "A et B", "le syndicat A et
    l'association B" (names, determiners, "et", commas and at most two descriptor nouns per name)."""
    got, j, nouns = [], k - 1, 0
    while j >= start:
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) in ("name", "introducer"):
            if index.type_of(name) not in _SIDES:
                break
            while j - 1 >= start and index.entity_at(j - 1) == name:
                j -= 1
            if j - 1 >= start and doc[j - 1].pos_ == "ADP":
                break   # ("Depuis le congrès de Tours, A et B …": a name inside a phrase is no list's member)
            if name not in [n for n, _ in got]:
                got.insert(0, (name, j))
            j, nouns = j - 1, 0
            continue
        w = doc[j]
        if w.pos_ == "DET" or w.lower_ in ("et", ",", "l'", "l’"):
            j -= 1
            continue
        if w.pos_ == "NOUN" and got and nouns < 2:   # ("le syndicat A": the descriptor before a name)
            j, nouns = j - 1, nouns + 1
            continue
        break
    return got


def _between(noun, index: EntityIndex) -> list:
    """"les relations entre A et B" (on the noun), or a clause-opening "Entre A et B, …" on its head; "entre les
    deux hommes" (the pair the text named before); the names read along the line from "entre" when the parser
    split the pair ("Horizons" tagged a common noun)."""
    phrases = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "entre"]
    if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.i != noun.i:
        phrases += [c for c in noun.head.children if c.dep_ in _PHRASE and case_of(c) == "entre" and c.i < noun.i]
    for c in phrases:
        got = _names(c, index)
        if len(got) < 2 and index.plural and index.plural.get(c.i):
            got = [(n, c.i) for n in index.plural[c.i]]   # ("entre les deux hommes")
        if len(got) >= 2:
            return got
    doc, sent = noun.doc, noun.sent
    starts = [noun.i + 1] if noun.i + 1 < sent.end and doc[noun.i + 1].lower_ == "entre" else []
    if noun.dep_ in ("nsubj", "nsubj:pass") and doc[sent.start].lower_ == "entre":
        starts.append(sent.start)
    for j in starts:
        line = _pair_line(doc, j + 1, sent.end, index)
        if len(line) >= 2:
            return line
    return []


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _RELATION)
def strained_relations(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"les relations entre A et B restent glaciales", "Entre A et B, le climat n'est guère meilleur", "le dossier
    empoisonnait les relations entre A et B", "les rapports de X avec Y sont exécrables" (slots "strained_pair",
    "strained_owner", "strained_with")."""
    if t.pos_ != "NOUN" or t.lower_ not in _RELATION or out.get("strained_pair") or out.get("strained_with"):
        return
    if not _state_is_bad(t):
        return
    pair = _between(t, index)
    if len(pair) >= 2:
        _put(out, "strained_pair", pair[:3])
        return
    withs = [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "avec" for x in _names(c, index)]
    h = t.head
    if t.dep_ == "obj" and h.pos_ == "VERB" and lemma_of(h) in _HAVE:
        # ("A et B entretiennent des relations exécrables", "X entretient des rapports tendus avec Y")
        withs += [x for c in h.children if c.dep_ in _PHRASE and case_of(c) == "avec" for x in _names(c, index)]
        subj = [x for c in h.children if c.dep_ == "nsubj" for x in _names(c, index)]
        if not withs and len(subj) < 2:
            first = min([h.i, *(c.i for c in h.children if c.i < h.i and c.pos_ in ("ADV", "AUX", "PRON")
                                and c.dep_ != "nsubj")])
            line = _pair_before(t.doc, first, t.sent.start, index)
            subj = line if len(line) >= 2 else subj
        _put_sides(out, ("strained_owner", "strained_with", "strained_pair"), subj, withs)
        return
    owner = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE and c.i < (withs[0][1] if withs else 10**6)
             for x in _names(c, index)]
    if withs and owner:
        _put(out, "strained_owner", owner[:1])
        _put(out, "strained_with", [x for x in withs if x[0] != owner[0][0]])


# ---------------------------------------------------------------- an agreement failed

def _agreeing(t) -> bool:
    """``t`` is a verb of reaching an agreement: reflexive "s'entendre", "s'accorder", "se mettre d'accord", or
    "trouver / conclure un accord (un compromis, un terrain d'entente)"."""
    lem = lemma_of(t)
    kids = list(t.children)
    reflexive = any(c.lower_ in ("se", "s'", "s’", "nous", "vous") and c.dep_.startswith(("expl", "obj", "iobj"))
                    for c in kids)
    if lem in ("entendre", "accorder", "accommoder", "réconcilier", "rabibocher", "comprendre"):
        return reflexive
    if lem == "mettre":
        return reflexive and any(c.lower_ == "accord" for c in t.subtree if c.i > t.i and c.i < t.i + 4)
    if lem == "parvenir":   # ("ne sont pas parvenus à un accord")
        return any(c.dep_ in _PHRASE and c.lower_ in _AGREE_OBJ for c in kids)
    return any(c.dep_ == "obj" and c.lower_ in _AGREE_OBJ for c in kids)


def _failed(t) -> tuple:
    """The verb whose subject holds the parties, when the agreement is said not reached: the verb negated itself
    ("ne s'entendent plus"), or governed by a verb of trying negated ("ne sont pas parvenus à") or of failing
    ("ont échoué à")."""
    if any(c.lower_ == "encore" for c in (*t.children, *t.head.children) if c.dep_ == "advmod"):
        return None   # ("n'ont pas encore trouvé d'accord": a talk under way, no failure said)
    if _negated(t):
        # (only a reflexive "ne s'entendent plus": "n'ont pas signé d'accord" says no conflict)
        return t if lemma_of(t) in ("entendre", "accorder", "accommoder", "comprendre", "mettre") else None
    h = t.head
    if t.dep_ in ("xcomp", "ccomp", "obl:arg", "advcl") and h.pos_ == "VERB":
        lem = lemma_of(h)
        if lem in _TRY and _negated(h):
            return h
        if lem in _FAIL and not _negated(h):
            return h
    return None


@acts_on(lambda w: w.verbal and w.lemma in _AGREE)
def failed_agreement(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B ne sont pas parvenus à s'entendre", "A n'a pas réussi à s'accorder avec B", "A et B ont échoué à
    trouver un compromis", "A et B ne s'entendent plus" (slots "unagreed_pair", "unagreed_who", "unagreed_with")."""
    if not verbal or lemma_of(t) not in _AGREE or out.get("unagreed_pair") or out.get("unagreed_who"):
        return
    if not _agreeing(t):
        return
    gov = _failed(t)
    if gov is None:
        return
    subj = [x for c in gov.children if c.dep_ in ("nsubj", "nsubj:pass") for x in _names(c, index)]
    if not subj:
        subj = [x for x in _subject_of(gov, index) if index.type_of(x[0]) in _PARTIES
                and index.kinds.get(x[1]) in ("name", "introducer")]
    withs = [x for c in t.children if c.dep_ in _PHRASE and case_of(c) == "avec" for x in _names(c, index)]
    withs += [x for o in t.children if o.dep_ == "obj" and o.lower_ in _AGREE_OBJ
              for c in o.children if c.dep_ == "nmod" and case_of(c) == "avec" for x in _names(c, index)]
    if not withs and len(subj) < 2:
        # ("Depuis le congrès, A et B ne s'entendent plus": the pair hung on the opening phrase by the parser)
        first = min([gov.i, *(c.i for c in gov.children if c.i < gov.i and c.dep_ in ("advmod", "aux:tense", "aux",
                     "expl:comp", "expl:pv", "obj", "iobj") and c.pos_ in ("ADV", "AUX", "PRON"))])
        line = _pair_before(gov.doc, first, gov.sent.start, index)
        subj = line if len(line) >= 2 else subj
    _put_sides(out, ("unagreed_who", "unagreed_with", "unagreed_pair"), subj, withs)


# ---------------------------------------------------------------- allied against a third

def _against_line(doc, j: int, end: int, index: EntityIndex) -> list:
    """The actor after "contre" at ``j``: its name, or the "de" name of a deed ("contre la réforme de Z")."""
    k = j + 1
    while k < end and (doc[k].pos_ == "DET" or doc[k].lower_ in ("l'", "l’")):
        k += 1
    if k >= end:
        return []
    name = index.entity_at(k)
    if name is not None:
        return [(name, k)] if index.kinds.get(k) in ("name", "introducer") and index.type_of(name) in _SIDES else []
    if doc[k].lower_ in _DEED and k + 1 < end and doc[k + 1].lower_ in _DE:
        m = k + 2
        while m < end and (doc[m].pos_ == "DET" or doc[m].lower_ in ("l'", "l’")):
            m += 1
        name = index.entity_at(m) if m < end else None
        if name is not None and index.kinds.get(m) in ("name", "introducer") and index.type_of(name) in _SIDES:
            return [(name, m)]
    return []


@acts_on(lambda w: w.lower in _ALLIED)
def allied_against(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B, alliés en 2023 contre la réforme de Z", "le syndicat A et l'association B, unis contre le projet de Z",
    "A et B, ligués contre Z": A and B are allies, each opposes Z (slots "against_allies", "against_side",
    "against_whom"). Read along the line: the parser hangs such a participle anywhere."""
    if t.lower_ not in _ALLIED or out.get("against_allies"):
        return
    doc, sent = t.doc, t.sent
    if t.i - 1 <= sent.start or doc[t.i - 1].text != ",":
        return
    whom = []
    for j in range(t.i + 1, min(sent.end, t.i + 6)):
        if doc[j].text in (",", ";", ".", "«", "(") or doc[j].pos_ in ("VERB", "AUX"):
            break
        if doc[j].lower_ == "contre":
            whom = _against_line(doc, j, sent.end, index)
            break
    if not whom:   # (a bare "A et B, alliés, …" says too little; "alliés contre" is the cue)
        return
    allies = _pair_before(doc, t.i - 1, sent.start, index)
    allies = [x for x in allies if x[0] != whom[0][0]]
    if len(allies) < 2:
        return
    _put(out, "against_allies", allies[:3])
    _put(out, "against_side", allies[:3])
    _put(out, "against_whom", whom)


# ---------------------------------------------------------------- a meal shared

def _with_names(h, index: EntityIndex) -> list:
    return [x for c in h.children if c.dep_ in _PHRASE and case_of(c) == "avec" for x in _names(c, index, _PARTIES)]


@acts_on(lambda w: w.lower in _MEAL_FORMS or (w.verbal and w.lemma in _MEAL_VERBS)
         or (w.pos == "NOUN" and w.lower in _MEAL_NOUNS))
def meal_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X déjeune de temps en temps avec Y" (the verb often tagged a noun), "X a dîné avec Y", "X prend un café
    avec Y", "X a partagé un repas avec Y" (slots "meal_who", "meal_with")."""
    if out.get("meal_who"):
        return
    if t.lower_ in _MEAL_FORMS or (verbal and lemma_of(t) in _MEAL_VERBS):
        head = t
    elif t.pos_ == "NOUN" and t.lower_ in _MEAL_NOUNS and t.dep_ == "obj" and t.head.pos_ == "VERB" \
            and lemma_of(t.head) in _MEAL_TAKE:
        head = t.head
    else:
        return
    if head.pos_ not in ("VERB", "NOUN") or (head.pos_ == "NOUN" and head.dep_ != "ROOT" and head.dep_ != "conj"):
        return
    withs = _with_names(head, index) + (_with_names(t, index) if head is not t else [])
    if not withs:
        return
    who = [x for c in head.children if c.dep_ in ("nsubj",) for x in _names(c, index, _PARTIES)]
    if not who and head.pos_ == "VERB":
        who = [x for x in _subject_of(head, index) if index.type_of(x[0]) in _PARTIES]
    who = [x for x in who if x[0] not in {n for n, _ in withs}]
    if who:
        _put(out, "meal_who", who[:1])
        _put(out, "meal_with", withs[:2])


# ---------------------------------------------------------------- drawing close to one

def _reflexive(t) -> bool:
    return any(c.lower_ in ("se", "s'", "s’", "me", "m'", "m’", "nous", "vous", "te", "t'") and c.dep_.startswith(("expl", "obj"))
               for c in t.children)


@acts_on(lambda w: w.verbal and w.lemma in _CLOSE_VERBS)
def drew_close(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X s'est rapprochée de Y", "X s'est réconcilié avec Y", "X pactise avec Y", "X a fait cause commune avec Y",
    "X s'est acoquiné avec Y": a person drawing close to another or to a party (slots "close_who", "close_to");
    companies drawing close merge or partner, read by the partners rules."""
    if not verbal or lemma_of(t) not in _CLOSE_VERBS or out.get("close_who"):
        return
    lem = lemma_of(t)
    if lem == "faire":   # ("faire cause commune avec Y", "faire front commun avec Y")
        if not any(c.dep_ == "obj" and c.lower_ in _CLOSE_NOUNS for c in t.children):
            return
    elif lem in _CLOSE_REFLEXIVE and not _reflexive(t):
        return
    cases = ("de", "d'", "d’", "du", "des") if lem in _CLOSE_DE else ("avec",)
    to = [x for c in t.children if c.dep_ in _PHRASE and case_of(c) in cases for x in _names(c, index, _PARTIES)]
    if lem == "faire":
        to += [x for o in t.children if o.dep_ == "obj" and o.lower_ in _CLOSE_NOUNS
               for c in o.children if c.dep_ == "nmod" and case_of(c) == "avec" for x in _names(c, index, _PARTIES)]
    if not to:
        return
    who = [x for x in _subject_of(t, index) if index.type_of(x[0]) in _PARTIES]
    who = [x for x in who if x[0] not in {n for n, _ in to}]
    if not who or not any(index.type_of(n) == "PER" for n, _ in (*who[:1], *to[:2])):
        return
    _put(out, "close_who", who[:1])
    _put(out, "close_to", to[:2])


STANCE32_READERS = Readers(strained_relations, failed_agreement, allied_against, meal_with, drew_close)
