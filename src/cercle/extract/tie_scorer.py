"""A tie scorer that knows wrong parties: the probability that a tie is right, from what the extractor knows
about it once it is drawn.

The calibrated table (calibration.py) gives every tie of one rule, with the same two "named" bits, the same
value, so it cannot tell a tie hung on the wrong party from a right one drawn by the same rule. This scorer
starts from that value (its logit is one feature) and adds the shape of the tie in its sentence: how each
party is reached there (a name, a short name, a descriptor, a pronoun, nothing), how far apart the two
parties are, how many other entities stand between them, whether each party is the nearest entity of its
kind to the other, whether one sentence drew many ties or gave one party several partners of the same type,
the parties' entity types, how often each is mentioned in the document, quotes, status, negation; and
(thirty-sixth session) whether another actor of a party's type stands nearer the tie's cue word (the tie's role,
else a word of the type's lexical family in data/tie_cues.yaml), whether a party is one member of a list of
actors of its type, a first-person party, other tie types drawn between the same two actors.

Plain Python: the weights (a logistic regression over these features, then a Platt map fitted on
directories left out in turn, so the output keeps its meaning "share of ties like this that were right")
live in data/tie_scorer.json, written by ``python -m cercle.extract.tie_scorer_train`` (docs/confidence.md).
scikit-learn is used only to train, never here.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache
from operator import mul
from pathlib import Path

DATA = Path(__file__).parent / "data" / "tie_scorer.json"
CUES = Path(__file__).parent / "data" / "tie_cues.yaml"

_RANK = {"name": 0, "short": 1, "acronym": 1, "descriptor": 2, "pronoun": 3}
_TYPES = ("PER", "ORG", "GOV", "OTHER")
_OPEN_QUOTES = ("«", "“")
_CLOSE_QUOTES = ("»", "”")
_RELATIVES = frozenset(("qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"))
_PRONOUN_STARTS = ("il ", "elle ", "ils ", "elles ", "celui-ci", "celle-ci", "ce dernier", "cette dernière",
                   "lui ", "son ", "sa ", "ses ", "leur ")


_FIRST_PERSON = frozenset(("je", "j'", "j’", "moi", "nous", "notre", "nos", "mon", "ma", "mes", "on"))
# what may stand between two members of one list: a comma, "et", "ou", "ainsi que", then a preposition or article
_LIST_GAP = re.compile(r"^\s*(?:,|et|ou|ni|,\s*(?:et|ou)|ainsi que|,\s*ainsi que|comme|puis)\s*"
                       r"(?:(?:de|d['’]|du|des|à|au|aux|la|le|l['’]|les|sa|son|ses|leur|leurs)\s*)*$")


_WORD = re.compile(r"\w+")


class _Cues:
    """The cue words of one tie type: word starts ("dirig"), whole short words ("pdg", "don") and phrases
    ("à la tête", "p.-d.g", "%"), looked up word by word (a set lookup per word start length)."""

    def __init__(self, words):
        self.starts: set = set()
        self.whole: set = set()
        self.phrases: list[tuple[str, bool, bool]] = []   # (text, must start a word, must end a word)
        for w in {str(w).strip().lower() for w in words if str(w).strip()}:
            if _WORD.fullmatch(w):
                (self.whole.add(w) if len(w) <= 4 else self.starts.add(w))
            else:
                self.phrases.append((w, w[0].isalnum(), len(w) <= 4 and w[-1].isalnum()))
        self.lengths = sorted({len(w) for w in self.starts})
        self._known: dict[str, bool] = {}   # word → whether it is a cue (asked again for each tie of a sentence)

    def _is_cue(self, w: str) -> bool:
        """A short cue word itself, or a word starting with a longer cue."""
        if w in self.whole:
            return True
        n = len(w)
        for k in self.lengths:
            if k > n:
                break
            if w[:k] in self.starts:
                return True
        return False

    def hits(self, low: str) -> list[int]:
        out = []
        known = self._known
        if len(known) > 200_000:   # (a long run meets ever new words: the memory stays bounded)
            known.clear()
        for m in _WORD.finditer(low):
            w = m.group()
            cue = known.get(w)
            if cue is None:
                cue = known[w] = self._is_cue(w)
            if cue:
                out.append(m.start())
        for text, at_start, at_end in self.phrases:
            i = low.find(text)
            while i >= 0:
                j = i + len(text)
                if (not at_start or i == 0 or not low[i - 1].isalnum()) and \
                        (not at_end or j == len(low) or not low[j].isalnum()):
                    out.append(i)
                i = low.find(text, i + 1)
        return out


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, _Cues]:
    """Per tie type, its cue words (data/tie_cues.yaml)."""
    import yaml
    return {type_: _Cues(words) for type_, words in yaml.safe_load(CUES.read_text("utf-8")).items()}


def _cue(r, ev: str, anchor: int, span: list, cache: dict | None = None) -> int | None:
    """Offset (in the evidence) of the cue word of the tie nearest ``anchor``: the tie's role when the sentence
    holds it, else a cue word of its type (not inside an actor's mention)."""
    low = ev.lower()
    role = (getattr(r, "role", None) or "").lower()
    hits = []
    if role and len(role) > 2:
        i = low.find(role)
        while i >= 0:
            hits.append(i)
            i = low.find(role, i + 1)
    if not hits:
        key = (r.start, r.type)
        if cache is not None and key in cache:
            hits = cache[key]
        else:
            cues = _cue_patterns().get(r.type)
            if cues is None:
                return None
            inside = [(m.start - r.start, m.end - r.start) for m in span]
            hits = [h for h in cues.hits(low) if not any(a <= h < b for a, b in inside)]
            if cache is not None:
                cache[key] = hits
    return min(hits, key=lambda h: abs(h - anchor)) if hits else None


def _in_list(m, span: list, etype: dict, t: str, skip: tuple, ev: str, off: int) -> bool:
    """Whether mention ``m`` (a name) is coordinated with the name of another entity of type ``t``: joined by
    "et", "ou", "ainsi que"…, or by a comma when the list goes on after the later of the two ("de A, de B et
    de C"). A pronoun or descriptor is no list member ("Selon elle, X …")."""
    if m.kind != "name":
        return False
    for o in span:
        if o.entity in skip or o.kind != "name" or etype.get(o.entity) != t:
            continue
        first, last = (m, o) if m.start < o.start else (o, m)
        if not 0 <= last.start - first.end <= 30:
            continue
        gap = ev[first.end - off:last.start - off].lower()
        if not _LIST_GAP.match(gap):
            continue
        if not any(w in f" {gap} " for w in (" et ", " ou ", " ni ", " ainsi que ", " comme ", " puis ")):
            # a comma alone: a list only if it goes on after the later name
            after = ev[last.end - off:last.end - off + 8].lower()
            if not after.startswith((",", " et ", " ou ")):
                continue
        return True
    return False


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _words(text: str) -> int:
    return len(text.split())


def _in_quotes(evidence: str, pos: int) -> bool:
    head = evidence[:pos]
    opened = sum(head.count(q) for q in _OPEN_QUOTES) - sum(head.count(q) for q in _CLOSE_QUOTES)
    return opened > 0 or head.count('"') % 2 == 1


class DocContext:
    """What the features of one document's ties read: entities, mentions sorted by offset, ties per sentence."""

    def __init__(self, relations: list, entities: list, mentions: list | None):
        self.etype = {e.name: e.type for e in entities}
        ms = sorted(mentions or [], key=lambda m: m.start)
        self.mentions = ms
        self.starts = [m.start for m in ms]
        self.count = Counter(m.entity for m in ms)
        # the article's main person: the person mentioned most often, when one is mentioned more than any other
        per = sorted((c for n, c in self.count.items() if self.etype.get(n) == "PER"), reverse=True)
        self.top_per = next((n for n, c in self.count.items() if self.etype.get(n) == "PER" and c == per[0]), None) \
            if per and (len(per) == 1 or per[0] > per[1]) else None
        self.per_sentence = Counter((r.start, r.end) for r in relations)
        self.cue_hits: dict[tuple, list] = {}   # (sentence start, tie type) -> cue word offsets
        self.same_type_partners: dict[tuple, set] = defaultdict(set)
        # per unordered pair: the tie types drawn between them and the sentences of each type (rules that agree
        # across sentences; a pair given two types, one of which is likely the wrong one)
        self.pair_types: dict[frozenset, set] = defaultdict(set)
        self.pair_sentences: dict[tuple, set] = defaultdict(set)
        for r in relations:
            pair = frozenset((r.subject, r.object))
            self.pair_types[pair].add(r.type)
            self.pair_sentences[(pair, r.type)].add(r.start)
            self.same_type_partners[(r.start, r.type, r.subject)].add(r.object)
            self.same_type_partners[(r.start, r.type, "~" + r.object)].add(r.subject)

    def in_span(self, start: int, end: int) -> list:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out


def _best(ms: list) -> str:
    return min((m.kind for m in ms), key=lambda k: _RANK.get(k, 4), default="none")


def features(r, ctx: DocContext, cal: float, subject_named: bool, object_named: bool) -> dict[str, float]:
    """The features of one tie (names → values; absent = 0)."""
    f: dict[str, float] = {"cal": _logit(cal), f"type={r.type}": 1.0,
                           f"family={r.rule.split('.')[0]}": 1.0,
                           "s_named": float(subject_named), "o_named": float(object_named)}
    st, ot = ctx.etype.get(r.subject, "OTHER"), ctx.etype.get(r.object, "OTHER")
    f[f"stype={st}"] = 1.0
    f[f"otype={ot}"] = 1.0
    f[f"sig={r.type}|{st}{ot}"] = 1.0
    span = ctx.in_span(r.start, r.end)
    sm = [m for m in span if m.entity == r.subject]
    om = [m for m in span if m.entity == r.object]
    sk, ok = _best(sm), _best(om)
    f[f"s_kind={sk}"] = 1.0
    f[f"o_kind={ok}"] = 1.0
    ev = r.evidence
    f["sent_words"] = math.log1p(_words(ev))
    f["ties_in_sentence"] = math.log1p(ctx.per_sentence[(r.start, r.end)] - 1)
    f["s_partners_same_type"] = math.log(len(ctx.same_type_partners[(r.start, r.type, r.subject)]) or 1)
    f["o_partners_same_type"] = math.log(len(ctx.same_type_partners[(r.start, r.type, "~" + r.object)]) or 1)
    f["s_mentions_doc"] = math.log1p(ctx.count[r.subject])
    f["o_mentions_doc"] = math.log1p(ctx.count[r.object])
    f["s_top_person"] = float(r.subject == ctx.top_per)
    f["o_top_person"] = float(r.object == ctx.top_per)
    f["s_one_word"] = float(len(r.subject.split()) == 1)
    f["o_one_word"] = float(len(r.object.split()) == 1)
    f["o_all_caps"] = float(r.object.isupper() and len(r.object) > 1)
    f["s_all_caps"] = float(r.subject.isupper() and len(r.subject) > 1)
    f["starts_with_pronoun"] = float(ev.lower().startswith(_PRONOUN_STARTS))
    f["first_sentence"] = float(r.start < 3)
    f["quotes"] = float(any(q in ev for q in _OPEN_QUOTES + ('"',)))
    f["negated"] = float(bool(r.negated))
    f["attributed"] = float(bool(r.attribution))
    f[f"status={r.status or 'none'}"] = 1.0
    if sm and om:
        # the closest pair of the two parties' mentions in the sentence
        s, o = min(((a, b) for a in sm for b in om), key=lambda ab: abs(ab[0].start - ab[1].start))
        lo, hi = (s, o) if s.start <= o.start else (o, s)
        gap = ev[lo.end - r.start:hi.start - r.start]
        f["pair_words"] = math.log1p(_words(gap))
        f["pair_commas"] = math.log1p(gap.count(","))
        f["pair_clause_break"] = float(any(c in gap for c in ";:()–—"))
        f["pair_relative"] = float(any(w in _RELATIVES for w in gap.lower().split()))
        f["s_first"] = float(s.start <= o.start)
        between = [m for m in span if lo.end <= m.start < hi.start and m.entity not in (r.subject, r.object)]
        f["between"] = math.log1p(len({m.entity for m in between}))
        # is the object the nearest entity of its type to the subject (and the other way round)?
        d = abs(o.start - s.start)
        f["o_not_nearest"] = float(any(ctx.etype.get(m.entity) == ot and m.entity not in (r.subject, r.object)
                                       and abs(m.start - s.start) < d for m in span))
        f["s_not_nearest"] = float(any(ctx.etype.get(m.entity) == st and m.entity not in (r.subject, r.object)
                                       and abs(m.start - o.start) < d for m in span))
        f["s_quoted"] = float(_in_quotes(ev, s.start - r.start))
        f["o_quoted"] = float(_in_quotes(ev, o.start - r.start))
        # the two parties members of one list ("de A, de B et de C"): a list is rarely a tie between its members
        f["pair_listed"] = float(bool(_LIST_GAP.match(gap.lower())))
        f["pair_et"] = float(" et " in f" {gap.lower()} ")
        anchor = (lo.start + hi.end) // 2 - r.start
    else:
        f["pair_missing"] = 1.0
        s = min(sm, key=lambda m: m.start) if sm else None
        o = min(om, key=lambda m: m.start) if om else None
        anchor = ((s or o).start - r.start) if (s or o) else len(ev) // 2
    # where the tie's cue word stands: is each party the nearest actor of its type to it?
    c = _cue(r, ev, anchor, span, ctx.cue_hits)
    if c is None:
        f["cue_missing"] = 1.0
    else:
        cpos = c + r.start
        for tag, m, t, party in (("s", s, st, r.subject), ("o", o, ot, r.object)):
            if m is None:
                continue
            dist = abs(m.start - cpos)
            f[f"{tag}_cue_words"] = math.log1p(_words(ev[min(m.start, cpos) - r.start:max(m.start, cpos) - r.start]))
            f[f"{tag}_not_nearest_cue"] = float(any(
                etype == t and x.entity not in (r.subject, r.object) and abs(x.start - cpos) < dist
                for x in span for etype in (ctx.etype.get(x.entity),)))
    # a party that is one member of a list of actors of its type
    for tag, m, t, other in (("s", s, st, r.object), ("o", o, ot, r.subject)):
        if m is not None:
            f[f"{tag}_in_list"] = float(_in_list(m, span, ctx.etype, t, (r.subject, r.object), ev, r.start))
    # a party reached by a first person ("nous", "notre groupe") in a quote
    for tag, ms in (("s", sm), ("o", om)):
        if ms and all(m.kind != "name" for m in ms):
            words = {ev[m.start - r.start:m.end - r.start].lower().split(" ")[0] for m in ms}
            f[f"{tag}_first_person"] = float(bool(words & _FIRST_PERSON))
    others = {m.entity for m in span} - {r.subject, r.object}
    # a party the sentence does not name while it names another entity of the party's type: the rule may
    # have hung the tie on the wrong one of the two
    named_others = {m.entity for m in span if m.kind == "name"} - {r.subject, r.object}
    f["s_unnamed_rival"] = float(sk != "name" and any(ctx.etype.get(e) == st for e in named_others))
    f["o_unnamed_rival"] = float(ok != "name" and any(ctx.etype.get(e) == ot for e in named_others))
    pair = frozenset((r.subject, r.object))
    f["pair_other_types"] = math.log1p(len(ctx.pair_types[pair] - {r.type}))
    f["pair_sentences"] = math.log1p(len(ctx.pair_sentences[(pair, r.type)]) - 1)
    f["other_entities"] = math.log1p(len(others))
    f["other_otype"] = math.log1p(sum(ctx.etype.get(e) == ot for e in others))
    return f


class TieScorer:
    def __init__(self, model: dict):
        self.weights: dict[str, float] = model["weights"]
        self.means: dict[str, float] = model["means"]
        self.scales: dict[str, float] = model["scales"]
        self.intercept = float(model["intercept"])
        self.platt_a, self.platt_b = (float(x) for x in model["platt"])

        # w·(x − mean)/scale summed = offset + Σ over the tie's own features of (w/scale)·x
        self._slope = {k: w / self.scales.get(k, 1.0) for k, w in self.weights.items()}
        self._offset = self.intercept - sum(self._slope[k] * self.means.get(k, 0.0) for k in self.weights)

    def margin(self, f: dict[str, float]) -> float:
        slope = self._slope
        if slope.keys() >= f.keys():
            # (every feature weighed, the usual case: the same products summed in the same order, in C)
            return self._offset + sum(map(mul, map(slope.__getitem__, f), f.values()))
        return self._offset + sum(slope[k] * v for k, v in f.items() if k in slope)

    def probability(self, f: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-(self.platt_a * self.margin(f) + self.platt_b)))


@lru_cache(maxsize=1)
def load_scorer() -> TieScorer | None:
    if not DATA.exists():   # a tree without the weights keeps the calibrated table's values
        return None
    return TieScorer(json.loads(DATA.read_text("utf-8")))
