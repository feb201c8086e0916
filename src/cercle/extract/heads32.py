"""(s32-heads32) Who heads what, read as a pass over the ties the rules found (cue words in data/heads32.yaml):

- a possessive naming the head: "la centrale Y de X", "le parti Y de X", "la Métropole Y de X", "la CGT de X" (a
  named organisation, then "de" and a person's name): X leads Y (LEADS) when Y is a led body by its kind (a party,
  a union, an institution, a government, a local authority, or an acronym of no known kind), X owns Y (OWNS) when Y
  is a holding; a company, a club, a newsroom or a house gives nothing (owner, head, star or coach). A closeness or
  a meeting the rules read between the two in that sentence ("le soutien de la CPME de X": the CPME's support, not
  X's ally) is dropped;
- "ancien de Y", "ex de Y": a post read into Y from a title coordinated before it ("directeur général du groupe et
  ancien de Y") is what the text says of Y only as a former employee: WORKS_FOR, status former;
- "ancien PDG de Y et administrateur référent": a second title with no "de" of its own, after a former one, is a
  post held now, not at Y: its tie to Y (of another type than the first title's) is dropped;
- taking control of a party, a union, a federation ("X a pris le contrôle du parti"): ACQUIRES becomes LEADS.

The organisation's kind is read from the words of its name, its aliases and the word that introduced it ("le
syndicat Y"), never from the name itself.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ..mentions.lexicon import fold
from ..mentions.wordpos import tokens_at
from ..nlp.docview import tokens_of
from ..records import Relation
from ..yamldata import load_yaml

_DE = frozenset({"de", "d'", "d’"})
_AROUND = frozenset({"ALLY_OF", "PARTNERS_WITH", "MEETS", "OPPOSES", "COMPETES_WITH", "FAMILY"})


_AS_WRITTEN = frozenset({"post_nouns_en", "post_verbs_en", "helm_nouns", "career_span_nouns"})


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """data/heads32.yaml, folded: each list a frozenset; chain_titles a dict type → frozenset."""
    raw = load_yaml((Path(__file__).parent / "data" / "heads32.yaml").read_text(encoding="utf-8"))
    out: dict = {}
    for k, v in raw.items():
        if isinstance(v, dict):
            out[k] = {t: frozenset(fold(str(x)) for x in xs) for t, xs in v.items()}
        else:
            # (the words a reader compares with a token's lower case are kept as written)
            out[k] = frozenset(str(x) for x in v) if k in _AS_WRITTEN else frozenset(fold(str(x)) for x in v)
    return out


def _kind_words(name: str, index, tv) -> tuple[set[str], str, list[str]]:
    """The folded words of an organisation's name, its aliases and its introducers, the same joined by spaces
    (for the kinds of two words), and its head words: the introducers ("le syndicat Y"), the name's first word,
    each alias's first noun ("la centrale"), in that order."""
    e = index.entities.get(name)
    aliases = list(e.aliases if e is not None else ())
    intro = []
    for i, n in index.by_token.items():
        if n == name and index.kinds.get(i) == "introducer":
            intro.append(fold(tv[i].text))
    texts = [name, *aliases, *intro]
    joined = " | ".join(fold(t).replace("'", " ") for t in texts)
    heads = list(intro)
    for t in (name, *aliases):
        ws = [x for x in fold(t).replace("'", " ").split() if x not in _ARTICLES]
        if ws:
            heads.append(ws[0])
    return set(joined.replace("|", " ").split()), joined, heads


_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "son",
                       "sa", "ses", "leur"})


def _has(kinds: frozenset, ws: set[str], joined: str) -> bool:
    return any((k in ws) if " " not in k else (k in joined) for k in kinds)


def _acronym(name: str) -> bool:
    s = name.replace("-", "").replace("&", "").replace(".", "")
    return 2 <= len(s) <= 7 and s.isupper() and s.isalnum()


def _org_kind(name: str, index, tv) -> str | None:
    """"LEADS", "OWNS" or None (unsure) for a named organisation put before "de" + a person: by its head words
    first (the word that introduced it, its name's first word, its aliases' first words), then by any word of
    its name or aliases; a public body, or an acronym of no known kind, is led."""
    w = words()
    ws, joined, heads = _kind_words(name, index, tv)
    for h in heads:
        if h in w["owned_kinds"]:
            return "OWNS"
        if h in w["led_kinds"]:
            return "LEADS"
        if h in w["unsure_kinds"]:
            return None
    if _has(w["owned_kinds"], ws, joined):
        return "OWNS"
    if _has(w["unsure_kinds"], ws, joined):
        return None
    if _has(w["led_kinds"], ws, joined) or index.type_of(name) == "GOV":
        return "LEADS"
    return "LEADS" if _acronym(name) else None


def _mention_starts(index, name: str, lo: int, hi: int) -> list[int]:
    by = index.by_token
    return [i for i in range(lo, hi) if by.get(i) == name and by.get(i - 1) != name]


def possessive_heads(doc, index, found: list[Relation]) -> list[Relation]:
    """"la CGT de X", "le parti Y de X", "la holding Y de X" (see the module's head)."""
    tv = tokens_of(doc)
    by = index.by_token
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    drop: set[tuple[str, str, int]] = set()
    ev = words()["event_nouns"]
    for j, p in list(by.items()):
        if j < 2 or by.get(j - 1) == p or index.kinds.get(j) != "name" or index.type_of(p) != "PER":
            continue
        if tv[j - 1].lower_ not in _DE:
            continue
        o = by.get(j - 2)
        # (a proper name: "Y, le parti de X" is read by the rules, its "parti" resolved by coreference)
        if o is None or o == p or index.type_of(o) not in ("ORG", "GOV") or index.kinds.get(j - 2) != "name":
            continue
        if tv[j - 1].sent.start != tv[j - 2].sent.start:
            continue
        first = j - 2
        while first > 0 and by.get(first - 1) == o:
            first -= 1
        named = j - 2   # (the first word of the name itself, not of its introducer: "le syndicat Y")
        while named > first and index.kinds.get(named - 1) == "name":
            named -= 1
        if not tv[named].text[:1].isupper():
            continue
        # (the word the name hangs on: "le départ de Y de X" says X left Y)
        k = first - 1
        while k >= 0 and tv[k].pos_ == "DET":
            k -= 1
        if k >= 1 and tv[k].lower_ in ("de", "du", "d'", "d’", "des") and fold(tv[k - 1].text) in ev:
            continue
        if k >= 0 and tv[k].lower_ == "du" and k >= 1 and fold(tv[k - 1].text) in ev:
            continue
        kind = _org_kind(o, index, tv)
        if kind is None:
            continue
        sent = tv[j].sent
        drop.add((o, p, sent.start_char))
        key = (kind, p, o)
        if key in have:
            continue
        have.add(key)
        out.append(Relation(type=kind, subject=p, object=o, evidence=sent.text, start=sent.start_char,
                            end=sent.end_char, confidence=0.7, rule="leads.possessive_name" if kind == "LEADS"
                            else "owns.possessive_name"))
    if drop:
        found = [r for r in found if not (r.type in _AROUND and (
            (r.subject, r.object, r.start) in drop or (r.object, r.subject, r.start) in drop))]
    return found + out


def _sent_range(doc, r: Relation):
    """The tokens of the sentence a tie was read from."""
    for s in doc.sents:
        if s.start_char == r.start:
            return s
    return None


def former_of(doc, index, found: list[Relation]) -> list[Relation]:
    """"ancien de Y" and "ancien PDG de Y et administrateur référent" (see the module's head)."""
    w = words()
    formers, chains = w["former_words"], w["chain_titles"]
    if not any(r.type in ("LEADS", "BOARD_MEMBER", "FOUNDED") for r in found):
        return found
    tv = tokens_of(doc)
    keep: list[Relation] = []
    have = {(r.type, r.subject, r.object) for r in found}
    for r in found:
        if r.type not in ("LEADS", "BOARD_MEMBER", "FOUNDED") or not any(
                fold(x) in formers for x in r.evidence.replace("-", " ").split()):
            keep.append(r)
            continue
        s = _sent_range(doc, r)
        starts = _mention_starts(index, r.object, s.start, s.end) if s is not None else []
        if not starts:
            keep.append(r)
            continue
        bare = all(i >= 2 and tv[i - 1].lower_ in _DE | {"du", "des"} and fold(tv[i - 2].text) in formers
                   for i in starts)
        if bare:
            # "ancien de Y" only: a former employee of Y, no post
            key = ("WORKS_FOR", r.subject, r.object)
            if key not in have:
                have.add(key)
                keep.append(Relation(type="WORKS_FOR", subject=r.subject, object=r.object, evidence=r.evidence,
                                     start=r.start, end=r.end, status="former", confidence=min(r.confidence, 0.75),
                                     rule="works_for.former_of"))
            continue
        if _chained_after_former(tv, index, starts, r, formers, chains):
            continue
        keep.append(r)
    return keep


def _title_at(tv, i: int, chains: dict) -> tuple[str, int] | None:
    """The chain title starting at token i (its type, the token after it)."""
    for n in (3, 2, 1):
        words_ = " ".join(fold(t.text) for t in tv[i:i + n])
        for typ, titles in chains.items():
            if words_ in titles:
                return typ, i + n
    return None


def _chained_after_former(tv, index, starts: list[int], r: Relation, formers, chains) -> bool:
    """"ancien T1 de Y et T2" with T2 (no "de" after it) of r's type and T1 of another: r was read from T2."""
    for i in starts:
        end = i
        while end + 1 < len(tv) and index.by_token.get(end + 1) == r.object:
            end += 1
        if end + 2 >= len(tv) or tv[end + 1].lower_ != "et":
            return False
        second = _title_at(tv, end + 2, chains)
        if second is None or second[0] != r.type:
            return False
        after = second[1]
        while after < len(tv) and tv[after].pos_ == "ADJ":
            after += 1
        if after < len(tv) and tv[after].lower_ in ("de", "du", "d'", "d’", "des", "chez", "à", "au"):
            return False
        # the first title: "ancien T1 de Y", T1 of another type
        if i < 3 or tv[i - 1].lower_ not in ("de", "d'", "d’", "du"):
            return False
        k = i - 2
        first = None
        for n in (1, 2, 3):
            if k - n + 1 < 0:
                break
            got = _title_at(tv, k - n + 1, chains)
            if got is not None and got[1] == k + 1:
                first = (got[0], k - n + 1)
                break
        if first is None or first[0] == r.type:
            return False
        if not (first[1] >= 1 and fold(tv[first[1] - 1].text) in formers):
            return False
    return True


def party_control(doc, index, found: list[Relation]) -> list[Relation]:
    """"X a pris le contrôle du parti": a person taking control of a led body leads it."""
    if not any(r.type == "ACQUIRES" for r in found):
        return found
    tv = tokens_of(doc)
    kinds = words()["control_led_kinds"]
    have = {(r.type, r.subject, r.object) for r in found}
    out = []
    for r in found:
        if r.type == "ACQUIRES" and index.type_of(r.subject) == "PER" and index.type_of(r.object) == "ORG":
            ws, joined, _ = _kind_words(r.object, index, tv)
            if _has(kinds, ws, joined) and not _has(words()["owned_kinds"], ws, joined):
                if ("LEADS", r.subject, r.object) not in have:
                    have.add(("LEADS", r.subject, r.object))
                    out.append(Relation(type="LEADS", subject=r.subject, object=r.object, evidence=r.evidence,
                                        start=r.start, end=r.end, date=r.date, confidence=r.confidence,
                                        rule="leads.control_of_body"))
                continue
        out.append(r)
    return out


_POSTS = ("LEADS", "WORKS_FOR", "BOARD_MEMBER")


def possessive_successors(doc, index, found: list[Relation]) -> list[Relation]:
    """"X a quitté la direction de Y. Son successeur, Z, …": Z holds the post X was told, in this sentence before
    the noun or in the one before, to have left (one post left by one person only; else nothing)."""
    nouns = words()["successor_nouns"]
    tv = tokens_of(doc)
    sents = None
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    # (the words right after a "son" or "sa" only, in text order: wordpos; the test below kept)
    for t in [tv[p.i + 1] for p in tokens_at(tv, ("son", "sa")) if p.i + 1 < len(tv)]:
        if t.i < 1 or tv[t.i - 1].lower_ not in ("son", "sa") or fold(t.text) not in nouns:   # (fold last: a call per word)
            continue
        k = t.i + 1
        if k < len(tv) and tv[k].text == ",":
            k += 1
        z = index.entity_at(k) if k < len(tv) and index.kinds.get(k) == "name" else None
        if z is None or index.type_of(z) != "PER":
            continue
        if sents is None:
            sents = list(doc.sents)
        n = next((m for m, s in enumerate(sents) if s.start <= t.i < s.end), None)
        if n is None:
            continue
        lo = sents[max(0, n - 1)].start_char
        left = {(r.type, r.subject, r.object) for r in found if r.type in _POSTS and r.status == "former"
                and not r.negated and lo <= r.start < t.idx and index.type_of(r.subject) == "PER" and r.subject != z
                and index.type_of(r.object) in ("ORG", "GOV")}
        # (one person, one organisation left; the most precise post told: "a quitté la direction de Y" gives both
        # WORKS_FOR and LEADS former)
        if len({x[1] for x in left}) != 1 or len({x[2] for x in left}) != 1:
            continue
        typ, _, org = min(left, key=lambda x: _POSTS.index(x[0]))
        if (typ, z, org) in have or z == org:
            continue
        have.add((typ, z, org))
        sent = sents[n]
        out.append(Relation(type=typ, subject=z, object=org, evidence=sent.text, start=sent.start_char,
                            end=sent.end_char, confidence=0.6, rule="succession.successor_noun"))
    return found + out


def _org_described(name: str, index) -> bool:
    """An actor some alias of which is an organisation's description ("le groupe", "l'entreprise")."""
    e = index.entities.get(name)
    if e is None:
        return False
    w = words()["org_only_aliases"]
    for a in e.aliases:
        ws = [x for x in fold(a).replace("'", " ").split() if x not in _ARTICLES]
        if ws and ws[0] in w:
            return True
    return False


def no_kin_of_firms(index, found: list[Relation]) -> list[Relation]:
    """A family tie with an actor the text describes as an organisation is dropped."""
    if not any(r.type == "FAMILY" for r in found):
        return found
    return [r for r in found if r.type != "FAMILY"
            or not (_org_described(r.subject, index) or _org_described(r.object, index))]


def heads32_ties(doc, index, found: list[Relation]) -> list[Relation]:
    """The pass of relations.py (s32-heads32)."""
    if index is None:
        return found
    found = possessive_heads(doc, index, found)
    found = former_of(doc, index, found)
    found = party_control(doc, index, found)
    found = no_kin_of_firms(index, found)
    return possessive_successors(doc, index, found)
