"""(s34-rivals34) Competition, partnership and meetings whose parties a list or a companion phrase gives. The cue
words are lexical families, in data/rivals34.yaml (French words, never a name):

- a kind of party followed by the names it stands for ("ses nouveaux concurrents, l'allemand A et le japonais B",
  "face à des rivaux tels que A", "des programmes montés avec des partenaires comme A, B ou C", "ses
  challengers, notamment A"): the list's owner (the clause's subject, climbing through participles and nouns)
  competes or partners with each name (slots "kind_owner" and "kind_rivals" / "kind_partners");
- a companion at a meeting ("X a été reçu par H, en compagnie de Y", "H a accueilli X, accompagnée de Y", "X a
  été reçu par H avec une délégation de Z"): the companion (or the organisation the delegation is of) meets the
  host, and the guest (slots "host" and "host_companion").

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its
head chain (a few steps) and the next words of the sentence."""
from __future__ import annotations

from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .allies31 import _names_run, _named
from .found import Found
from .gate import Readers, acts_on

_W = load_yaml((Path(__file__).resolve().parent.parent / "data" / "rivals34.yaml").read_text(encoding="utf-8"))


def _set(key: str) -> frozenset:
    return frozenset(str(x).lower() for x in _W[key])


_RIVAL = _set("rival_nouns")
_PARTNER = _set("partner_nouns")
_KIND = _RIVAL | _PARTNER
_OPENERS = _set("list_openers")
_POSS = _set("possessives")
_MARKET_ONLY = _set("market_only")
_MEET = _set("meet_verbs")
_COMPANION = _set("companion_cues")
_ENVOY = _set("envoy_nouns")
_DE = ("de", "d'", "d’", "du", "des")
MARKET_WAR_WORDS = _set("market_war_words")   # (read by slots/stands.py _waged)


def _put(out: Found, a: str, b: str, left: list, right: list) -> None:
    names = {n for n, _ in right}
    left = [x for x in left if x[0] not in names]
    if left and right:
        out.put(a, left[:1])
        out.put(b, right)
        out["_no_linear"] = []


# ---------------------------------------------------------------- a kind of party and the names it stands for

def _listed(t, index: EntityIndex) -> list:
    """The names listed right after the kind noun ``t`` (past its adjectives): "concurrents, A et B",
    "partenaires comme A, B ou C", "rivaux tels que A", "challengers, notamment A", "concurrents : A et B"."""
    doc, end = t.doc, t.sent.end
    j = t.i + 1
    while j < end and doc[j].pos_ == "ADJ" and index.entity_at(j) is None:
        j += 1
    start = j
    # one or two opener words ("tels que", "à commencer par", ", notamment", ", comme")
    for _ in range(4):
        if j >= end:
            return []
        w = doc[j].lower_
        if w in _OPENERS or w in ("que", "qu'", "qu’", "à", "commencer", "par", "particulier", "en"):
            j += 1
            continue
        break
    if j == start and index.entity_at(j) is None:
        return []   # ("ses concurrents Alstom et Siemens": the names right after the noun; else an opener first)
    if index.entity_at(j) is None and not (doc[j].pos_ == "DET" or doc[j].lower_ in ("l'", "l’")):
        return []
    got = _names_run(doc, j, index, end)
    # (only names joined by commas, "et", "ou", determiners and a descriptor word or two - "l'allemand A et le
    # japonais B", "la Banque A et la société B"; a preposition ends the list: "son partenaire A au sein de leur
    # société commune B")
    kept = got[:1]
    for (n, i), prev in zip(got[1:], got):
        gap = doc[prev[1] + 1:i]
        gap = [k for k in gap if index.entity_at(k.i) != prev[0]]
        if any(k.pos_ == "ADP" for k in gap) or sum(k.pos_ in ("NOUN", "ADJ", "PROPN") for k in gap) > 2:
            break
        kept.append((n, i))
    return kept


def _owner(t, index: EntityIndex) -> list:
    """Who owns the list: the subject of the first verb up the head chain that has one (through participles,
    infinitives and nouns, at most six steps); a root noun that stands for an actor itself ("Le constructeur,
    qui mise sur …" parsed as a noun root)."""
    h = t
    for _ in range(6):
        if h.head.i == h.i:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            if "Inf" in h.morph.get("VerbForm") or any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm")
                                                        for c in h.children):
                if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in h.children) and \
                        any(c.dep_ in ("obj", "iobj") for c in h.head.children):
                    return []   # ("Y a sanctionné X pour avoir transmis … à ses partenaires": X's, not Y's)
            got = _subject_of(h, index)
            if not got:
                got = [x for c in h.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
            if got:
                return got
    if h.head.i == h.i and h.pos_ in ("NOUN", "PROPN"):
        return [x for x in entities_at(h, index) if x[1] == h.i or index.entity_at(h.i) is not None][:1]
    return []


@acts_on(lambda w: w.lower in _KIND)
def kind_listed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X mise sur Z pour résister à ses nouveaux concurrents, A et B", "des programmes montés avec des
    partenaires comme A, B ou C": X competes or partners with each (slots "kind_owner", "kind_rivals" /
    "kind_partners"). The noun is one's own (a possessive) or an indefinite kind ("des partenaires comme")."""
    if t.lower_ not in _KIND or out.get("kind_owner"):
        return
    if "Plur" not in t.morph.get("Number") and not t.lower_.endswith(("s", "x")):
        return   # (one partner or rival set beside its name is partners.noun's, competes.noun's; a list is plural)
    doc = t.doc
    dets = [c for c in t.children if c.dep_ == "det" and c.i < t.i]
    poss = any(c.lower_ in _POSS for c in dets)
    if not poss and not any(c.lower_ in ("des", "de", "d'", "d’") for c in dets):
        return
    if any(k.lower_ in ("pas", "ni", "jamais") for k in doc[max(t.sent.start, t.i - 4):t.i]):
        return
    named = [x for x in _listed(t, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    if not named:
        return
    owner = [x for x in _owner(t, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    if not owner:
        return
    from ..parties import is_party
    if any(is_party(n, index, doc) for n, _ in owner + named):
        return   # (a party's rivals or partners are political: OPPOSES or ALLY_OF, team convention)
    if t.lower_ in _PARTNER:
        _put(out, "kind_owner", "kind_partners", owner, named)
    else:
        if t.lower_ in _MARKET_ONLY and index.type_of(owner[0][0]) != "ORG":
            return
        _put(out, "kind_owner", "kind_rivals", owner, named)


# ---------------------------------------------------------------- a companion at a meeting meets the host

def _companions(v, index: EntityIndex) -> list:
    """The companions a meeting verb ``v`` is told with: "en compagnie de Y", "aux côtés de Y", "accompagné de
    Y", "avec une délégation de Z" (the organisation the envoys are of)."""
    got = []
    for c in v.children:
        if c.i < v.i or not c.dep_.startswith(("obl", "advcl", "acl", "nmod")):
            continue
        cue = c.lower_
        if cue in ("compagnie", "côtés", "côté"):
            prev = v.doc[c.i - 1].lower_ if c.i else ""
            if (cue == "compagnie" and prev != "en") or (cue != "compagnie" and prev not in ("aux", "au", "à")):
                continue
            got += [x for k in c.children if k.i > c.i and case_of(k) in _DE
                    for m in (k, *k.conjuncts) for x in _named(m, index)]
        elif cue in _COMPANION and cue != "avec" and c.pos_ in ("VERB", "ADJ"):
            got += [x for k in c.children if k.i > c.i and case_of(k) in _DE + ("par",)
                    for m in (k, *k.conjuncts) for x in _named(m, index)]
        elif case_of(c) == "avec" and c.lower_ in _ENVOY:
            got += [x for k in c.children if k.i > c.i and case_of(k) in _DE
                    for m in (k, *k.conjuncts) for x in _named(m, index)
                    if index.type_of(x[0]) in ("ORG", "GOV")]
    return got


@acts_on(lambda w: w.pos == "VERB" and w.lemma in _MEET)
def host_companion(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a été reçu par H, en compagnie de Y", "X a été accueilli par H avec une délégation de Z", "H a reçu
    X, accompagnée de Y": Y (Z) meets H and X (slots "host", "host_companion")."""
    if t.pos_ != "VERB" or lemma_of(t) not in _MEET or out.get("host"):
        return
    comp = _companions(t, index)
    if not comp:
        return
    parties = [x for c in t.children if c.dep_ in ("obl:agent", "obj", "nsubj", "nsubj:pass")
               for x in entities_at(c, index)]
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
        parties += _subject_of(t, index)
    parties = [x for x in parties if index.type_of(x[0]) in ("PER", "GOV")]
    names = {n for n, _ in comp}
    parties = [x for x in parties if x[0] not in names]
    if parties and comp:
        out.put("host", parties)
        out.put("host_companion", comp)
        out["_no_linear"] = []


# ---------------------------------------------------------------- a fight over a market between two parties

_WAR = frozenset({"guerre", "bataille", "lutte", "duel", "combat", "affrontement", "bras de fer", "guérilla"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _WAR)
def market_war(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B se livrent une guerre des prix", "la guerre des forfaits entre A et B": the pair the reciprocal or
    the "entre" reading found competes (slot "war_market"), persons or companies, instead of a feud (the market
    words: data/rivals34.yaml market_war_words)."""
    if t.pos_ != "NOUN" or t.lower_ not in _WAR or not (out.get("reciprocal") or out.get("prep:entre")):
        return
    from .stands import _market_war
    if not _market_war(t):
        return
    for slot in ("reciprocal", "prep:entre"):
        pair = out.pop(slot, None)
        if pair:
            out.put("war_market", pair)
    out["_no_linear"] = []


RIVALS34_READERS = Readers(kind_listed, host_companion, market_war)
