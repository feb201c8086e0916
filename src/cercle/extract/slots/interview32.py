"""(s32-interview32) Readers for what an interview's first person makes common: a round told as "ours".

- "A, B et C ont investi 500 millions lors de notre dernier tour de table", "X a injecté 12 millions à
  l'occasion de la levée de fonds de Y", "Trois fonds ont apporté 40 millions au cours de notre augmentation de
  capital", "Lors de sa série B, X a mis 20 millions": a verb of putting money in (data/interview32.yaml
  invest_verbs) whose "during" phrase (during_words) names a round (round_nouns): the investor (the subject)
  invests in the round's owner — its "de Y", else its possessive's owner (the speaker's organisation for
  "notre", mentions/quoted_we.py), else the article's company. Slot "round_owner" of invests.during_round.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "interview32.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


_INVEST = words()["invest_verbs"]


def public_organ(c) -> bool:
    """(used by slots/phrases.py) A council, committee or assembly an adjective makes a public body's ("notre conseil
    régional", "le conseil municipal"): no company's board (data/interview32.yaml public_organ_words)."""
    return any(k.dep_ == "amod" and k.lower_ in words()["public_organ_words"] for k in c.children)
_DE = frozenset({"de", "du", "des", "d'", "d’"})
_OBL = frozenset({"obl", "obl:mod", "obl:arg", "advmod", "nmod", "advcl"})


def _round_of(verb) -> object | None:
    """The round noun of the verb's "during" phrase: "lors de notre tour", "à l'occasion de la levée", "au
    cours de notre augmentation", "au tour de table de Y" (two steps at most below the verb)."""
    w = words()
    for c in verb.children:
        if c.dep_ not in _OBL or c.i == verb.i:
            continue
        steps = [c]
        if c.lower_ in w["during_words"] or c.lemma_.lower() in w["during_words"]:
            steps += [k for k in c.children if k.dep_ in ("obl:arg", "nmod", "obl", "obl:mod")]
        for s in list(steps):
            steps += [k for k in s.children if k.dep_ == "nmod" and case_of(k) in _DE]
        for s in steps:
            if s.pos_ == "NOUN" and s.lemma_.lower() in w["round_nouns"] and (
                    s is not c or case_of(c) in w["during_words"] or c.lower_ in w["during_words"]):
                if s.lemma_.lower() == "tour" and not any(k.lemma_.lower() == "table" for k in s.children) \
                        and not any(k.dep_ == "det" and k.lower_ in w["possessives"] for k in s.children):
                    continue   # ("au second tour": an election's, unless "tour de table" or "notre tour")
                if s is c and case_of(c) in ("pour", "par", "via", "dans") and s.lemma_.lower() not in (
                        "tour", "levée", "augmentation", "série"):
                    continue
                return s
    return None


@acts_on(lambda w: w.verbal and (w.lemma in _INVEST or w.lem in _INVEST or w.lower in _INVEST))
def invested_during_round(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B ont investi 500 millions lors de notre dernier tour de table": the round's owner is invested in."""
    if not verbal or not (lemma_of(t) in _INVEST or t.lemma_.lower() in _INVEST or t.lower_ in _INVEST):
        return
    if "round_owner" in out or not out.wants("round_owner"):
        return
    r = _round_of(t)
    if r is None:
        return
    # (a name of the round's "de" phrases: "l'augmentation de capital" names no one, whatever coreference made of
    # "capital")
    # (the round's own "de" phrase, or its noun's: "la levée de fonds de Y"; a few words on at most, the parser
    # may hang a next sentence's words under it)
    near = [k for k in r.children if k.dep_ == "nmod" and r.i < k.i <= r.i + 8]
    near += [k for n in near for k in n.children if k.dep_ == "nmod" and k.i <= r.i + 8]
    owners = [x for k in near if case_of(k) in _DE
              for x in entities_at(k, index) if index.type_of(x[0]) == "ORG" and x[1] >= 0
              and index.kinds.get(x[1]) == "name"]
    if not owners:
        det = next((k for k in r.children if k.dep_ == "det" and k.lower_ in words()["possessives"]), None)
        if det is not None:
            got = index.antecedent(det.i, types=("ORG",))
            if got:
                owners = [got]
            else:
                return   # ("notre tour" of no one the text names: no company)
        elif index.topic and index.type_of(index.topic) == "ORG" and any(
                k.dep_ == "det" and k.lower_ in ("le", "la", "l'", "l’", "ce", "cette") for k in r.children):
            owners = [(index.topic, -1)]   # ("lors du dernier tour de table": the article's company's)
    if owners:
        out.put("round_owner", owners[:1])


_RIVALS = words()["rival_nouns"]
_OWNERS = frozenset({"notre", "nos", "votre", "vos", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs"})


@acts_on(lambda w: w.pos in ("NOUN", "ADJ") and w.lower in _RIVALS)
def possessed_rival_subjects(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B sont nos adversaires", "Y demeure notre principal rival", "Y est devenu notre challenger": the
    subject of the copula is the rival of the possessive's owner (slot "possessed_head", with "poss")."""
    if t.lower_ not in _RIVALS or "head" in out or "possessed_head" in out or not out.get("poss"):
        return
    if not any(c.dep_ == "det" and c.lower_ in _OWNERS for c in t.children):
        return
    w = words()
    if not any(c.dep_ == "cop" for c in t.children) and not (
            t.dep_ in ("xcomp", "obj", "attr") and (lemma_of(t.head) in w["copulas"] or t.head.lower_ in w["copulas"])):
        return
    holder = t if any(c.dep_ == "cop" for c in t.children) else t.head
    subjects = [x for c in holder.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i
                for x in entities_at(c, index)]
    owners = {o for o, _ in out["poss"]}
    subjects = [x for x in subjects if x[0] not in owners]
    if subjects:
        out.put("possessed_head", subjects)


_STANDING = words()["standing_nouns"]


_CUES = (("face", "à"), ("face", "au"), ("face", "aux"), ("vis-à-vis", "de"), ("vis-à-vis", "du"),
         ("vis-à-vis", "des"), ("vis-à-vis", "d'"), ("rapport", "à"), ("rapport", "au"), ("rapport", "aux"),
         ("regard", "de"), ("regard", "du"), ("comparé", "à"), ("comparé", "au"), ("devant",), ("contre",))
_LIST = frozenset({",", "et", "ou", "à", "au", "aux", "de", "du", "d'", "d’", "le", "la", "les", "l'", "l’", "ni"})


def _names_from(tv, index: EntityIndex, k: int, end: int) -> list:
    """The organisations named from token k on, in a list ("A et B", "A, B ou C", "à A et à B")."""
    got = []
    while k < end:
        name = index.entity_at(k)
        if name is not None:
            if index.type_of(name) == "ORG" and (not got or got[-1][0] != name):
                got.append((name, k))
            k += 1
            continue
        if tv[k].lower_ in _LIST or tv[k].pos_ in ("DET", "ADJ") or (got and index.entity_at(k - 1) is not None
                                                                     and tv[k].pos_ == "PROPN"):
            if got and tv[k].lower_ not in _LIST and tv[k].pos_ != "DET":
                break
            k += 1
            continue
        break
    return got


def _against(t, index: EntityIndex) -> list:
    """The organisations an "against" phrase after the standing noun names, read along the words up to the
    clause's end: "face à A et à B", "vis-à-vis de Z", "par rapport à Z", "au regard de Z", "devant Z"; "sur Z"
    right after a noun of lead or lag ("notre avance sur Z")."""
    doc = t.doc
    end = min(t.sent.end, t.i + 14)
    over = t.lower_ in words()["standing_over_nouns"] or t.lemma_.lower() in words()["standing_over_nouns"]
    for k in range(t.i + 1, end):
        x = doc[k]
        if x.text in (".", ";", ":", "?", "!", "«", "»") or (x.pos_ == "VERB" and x.i > t.i + 1 and x.dep_ not in (
                "amod", "acl") and x.lower_ not in ("comparé",)) or x.lower_ in ("qui", "que", "dont", "mais"):
            return []
        for cue in _CUES:
            if x.lower_ == cue[0] and all(k + m < end and doc[k + m].lower_ == cue[m] for m in range(1, len(cue))):
                return _names_from(doc, index, k + len(cue), end)
        if over and k <= t.i + 2 and x.lower_ == "sur":
            return _names_from(doc, index, k + 1, end)
    return []


@acts_on(lambda w: w.pos == "NOUN" and (w.lower in _STANDING or w.lem in _STANDING))
def standing_against(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"renforce notre position face à A et à B", "rattraper notre retard face à Y", "la place de Y vis-à-vis de
    Z", "creuser notre avance sur Z": the standing's owner (slot "standing_owner": its possessive's owner or its
    "de Y") competes with the other (slot "standing_rival")."""
    if t.pos_ != "NOUN" or not (t.lower_ in _STANDING or t.lemma_.lower() in _STANDING) or "standing_rival" in out:
        return
    rivals = _against(t, index)
    if not rivals:
        return
    owner = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE and c.i > t.i
             for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"][:1]
    if not owner:
        det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in _OWNERS), None)
        if det is None:
            return
        got = index.antecedent(det.i, types=("ORG",))
        if not got:
            return
        owner = [got]
    rivals = [x for x in rivals if x[0] != owner[0][0]]
    if rivals:
        out.put("standing_owner", owner)
        out.put("standing_rival", rivals)


INTERVIEW32_READERS = Readers(invested_during_round, possessed_rival_subjects, standing_against)
