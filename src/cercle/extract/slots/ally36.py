"""(s36-ally36) Political or personal closeness read as lexical families (data/ally36.yaml, French words only):

- pact_made: a pact between a politician or a party and a party or a politician, said by a pact noun (alliance,
  accord, pacte, entente, coalition, liste commune, ticket, front commun, programme commun …) that is the object of
  a verb that makes, seeks, announces or refuses it ("X a scellé un accord avec Y", "X, qui a noué une entente avec
  Y", "après avoir conclu une alliance avec Y", "X présente une liste commune avec Y", "X refuse toute liste
  commune avec Y": negated by status.is_negated), or described by a participle with its maker as agent
  ("l'alliance scellée par X avec A et B"). The side is the verb's subject (through relatives, control and
  coordination: arguments._subject_of) or the participle's agent; the other side each name of the "avec" phrase
  and its conjuncts. Both sides must be persons or parties (parties.is_party), and the nouns that also name a
  business deal (accord, union, ticket …) need a party on one side: an accord between two companies or two bosses
  stays a partnership. Slots "pact36_side", "pact36_with".
- close_noun: a noun of closeness, loyalty or succession, many-word ones included (bras droit, compagnon de route,
  homme lige, alter ego, héritier politique, fils spirituel, poulain, affidé, dauphin désigné …), with "de Y" (a
  person or a party), said of its holder by an apposition ("X, le bras droit de Y"), a copula ("X est l'homme lige
  de Y"), or a verb of judgement or presentation with "comme" / "pour" ("X, longtemps considéré comme le bras droit
  de Y", "X passe pour l'héritier politique de Y", "X s'affiche comme un fidèle soutien de Y"). Slots
  "close36_holder", "close36_of".

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its
head, its head's head and the next few tokens.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "ally36.yaml").read_text(encoding="utf-8"))
    out = {}
    for k, v in raw.items():
        if isinstance(v, dict):
            out[k] = {str(a).lower(): [str(x).lower() for x in (b or [""])] for a, b in v.items()}
        else:
            out[k] = frozenset(str(x).lower() for x in (v or []))
    return out


_PARTIES = ("PER", "ORG")
_DE = frozenset({"de", "du", "des", "d'", "d’"})


def _political(x, index: EntityIndex, doc) -> tuple[bool, bool]:
    """(fits, is a party) for a party (name, i): a person or an organisation the text calls a party."""
    from ..parties import is_party
    kind = index.type_of(x[0])
    if kind == "PER":
        return True, False
    if kind == "ORG" and is_party(x[0], index, doc):
        return True, True
    return False, False


def _named(tok, index: EntityIndex) -> list:
    got = []
    for k in (tok, *tok.conjuncts):
        for x in entities_at(k, index):
            if x[1] >= 0 and index.type_of(x[0]) in _PARTIES and x[0] not in [n for n, _ in got]:
                got.append(x)
    return got


def _common(t, w) -> bool:
    """"liste commune", "listes d'union", "front commun": the adjective that makes the noun a pact."""
    adj = w["common_adjectives"]
    if any(c.dep_ in ("amod", "acl") and c.lower_ in adj for c in t.children):
        return True
    doc = t.doc
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    two = (nxt + doc[t.i + 2].lower_) if t.i + 2 < len(doc) else ""
    return nxt in adj or two in adj


def _with_phrases(*heads, after: int = -1) -> list:
    return [c for h in heads for c in h.children
            if c.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") and case_of(c) == "avec" and c.i > after]


def _side_of(v, index: EntityIndex) -> list:
    """The subject of the verb that makes the pact; for an infinitive or a participle clause with none ("X, exclu
    après avoir conclu une alliance avec Y"), the subject of the verb it hangs on, or the name that verb describes."""
    for c in v.children:
        if c.dep_ == "nsubj" and c.lower_ == "qui":
            # "…, son député X, qui a scellé un accord avec Y": the name right before the relative pronoun (the
            # parser may hang the relative on the main clause's verb)
            j = c.i - 1
            if j >= 0 and v.doc[j].text == ",":
                j -= 1
            name = index.by_token.get(j) if j >= 0 else None
            if name is not None and index.type_of(name) in _PARTIES:
                return [(name, j)]
            # ("X, adjoint chargé des mobilités, qui refuse …": the name before the apposition)
            for k in range(j, max(j - 10, 0), -1):
                tok = v.doc[k]
                if tok.pos_ in ("VERB", "AUX") and "Part" not in tok.morph.get("VerbForm") or tok.text in ";:«»":
                    break
                if tok.text == "," and k > 0:
                    name = index.by_token.get(k - 1)
                    if name is not None and index.type_of(name) in _PARTIES:
                        return [(name, k - 1)]
                    break
    got = _subject_of(v, index)
    hops = 0
    while not got and v.dep_ in ("advcl", "xcomp", "acl") and v.head is not v and hops < 2:
        if v.dep_ == "acl" or v.head.dep_ in ("acl", "appos") and not _subject_of(v.head, index):
            h = v if v.dep_ == "acl" else v.head
            return [x for x in entities_at(h.head, index) if x[1] >= 0]
        v = v.head
        got = _subject_of(v, index)
        hops += 1
    return got


@acts_on(lambda w: w.pos in ("NOUN", "PROPN") and w.lower in words()["pact_nouns"])
def pact_made(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "pact36_side", "pact36_with" (see the module's head)."""
    w = words()
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in w["pact_nouns"] or "pact36_side" in out:
        return
    if t.lower_ in w["needs_adjective"] and not _common(t, w):
        return
    doc = t.doc
    side, phrases = [], []
    v = t.head
    for p in t.children:
        if p.dep_ == "acl" and p.lower_ in w["pact_participles"]:
            # "l'alliance scellée par X avec Y": the participle's agent makes the pact
            agents = [c for c in p.children if c.dep_ == "obl:agent" or (
                c.dep_.startswith("obl") and case_of(c) == "par")]
            side = [x for a in agents for x in _named(a, index)]
            phrases = _with_phrases(t) or _with_phrases(p)
            if side and phrases:
                break
            side, phrases = [], []
    if not side and t.dep_ in ("obj", "nsubj:pass") and v.pos_ in ("VERB", "AUX") \
            and lemma_of(v) in w["pact_verbs"]:
        side = _side_of(v, index)
        phrases = _with_phrases(t) or _with_phrases(v, after=t.i) \
            or [c for c in _with_phrases(v, after=v.i) if c.i < t.i]   # (s37-cues37) "a signé avec Y un accord"
    if not side and t.dep_ == "appos" and case_of(v) == "avec" and v.i < t.i and v.dep_.startswith("obl") \
            and v.head.pos_ in ("VERB", "AUX") and lemma_of(v.head) in w["pact_verbs"]:
        # (s37-cues37) "X a signé avec le parti Y un accord de premier tour": the parser hangs the pact on Y
        side = _side_of(v.head, index)
        phrases = [v]
    if not side or not phrases:
        return
    side = [x for x in side if x[1] >= 0]
    other = [x for c in phrases for x in _named(c, index)]
    fit_side = [(x, _political(x, index, doc)) for x in side]
    fit_other = [(x, _political(x, index, doc)) for x in other]
    fit_side = [(x, f[1]) for x, f in fit_side if f[0]]
    fit_other = [(x, f[1]) for x, f in fit_other if f[0]]
    names = {x[0] for x, _ in fit_other}
    fit_side = [(x, p) for x, p in fit_side if x[0] not in names][:1]
    if not fit_side or not fit_other:
        return
    if t.lower_ in w["party_only_nouns"] and not (fit_side[0][1] or any(p for _, p in fit_other)):
        return
    if fit_side[0][1] is False and index.type_of(fit_side[0][0][0]) != "PER":
        return
    out.put("pact36_side", [fit_side[0][0]])
    out.put("pact36_with", [x for x, _ in fit_other])


def _close_span(t, w) -> int | None:
    """The index of the last token of the close noun that opens at ``t`` ("bras droit" → "droit"), or None."""
    tails = w["close_nouns"].get(t.lower_)
    if tails is None:
        return None
    doc = t.doc
    best = None
    for tail in tails:
        if not tail:
            best = t.i if best is None else best
            continue
        parts = tail.replace("'", "' ").replace("’", "’ ").split()
        j = t.i + 1
        ok = True
        for part in parts:
            if j >= len(doc) or doc[j].lower_.replace("’", "'") != part.replace("’", "'"):
                ok = False
                break
            j += 1
        if ok and (best is None or j - 1 > best):
            best = j - 1
    return best


# (a place-like preposition ends the phrase: "son allié au sein du parti X" says where, not whose ally)
_NOT_OF = frozenset({"au", "aux", "à", "dans", "chez", "parmi", "en", "sein"})


def _of_party(t, end: int, index: EntityIndex) -> list:
    """The "de Y" of the noun: a "de" child of the noun (or of its last word), else the name right after a "de"
    that follows the noun's last word."""
    doc = t.doc
    heads = [t] + ([doc[end]] if end != t.i else [])
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nmod", "obl", "obl:mod") and case_of(c) in _DE and c.i > end:
                got = _named(c, index)
                if got:
                    return got
    # (linear: "ami de quarante ans de Y", "compagnon de route depuis 1995 de Y": the first "de" that opens a name,
    # within the phrase)
    for j in range(end + 1, min(end + 8, len(doc) - 1)):
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX") or doc[j].lower_ in _NOT_OF:
            break
        if doc[j].lower_ in _DE:
            k = j + 1
            if k < len(doc) and doc[k].lower_ in ("la", "l'", "l’", "le", "les"):
                k += 1
            name = index.by_token.get(k)
            if name is not None:
                return [(name, k)]
    return []


def _holder(t, index: EntityIndex, w, depth: int = 0) -> list:
    """Who the noun is said of: the name it is apposed to, the subject of its copula, the subject (or the named
    head) of a verb of judgement whose "comme" / "pour" attribute it is."""
    if t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.i < t.i and index.by_token.get(t.head.i) is None \
            and depth < 2:
        # "X, ancien banquier et ami de Y": the noun shares its first conjunct's holder
        return _holder(t.head, index, w, depth + 1)
    if t.dep_ == "appos" or t.dep_ == "conj" and t.head.i < t.i and _after_comma(t) \
            and not any(c.dep_ == "cc" for c in t.children):
        # (an apposition the parser took for a conjunct: "X, compagnon de route de Y, …")
        return [x for x in entities_at(t.head, index) if x[1] >= 0]
    if any(c.dep_ == "cop" for c in t.children):
        return [x for x in _subject_of(t, index) if x[1] >= 0]
    v = t.head
    if v is t or v.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    if t.dep_ in ("xcomp", "obl", "obl:mod", "obl:arg", "obj", "advcl") and case_of(t) in ("comme", "pour", None) \
            and (lemma_of(v) in w["judged_verbs"] or v.lemma_.lower() in w["judged_verbs"]):
        got = [x for x in _subject_of(v, index) if x[1] >= 0]
        if not got:
            got = [x for c in v.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index) if x[1] >= 0]
        if not got and v.dep_ in ("acl", "appos", "advcl", "amod") and v.head is not v:
            got = _name_before_clause(v, index) or [x for x in entities_at(v.head, index) if x[1] >= 0 and
                                                    v.dep_ != "advcl"]
        elif not got:
            got = _name_before_clause(v, index)
        return got
    return []


def _after_comma(t) -> bool:
    """The phrase of ``t`` opens after a comma (its determiner and adjectives aside)."""
    doc = t.doc
    j = t.left_edge.i
    return doc[j].text == "," or j > 0 and doc[j - 1].text == ","


def _name_before_clause(v, index: EntityIndex) -> list:
    """"X, longtemps considéré comme …, a …": the name closed by the comma that opens the participle's clause (the
    parser may hang the name on the participle or take the clause for the main verb's)."""
    if "Part" not in v.morph.get("VerbForm"):
        return []
    doc = v.doc
    j = v.i - 1
    while j >= 0 and (doc[j].pos_ == "ADV" or doc[j].dep_.startswith("aux")):
        j -= 1
    if j < 1 or doc[j].text != ",":
        return []
    name = index.by_token.get(j - 1)
    if name is None or index.type_of(name) != "PER":
        return []
    return [(name, j - 1)]


@acts_on(lambda w: w.pos in ("NOUN", "PROPN", "ADJ", "VERB") and w.lower in words()["close_nouns"])
def close_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "close36_holder", "close36_of" (see the module's head)."""
    w = words()
    if t.lower_ not in w["close_nouns"] or "close36_holder" in out:
        return
    end = _close_span(t, w)
    if end is None:
        return
    doc = t.doc
    of = [x for x in _of_party(t, end, index) if _political(x, index, doc)[0]]
    if not of:
        return
    holder = [x for x in _holder(t, index, w) if index.type_of(x[0]) == "PER" and x[0] not in {n for n, _ in of}]
    if not holder:
        return
    before = [x for x in holder if x[1] < t.i]
    # (the name nearest before the noun: "A et B, amie de Y": B only)
    out.put("close36_holder", [max(before, key=lambda x: x[1])] if before else holder[:1])
    out.put("close36_of", of[:1])


ALLY36_READERS = Readers(pact_made, close_noun)
