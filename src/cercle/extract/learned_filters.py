"""(s37-pairs37) Shapes where a learned pair tie is not what the sentence says, checked at inference.

The learned pair reader (learned.py) scores a pair of actors from the words and the dependency path between
them; it does not know that some constructions keep two actors apart however close they stand. Each check
below reads one proposed tie (its sentence's tokens, the two mention spans, the type) and names the shape
that refuses it, or returns None. Word lists: data/learned_filters.yaml (French words only, never a name).

Shapes (each a "must not" of the team's tests, tests/extract FORBIDDEN, or a false tie of real passages):
- negated: the attribute pass found the tie negated ("n'a pas reconnu X coupable");
- source: a party introduces a claim ("Selon X, Y a …", "Pour le président de X, Y …");
- unstated: the tie is refused, failed, wished or hoped for ("a refusé toute alliance avec Y", "entend
  reconquérir la présidence de Y", "seul candidat à diriger Y", "a réclamé en vain un siège");
"""
from __future__ import annotations

import functools
from pathlib import Path

from ..yamldata import load_yaml


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    raw = load_yaml((Path(__file__).parent / "data" / "learned_filters.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x).lower() for x in v) for k, v in raw.items()}


def chain(t, stop=None) -> list:
    """The token and its heads up to the root, or up to (not including) ``stop``."""
    out = [t]
    if stop is not None and t.i == stop.i:
        return out
    while out[-1].head.i != out[-1].i and len(out) < 40:
        nxt = out[-1].head
        if stop is not None and nxt.i == stop.i:
            break
        out.append(nxt)
    return out


def common_ancestor(ha, hb):
    up = {t.i for t in chain(ha)}
    return next((t for t in chain(hb) if t.i in up), hb)


def _children(t):
    return list(t.children)


def _source(ha, hb, lca, inside=()) -> bool:
    """A party inside a phrase that gives a claim's source ("Selon X, …", "D'après le président de X, …") or an
    opinion's holder by a title ("Pour le président de X, Y a commis une erreur"): the source is no party to the
    claim. ("Pour X, l'un des associés de Y, …" is left alone: X is the holder, and the apposition is his.)"""
    w = words()
    nodes = [(n, t) for h in (ha, hb) for n, t in enumerate(chain(h, lca)[:2])]   # (the mention, or its title)
    if lca.pos_ == "NOUN" and lca.i not in inside and lca.i not in (ha.i, hb.i):
        nodes.append((1, lca))   # (the title both hang on: "selon le directeur de X, Y" read as an apposition)
    for n, t in nodes:
            for c in _children(t):
                if c.dep_ != "case":
                    continue
                word = (c.lower_ + "".join(g.lower_ for g in _children(c) if g.dep_ == "fixed")).replace("’", "'")
                if word in w["source_cases"] or c.lower_ in w["source_cases"]:
                    return True
                if n == 1 and c.lower_ in w["fronted_source_cases"] and c.is_sent_start:
                    return True
    return False


def _unstated(ha, hb, lca) -> bool:
    w = words()
    nodes = [t for h in (ha, hb) for t in chain(h, lca)[1:]] + [lca]
    for t in nodes:
        if t.lemma_.lower() in w["unstated_words"] or t.lower_ in w["unstated_words"]:
            return True
        if any(c.lower_ in w["unstated_adverbs"] for c in _children(t)):
            return True
    return False


def _lemma(t) -> str:
    return t.lemma_.lower()


def _has(t, key) -> bool:
    w = words()[key]
    return _lemma(t) in w or t.lower_ in w


def _through(ha, hb, lca, inside) -> bool:
    """A party hangs on an event it undergoes or a message it sent, below the verb."""
    for h in (ha, hb):
        for t in chain(h, lca)[1:]:
            if t.i in inside:
                continue
            if t.pos_ == "NOUN" and _has(t, "through_nouns") or t.pos_ == "VERB" and _has(t, "through_verbs"):
                return True
    return False


def _kin(ha, hb, lca, rtype, inside) -> bool:
    """"La fille du président de X, Y" (LCA a kinship noun, another type), "X, le mari du chanteur, les actrices
    Y et Z" (a kinship noun on the path whose own complement is off the path)."""
    if rtype != "FAMILY":
        if lca.i in inside or lca.pos_ != "NOUN" or not _has(lca, "kin_nouns"):
            return False
        # (the title is the relative's complement: "la fille [du président de X]"; not "le fils, qui préside X")
        return any(len(chain(h, lca)) > 1 and chain(h, lca)[-1].dep_ == "nmod" for h in (ha, hb))
    path = {t.i for h in (ha, hb) for t in chain(h, lca)} | {lca.i}
    for t in path:
        tok = ha.doc[t]
        if tok.i in inside or not (tok.pos_ == "NOUN" and _has(tok, "kin_nouns")):
            continue
        if any(c.dep_ == "nmod" and c.i not in path for c in _children(tok)):
            return True
    return False


def _eponym(ha, hb, lca) -> bool:
    """A party written as the descriptor of a company named after someone ("le PDG du groupe éponyme")."""
    for t in {x.i: x for h in (ha, hb) for x in (h, h.head)}.values():   # (the mention, or the title above it)
        for c in _children(t):
            if _has(c, "eponym_words"):
                return True
            if c.dep_.startswith("acl") and any(_has(g, "eponym_nouns") for g in _children(c)):
                return True
    return False


def _inner_party(ha, hb, lca, rtype, inside, types) -> bool:
    """A party that completes a common noun the tie is really about:
    - a place: "le géant de X a investi", "le fonds de retraite de l'État de X, piloté par Y" (the noun's referent
      invests, is led; X only says where it is from);
    - a title of another type with a relative clause: "le fondateur de X, qui détenait 11 % du titre via sa
      holding Y" (the founder holds, not X)."""
    from .learned import _cue_types   # (learned.py imports this module)

    for h, other in ((ha, hb), (hb, ha)):
        if h.dep_ != "nmod":
            continue
        n = h.head
        if n.i in inside or n.pos_ != "NOUN" or n.i == h.i:
            continue
        if _has(n, "place_origin_nouns") and n.dep_.startswith("nsubj"):
            return True
        if types.get(h.i) == "GOV":
            m = h
            while m.dep_ == "nmod" and m.head.i not in inside and m.head.pos_ == "NOUN" and m.head.i != m.i:
                m = m.head
                if _has(m, "origin_nouns"):
                    return True
        if n.i == lca.i:
            below = chain(other, n)
            own = set(_cue_types(n, inside))
            if below[-1].dep_.startswith("acl") and rtype not in own and own & {"LEADS", "FOUNDED", "BOARD_MEMBER"}:
                return True
    return False


_CONTROL = {"LEADS", "WORKS_FOR", "BOARD_MEMBER", "FOUNDED", "MEMBER_OF"}


def _no_cue(ha, hb, lca, rtype, inside) -> bool:
    """A post, membership or founding of a "nous" (an interviewee's company) with no word of it on the path
    between the two: "Lucie Farge, la présidente de notre conseil régional, nous écoute". (For every party,
    it cost thirteen true ties of the invented articles for one false one.)"""
    if rtype not in _CONTROL or not any(h.lower_ in ("nous", "notre", "nos") for h in (ha, hb)):
        return False
    from .learned import _cue_types

    nodes = [t for h in (ha, hb) for t in chain(h, lca)] + [lca]
    return not any(rtype in _cue_types(t, ()) for t in nodes)


def _other_subject(ha, hb, lca, inside) -> bool:
    """A verb on the path whose subject is a common noun off the path ("X, dont le groupe détient 57 % de Y"):
    the noun's referent acts, not X."""
    path = {t.i for h in (ha, hb) for t in chain(h, lca)} | {lca.i}
    for i in path:
        t = ha.doc[i]
        if t.pos_ not in ("VERB", "AUX") or t.i in (ha.i, hb.i) or not t.dep_.startswith("acl"):
            continue
        for c in _children(t):
            if c.dep_.startswith("nsubj") and c.i not in path and c.i not in inside and c.pos_ == "NOUN" \
                    and any(g.lower_ == "dont" for g in _children(c)):
                return True
    return False


def _visit(ha, hb, lca, rtype) -> bool:
    if rtype != "WORKS_FOR":
        return False
    for h in (ha, hb):
        if not (_has(h.head, "visit_verbs") and h.head.i in {t.i for g in (ha, hb) for t in chain(g, lca)} | {lca.i}):
            continue
        kids = [c.lower_ for c in _children(h) if c.dep_ in ("case", "fixed")]
        if any(k in words()["visit_cases"] for k in kids) and "de" not in kids:
            return True
    return False


def _court(ha, hb, lca, rtype) -> bool:
    """SUES read from "renvoyer X devant N" where N is no court."""
    if rtype != "SUES":
        return False
    for c in _children(lca):
        if any(g.lower_ == "devant" and g.dep_ == "case" for g in _children(c)) and not _has(c, "court_nouns"):
            return True
    return False


def _listed_stake(ha, hb, lca) -> bool:
    """"A détient 64 % du groupe, le fonds B en possède 21 %": B hangs on the percentage as a list item."""
    for h in (ha, hb):
        up = chain(h, lca)
        for low, high in zip(up, up[1:] + [lca]):
            if _has(high, "stake_nouns") and low.dep_ != "nmod":
                return True
    return False


def _reported(ha, hb, lca) -> bool:
    """A party reached through the reporting clause of a quote: "A vous reproche …, écrit B"."""
    for h in (ha, hb):
        for t in chain(h, lca):
            if t.dep_ == "parataxis" and t.head.i == lca.i and _has(t, "speech_verbs"):
                return True
    return False


def _title(ha, hb, lca, rtype, inside) -> bool:
    """A title that does not give the type: "secrétaire du parti" (no rank), "chef économiste de la banque X",
    "ambassadrice de la marque X"."""
    if rtype not in ("LEADS", "WORKS_FOR", "BOARD_MEMBER"):
        return False
    path = [t for h in (ha, hb) for t in chain(h, lca)[1:]] + [lca]
    for t in path:
        if t.i in inside and t not in (ha, hb):
            continue
        kids = _children(t)
        if rtype == "LEADS" and _has(t, "ranked_titles") and not any(_has(c, "rank_words") for c in kids):
            return True
        if rtype == "LEADS" and any(_has(c, "title_qualifiers") and c.i > t.i for c in kids):
            return True
        if _has(t, "brand_nouns") and t.dep_ == "nmod":
            return True
    for h in (ha, hb):   # (the brand noun inside the mention: "la marque X")
        if any(_has(c, "brand_nouns") for c in _children(h)) or _has(h, "brand_nouns"):
            return True
    return False


def _perceived(ha, hb, lca) -> bool:
    """"X a perçu Y comme un partenaire": how X sees Y."""
    if not _has(lca, "perception_verbs"):
        return False
    return any(c.lower_ == "comme" for t in _children(lca) for c in [t, *_children(t)])


def _subject_apposition(ha, hb, lca, inside) -> bool:
    """"…, en collaboration avec X, l'actuel président de Y (remplacé en mai) s'envolera": the title with no comma
    before the verb is the sentence's subject (another person), not an apposition to X."""
    doc = ha.doc
    for t in (ha, hb):
        if t.i != lca.i:
            continue
        for c in _children(t):
            if c.dep_ != "appos" or c.pos_ != "NOUN":
                continue
            end = max([c.i] + [g.i for g in _children(c)] + [gg.i for g in _children(c) for gg in _children(g)])
            k, depth = end + 1, 0
            while k in _doc_keys(doc):
                x = doc[k]
                if x.text == "(":
                    depth += 1
                elif x.text == ")":
                    depth -= 1
                elif depth <= 0 and x.i not in inside:
                    break
                k += 1
            else:
                continue
            x = doc[k]
            if x.text not in (",", ".", ";", ":", "»", "«") and (x.pos_ in ("VERB", "AUX") or x.dep_.startswith("expl")
                                                                or x.lower_ in ("se", "s'", "s’")):
                return True
    return False


def _listed(ha, hb, lca, rtype) -> bool:
    """An OPPOSES drawn from putting a party on a list ("A a inscrit X sur sa liste des partenaires", "dans son
    classement des meilleurs employeurs") when the sentence names no sanction, blacklist or ban: a list of
    partners or of the best is no feud (three forbidden sentences of s37-cues37 with the reader on)."""
    if rtype != "OPPOSES":
        return False
    sent = lca.sent
    if not any(_has(t, "list_nouns") for t in sent):
        return False
    return not any(_has(t, "sanction_list_words") for t in sent)


def _doc_keys(doc):
    return doc.keys() if isinstance(doc, dict) else range(len(doc))


def refusal(ha, hb, rtype: str, negated: bool = False, inside=frozenset(), types=None) -> str | None:
    """The shape that refuses a learned tie between the mentions headed by tokens ha and hb, or None.
    ``inside``: the token indices of the sentence's actor mentions; ``types``: head token index → actor type."""
    types = types or {}
    if negated:
        return "negated"
    lca = common_ancestor(ha, hb)
    if _source(ha, hb, lca, inside):
        return "source"
    if _unstated(ha, hb, lca):
        return "unstated"
    if _through(ha, hb, lca, inside):
        return "through"
    if _kin(ha, hb, lca, rtype, inside):
        return "kin"
    if _eponym(ha, hb, lca):
        return "eponym"
    if _title(ha, hb, lca, rtype, inside):
        return "title"
    if _perceived(ha, hb, lca):
        return "perceived"
    if _subject_apposition(ha, hb, lca, inside):
        return "subject-apposition"
    if _inner_party(ha, hb, lca, rtype, inside, types):
        return "inner-party"
    if _other_subject(ha, hb, lca, inside):
        return "other-subject"
    if _visit(ha, hb, lca, rtype):
        return "visit"
    if _court(ha, hb, lca, rtype):
        return "court"
    if _listed_stake(ha, hb, lca):
        return "listed-stake"
    if _reported(ha, hb, lca):
        return "reported"
    if _no_cue(ha, hb, lca, rtype, inside):
        return "no-cue"
    if _listed(ha, hb, lca, rtype):
        return "listed"
    return None
