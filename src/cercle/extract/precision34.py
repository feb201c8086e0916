"""(s34-precision34) Ties dropped at the end of extraction by general checks of the sentence's shape: a party the tie
names is not what the sentence makes it (cue words in data/precision34.yaml; French words only, never a name).

Each check reads one relation, its sentence and the mention index (no walk over the document but one regular
expression over the text for party labels), so it costs nothing per token.

- fronted place: "Au Palais X, la commission Y, présidée par Z, …": the name alone in a place phrase that opens the
  sentence is where the clause happens, not one of its parties (unless the clause names it again);
- title elsewhere: "En présence de X, maire de A et président de B, C et D ont signé …": a LEADS drawn from a title
  whose holder's apposition gives his titles with their bodies named (A, B) leads none of the others (C, D) unless a
  title or a participle of leading stands at that body itself ("président de C", "C, dirigée par X");
- led complement: "La centrale de Z, dirigée par X, …": the name in the de-complement of a common noun is not the
  body "dirigée par X" (the noun is); titles ("le président de Z, dirigé par") are left alone;
- party label: "le sénateur Les Verts X", "la députée LR Y": a label written between an elected member's title and a
  name, mistaken for a person, is no actor: it leads, owns, funds nothing (a membership of it is kept).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from itertools import compress, repeat
from operator import attrgetter, eq
from pathlib import Path

from ..yamldata import load_yaml
from .slots.prec23 import _SELF_NOUNS as _SELF_NOUNS_ACCENTED, _agrees

# (nouns that name their "de" complement itself, "la capitale de Z", "la ville de Z": s23-prec23; folded)
_SELF_NOUNS = frozenset(unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in _SELF_NOUNS_ACCENTED)


@functools.lru_cache(maxsize=1)
def _raw() -> dict:
    return load_yaml((Path(__file__).parent / "data" / "precision34.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/precision34.yaml, each list a frozenset."""
    return {k: frozenset(str(x) for x in v) for k, v in _raw().items() if isinstance(v, list)}


@functools.lru_cache(maxsize=1)
def _families() -> tuple:
    raw = _raw()
    fams = tuple((f, re.compile("|".join(ps))) for f, ps in raw["title_families"].items())
    sharp = {f: re.compile("|".join(raw["sharp_exec"])) if f == "exec" else dict(fams)[f]
             for f in raw["sharp_families"]}
    return fams, sharp


@functools.lru_cache(maxsize=None)
def _fold_char(c: str) -> str:
    d = unicodedata.normalize("NFKD", c.lower())
    base = "".join(x for x in d if not unicodedata.combining(x))
    return base[:1] if base else c.lower()[:1] or " "


@functools.lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """Lower case, accents off, apostrophes straight, one character for one (offsets kept when possible).
    (Per character, cached: the checks fold the same evidence and names many times per document.)"""
    return "".join(map(_fold_char, text.replace("’", "'")))


def _word_spans(key: str, text: str) -> list[tuple[int, int]]:
    r"""(start, end) of each place ``text`` writes ``key`` as whole words (no word character right before or
    after): what ``re.finditer(r"(?<![\w])" + re.escape(key) + r"(?![\w])", text)`` finds, left to right and
    not overlapping, without compiling a pattern for each name (in a run every article brings new names, and
    the compiles were a large share of these checks). ``\w`` is ``str.isalnum()`` or "_", as in ``re``."""
    if not key:
        return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w])(?![\w])", text)]
    out = []
    n, size = len(key), len(text)
    find = text.find
    p = find(key)
    while p >= 0:
        e = p + n
        if (p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_")) \
                and (e >= size or not (text[e].isalnum() or text[e] == "_")):
            out.append((p, e))
            p = find(key, e)
        else:
            p = find(key, p + 1)
    return out


@functools.lru_cache(maxsize=4)
def _plain_doc(text: str) -> str:
    """_plain of a whole text, once per document."""
    return _plain(text)


def _alt(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    w = words()
    det = r"(?:(?:le|la|les|du|des|de la|de l'|l')\s*)?"
    return {
        "opener": re.compile(r"^\s*(?:" + _alt(w["place_openers"]) + r")(?:\s+(?:de|a|du|au))?\s*(?:'|\s)\s*" + det
                             + r"(?P<np>[^,;:«»()]{2,80}?)\s*,"),
        "title_de": re.compile(r"\b(?:" + _alt(w["lead_titles"]) + r")(?:\s+[a-z\-]+)?\s+(?:de la |de l'|du |des |de |d')"),
        "title_de_end": re.compile(r"\b(?:" + _alt(w["lead_titles"]) + r")(?:\s+[a-z\-]+){0,2}\s+"
                                   r"(?:de la |de l'|du |des |de |d'|d’)\s*(?:la |le |les |l')?$"),
        "led_after": re.compile(r"^[^,;:]{0,40},\s*(?:" + _alt(w["led_participles"]) + r")\b[^,;:]{0,40}?\bpar\b"),
        "led_right_after": re.compile(r"^\s*,?\s*(?:qui est |qu'il |qu'elle )?(?:" + _alt(w["led_participles"])
                                      + r")\b[^,;:]{0,40}?\bpar\b"),
        "noun_de_end": re.compile(r"\b(?:l'|la |le |les |une |un |son |sa |ses |leur |cette |ce |cet )"
                                  r"(?P<np>[a-z\-]+(?: [a-z\-]+)?) (?:de |d'|du |des )(?:la |le |l'|les )?$"),
        "label_before": re.compile(r"\b(?:" + _alt(w["label_titles"]) + r")\s+(?:les |la |le |l')?$"),
    }


# ------------------------------------------------------------------ mentions of a party in the sentence

_SENT_TOKENS: list = [None, {}]   # (s36-speed36) the document, and its (start, end) → the tokens found there


def _sentence_tokens(doc, rel):
    # (kept per document: the ties of one sentence share its span, and neither the words nor their places
    # change once the parse is read; a new list each time, as before)
    if _SENT_TOKENS[0] is not doc:
        _SENT_TOKENS[:] = [doc, {}]
    key = (rel.start, rel.end)
    got = _SENT_TOKENS[1].get(key)
    if got is None:
        span = doc.char_span(rel.start, rel.end, alignment_mode="expand") if doc is not None else None
        got = _SENT_TOKENS[1][key] = tuple(span) if span is not None else ()
    return list(got)


_INDEX = attrgetter("i")


def _mention_spans(tokens, index, name: str) -> list[tuple[int, int]]:
    """Character spans of the runs of tokens the index maps to ``name`` in the sentence."""
    spans: list[list[int]] = []
    last = None
    # (the tokens of the name picked first, in C: each token's name (by_token.get of its index) compared with
    # ``name`` as ``==`` does; most tokens of a sentence are no mention of it)
    for t in compress(tokens, map(eq, map(index.by_token.get, map(_INDEX, tokens)), repeat(name))):
        if last is not None and t.i == last + 1:
            spans[-1][1] = t.idx + len(t.text)
        else:
            spans.append([t.idx, t.idx + len(t.text)])
        last = t.i
    return [(a, b) for a, b in spans]


def _text_spans(evidence: str, start: int, name: str) -> list[tuple[int, int]]:
    """Character spans (document offsets) where the sentence writes the name itself."""
    if not name:
        return []
    pe, pn = _plain(evidence), _plain(name)
    return [(start + a, start + b) for a, b in _word_spans(pn, pe)]


def _spans(doc, index, tokens, rel, name):
    got = set(_mention_spans(tokens, index, name)) if index is not None else set()
    got |= set(_text_spans(rel.evidence, rel.start, name))
    return sorted(got)


# ------------------------------------------------------------------ the checks

def fronted_place(rel, doc, index, tokens) -> bool:
    """A party named only in a place phrase that opens the sentence ("Au Palais X, …")."""
    if not any(mark in rel.rule for mark in words()["verb_rule_marks"]):
        return False
    m = _patterns()["opener"].match(_plain(rel.evidence))
    if not m:
        return False
    a, b = rel.start + m.start("np"), rel.start + m.end("np")
    comma = rel.start + m.end()
    # "Au ministère X, dirigé par Y, …", "À la fondation X, que préside Y, …": what follows the comma hangs on the
    # phrase's name, which is then a party
    if _patterns()["led_right_after"].match(_plain(rel.evidence[m.end():m.end() + 40])) \
            or re.match(r"\s*(?:qui|que|qu'|dont|lequel|laquelle|elle-meme|lui-meme)\b", _plain(rel.evidence[m.end():m.end() + 20])):
        return False
    for name in (rel.subject, rel.object):
        spans = _spans(doc, index, tokens, rel, name)
        inside = [s for s in spans if s[0] >= a and s[1] <= b]
        # the phrase is the name itself (with its article), or ends on it after common nouns ("l'hôtel X", "la
        # coupole du palais X"), and nothing after the comma names it again
        if not inside or max(s[1] for s in inside) != b or [s for s in spans if s[0] >= comma]:
            continue
        lead = _plain(rel.evidence[a - rel.start:min(s[0] for s in inside) - rel.start]).replace("'", " ").split()
        if all(w in words()["place_nouns"] or w in words()["determiners"] for w in lead):
            return True
    return False


def title_elsewhere(rel, doc, index, tokens) -> bool:
    """LEADS from a title whose holder's apposition names the bodies of his titles, none the tie's object."""
    if rel.type != "LEADS" or "title" not in rel.rule:
        return False
    pats = _patterns()
    ev, pe = rel.evidence, _plain(rel.evidence)
    subj = _spans(doc, index, tokens, rel, rel.subject)
    seg = None
    for _, b in subj:
        m = re.match(r"\s*,\s*([^,.;:«»()]{3,160})", pe[b - rel.start:])
        if m:
            seg = (b - rel.start + m.start(1), b - rel.start + m.end(1))
            break
    if seg is None:
        return False
    # an apposition opens on a title ("X, maire de A", "X, l'ancien PDG de B"); "X, et le PDG de Y, Z" is a list
    first = re.match(r"(?:(?:l'|le |la |les |un |une |son |sa |notre |votre |leur )?(?:ancien |ancienne |nouveau |"
                     r"nouvelle |actuel |actuelle |futur |future |ex-)?)([a-z\-]+)", pe[seg[0]:seg[1]])
    if not first or first.group(1) not in words()["lead_titles"]:
        return False
    # the title written before the name ("le secrétaire d'État de Y, X") names its own body
    if any(b <= s0 and s0 - b <= 3 for s0, _ in subj for _, b in _spans(doc, index, tokens, rel, rel.object)):
        return False
    # the apposition's titles, each with a body named (a capital after "de"): "maire de A et président de B"
    titled = [t for t in pats["title_de"].finditer(pe, seg[0], seg[1])
              if t.end() < len(ev) and ev[t.end()].isupper()]
    if not titled:
        return False
    obj = _spans(doc, index, tokens, rel, rel.object)
    if not obj:
        return False
    for a, b in obj:
        a0, b0 = a - rel.start, b - rel.start
        if seg[0] <= a0 < seg[1]:
            return False      # a body the apposition names
        if pats["title_de_end"].search(pe[max(0, a0 - 60):a0]) or pats["led_right_after"].match(pe[b0:b0 + 40]):
            return False      # a title or a participle of leading at the body itself
        if re.search(r"\b(?:son|sa|ses|leur|notre|votre)\s+$", pe[max(0, a0 - 20):a0]):
            return False
    return True


def led_complement(rel, doc, index, tokens) -> bool:
    """LEADS whose body is only the de-complement of a common noun a participle of leading follows."""
    if rel.type != "LEADS":
        return False
    pats = _patterns()
    titles = words()["lead_titles"]
    pe = _plain(rel.evidence)
    obj = _spans(doc, index, tokens, rel, rel.object)
    if not obj:
        return False
    for a, b in obj:
        a0, b0 = a - rel.start, b - rel.start
        w0 = max(0, a0 - 60)
        m = pats["noun_de_end"].search(pe[w0:a0])
        if not m or set(m.group("np").split()) & (titles | words()["person_nouns"]) \
                or m.group("np").split()[0] in _SELF_NOUNS:
            return False
        led = pats["led_after"].match(pe[b0:])
        if not led:
            return False
        # the participle agrees with the noun ("les salariés de Z, dirigée par X" describes Z: s23-prec23)
        if doc is not None:
            noun = doc.char_span(rel.start + w0 + m.start("np"), rel.start + w0 + m.start("np")
                                 + len(m.group("np").split()[0]), alignment_mode="expand")
            comma = pe.find(",", b0)
            part = doc.char_span(rel.start + comma + 1, rel.start + b0 + led.end(), alignment_mode="expand")
            part = next((t for t in part if not t.is_punct and not t.is_space), None) if part is not None else None
            if noun is None or part is None or not _agrees(part, noun[0]):
                return False
    return True


def party_labels(text: str, index) -> frozenset:
    """Names typed as persons that the text writes as a label between an elected member's title and a name."""
    if index is None:
        return frozenset()
    pats = _patterns()
    plain = _plain_doc(text)
    same = len(plain) == len(text)
    out = set()
    for name, ent in index.entities.items():
        if ent.type != "PER" or len(name.split()) > 2 or not name[:1].isupper():
            continue
        pn = _plain(name)
        for a, b in _word_spans(pn, plain):
            after = text[b:b + 3] if same else ""
            if re.match(r"\s+[A-ZÀ-Ý]", after) and pats["label_before"].search(plain[max(0, a - 30):a]):
                out.add(name)
                break
    return frozenset(out)


_LABEL_KEPT = ("MEMBER_OF", "ALLY_OF")


def label_party(rel, labels: frozenset) -> bool:
    return rel.subject in labels or (rel.object in labels and rel.type not in _LABEL_KEPT)


def _person_families(plain: str, name: str, others: tuple = ()) -> set:
    """The families of the titles the text writes beside a person's name: before it in its sentence ("le PDG
    d'Y, X") and in the apposition after it ("X, député de Y, …", "X, qui préside Y"). The surname alone counts
    only when no other person of the text (``others``) bears it: a father's and a daughter's titles are not one
    person's."""
    fams, _ = _families()
    last = _plain(name.split()[-1])
    shared = any(o != name and o.split() and _plain(o.split()[-1]) == last for o in others)
    key = _plain(name) if shared else last
    got: set = set()
    for a, b in _word_spans(key, plain):
        pre = re.split(r"[.;:!?\n]", plain[max(0, a - 60):a])[-1]
        post = re.split(r"[.;:!?\n]", plain[b:b + 80])[0]
        post = post.split(",")[1] if post.lstrip().startswith(",") else ""
        window = pre + " | " + post
        got |= {f for f, p in fams if p.search(window)}
    return got


_FORMER = frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex", "ex-", "futur", "future", "ex-ministre",
                     "eternel", "eternelle"})


def title_conflict(rel, doc, index, tokens) -> bool:
    """A person the sentence does not name, drawn from a descriptor whose title ("le ministre délégué", "le
    nouveau directeur général") is of a family none of the titles the text gives that person belongs to."""
    if index is None or doc is None:
        return False
    _, sharp = _families()
    pe = _plain(rel.evidence)
    for side in (rel.subject, rel.object):
        ent = index.entities.get(side)
        if ent is None or ent.type != "PER" or not side.split():
            continue
        if _word_spans(_plain(side.split()[-1]), pe):
            continue      # named in the sentence
        marks = [t for t in tokens if index.by_token.get(t.i) == side and index.kinds.get(t.i) != "pronoun"]
        if not marks:
            continue
        said = set()
        doc_len = len(doc)
        for t in marks:
            # a former title ("l'ancien ministre") the text need not restate: no conflict
            if any(_plain(doc[j].text) in _FORMER for j in range(max(0, t.i - 2), t.i)):
                said = set()
                break
            # the descriptor's words: its own and the two after it ("le nouveau directeur général", "le ministre
            # délégué"), never past a punctuation mark
            run = [t.text]
            for j in range(t.i + 1, min(doc_len, t.i + 3)):
                if doc[j].is_punct:
                    break
                run.append(doc[j].text)
            said |= {f for f, p in sharp.items() if p.search(_plain(" ".join(run)))}
        if not said:
            continue
        others = tuple(n for n, e in index.entities.items() if e.type == "PER")
        held = _person_families(_plain_doc(doc.text), side, others)
        if held and not (said & held):
            return True
    return False


CHECKS = (fronted_place, title_elsewhere, led_complement, title_conflict)


def fails(rel, doc, index, checks) -> bool:
    """One of ``checks`` (each read with the relation, the document, the index and the sentence's tokens) drops
    the relation (precision34's and precision35's checks)."""
    tokens = _sentence_tokens(doc, rel)
    return any(check(rel, doc, index, tokens) for check in checks)


def precision34_checks(doc, index, relations: list) -> list:
    """The relations the checks above leave (read at the end of relations.extract_relations)."""
    if not relations:
        return relations
    text = doc.text if doc is not None else ""
    labels = party_labels(text, index)
    out = []
    for rel in relations:
        if label_party(rel, labels) or fails(rel, doc, index, CHECKS):
            continue
        out.append(rel)
    return out
