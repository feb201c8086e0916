"""(s32-court32) The court report read as a genre: a report names its court once (or in its dateline, or as "le
tribunal"), its prosecutor's office once, and then tells the hearing sentence by sentence, each naming one party.
Once the story's roles are known (its court: court30.article_court, the one court named before the sentence; its
prosecutor: court29.prosecutor; its defendants: ``story_defendants``, the parties it tries or sentences), each such
sentence gives its tie:

- a sentence received, in any of its verbs (data/court32.yaml sentence_lemmas, forms the tagger may misread:
  "Y, ancien cadre, écope de trois ans", "Y est condamné à dix-huit mois, dont six ferme", "Y est frappé d'une
  peine de", "Y prend deux ans ferme"): the story's court sanctions Y (OPPOSES, role sanctions; slots
  "story_court", "sentenced" of opposes.term_received);
- a requisition against a group ("le parquet a requis des peines comparables contre les trois prévenus",
  "l'accusation a réclamé un procès contre les deux protagonistes"), or with no target in a report that tries one
  party ("le parquet, qui avait requis la peine maximale"): the prosecution sues each defendant (SUES; slots
  "req_office", "req_against" of sues.required_group); a numeral in the group must count the defendants;
- a complaint or report by its author, with no target ("l'enquête a été ouverte sur un signalement de X", "à la
  suite d'une plainte de X"): X sues the report's one defendant (slots "report_author", "report_against");
- the presiding judge ("la présidente, X", "le président de la chambre, X", "X, qui présidait l'audience"): X
  leads the story's court (slots "court_chair", "chaired_court").

The cue words are in data/court32.yaml (French words, never a name).
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...mentions.index import per_document
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .court29 import defendants, prosecutor
from .court30 import _regulator_named, article_court
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/court32.yaml, each list a frozenset."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "court32.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x) for x in v) for k, v in raw.items()}


_NOT = frozenset({"pas", "jamais", "plus", "point", "guère"})
_PARTIES = ("PER", "ORG")
_DE = frozenset({"de", "du", "des", "d'", "d’"})
_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "2": 2, "3": 3, "4": 4,
            "5": 5, "6": 6, "7": 7, "8": 8}


def _negated(v) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _NOT for c in v.children)


def _penalty_phrase(t, nouns, deep: bool = False) -> bool:
    """Whether the sentence verb ``t`` has an "à / de" phrase (or an object) headed by a penalty noun: "condamné à
    trois ans", "écope de dix mois"; ``deep``: a term anywhere in the phrase ("prend deux ans de prison ferme")."""
    for c in t.children:
        if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "obj", "iobj") and c.pos_ in ("NOUN", "ADJ", "NUM", "PROPN"):
            if c.lower_ in nouns or deep and any(k.lower_ in nouns for k in c.subtree):
                return True
    return False


def _head_name(tok):
    while tok.dep_ == "flat:name" and tok.head is not tok:
        tok = tok.head
    return tok


def _sentenced_party(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The party receiving the sentence the word ``t`` tells (a sentence verb, or its form tagged a noun), with no
    author said; [] when ``t`` tells none."""
    w = words()
    low, lem = t.lower_, lemma_of(t)
    if low not in w["sentence_forms"] and lem not in w["sentence_lemmas"]:
        return []
    deep = lem in ("prendre", "hériter")   # (a term said, never "prendre 25 %")
    if not _penalty_phrase(t, w["term_nouns"] if deep else w["penalty_nouns"], deep) or _negated(t):
        return []
    if any(c.dep_ == "obl:agent" or case_of(c) == "par" for c in t.children):
        return []   # ("condamné par le tribunal X": the rules read the author)
    if t.dep_ == "xcomp" and lemma_of(t.head) == "voir" and any(
            c.lower_ in ("se", "s'", "s’") for c in t.head.children):
        # ("Y se voit infliger douze mois", "Y s'est vu condamner à …": the subject of "se voir")
        got = _subject_of(t.head, index)
        return [x for x in got if x[1] >= 0 and index.type_of(x[0]) in _PARTIES]
    if lem == "infliger":
        return []   # ("X inflige à Y …": an author said, read by the rules)
    passive = lem in w["passive_lemmas"] or low.startswith(("condamn", "recondamn", "frapp", "puni", "sanction"))
    if passive:
        if any(c.dep_ == "obj" for c in t.children) and not any(c.dep_ == "aux:pass" for c in t.children):
            return []   # ("le tribunal a condamné Y à …": active, read by the rules)
        got = [x for c in t.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
        if not got and t.dep_ in ("acl", "appos", "conj") and t.head.pos_ in ("PROPN", "NOUN"):
            got = entities_at(_head_name(t.head), index)   # ("Y, condamné à deux ans, …")
        if not got and any(c.dep_ == "aux:pass" for c in t.children):
            got = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    else:
        got = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
        if not got and t.pos_ == "VERB":
            got = _subject_of(t, index)
        if not got and t.dep_ in ("conj", "appos") and t.head.i < t.i and t.pos_ != "VERB":
            h = t.head   # ("Y, ancien cadre, écope de …" read as a noun, hung on the name or on its apposition)
            while h.dep_ == "appos" and h.head.i < h.i and h.pos_ == "NOUN":
                h = h.head
            if h.pos_ == "PROPN":
                got = entities_at(_head_name(h), index)
    return [x for x in got if x[1] >= 0 and index.type_of(x[0]) in _PARTIES]


def _term_for(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"(La peine tombe :) trois ans de prison pour Y", "Deux ans ferme pour Y": the term noun's "pour" party."""
    if t.pos_ != "NOUN" or t.lower_ not in words()["term_for_nouns"]:
        return []
    heads, h = [t], t
    for _ in range(2):   # ("trois ans de prison pour Y": the phrase may hang on the span)
        if h.dep_ in ("nmod", "appos") and h.head.pos_ == "NOUN":
            h = h.head
            heads.append(h)
    got = [x for n in heads for c in n.children if c.dep_ in ("nmod", "obl", "obl:mod") and case_of(c) == "pour"
           for x in entities_at(c, index)]
    if not got and h.dep_ == "nmod" and h.head.pos_ == "PROPN" and case_of(h.head) == "pour" and h.i < h.head.i:
        got = entities_at(h.head, index)   # ("Dix mois avec sursis pour Y" parsed with the name for the root)
    return [x for x in got if x[1] >= 0 and index.type_of(x[0]) in _PARTIES and index.kinds.get(x[1]) == "name"]


def _condemned_objects(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"Le tribunal X a condamné Y à …": Y, when the subject is a court."""
    if lemma_of(t) != "condamner" or t.pos_ != "VERB" or _negated(t):
        return []
    subj = _subject_of(t, index)
    if not any(index.type_of(n) == "GOV" and n.split()[0].lower() in ("tribunal", "cour", "chambre") for n, _ in subj):
        return []
    return [x for c in t.children if c.dep_ == "obj" for x in entities_at(c, index)
            if x[1] >= 0 and index.type_of(x[0]) in _PARTIES]


def _tried_negated(tok) -> bool:
    """"Y n'était pas poursuivi", "Y n'a jamais été jugé": the one named is not on trial."""
    h = _head_name(tok)
    return h.head is not h and _negated(h.head)


def story_defendants(doc, index: EntityIndex) -> dict[str, int]:
    """The parties the report tries or sentences (court29's persons on trial, and every party sentenced or
    condemned by a court), each with its first token; never one said not to be tried."""
    return per_document(index, "_court32_defendants", lambda: _story_defendants(doc, index))


def _story_defendants(doc, index: EntityIndex) -> dict[str, int]:
    tv = tokens_of(doc)
    got = {n: j for n, j in defendants(doc, index).items() if not _tried_negated(tv[j])}
    w = words()
    for t in tv:
        if t.lower_ in w["term_for_nouns"]:
            for n, j in _term_for(t, index):
                if n not in got or got[n] > j:
                    got[n] = j
        elif t.lower_ in w["sentence_forms"] or t.pos_ == "VERB" and lemma_of(t) in w["sentence_lemmas"]:
            for n, j in (*_sentenced_party(t, index), *_condemned_objects(t, index)):
                if n not in got or got[n] > j:
                    got[n] = j
    return got


def _lone_defendant(doc, index: EntityIndex) -> str | None:
    tried = story_defendants(doc, index)
    return next(iter(tried)) if len(tried) == 1 else None


@acts_on(lambda w: w.lower in words()["sentence_forms"] or w.lemma in words()["sentence_lemmas"]
         or w.lower in words()["term_for_nouns"])
def term_received(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "story_court", "sentenced" (see the module's head)."""
    if "story_court" in out or not out.wants("story_court", "sentenced"):
        return
    fined = _sentenced_party(t, index) or _term_for(t, index)
    if not fined:
        return
    w = words()
    if not any(c.lower_ in w["term_nouns"] - {"amende", "amendes"} or c.lower_ in ("ans", "an", "mois")
               for c in t.subtree) and _regulator_named(index):
        return   # (a fine in a text naming a regulator: maybe the regulator's)
    court = article_court(t, index)
    if court is None or court in {n for n, _ in fined}:
        return
    here = [j for j, n in index.by_token.items() if n == court and t.sent.start <= j < t.sent.end]
    out.put("story_court", [(court, here[0]) if here else (court, -1)])
    out.put("sentenced", fined[:1])
    out["_no_linear"] = []


def _prosecution_of(t, index: EntityIndex):
    """The prosecution that makes the requisition ``t`` (a verb's subject, a noun's "de" phrase): the text's one
    prosecutor's office, named there or by a prosecution word ("le parquet", "l'accusation"); else None."""
    office = prosecutor(t.doc, index)
    if office is None:
        return None
    w = words()["prosecution_words"]
    if t.pos_ == "NOUN":
        cands = [c for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE]
        named = [x for c in cands for x in entities_at(c, index)]
    else:
        cands = [c for c in t.children if c.dep_ == "nsubj"]
        named = _subject_of(t, index)
    if not named:   # ("les réquisitions du parquet X, qui avait requis …": the relative hung on the wrong noun)
        for c in cands:
            if c.lower_ in ("qui", "lequel", "laquelle"):
                for j in range(c.i - 1, max(c.i - 8, t.sent.start - 1), -1):
                    if index.entity_at(j) == office[0]:
                        return office[0], j
                    if index.entity_at(j) is not None:
                        break
    if any(n == office[0] for n, _ in named):
        j = next(j for n, j in named if n == office[0])
        return (office[0], j) if j >= 0 else (office[0], -1)
    if named:
        return None
    for c in cands:
        if c.lower_ in w and index.entity_at(c.i) is None or (
                c.lower_ in ("avocat", "avocate") and any(k.lower_ in ("général", "générale") for k in c.children)):
            return (office[0], -1)
    return None


def _group_count(phrase) -> int | None:
    for c in phrase.children:
        if c.dep_ == "nummod" and c.lower_ in _NUMBERS:
            return _NUMBERS[c.lower_]
    if phrase.lower_ in _NUMBERS:
        return _NUMBERS[phrase.lower_]
    return None


def _against_phrases(t) -> list:
    out = []
    for c in t.children:
        if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_of(c) == "contre":
            out.append(c)
        elif c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and c.lower_ == "encontre":
            out += [k for k in c.children if k.dep_ == "nmod" and case_of(k) in _DE]
        elif c.dep_ == "obj":   # ("a requis deux ans contre Y": the phrase may hang on the object)
            out += [k for k in c.children if k.dep_ == "nmod" and case_of(k) == "contre"]
    return out


@acts_on(lambda w: (w.verbal and w.lemma in words()["require_lemmas"]) or w.lower in words()["require_nouns"])
def required_group(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "req_office", "req_against" (see the module's head)."""
    w = words()
    if "req_office" in out or not out.wants("req_office", "req_against"):
        return
    if t.pos_ == "NOUN":
        if t.lower_ not in w["require_nouns"]:
            return
    elif not verbal or lemma_of(t) not in w["require_lemmas"] or any(c.dep_ == "aux:pass" for c in t.children):
        return
    phrases = _against_phrases(t)
    if any(entities_at(c, index) for c in phrases):
        return   # ("requis … contre Y": read by the rules)
    if any(c.dep_ in ("obj", "iobj") and entities_at(c, index) for c in t.children):
        return
    tried = {n: j for n, j in story_defendants(t.doc, index).items() if j < t.i}   # (named before)
    if not tried:
        return
    if phrases:
        groups = [c for c in phrases if c.lower_ in w["group_nouns"] and "Plur" in c.morph.get("Number")
                  or c.lower_ in _NUMBERS]
        if not groups:
            return
        n = _group_count(groups[0])
        if n is not None and n != len(tried) or n is None and not 2 <= len(tried) <= 5:
            return
        against = list(tried)
    else:
        if lemma_of(t) != "requérir" and t.lower_ not in w["require_nouns"]:
            return   # ("le parquet a demandé un délai": only "requérir" says a requisition with no target)
        if len(tried) != 1:
            return
        against = list(tried)
    office = _prosecution_of(t, index)
    if office is None or office[0] in against:
        return
    here = {n: j for j, n in index.by_token.items() if t.sent.start <= j < t.sent.end}
    out.put("req_office", [office])
    out.put("req_against", [(n, here.get(n, -1)) for n in against])
    out["_no_linear"] = []


@acts_on(lambda w: w.lower in words()["report_nouns"])
def report_by_author(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "report_author", "report_against" (see the module's head)."""
    if t.lower_ not in words()["report_nouns"] or t.pos_ != "NOUN" or "report_author" in out \
            or not out.wants("report_author", "report_against"):
        return
    if any(case_of(k) in ("contre", "visant") or k.lower_ in ("encontre", "visant", "concernant")
           for k in t.subtree if k.i != t.i):
        return   # (a target told: read by the rules)
    authors = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE for x in entities_at(c, index)
               if x[1] >= 0 and index.type_of(x[0]) in ("PER", "ORG", "GOV") and index.kinds.get(x[1]) in ("name", "introducer")]
    if not authors:
        return
    who = _lone_defendant(t.doc, index)
    if who is None or who in {n for n, _ in authors}:
        return
    inside = {k.i for k in t.subtree}   # (the author's own phrase may name it twice: "X (sigle)")
    if any(index.type_of(n) in _PARTIES and n != who and n not in {a for a, _ in authors} and j not in inside
           for j, n in index.by_token.items() if t.sent.start <= j < t.sent.end):
        return   # (another party named in the sentence: maybe the one reported)
    here = [j for j, n in index.by_token.items() if n == who and t.sent.start <= j < t.sent.end]
    out.put("report_author", authors[:1])
    out.put("report_against", [(who, here[0] if here else -1)])
    out["_no_linear"] = []


def _chairs(t) -> bool:
    """Whether the chair noun ``t`` is a court's: bare ("la présidente, X") or of a court's word ("le président de
    la chambre", "la présidente du tribunal")."""
    w = words()
    for c in t.children:
        if c.dep_ == "nmod" and case_of(c) in _DE:
            return c.lower_ in w["chaired_nouns"]
    return True


@acts_on(lambda w: w.lower in words()["chair_nouns"] or (w.verbal and w.lemma in words()["chair_lemmas"]))
def court_chair(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "court_chair", "chaired_court" (see the module's head)."""
    w = words()
    if "court_chair" in out or not out.wants("court_chair", "chaired_court"):
        return
    if t.pos_ == "NOUN" and t.lower_ in w["chair_nouns"]:
        if not _chairs(t):
            return
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children):
            return   # (s39-poss39) "Sa présidente, X, a salué …": someone's chair (an association's), not the court's
        if any(c.dep_ == "nmod" and case_of(c) in _DE and index.entity_at(c.i) is not None for c in t.children):
            return
        if not any(k.lower_ in w["chair_context"] for k in t.sent):
            return   # ("le président, X" in a passage that also names a court: a hearing's words must be there)
        # ("la présidente, X": an apposition the parser may make a conjunct, after a comma and with no "et")
        who = [x for c in t.children if c.dep_ == "appos" or c.dep_ == "conj" and c.i > 0 and c.doc[c.i - 1].text == ","
               and not any(k.dep_ == "cc" for k in c.children) for x in entities_at(c, index)]
        if not who and t.dep_ == "appos" and t.head.pos_ == "PROPN":
            who = entities_at(_head_name(t.head), index)   # ("X, la présidente du tribunal, …")
    elif verbal and lemma_of(t) in w["chair_lemmas"]:
        if t.dep_ == "acl" and any(c.dep_ == "obl:agent" for c in t.children):   # ("l'audience, présidée par X")
            objs = [t.head]
            who = [x for c in t.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
        else:   # ("X préside l'audience", "X, qui présidait les débats")
            objs = [c for c in t.children if c.dep_ == "obj"]
            who = _subject_of(t, index)
        if not objs or not all(o.lower_ in w["chaired_nouns"] and index.entity_at(o.i) is None for o in objs):
            return
    else:
        return
    who = [x for x in who if x[1] >= 0 and index.type_of(x[0]) == "PER" and index.kinds.get(x[1]) == "name"]
    if not who:
        return
    court = article_court(t, index)
    if court is None:
        return
    here = [j for j, n in index.by_token.items() if n == court and t.sent.start <= j < t.sent.end]
    out.put("court_chair", who[:1])
    out.put("chaired_court", [(court, here[0] if here else -1)])
    out["_no_linear"] = []


def court_genre_in(sent) -> bool:
    """A sentence naming one party that may hold a tie with the story's court, prosecutor or defendants."""
    w = words()
    from .court34 import verdict_in   # (s34-court34: "Y a été reconnu coupable", the court the text's)
    if verdict_in(sent):
        return True
    for k in sent:
        low = k.lower_
        if low in w["sentence_forms"] or low in w["require_nouns"] or low in w["report_nouns"] \
                or low in w["term_for_nouns"] \
                or low in w["chair_nouns"] or k.pos_ == "VERB" and (
                k.lemma_ in w["sentence_lemmas"] or k.lemma_ in w["require_lemmas"] or k.lemma_ in w["chair_lemmas"]):
            return True
    return False


COURT32_READERS = Readers(term_received, required_group, report_by_author, court_chair)
