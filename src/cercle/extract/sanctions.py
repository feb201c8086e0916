"""Sanctions told without their sanctioner as a subject:

- by an adjective of the sanctions: "X, lui-même visé par des sanctions européennes depuis 2023",
  "Y, frappé par des sanctions américaines" (the sanctioner is the article's body of that adjective: the
  Union or its Council for "européennes", the country or its administration for a country's adjective);
- "Les États-Unis ont placé X sous sanctions", "X a été placé sous sanctions par Y";
- a freeze told in the passive: "Les avoirs de son propriétaire, X, sont également gelés dans l'UE" (the
  agent, else the body the "dans / en" phrase names, else the nearest sanctioner told before).

Written by hand: the sanctioner is an adjective, a locative or an earlier sentence's subject, which no
dependency pattern of the rules can read.
"""
from __future__ import annotations

from ..mentions.demonyms import countries_by_adjective
from ..mentions.lexicon import fold
from ..records import Relation
from .arguments import _subject_of, case_of, entities_at, lemma_of
from .implied import _HIT_VERBS, _is_sanction_noun, _sanctioner_sites
from .lexicon import doc_text, lowered

_FREEZE_VERBS = {"geler", "bloquer", "saisir", "confisquer"}
_ASSET_NOUNS = {"avoir", "avoirs", "actif", "actifs", "bien", "biens", "fonds", "compte", "comptes", "patrimoine"}
_PLACE_VERBS = {"placer", "mettre", "inscrire"}
_BODY_TYPES = ("GOV", "ORG")
_SELF_WORDS = {"lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "également", "aussi", "déjà", "lui", "elle"}


def _body_of_adjective(adj: str, index, sanctioners: list[str]) -> str | None:
    """The article's body an adjective of sanctions names: "européennes" → the Union (or its Council, or
    the Commission, preferring the one the article says sanctions), "américaines" → the United States or an
    American administration ("le Trésor américain")."""
    low = fold(adj)
    if low.startswith("europeen"):
        cands = [n for n, e in index.entities.items() if e.type in _BODY_TYPES
                 and ("europ" in fold(n) or fold(n) in ("ue", "conseil de l'ue"))]
    else:
        names = countries_by_adjective().get(adj.lower())
        if not names:
            return None
        cands = [n for n, e in index.entities.items() if e.type in ("GOV", "LOC", "ORG")
                 and (fold(n) in names or low in fold(n).split())]
    if not cands:
        return None
    told = [n for n in sanctioners if n in cands]
    return told[-1] if told else cands[0]


def _countries() -> frozenset[str]:
    return frozenset(n for names in countries_by_adjective().values() for n in names)


def _may_sanction(name: str, index) -> bool:
    """A body that can sanction: a public body or an organisation, or a country (often typed a place)."""
    t = index.type_of(name)
    return t in _BODY_TYPES or (t == "LOC" and fold(name) in _countries())


def _same_union(a: str, b: str) -> bool:
    """"UE" in a "dans l'UE" phrase and the Union or Council named as the sanctioner before."""
    fa, fb = fold(a), fold(b)
    return ("europ" in fa or fa.endswith("ue")) and ("europ" in fb or fb.endswith("ue"))


def _targets_of(verb, index) -> list[tuple[str, int]]:
    """Who a passive sanction verb is about: its passive subject, else the name it describes ("X, visé
    par…")."""
    got = [x for c in verb.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    if not got and verb.dep_ in ("acl", "appos", "advcl", "conj", "amod") and verb.head.i < verb.i:
        got = entities_at(verb.head, index)
    if not got:
        # "…, X, lui-même visé par…" parsed apart: the name right before the comma
        doc, k = verb.doc, verb.i - 1
        while k > 0 and doc[k].lower_ in _SELF_WORDS:
            k -= 1
        if k > 0 and doc[k].text == "," and index.kinds.get(k - 1) == "name":
            got = [(index.entity_at(k - 1), k - 1)]
    return got


def _freeze_owner(verb, index) -> list[tuple[str, int]]:
    """"Les avoirs de X (, apposition) sont gelés": X."""
    for c in verb.children:
        if c.dep_ == "nsubj:pass" and c.lower_ in _ASSET_NOUNS:
            for d in c.children:
                if d.dep_ == "nmod" and case_of(d) in ("de", "du", "des", "d'", "d’"):
                    got = entities_at(d, index)
                    if got:
                        return got
            # (the parser may hang an apposed name on the verb: "Les avoirs de son propriétaire, l'homme
            # d'affaires X, sont gelés")
            for d in verb.children:
                if d.dep_ in ("nsubj:pass", "appos") and d.i != c.i and d.i < verb.i:
                    got = [x for x in entities_at(d, index) if index.type_of(x[0]) in ("PER", "ORG")]
                    if got:
                        return got
    return []


def sanctions_told(doc, index, found: list[Relation]) -> list[Relation]:
    low = lowered(doc_text(doc))
    if low is not None and not any(w in low for w in ("sanction", "gelé", "gelés", "gelée", "bloqué", "saisi")):
        return []
    sites = _sanctioner_sites(doc, index)
    sites += [(r.start, r.subject) for r in found if r.type == "OPPOSES" and r.role == "sanctions"
              and r.subject in index.entities and index.type_of(r.subject) in _BODY_TYPES]
    sites.sort()
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []

    def add(who, targets, sent, rule):
        for name, _ in targets:
            if who is None or name == who or ("OPPOSES", who, name) in have \
                    or index.type_of(name) not in ("PER", "ORG") or not _may_sanction(who, index):
                continue
            have.add(("OPPOSES", who, name))
            out.append(Relation(type="OPPOSES", subject=who, object=name, evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, role="sanctions", confidence=0.55,
                                rule=rule))

    for tok in doc:
        if tok.pos_ not in ("VERB", "ADJ"):
            continue
        lemma = lemma_of(tok)
        passive = any(c.dep_ == "aux:pass" for c in tok.children) or tok.dep_ in ("acl", "appos", "advcl", "amod")
        if lemma in _HIT_VERBS or lemma in _PLACE_VERBS:
            # the sanctions' noun: the agent ("visé par des sanctions européennes") or "sous sanctions"
            near = list(tok.children) + [d for c in tok.children if c.dep_ == "obj" for d in c.children]
            nouns = [c for c in near if _is_sanction_noun(c) and (
                c.dep_ == "obl:agent" or case_of(c) in ("par", "sous"))]
            if not nouns:
                continue
            noun = nouns[0]
            if lemma in _PLACE_VERBS and case_of(noun) != "sous":
                continue
            adjs = [c.text for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
            who = next(filter(None, (_body_of_adjective(a, index, [n for _, n in sites]) for a in adjs)), None)
            if lemma in _PLACE_VERBS and not passive:
                # "Les États-Unis ont placé X sous sanctions": the subject places, the object is placed
                subjects = [x for x in _subject_of(tok, index) if _may_sanction(x[0], index)]
                who = who or (subjects[0][0] if len(subjects) == 1 else None)
                targets = [x for c in tok.children if c.dep_ == "obj" for x in entities_at(c, index)]
            else:
                if who is None and lemma in _PLACE_VERBS:
                    agents = [x for c in tok.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
                    who = agents[0][0] if len(agents) == 1 else None
                targets = _targets_of(tok, index)
            add(who, targets, tok.sent, "opposes.sanctions_told")
        elif lemma in _FREEZE_VERBS and any(c.dep_ == "aux:pass" for c in tok.children):
            targets = _freeze_owner(tok, index)
            if not targets:
                continue
            agents = [x for c in tok.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
            if agents:
                continue   # (the agent is named: the rules read it)
            where = [x for c in tok.children if c.dep_ in ("obl:mod", "obl", "obl:arg")
                     and case_of(c) in ("dans", "en", "aux", "au") for x in entities_at(c, index)
                     if _may_sanction(x[0], index)]
            before = [n for at, n in sites if at < tok.idx]
            who = where[0][0] if where else (before[-1] if before else None)
            if where and before and _same_union(where[0][0], before[-1]):
                who = before[-1]   # (one actor, named twice: the sanctioner told before)
            add(who, targets, tok.sent, "opposes.frozen_told")
    return out
