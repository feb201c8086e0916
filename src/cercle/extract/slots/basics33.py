"""(s33-basics33) Shapes cercle reads that the context breaks.

- named_subject_possessive: "Le missilier X, détenu par A (37,5 %), B et C, arrive en tête. Son PDG, Z, …": a
  possessive title opening a sentence that names no actor before it stands for the previous sentence's subject
  when that subject is a definite common noun right before an organisation's name ("le missilier X", "le
  chantier X", "l'hélicoptériste X": whatever trade the noun says), however many agents or complements of an
  aside the sentence names beside it (the possessive's resolution leaves it empty then: two candidates).
- bare_public_title: "… selon le bilan publié par le ministère des Armées. Le ministre, X, y voit la preuve", "la
  ville de Y … Le maire écologiste, X, accuse …": a public office named bare, with no body of its own, is the
  office of the one body of its kind (data/basics33.yaml bare_public_titles) the text named in the last
  sentences; slot "prep:de" of the title.
- qualified_board_member: "X, membre indépendante du conseil de Y", "membre non exécutif du conseil d'administration
  de Y": a qualifier between "membre" and the board (data/basics33.yaml board_qualifiers); slot "board_of_member"
  (rules.yaml board.qualified_member), and the "de" phrase the member rule reads is emptied (a seat, not a
  membership).
- assembly_authority: "X, président du conseil régional", "X a succédé à Y à la tête du conseil régional",
  "la présidente de l'assemblée départementale": a local authority's assembly or executive named by its noun
  and adjective stands for the authority the text names ("la Région Bretagne"), when exactly one entity's name
  holds a word of the adjective's family (data/basics33.yaml assembly_kinds); slot "prep:de" of the heading
  word (assembly_heads).
"""
from __future__ import annotations

import functools

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from ...nlp.basics33 import apposed_titles, raw
from ..arguments import PERSON_TITLES
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    d = raw()
    return {"nouns": frozenset(d["assembly_nouns"]),
            "kinds": {k: frozenset(fold(x) for x in v) for k, v in d["assembly_kinds"].items()},
            "of": frozenset(d["assembly_of_words"]), "heads": frozenset(d["assembly_heads"])}


_DE = frozenset({"de", "du", "des", "d'", "d’"})


def _authority(index: EntityIndex, kinds: frozenset) -> str | None:
    """The one entity (a public body, or an organisation) whose name holds a word of ``kinds``."""
    found = [n for n, e in index.entities.items() if e.type in ("GOV", "ORG")
             and kinds & set(fold(n).replace("-", " ").split())]
    return found[0] if len(found) == 1 else None


def _assembly_kinds(c) -> frozenset | None:
    """The kind words an assembly noun's adjective (or its own "de" complement) says, if ``c`` is one."""
    w = _words()
    if c.lemma_.lower() not in w["nouns"] and c.lower_ not in w["nouns"]:
        return None
    for a in c.children:
        if a.i > c.i and a.dep_ in ("amod", "acl") and a.lower_ in w["kinds"]:
            return w["kinds"][a.lower_]
        if a.i > c.i and a.dep_ == "nmod" and a.lower_ in w["of"] and not any(
                k.dep_ == "det" for k in a.children) and any(k.dep_ == "case" and k.lower_ in _DE for k in a.children):
            return frozenset({fold(a.lower_)})   # ("l'hôtel de région")
    return None


@acts_on(lambda w: not w.verbal and (w.lower in _words()["heads"] or w.lem in _words()["heads"]))
def assembly_authority(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "prep:de" of a heading word whose "de" complement is a local authority's assembly."""
    if verbal or out.get("prep:de"):
        return
    w = _words()
    if t.lower_ not in w["heads"] and t.lemma_.lower() not in w["heads"]:
        return
    for c in t.children:
        if c.i <= t.i or c.dep_ != "nmod" or c.i in index.by_token \
                or not any(k.dep_ == "case" and k.lower_ in _DE for k in c.children):
            continue
        kinds = _assembly_kinds(c)
        if kinds is None:
            continue
        name = _authority(index, kinds)
        if name is not None:
            out.put("prep:de", [(name, c.i)])
        return


_POSSESSIVES = frozenset({"son", "sa", "leur"})
_DEFINITE = frozenset({"le", "la", "l'", "l’"})


def _previous_sentence_root(t):
    doc = t.doc
    k = t.sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    sent = doc[k].sent
    return next((w for w in doc[sent.start:sent.end] if w.dep_ == "ROOT"), None)


def _named_subject(root, index: EntityIndex) -> tuple[str, int] | None:
    """The organisation named right after the definite common noun that is the clause's subject: "Le missilier
    X … arrive en tête"."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i), None)
    if subj is None or subj.pos_ != "NOUN" or not subj.is_lower \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children):
        return None
    j = subj.i + 1
    name = index.by_token.get(j)
    if name is None or index.kinds.get(j) != "name" or index.type_of(name) not in ("ORG", "GOV"):
        return None
    w = subj.doc[j]
    if w.head is not subj or any(c.dep_ == "case" for c in w.children):
        return None
    return name, j


@acts_on(lambda w: not w.verbal and (w.lower in PERSON_TITLES or w.lower in apposed_titles()))
def named_subject_possessive(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "poss" of a possessive title that opens its sentence (see the module's head)."""
    if verbal or out.get("poss") or (t.lower_ not in PERSON_TITLES and t.lower_ not in apposed_titles()):
        return
    det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in _POSSESSIVES), None)
    if det is None or det.i != t.sent.start and not (det.i > t.sent.start and t.doc[det.i - 1].is_punct
                                                     and det.i - 1 == t.sent.start):
        return
    root = _previous_sentence_root(t)
    if root is None:
        return
    got = _named_subject(root, index)
    if got is not None and got[0] not in {n for n, _ in out.get("head", ())}:
        out.put("poss", [got])


@functools.lru_cache(maxsize=1)
def _bare() -> tuple:
    d = raw()
    return ({k: frozenset(fold(x) for x in v) for k, v in d["bare_public_titles"].items()},
            frozenset(d["bare_title_vetoes"]), int(d["bare_title_reach"]))


# the object slots of the public titles' rules (rules.yaml leads.title_public): one filled, the reader stays out
_OFFICE_SLOTS = ("prep:de", "prep:à", "prep:de_organ", "prep:country", "poss", "appointer", "haver", "announcer")


@acts_on(lambda w: not w.verbal and w.lower in _bare()[0])
def bare_public_title(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "prep:de" of a bare public office (see the module's head)."""
    titles, vetoes, reach = _bare()
    if verbal or t.lower_ not in titles or any(s in out for s in _OFFICE_SLOTS) or not out.get("head"):
        return
    # the holder named beside the title ("Le ministre, X", "le maire X"), not a person the bare title was resolved to
    if not any(0 < j - t.i <= 4 and index.kinds.get(j) == "name" for _, j in out["head"]):
        return
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children):
        return
    for c in t.children:
        if c.i > t.i and c.dep_ in ("nmod", "obl", "obl:mod", "acl", "amod") and c.pos_ != "PUNCT" \
                and (c.dep_ != "amod" or c.lower_ in vetoes) and c.pos_ not in ("PROPN",) \
                or c.i < t.i and c.lower_ in vetoes:
            return   # (a complement of its own, "le ministre de l'Intérieur"; another post, "le ministre délégué")
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in vetoes:
        return
    kinds = titles[t.lower_]
    found = {n for n, e in index.entities.items() if e.type == "GOV" and fold(n).split()[:1]
             and fold(n).split()[0] in kinds}
    if len(found) != 1:
        return
    name = next(iter(found))
    s = index.sent_of.get(t.i)
    if s is None:
        return
    near = [j for j, n in index.by_token.items() if n == name and j < t.i and s - reach < index.sent_of.get(j, -99) <= s]
    if near:   # (set at the title's own word, not put at the body's mention: the list that mention stands in, "entre
        # A et la ville de Y", is no party of the office)
        out["prep:de"] = [(name, t.i)]


@functools.lru_cache(maxsize=1)
def _board() -> tuple:
    d = raw()
    return frozenset(d["board_qualifiers"]), frozenset(d["board_nouns"]), frozenset(d["board_vetoes"])


@acts_on(lambda w: not w.verbal and w.lower in ("membre", "membres"))
def qualified_board_member(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "board_of_member" of "membre <qualifier> du conseil (…) de Y" (see the module's head)."""
    if verbal or t.lower_ not in ("membre", "membres") or "board_of_member" in out:
        return
    quals, boards, vetoes = _board()
    doc = t.doc
    k = t.i + 1
    while k < len(doc) and k - t.i <= 3 and (doc[k].lower_ in quals or doc[k].text == "-"):
        k += 1
    if k == t.i + 1 or k + 1 >= len(doc) or doc[k].lower_ not in ("du", "de"):
        return   # (no qualifier: "membre du conseil de Y" is board.title's)
    organ = doc[k + 1] if doc[k].lower_ == "du" else (doc[k + 2] if k + 2 < len(doc) and doc[k + 1].lower_ == "l'" else None)
    if organ is None or organ.lower_ not in boards:
        return
    end = min(len(doc), organ.i + 8)
    j = organ.i + 1
    if j < end and doc[j].lower_ in vetoes:
        return
    while j < end and not doc[j].is_punct:
        name = index.by_token.get(j)
        if name is not None and index.kinds.get(j) == "name":
            if index.type_of(name) == "ORG" and doc[j - 1].lower_ in _DE | {"l'", "l’"}:
                out["board_of_member"] = [(name, j)]
                out.pop("prep:de", None)
            return
        j += 1


BASICS33_READERS = Readers(named_subject_possessive, bare_public_title, qualified_board_member, assembly_authority)
