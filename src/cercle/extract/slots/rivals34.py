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
from .allies31 import _names_run, _named, _put_pair as _put   # (one owner, the other side's names)
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
_SAY = _set("attribution_verbs")
MARKET_WAR_WORDS = _set("market_war_words")   # (read by slots/stands.py _waged)


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
            if any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in h.children):
                # (a past infinitive of reason after a verb with an object: "Y a sanctionné X pour avoir transmis …
                # à ses partenaires" is X's doing, not Y's; a purpose "pour contenir ses rivaux, X …" is the subject's)
                # (the object: a name between the governing verb and the infinitive)
                if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in h.children) and h.head.i < h.i and \
                        any(index.entity_at(k) is not None for k in range(h.head.i + 1, h.i)):
                    return []
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


# ---------------------------------------------------------------- beside one at an event, in a quote's attribution

@acts_on(lambda w: w.lower in ("côtés", "côté", "compagnie"))
def beside_speaker(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Z versera N euros, a annoncé X, président de Z, lors d'une visite aux côtés de Y", "…, a confirmé l'élu
    X en compagnie de Y": the one beside Y is the inverted subject of the attribution's speech verb (often parsed
    as its object), not the reported clause's subject (slots "beside_who", "beside_whom" of
    allies31.beside_at_event, set again)."""
    if t.lower_ not in ("côtés", "côté", "compagnie"):
        return
    from .allies31 import _at_event, _de_names
    h = t
    for _ in range(5):
        if h.head.i == h.i or h.pos_ in ("VERB", "AUX"):
            break
        h = h.head
    if h.pos_ != "VERB" or lemma_of(h) not in _SAY or not _at_event(t):
        return
    first = min([h.i] + [c.i for c in h.children if c.dep_.startswith("aux")])
    if not first or t.doc[first - 1].text not in (",", "»", "«"):
        return   # (an attribution set off after the quote or the clause it reports)
    who = [x for c in h.children if c.dep_ in ("obj", "nsubj") and c.i > h.i
           for x in entities_at(c, index) if index.type_of(x[0]) == "PER"][:1]
    whom = _de_names(t, index)
    if not who or not whom:
        return
    names = {n for n, _ in whom}
    if who[0][0] in names:
        return
    out["beside_who"] = who
    out["beside_whom"] = whom
    out["_no_linear"] = []


# ---------------------------------------------------------------- a fronted "face à" rival on a market

_FRONT = ("face", "contre", "vis-à-vis")
_MARKET = _set("market_words")


@acts_on(lambda w: w.lower in _FRONT)
def faced_front(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Face à A, englué dans ses difficultés, X n'a jamais autant dominé le marché", "Face à l'allemand A et au
    japonais B, le groupe X conquiert des parts de marché": a sentence-opening "face à" phrase whose names are
    companies, and a main clause whose subject is one, told of a market (a word of data/rivals34.yaml
    market_words outside the names): X competes with each (slots "front_by", "front_faced")."""
    if t.lower_ not in _FRONT or out.get("front_by"):
        return
    doc, sent = t.doc, t.sent
    if t.i != sent.start and not (t.i == sent.start + 1 and doc[sent.start].pos_ in ("CCONJ", "ADV")):
        return
    if t.i + 2 >= sent.end or doc[t.i + 1].lower_ not in ("à", "au", "aux"):
        return
    faced = [x for x in _names_run(doc, t.i + 1, index, sent.end) if index.type_of(x[0]) == "ORG"]
    if not faced:
        return
    # the main clause: past the faced names' own phrase and one inserted clause ("englué dans …", "dont …")
    comma = next((k.i for k in doc[faced[-1][1]:sent.end] if k.text == ","), None)
    if comma is None:
        return
    by, start = [], comma + 1
    for _ in range(3):
        # (a segment that opens on a relative or a participle is inserted: "dont …", "englué dans …")
        first = doc[start] if start < sent.end else None
        if first is None:
            break
        if first.lower_ in ("qui", "dont", "que", "qu'", "où", "lequel", "laquelle") or (
                first.pos_ in ("VERB", "ADJ") and "Part" in first.morph.get("VerbForm")) or first.pos_ == "ADJ":
            start = next((k.i + 1 for k in doc[start:sent.end] if k.text == ","), sent.end)
            continue
        # the main clause opens with its subject: a company named in its first words ("l'enseigne A", "A")
        for k in doc[start:min(start + 4, sent.end)]:
            name = index.entity_at(k.i)
            if name is not None:
                if index.type_of(name) == "ORG" and name not in {n for n, _ in faced}:
                    by = [(name, k.i)]
                break
            if k.pos_ in ("VERB", "AUX") or k.text == ",":
                break
        break
    if not by:
        return
    if not any(k.lower_ in _MARKET and index.entity_at(k.i) is None for k in doc[comma + 1:sent.end]):
        return
    _put(out, "front_by", "front_faced", by, faced)


RIVALS34_READERS = Readers(kind_listed, host_companion, market_war, beside_speaker, faced_front)
