"""Sanctions told without their sanctioner as a subject:

- by an adjective of the sanctions: "X, lui-même visé par des sanctions européennes depuis 2023",
  "Y, frappé par des sanctions américaines" (the sanctioner is the article's body of that adjective: the
  Union or its Council for "européennes", the country or its administration for a country's adjective);
- "Les États-Unis ont placé X sous sanctions", "X a été placé sous sanctions par Y";
- a freeze told in the passive: "Les avoirs de son propriétaire, X, sont également gelés dans l'UE" (the
  agent, else the body the "dans / en" phrase names, else the nearest sanctioner told before);
- a fronted participle: "Sanctionné en mai par le Trésor américain, puis par l'UE, l'armateur X …",
  "Visé par des sanctions européennes, le négociant X …" (each agent, else the adjective's body);
- a sanction followed by another body: "l'UE a inscrit X sur sa liste, suivie par les États-Unis".

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
from ..nlp.docview import tokens_of

_FREEZE_VERBS = {"geler", "bloquer", "saisir", "confisquer"}
_ASSET_NOUNS = {"avoir", "avoirs", "actif", "actifs", "bien", "biens", "fonds", "compte", "comptes", "patrimoine"}
_PLACE_VERBS = {"placer", "mettre", "inscrire"}
_BODY_TYPES = ("GOV", "ORG")
# Participles that open a sentence on a sanction: "Sanctionné par X, Y …"; "Visé par des sanctions, Y …".
_SANCTIONED = {"sanctionné", "sanctionnée", "sanctionnés", "sanctionnées"}
_HIT = {w + e for w in ("visé", "frappé", "ciblé", "touché") for e in ("", "e", "s", "es")}
# Words that carry a fronted clause on past its comma: "Sanctionné en mai par X, puis en juin par Y, Z …".
_CLAUSE_GOES_ON = {"puis", "et", "ainsi", "avant", "après", "notamment", "comme"}
_AGENT_CASES = {"par", "du", "de", "des", "d'", "d’"}
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

    tv = tokens_of(doc)
    for sent in doc.sents:
        fronted = _fronted_participle(tv, sent, index, [n for _, n in sites])
        for who, _ in fronted[0] if fronted else ():
            add(who, fronted[1], sent, "opposes.sanctioned_fronted")
    for tok in doc:
        if tok.pos_ not in ("VERB", "ADJ"):
            continue
        lemma = lemma_of(tok)
        if lemma == "suivre" and tok.morph.get("VerbForm") == ["Part"]:
            # "l'UE a inscrit X sur sa liste de sanctions, suivie par les États-Unis": the follower too
            followers = [x for c in tok.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
            hit = [(r.object, r.start) for r in found + out if r.type == "OPPOSES" and not r.negated
                   and tok.sent.start_char <= r.start < tok.sent.end_char and "sanction" in r.evidence.lower()]
            for who, _ in followers:
                add(who, hit, tok.sent, "opposes.sanctions_followed")
            continue
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


def _fronted_participle(tv, sent, index, sanctioners: list[str]):
    """"Sanctionné en décembre par le Trésor américain, puis en février par l'UE, l'armateur X a …": the
    bodies named by "par" / "de" in a sentence's opening participle clause sanction the first actor named
    after it ("Visé par des sanctions européennes, X …": the adjective's body). Read along the words: the
    parser makes the participle the sentence's root. Returns ([(body, i), …], [(target, i)]) or None."""
    k = sent.start
    while k < sent.end and (tv[k].is_space or tv[k].is_punct):
        k += 1
    if k >= sent.end or tv[k].lower_ not in _SANCTIONED | _HIT:
        return None
    hit_only = tv[k].lower_ not in _SANCTIONED
    agents, adjs, told = [], [], False
    j = k + 1
    while j < sent.end:
        t = tv[j]
        if t.text == ",":
            if j + 1 < sent.end and (tv[j + 1].lower_ in _CLAUSE_GOES_ON or tv[j + 1].pos_ == "ADP"):
                j += 1
                continue
            break
        if _is_sanction_noun(t):
            told = True
            adjs += [c.text for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
        name = index.entity_at(j)
        if name is not None and (tv[j - 1].lower_ in _AGENT_CASES or tv[j - 2].lower_ in _AGENT_CASES) \
                and _may_sanction(name, index) and name not in (a for a, _ in agents):
            agents.append((name, j))
        j += 1
    if j >= sent.end or (hit_only and not told):
        return None
    if not agents:
        who = next(filter(None, (_body_of_adjective(a, index, sanctioners) for a in adjs)), None)
        if who is None:
            return None
        agents = [(who, k)]
    for m in range(j + 1, min(sent.end, j + 8)):
        name = index.entity_at(m)
        if name is not None:
            return (agents, [(name, m)]) if index.type_of(name) in ("PER", "ORG") else None
        if tv[m].pos_ in ("VERB", "AUX"):
            return None
    return None
