"""(s36-refs36) Deal-role nouns: the actor that played the role in a frame the text read before.

Reading called by coref.link_anaphora:

* ``deal_role``: a role noun standing alone with a definite article ("le repreneur", "l'acquéreuse", "du cédant",
  "la partie civile", "le prêteur", "l'attributaire", "le donneur d'ordre") names the actor that played that role
  in the frames of the text before it that have the role (all must name that one actor): the subject of "racheter", "acquérir", "s'emparer
  de", "déposer une offre", "prendre le contrôle"; the "à" party of "céder", "vendre"; the "par" party of "le rachat
  de Y"; the subject of "porter plainte", "assigner", "poursuivre", "se constituer partie civile"; the object of
  "poursuivre", "condamner"; the "à" party of "attribuer", the subject of "remporter le contrat"; the subject of
  "accorder un prêt", "prêter"; the subject of "fournir", "livrer" and the "à" party of "commander"… A buyer noun
  reads purchases and sales first and bids only when the text tells no purchase (a rival's offer is no buyer's). With
  several actors in the role (a coordination, two sales naming two buyers), no one; with no frame,
  no one (a noun the shared lexicon also lists as a plain descriptor, "l'investisseur", keeps that reading).
  A noun that names its own party ("l'acheteur de Y", "le repreneur X", "le vendeur, X,") is left to the readers
  of appositions and complements.

Lexicons in data/refs36.yaml (role nouns and phrases, verb frames, light-verb frames, deal nouns).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

from ..nlp.docview import lower_words_of, tokens_of
from ..yamldata import load_yaml

_ARTICLES = frozenset({"le", "la", "l'", "l’", "du", "au"})
_DE = frozenset({"de", "d'", "d’", "du", "des"})
_TO = frozenset({"à", "au", "aux", "auprès"})
_PARTY_TYPES = ("PER", "ORG", "GOV")
# an investor named so may be the buyer of a takeover ("l'investisseur, qui a déjà pris le contrôle de Y")
# (tiers: the first that names anyone decides; each must name one party)
_ACCEPTS = {"investor": (("investor", "buyer"),), "buyer": (("buyer",), ("bidder",)),
            "bidder": (("bidder",), ("buyer",))}
# verbs whose target is a "de" complement ("s'emparer de Y")
_DE_TARGET = frozenset({"emparer"})


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/refs36.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    return {w.lower(): role for role, words in _data()["role_nouns"].items() for w in words}


@lru_cache(maxsize=1)
def _phrases() -> dict[str, dict[tuple, str]]:
    """first word → {following words: role}."""
    out: dict[str, dict[tuple, str]] = {}
    for phrase, role in _data()["role_phrases"].items():
        words = phrase.lower().replace("'", "' ").split()
        out.setdefault(words[0], {})[tuple(words[1:])] = role
    return out


@lru_cache(maxsize=1)
def first_words() -> frozenset:
    """The words a role noun or phrase begins with (a document with none of them has no role noun)."""
    return frozenset(_nouns()) | frozenset(_phrases())


@lru_cache(maxsize=1)
def _kept() -> frozenset:
    return frozenset(_data()["keep_descriptor"])


@lru_cache(maxsize=1)
def _verbs() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for frame in _data()["verbs"].values():
        for lemma in frame["lemmas"]:
            out.setdefault(lemma, []).append(frame)
    return out


@lru_cache(maxsize=1)
def _light() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for frame in _data()["light_verbs"].values():
        for lemma in frame["lemmas"]:
            out.setdefault(lemma, []).append(frame)
    return out


@lru_cache(maxsize=1)
def _deal_nouns() -> dict[str, dict]:
    return {n: frame for frame in _data()["nouns"].values() for n in frame["nouns"]}


@lru_cache(maxsize=1)
def _object_sets() -> dict[str, frozenset]:
    return {"contract": frozenset(_data()["contract_nouns"]), "goods": frozenset(_data()["goods_nouns"])}


def _case(t) -> str:
    return next((c.lower_ for c in t.children if c.dep_ in ("case", "mark")), "")


def _party(t, index) -> str | None:
    """The one actor token t (an argument's head) stands for; None for none or several (a coordination)."""
    name = index.by_token.get(t.i)
    if name is None:
        name = next((index.by_token[c.i] for c in t.children if c.dep_ in ("flat:name", "appos", "nmod")
                     and c.i in index.by_token and c.i <= t.i + 3 and not _case(c)), None)
    if name is None or index.entities[name].type not in _PARTY_TYPES:
        return None
    for c in t.children:
        if c.dep_ == "conj" and (other := index.by_token.get(c.i)) and other != name:
            return None   # "A et B ont racheté …": two actors in the role, no one of them
    return name


def _subject(v):
    """The subject of verb v: its own, else the governing verb's (an infinitive, a coordinated verb); "qui" of a
    relative clause stands for the noun the clause hangs on."""
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ == "qui" and v.dep_ == "acl:relcl":
                return v.head
            return subj
        if v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        return None
    return None


def _objects(v):
    """The object's head and, past a share of it ("60 % de Y", "la majorité du capital de Y"), the company."""
    for c in v.children:
        if c.dep_ == "obj":
            yield c
            for k in c.children:
                if k.dep_ == "nmod" and _case(k) in _DE:
                    yield k
                    for m in k.children:
                        if m.dep_ == "nmod" and _case(m) in _DE:
                            yield m


def _with_case(v, cases, deps=("obl", "obl:arg", "obl:mod", "iobj", "nmod")):
    for c in v.children:
        if c.dep_ in deps and _case(c) in cases:
            yield c


def _first_party(tokens, index) -> str | None:
    for t in tokens:
        n = _party(t, index)
        if n:
            return n
    return None


def _verb_frames(v, index) -> list[tuple[str, str]]:
    """(role, actor) pairs verb v's frames give."""
    lemma = v.lemma_.lower()
    out = []
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in v.children)
    participle = v.dep_ == "acl" and "Part" in v.morph.get("VerbForm")
    if passive or participle:
        agent = _first_party((c for c in v.children if c.dep_ == "obl:agent"), index)
        patient_tok = next((c for c in v.children if c.dep_ == "nsubj:pass"), None) if passive else v.head
        patient = _party(patient_tok, index) if patient_tok is not None else None
    else:
        st = _subject(v)
        agent = _party(st, index) if st is not None else None
        patient = _first_party(_objects(v), index) or _first_party(_with_case(v, _DE, ("obl:arg", "obl")), index) \
            if lemma in _DE_TARGET else _first_party(_objects(v), index)
        if patient is None and not any(c.dep_ == "obj" for c in v.children):
            # (an object the parser took for an oblique, its first word for a preposition: "reprend MA France")
            patient = _first_party((c for c in v.children if c.dep_ in ("obl:arg", "xcomp") and c.pos_ in ("PROPN", "NOUN")
                                    and _case(c) not in _TO | {"par", "contre", "pour", "avec"}), index)
    # (the parser often hangs the "à" party inside the object: "confier la gestion de Y à la société X")
    to = _first_party(_with_case(v, _TO), index) or _first_party(
        (k for c in v.children if c.dep_ == "obj" for k in _with_case(c, _TO, ("nmod",))), index)
    against = _first_party(_with_case(v, ("contre",)), index)
    obj_words = {c.lemma_.lower() for c in v.children if c.dep_ in ("obj", "nsubj:pass")}
    for frame in _verbs().get(lemma, ()):
        need = frame.get("need_object")
        if need and not obj_words & _object_sets()[need]:
            continue
        if frame.get("obj") == "target" and patient is None:
            continue   # (a sale or purchase of no named company: "vendre des actifs", "acheter des avions")
        if frame.get("subj") and agent:
            out.append((frame["subj"], agent))
        if frame.get("obj") and frame["obj"] != "target" and patient:
            out.append((frame["obj"], patient))
        if frame.get("to") and to:
            out.append((frame["to"], to))
    for frame in _light().get(lemma, ()):
        objs = [c for c in v.children if c.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nsubj:pass")
                and c.lemma_.lower() in frame["objects"]]
        if not objs:
            continue
        if frame.get("subj") and agent and not passive:
            out.append((frame["subj"], agent))
        if frame.get("to") and to:
            out.append((frame["to"], to))
        if frame.get("against"):
            who = against or _first_party((k for o in objs for k in _with_case(o, ("contre",), ("nmod",))), index)
            if who:
                out.append((frame["against"], who))
    return out


def _noun_frames(n, index) -> list[tuple[str, str]]:
    frame = _deal_nouns().get(n.lower_)
    if frame is None:
        return []
    out = []
    for key, cases in (("by", ("par",)), ("to", _TO), ("of_person", _DE), ("against", ("contre",))):
        if frame.get(key):
            who = _first_party(_with_case(n, cases, ("nmod",)), index)
            if who:
                out.append((frame[key], who))
    return out


def _frame_heads(doc, tv, index) -> list[int]:
    """The tokens that may open a frame (verbs of the frames, deal nouns): found once per document."""
    got = index.__dict__.get("_refs36_heads")
    if got is None or got[0] is not tv:
        verbs, light, nouns = _verbs(), _light(), _deal_nouns()
        heads = [t.i for t in tv if (t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in verbs or t.lemma_.lower() in light))
                 or (t.pos_ == "NOUN" and t.lower_ in nouns)]
        got = (tv, heads)
        index.__dict__["_refs36_heads"] = got
    return got[1]


def _role_at(tv, tok) -> tuple[str, int] | None:
    """(role, end token) of a role noun or phrase opening at tok; None when tok opens none."""
    low = tok.lower_
    for rest, role in sorted(_phrases().get(low, {}).items(), key=lambda x: -len(x[0])):
        if all(tok.i + 1 + k < len(tv) and tv[tok.i + 1 + k].lower_.replace("’", "'") == w
               for k, w in enumerate(rest)):
            return role, tok.i + 1 + len(rest)
    role = _nouns().get(low)
    if role is None or "Plur" in tok.morph.get("Number"):
        return None
    return role, tok.i + 1


def deal_role(tv, tok, index) -> tuple[str | None, int, int, bool] | None:
    """For a role noun standing alone at tok: (actor or None, mention start, mention end, keep) — keep: with no
    actor, the noun may still be read as a plain descriptor. None when tok is no such role noun."""
    if tok.lower_ not in first_words() or tok.i == 0:
        return None
    got = _role_at(tv, tok)
    if got is None:
        return None
    role, end = got
    prev = tv[tok.i - 1]
    if prev.lower_ not in _ARTICLES and not (prev.lower_ == "côté" and (prev.i == prev.sent.start
                                                                      or tv[prev.i - 1].is_space)):
        # ("Côté acheteur, …": the press's bare role after "côté" opening a sentence)
        # ("le nouveau propriétaire": the phrase's own adjective is its first word; "l'ancien cédant" no role)
        return None
    start = prev.i if prev.lower_ not in ("du", "au", "côté") else tok.i
    keep = tok.lower_ in _kept()
    if tok.i in index.by_token:
        return None
    if end + 1 < len(tv) and tv[end].lower_ in ("de", "d'", "d’") and tv[end + 1].is_lower \
            and tv[end + 1].pos_ == "NOUN":
        return None   # a compound of another sense: "le demandeur d'emploi", "le titulaire de droits"
    # a noun that names its own party: "l'acheteur de Y", "le repreneur X", "le vendeur, l'assureur X,"
    if end < len(tv) and (end in index.by_token or tv[end].lower_ in _DE and end + 1 < len(tv)
                          and any(k in index.by_token for k in range(end + 1, min(end + 4, len(tv))))):
        return None
    if end + 1 < len(tv) and tv[end].text == "," and prev.lower_ != "côté":   # ("Côté acheteur, X …": the opener's comma)
        k = end + 1
        while k < min(end + 5, len(tv)) and k not in index.by_token and tv[k].pos_ in ("DET", "ADJ", "NOUN"):
            k += 1   # ("le vendeur, l'assureur italien X,": past the apposition's article, noun and adjectives)
        if index.kinds.get(k) in ("name", "introducer"):
            return None
    if any(c.dep_ in ("appos", "flat:name") and c.i in index.by_token for c in tok.children):
        return None
    doc = tok.doc
    # every frame before it that has the role must name the same party (two sales, two complaints by different
    # plaintiffs: no one, as extract/deal_frame30.py reads a lead with two deals)
    told: dict[str, set] = {}
    for h in _frame_heads(doc, tv, index):
        if h >= tok.i:
            break
        t = tv[h]
        for r, who in (_noun_frames(t, index) if t.pos_ == "NOUN" else _verb_frames(t, index)):
            told.setdefault(r, set()).add(who)
    for tier in _ACCEPTS.get(role, ((role,),)):
        names = set().union(*(told.get(r, set()) for r in tier))
        if names:
            return (next(iter(names)) if len(names) == 1 else None, start, end, keep)
    return (None, start, end, keep)


def has_role_nouns(doc) -> bool:
    return not lower_words_of(doc).isdisjoint(first_words())


# ---- paragraph openers: "À la tête de X, …", "Côté acheteur, …" ----

@lru_cache(maxsize=1)
def _cues() -> tuple[tuple, tuple]:
    norm = lambda ws: tuple(str(w).lower().replace("’", "'") for w in ws)
    return tuple(norm(c) for c in _data()["head_cues"]), tuple(norm(c) for c in _data()["role_cues"])


@lru_cache(maxsize=1)
def _cue_firsts() -> frozenset:
    heads, roles = _cues()
    return frozenset(c[0] for c in heads + roles)


def _opened_by(tv, index, j: int, end: int) -> tuple[str, int] | None:
    """(organisation, token) a sentence opening at token j names by a head's post ("À la tête de X", "Patron du
    groupe X") or by a cue before a deal-role noun ("Côté acheteur", "Du côté du vendeur"); the words must end in a
    comma before token ``end``."""
    if tv[j].lower_ not in _cue_firsts():
        return None
    words = [tv[k].lower_.replace("’", "'") for k in range(j, min(j + 5, end))]
    heads, roles = _cues()
    for cue, role in [(c, False) for c in heads] + [(c, True) for c in roles]:
        if tuple(words[:len(cue)]) != cue:
            continue
        k = j + len(cue)
        if not role:
            # (past an article and a noun introducing the name: "À la tête du groupe X")
            while k < min(j + len(cue) + 3, end) and k not in index.by_token and tv[k].pos_ in ("DET", "ADJ"):
                k += 1
            if index.kinds.get(k) == "introducer" and index.by_token.get(k + 1) == index.by_token.get(k):
                k += 1
            name = index.by_token.get(k)
            if not name or index.kinds.get(k) not in ("name", "introducer") or index.entities[name].type != "ORG":
                return None
        else:
            name = index.by_token.get(k)
            if not name or index.kinds.get(k) != "descriptor" or tv[k].lower_ not in first_words() \
                    or index.entities[name].type != "ORG":
                return None
        # the opening phrase closes on a comma within a few words ("À la tête de X depuis 2019, Y …")
        m = k + 1
        while m < min(k + 8, end) and tv[m].text != "," and tv[m].pos_ not in ("VERB", "AUX"):
            m += 1
        if m < end and tv[m].text == ",":
            return name, k
        return None
    return None


def headed_paragraph(tv, index, i: int) -> str | None:
    """The organisation a "À la tête de X, …" or "Côté acheteur, …" opening a sentence of token i's paragraph (its own
    or one of the three before) names as what the paragraph is about; None when another organisation has been a
    sentence's subject since, or none opens so."""
    para, sent_of = index.para_of, index.sent_of
    if not para or i >= len(para):
        return None
    s = sent_of.get(i, 0)
    para_starts, openings = index._openings()   # (found once per document, as cued_company reads them)
    start = para_starts[bisect_right(para_starts, i) - 1]
    # (the paragraph's first word, then each word opening a sentence after it, before i; the three sentences before
    # i's own at most)
    starts = [j for j in ([start] if start < i else []) + openings[bisect_right(openings, start):bisect_left(openings, i)]
              if s - sent_of.get(j, 0) <= 3]
    cued = None
    for j in starts:
        if cued is not None and any(n != cued and index.entities[n].type == "ORG" and m < i
                                    for m, n in index.subjects.get(sent_of.get(j), [])):
            cued = None   # another organisation spoke since
        while j < i and (tv[j].is_space or tv[j].text in ("«", "-", "–", "—")):
            j += 1   # (a paragraph's break, or a dash, opening the sentence)
        got = _opened_by(tv, index, j, i) if j < i else None
        if got is not None:
            cued = got[0]
    return cued
