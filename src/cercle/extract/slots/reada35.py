"""(s35-reada35) Money, ownership and leadership ties whose two parties are both named in the sentence, read where
the start code lost them. The cue words are lexical families, in data/reada35.yaml (French words, never a name):

- a subsidiary named after its parent ("X France", "X Hotels", "X Cement Syria") that an apposition calls a unit of
  a company, before or after the name, in any word of the family (filiale, branche, division, pôle, unité, entité,
  succursale, antenne, bras, émanation, satellite…) and whatever stands between (adjectives, "du groupe", "du
  sidérurgiste", a possessive): "Sa filiale hôtelière, X Hotels, …", "X France, la filiale hexagonale du
  sidérurgiste, …", "La branche syrienne du groupe, X Syria, …": the parent X owns it (slots "prefix_parent35",
  "prefix_branch35" of owns.branch_prefix35). Only when no other company is named in the apposition ("X France, la
  filiale du groupe Y": Y's, read by owns.subsidiary) and the article names the parent X itself.

- the helm of a body handed to a person, in any word of the family (les commandes, les rênes, les manettes, la barre,
  le gouvernail, les clés, les destinées, la direction, la présidence, le pilotage) and any verb of handing (confier,
  remettre, transmettre, passer, céder, laisser, léguer…), active or passive: "Y a confié en mars les commandes à X",
  "le conseil de Y a remis les clés du groupe à X", "les rênes de Y ont été transmises à X": X leads Y, the body
  the helm noun names ("de Y") or else the subject's (a named organisation, a board's company) (slots
  "helm_taker35", "helm_body35" of leads.helm35). A helm is not a purchase order ("passer des commandes à Y" has no
  definite article before the plural: not read).

Each reader tests its trigger word first (its @acts_on declaration) and reads only the words of its apposition."""
from __future__ import annotations

from pathlib import Path

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_W = load_yaml((Path(__file__).resolve().parent.parent / "data" / "reada35.yaml").read_text(encoding="utf-8"))


def _set(key: str) -> frozenset:
    return frozenset(str(x).lower() for x in _W[key])


_BRANCH = _set("branch_nouns")
_DETS = _set("determiners")
_HAND = _set("hand_verbs")
_HELM = _set("helm_nouns")
_DEF = frozenset({"les", "la", "le", "l'", "l’", "ses", "sa", "son", "leur", "leurs"})
_DE = ("de", "d'", "d’", "du", "des")


def _name_at(index: EntityIndex, i: int) -> str | None:
    """The ORG named at token ``i`` (a name mention, not a descriptor)."""
    e = index.by_token.get(i)
    if e is None or index.kinds.get(i) != "name" or index.type_of(e) != "ORG":
        return None
    return e


def _span_of(index: EntityIndex, i: int, tv) -> tuple[int, int]:
    """First and last token of the mention at ``i``."""
    e = index.by_token.get(i)
    a = i
    while a > 0 and index.by_token.get(a - 1) == e:
        a -= 1
    b = i
    while b + 1 < len(tv) and index.by_token.get(b + 1) == e:
        b += 1
    return a, b


def _apposed_name(t, index: EntityIndex, tv) -> tuple[str, int] | None:
    """The ORG name set off by a comma beside the branch noun phrase of ``t``: after it ("Sa filiale hôtelière, X
    Hotels") or before it ("X France, la filiale hexagonale du sidérurgiste"); None when another name stands in the
    phrase."""
    i = t.i
    if i == 0 or tv[i - 1].lower_ not in _DETS:
        return None
    start = i - 1
    sent = t.sent
    # the phrase: lower-case words only from the determiner to the next comma
    j = i + 1
    while j < sent.end and tv[j].text != "," and j - i <= 6:
        if not tv[j].is_lower and not tv[j].is_punct:
            return None   # (a name inside: "la filiale du groupe Y" is Y's)
        if tv[j].is_punct or tv[j].pos_ in ("VERB", "AUX"):
            return None
        j += 1
    # after: ", X Hotels" (the phrase opens its clause)
    if j < sent.end - 1 and tv[j].text == "," and (start == sent.start or tv[start - 1].is_punct):
        e = _name_at(index, j + 1)
        if e is not None:
            return e, j + 1
    # before: "X France, la filiale …" (the phrase closes at a comma or the sentence's verb)
    if start - 2 >= sent.start and tv[start - 1].text == ",":
        e = _name_at(index, start - 2)
        if e is not None:
            return e, start - 2
    return None


def _prefix_parent(child: str, index: EntityIndex) -> str | None:
    """The one ORG of the article whose whole name opens ``child``'s, followed by more words."""
    c = child.strip()
    got = [n for n, e in index.entities.items() if e.type == "ORG" and n.strip() != c
           and c.startswith(n.strip() + " ")]
    return got[0] if len(got) == 1 else None


@acts_on(lambda w: w.lower in _BRANCH and w.pos in ("NOUN", "ADJ", "PROPN"))
def branch_by_prefix(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if t.lower_ not in _BRANCH or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return
    tv = tokens_of(t.doc)
    got = _apposed_name(t, index, tv)
    if got is None:
        return
    child, k = got
    parent = _prefix_parent(child, index)
    if parent is None:
        return
    heads = index.heads.get(parent) or ()
    if not heads:
        return
    out.put("prefix_branch35", [(child, k)])
    out.put("prefix_parent35", [(parent, min(heads))])


def _helm(c) -> bool:
    """A helm noun with a definite article or a possessive ("les commandes", "les rênes de Y"; not "des
    commandes", goods ordered)."""
    return c.lower_ in _HELM and any(d.dep_ == "det" and d.lower_ in _DEF for d in c.children)


@acts_on(lambda w: w.verbal and w.lemma in _HAND)
def helm_handed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a confié les commandes à X", "les rênes de Y ont été transmises à X": X leads Y."""
    if not verbal or lemma_of(t) not in _HAND:
        return
    passive = any(c.dep_ == "aux:pass" for c in t.children)
    helms = [c for c in t.children if _helm(c) and (
        c.dep_ == "nsubj:pass" if passive else c.dep_ == "obj" or c.dep_.startswith("obl") and case_of(c) is None)]
    if len(helms) != 1:
        return
    helm = helms[0]
    takers = [x for c in [*t.children, *helm.children]
              if (c.dep_.startswith("obl") or c.dep_ in ("nmod", "iobj")) and case_of(c) in ("à", "au")
              for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    if len(takers) != 1:
        return
    bodies = [x for c in helm.children if c.dep_ == "nmod" and case_of(c) in _DE
              for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    if not bodies and not passive:
        if helm.lower_ in ("direction", "présidence"):
            return   # (a bare post with no body: interview30.post_handed)
        from .interview30 import _giver
        g = _giver(t, index)
        if g is None:
            # ("le conseil de Y a confié les rênes du groupe à X": the board's company named with it)
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            owners = [x for s in subj if s.lemma_.lower() in ("conseil", "directoire", "actionnaire", "actionnaires")
                      for c in s.children if c.dep_ == "nmod" and case_of(c) in _DE
                      for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
            g = owners[0][0] if len(owners) == 1 else None
        bodies = [(g, helm.i)] if g is not None else []
    if len(bodies) != 1 or bodies[0][0] == takers[0][0]:
        return
    out.put("helm_taker35", takers)
    out.put("helm_body35", bodies)


def prefix_branch_in(sent, parties, index: EntityIndex) -> bool:
    """Is the one party of ``sent`` a subsidiary named after another organisation of the article, with a branch
    noun in the sentence ("X France, la filiale hexagonale du sidérurgiste, …": the parent X is named in the
    subsidiary's name only)? Lets the sentence be read with one party (relations.py)."""
    if len(parties) != 1 or not any(t.lower_ in _BRANCH for t in sent):
        return False
    (child,) = parties
    return index.type_of(child) == "ORG" and _prefix_parent(child, index) is not None


READA35_READERS = Readers(branch_by_prefix, helm_handed)
