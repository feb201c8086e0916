"""(s34-court34) Verdicts and the requisitions they follow, in the court report.

- a verdict of guilt, in any of its verbs (data/court34.yaml verdict_lemmas, guilty_words): "le tribunal X a reconnu
  lundi Y coupable de …", "X a déclaré Y coupable", "Y a été jugé coupable par X", "Y, reconnu coupable de …",
  "la cour a retenu la culpabilité de Y": the court sanctions Y (OPPOSES, role sanctions; slots "verdict_court",
  "found_guilty"). The court is the verb's subject (a court's name), its "par" agent, or the one court named before
  the sentence (court30.article_court); a subject that names another party, a negation, "non coupable": nothing.
- a sentence that followed a requisition: "Y a été condamné à …, comme l'avait requis le parquet X", "ainsi que le
  réclamait l'accusation", "conformément aux réquisitions du parquet", "le tribunal a suivi les réquisitions du
  parquet": the prosecution sues the party sentenced in the clause the requisition hangs on, or the report's one
  defendant (SUES; slots "req_followed_office", "req_followed_against").

The cue words are in data/court34.yaml (French words, never a name).
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ...nlp.docview import tokens_of
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .court29 import prosecutor
from .court30 import _court_name, article_court
from .court32 import _condemned_objects, _negated, _sentenced_party, story_defendants
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/court34.yaml, each list a frozenset."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "court34.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(str(x) for x in v) for k, v in raw.items()}


_PARTIES = ("PER", "ORG")
_DE = frozenset({"de", "du", "des", "d'", "d’"})


def _court(n: str, index: EntityIndex) -> bool:
    return index.type_of(n) == "GOV" and _court_name(n)


def _parties(tok, index: EntityIndex) -> list[tuple[str, int]]:
    return [x for x in entities_at(tok, index) if x[1] >= 0 and index.type_of(x[0]) in _PARTIES]


def _guilty_word(v):
    """The guilt word the verdict verb ``v`` says, a few words on in its clause ("a reconnu lundi Y coupable",
    "a retenu la culpabilité de Y"); None when there is none or a "non" / a negation says the contrary."""
    w = words()
    doc = v.doc
    end = min(v.i + 9, v.sent.end)
    for j in range(v.i + 1, end):
        k = doc[j]
        if k.lower_ in w["guilty_words"]:
            if j > 0 and doc[j - 1].lower_ in ("non", "pas", "non-"):
                return None
            return k
        if k.pos_ in ("VERB", "AUX") and k.lower_ not in ("été",) or k.text in (";", ":", ".") \
                or k.lower_ in ("mais", "qui", "que", "et"):
            return None
    return None


def verdict_party(v, index: EntityIndex) -> list[tuple[str, int]]:
    """The party the verdict verb ``v`` finds guilty ("a reconnu Y coupable", "Y a été reconnu coupable", "Y,
    reconnu coupable", "Reconnu coupable, Y a …", "la culpabilité de Y"); [] when ``v`` says no verdict."""
    if v.pos_ not in ("VERB", "AUX", "ADJ") or lemma_of(v) not in words()["verdict_lemmas"] or _negated(v):
        return []
    g = _guilty_word(v)
    if g is None:
        return []
    doc = v.doc
    if g.lower_ == "culpabilité":   # ("a retenu la culpabilité de Y")
        return [x for c in g.children if c.dep_ == "nmod" and case_of(c) in _DE for x in _parties(c, index)]
    between = []   # ("a reconnu (lundi) Y coupable"): the party named between the verb and the word
    for j in range(v.i + 1, g.i):
        n = index.entity_at(j)
        if n is not None and index.type_of(n) in _PARTIES and (not between or between[-1][0] != n):
            between.append((n, j))
    if between:
        return between[:1] if len({n for n, _ in between}) == 1 else []
    passive = any(c.dep_ == "aux:pass" for c in v.children)
    got = []
    if passive:
        got = [x for c in v.children if c.dep_ in ("nsubj:pass", "nsubj") for x in _parties(c, index)]
    elif v.dep_ in ("acl", "appos") and v.head.pos_ in ("PROPN", "NOUN") and v.head.i < v.i:
        got = _parties(v.head, index)   # ("Y, reconnu coupable de …")
    elif v.dep_ in ("advcl", "acl", "conj", "dep") and v.i < v.head.i and v.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "obj") for c in v.children):
        got = [x for x in _subject_of(v.head, index) if x[1] >= 0 and index.type_of(x[0]) in _PARTIES]
        # ("Reconnu coupable de …, Y a annoncé …")
    elif not any(c.dep_ in ("nsubj", "obj") for c in v.children) and v.pos_ == "ADJ":
        got = [x for c in v.children if c.dep_ == "nsubj" for x in _parties(c, index)]
    return got[:1] if len({n for n, _ in got}) == 1 else []


def verdict_court(v, index: EntityIndex, party: str) -> tuple[str, int] | None:
    """The court that gives the verdict ``v``: its subject, its "par" agent (a court's name), else the text's one
    court named before the sentence; None when the subject or the agent is another party."""
    passive = any(c.dep_ == "aux:pass" for c in v.children)
    agents = [c for c in v.children if c.dep_ == "obl:agent" or case_of(c) == "par"]
    named = [x for c in agents for x in entities_at(c, index)]
    if not passive and not agents and not (v.dep_ in ("acl", "advcl") and v.pos_ != "AUX"):
        named = _subject_of(v, index)
        if not named and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in v.children):
            return None
    named = [x for x in named if x[0] != party]
    if named:
        courts = [x for x in named if _court(x[0], index)]
        return (courts[0][0], courts[0][1] if courts[0][1] >= 0 else -1) if courts else None
    got = article_court(v, index)
    return (got, -1) if got is not None and got != party else None


@acts_on(lambda w: w.lemma in words()["verdict_lemmas"] and w.pos in ("VERB", "AUX", "ADJ"))
def verdict(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "verdict_court", "found_guilty" (see the module's head)."""
    if "verdict_court" in out or not out.wants("verdict_court", "found_guilty"):
        return
    who = verdict_party(t, index)
    if not who:
        return
    court = verdict_court(t, index, who[0][0])
    if court is None:
        return
    out.put("verdict_court", [court])
    out.put("found_guilty", who)
    out["_no_linear"] = []


def _office_of(toks, index: EntityIndex):
    """The prosecution among the tokens ``toks`` (the requisition verb's subject or inverted subject, its noun's
    "de" phrase): a prosecutor's name, or a prosecution word standing for the text's one office."""
    heads = words()["prosecution_heads"]
    for c in toks:
        for n, j in entities_at(c, index):
            if index.type_of(n) in ("GOV", "ORG") and n.split()[0].lower() in heads:
                return n, j
        if index.entity_at(c.i) is None and c.lower_ in heads:
            office = prosecutor(c.doc, index)
            if office is not None:
                return office[0], -1
    return None


def _followed(t, index: EntityIndex):
    """(the office, the clause verb) of a requisition the sentence followed, at ``t``; else None."""
    w = words()
    if t.pos_ in ("VERB", "AUX") and lemma_of(t) in w["as_required_lemmas"]:
        if not any(c.dep_ == "mark" and c.lower_ in w["as_required_marks"] for c in t.children):
            return None
        if any(c.dep_ == "aux:pass" for c in t.children) or _negated(t):
            return None
        if any(c.dep_ in ("obj", "nsubj") and entities_at(c, index) and index.type_of(entities_at(c, index)[0][0])
               in _PARTIES for c in t.children):
            return None
        office = _office_of([c for c in t.children if c.dep_ in ("nsubj", "obj")], index)
        return (office, t.head) if office is not None and t.head is not t else None
    if t.pos_ == "NOUN" and t.lower_ in w["as_required_nouns"]:
        doc = t.doc
        toks = [c for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE]
        if t.i + 2 < t.sent.end and doc[t.i + 1].lower_ in _DE:   # ("aux réquisitions du parquet X" misparsed)
            toks += [doc[t.i + 2]] + ([doc[t.i + 3]] if t.i + 3 < t.sent.end and doc[t.i + 2].pos_ == "DET" else [])
        office = _office_of(toks, index)
        if office is None:
            return None
        if any(k.lower_ in w["as_required_cases"] for k in t.children if k.dep_ in ("case", "mark", "advmod", "amod")) \
                or any(doc[j].lower_ in w["as_required_cases"] for j in range(max(t.i - 3, t.sent.start), t.i)):
            return office, t.head
        if t.dep_ in ("obj", "obl", "obl:mod", "obl:arg") and lemma_of(t.head) in w["as_required_heads"]:
            return office, t.head
    return None


def _sentenced_near(clause, index: EntityIndex) -> list[tuple[str, int]]:
    """The party sentenced or found guilty in the clause ``clause`` (or a verb it hangs on, or its conjunct: "a
    suivi les réquisitions … et condamné Y")."""
    seen = 0
    for v in (clause, *clause.ancestors):
        if v.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        for u in (v, *[c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")]):
            got = [*_sentenced_party(u, index), *_condemned_objects(u, index), *verdict_party(u, index)]
            if got:
                return got
        seen += 1
        if seen == 3:
            break
    return []


@acts_on(lambda w: (w.lemma in words()["as_required_lemmas"] and w.pos in ("VERB", "AUX"))
         or w.lower in words()["as_required_nouns"])
def as_required(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "req_followed_office", "req_followed_against" (see the module's head)."""
    if "req_followed_office" in out or not out.wants("req_followed_office", "req_followed_against"):
        return
    got = _followed(t, index)
    if got is None:
        return
    office, clause = got
    against = [x for x in _sentenced_near(clause, index) if x[0] != office[0]]
    if not against:   # (the report's one defendant, named before)
        tried = {n: j for n, j in story_defendants(t.doc, index).items() if j < t.i and n != office[0]}
        if len(tried) != 1:
            return
        n = next(iter(tried))
        here = [j for j, m in index.by_token.items() if m == n and t.sent.start <= j < t.sent.end]
        against = [(n, here[0] if here else -1)]
    if len({n for n, _ in against}) != 1:
        return
    out.put("req_followed_office", [office])
    out.put("req_followed_against", against[:1])
    out["_no_linear"] = []


def _legal_person(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The company or party a description names as sentenced at the sentence word ``t`` ("Le parti, en tant que
    personne morale, écope de …", "Le groupe est condamné à …", "La société, poursuivie comme personne morale, est
    condamnée à …"): the one entity the text introduced by that noun ("le parti X", "la société X"), else, when the
    sentence says a legal person ("personne morale"), the company or party named last in the two sentences before
    (persons skipped)."""
    from .court32 import _penalty_phrase, words as words32
    w32 = words32()
    if t.lower_ not in w32["sentence_forms"] and lemma_of(t) not in w32["sentence_lemmas"]:
        return []
    if not _penalty_phrase(t, w32["penalty_nouns"]) or _negated(t):
        return []
    if any(c.dep_ == "obl:agent" or case_of(c) == "par" for c in t.children):
        return []
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subj and t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.i < t.i:
        subj = [t.head]   # ("Le parti, en tant que personne morale, écope de …" parsed with the noun for the root)
    if len(subj) != 1:
        return []
    s = subj[0]
    if s.pos_ != "NOUN" or s.lower_ not in words()["legal_person_nouns"] or index.entity_at(s.i) is not None \
            or not any(d.dep_ == "det" and d.lower_ in ("le", "la", "l'", "l’") for d in s.children):
        return []
    doc = t.doc
    intro = {index.entity_at(j) for j, k in index.kinds.items() if k == "introducer" and j < s.i
             and doc[j].lower_ == s.lower_}
    intro.discard(None)
    if len(intro) == 1:
        n = intro.pop()
        return [(n, s.i)] if index.type_of(n) == "ORG" else []
    if not any(k.lower_ in ("morale", "morales") for k in t.sent):
        return []
    start = t.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for j in range(s.i - 1, start - 1, -1):
        n = index.entity_at(j)
        if n is not None and index.kinds.get(j) == "name" and index.type_of(n) == "ORG":
            return [(n, s.i)]   # (a person named between is no legal person)
    return []


def legal_person_ties(doc, index: EntityIndex, found) -> list:
    """OPPOSES (role sanctions) the story's court → the legal person a description names as sentenced (see
    _legal_person). A pass over the document, not a rule: the sentence names no party the rules would read."""
    from ...records import Relation
    w32 = _sentence_words()
    have = {(r.type, r.subject, r.object) for r in found}
    out = []
    forms, lemmas = w32["sentence_forms"], w32["sentence_lemmas"]   # (speed37: looked up once, not per token)
    for t in tokens_of(doc):
        if t.lower_ not in forms and not (t.pos_ == "VERB" and lemma_of(t) in lemmas):
            continue
        who = _legal_person(t, index)
        if not who:
            continue
        court = article_court(t, index)
        if court is None or court == who[0][0] or ("OPPOSES", court, who[0][0]) in have:
            continue
        have.add(("OPPOSES", court, who[0][0]))
        sent = t.sent
        out.append(Relation(type="OPPOSES", subject=court, object=who[0][0], evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, role="sanctions", confidence=0.6,
                            rule="opposes.legal_person_sentenced"))
    return out


def _sentence_words():
    from .court32 import words as words32
    return words32()


def _case_party(sent, index: EntityIndex, skip: set) -> list[tuple[str, int]]:
    """The party a case is named after in the sentence ("dans le dossier Y", "dans l'affaire Y", "le cas Y", "la
    procédure visant Y" is the rules'): one, else []."""
    nouns = words()["case_nouns"]
    got = {}
    for k in sent:
        if k.lower_ in nouns and k.pos_ == "NOUN":
            for c in k.children:
                if c.dep_ in ("appos", "nmod", "flat:name", "compound") and c.i > k.i:
                    for n, j in entities_at(c, index):
                        if n not in skip and j >= 0 and index.type_of(n) in _PARTIES:
                            got.setdefault(n, j)
            if k.i + 1 < sent.end and index.entity_at(k.i + 1) is not None:   # ("le dossier Y" with no link)
                n = index.entity_at(k.i + 1)
                if n not in skip and index.type_of(n) in _PARTIES:
                    got.setdefault(n, k.i + 1)
    return list(got.items()) if len(got) == 1 else []


def _complaint_author(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The author of the complaint noun ``t``: "une plainte de X", "une plainte déposée (en 2019) par X"."""
    kinds = ("name", "introducer")
    got = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE for x in entities_at(c, index)]
    if not got:
        got = [x for v in t.children if v.dep_ in ("acl", "acl:relcl") and lemma_of(v) in words()["lodge_lemmas"]
               for c in v.children if c.dep_ == "obl:agent" or case_of(c) == "par" for x in entities_at(c, index)]
    return [x for x in got if x[1] >= 0 and index.type_of(x[0]) in ("PER", "ORG", "GOV") and index.kinds.get(x[1]) in kinds]


@acts_on(lambda w: w.lower in _report_nouns() and w.pos == "NOUN")
def complaint_in_case(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "cplt_author", "cplt_target": a complaint by its author, its target the party the case is named after
    ("Dans le dossier Y, la procédure avait été ouverte sur une plainte de X", "l'affaire Y est née d'une plainte
    déposée par X") or the report's one defendant ("une plainte déposée en 2019 par X")."""
    if t.lower_ not in _report_nouns() or t.pos_ != "NOUN" or "cplt_author" in out or "report_author" in out \
            or not out.wants("cplt_author", "cplt_target"):
        return
    if any(case_of(k) in ("contre", "visant") or k.lower_ in ("encontre", "visant", "concernant", "contre")
           for k in t.subtree if k.i != t.i):
        return   # (a target told: read by the rules)
    authors = _complaint_author(t, index)
    if len({n for n, _ in authors}) != 1:
        return
    target = _case_party(t.sent, index, {authors[0][0]})
    if not target and not any(c.dep_ == "nmod" and case_of(c) in _DE for c in t.children):
        from .court32 import _lone_defendant
        who = _lone_defendant(t.doc, index)
        if who is not None and who != authors[0][0] and not any(
                index.type_of(n) in _PARTIES and n not in (who, authors[0][0])
                for j, n in index.by_token.items() if t.sent.start <= j < t.sent.end):
            here = [j for j, n in index.by_token.items() if n == who and t.sent.start <= j < t.sent.end]
            target = [(who, here[0] if here else -1)]
    if not target:
        return
    out.put("cplt_author", authors[:1])
    out.put("cplt_target", target)
    out["_no_linear"] = []


def _report_nouns():
    return words()["complaint_nouns"]


def verdict_in(sent) -> bool:
    """A sentence naming one party that may be found guilty by the text's court ("Y a été reconnu coupable")."""
    guilty = words()["guilty_words"]
    return any(k.lower_ in guilty for k in sent)


COURT34_READERS = Readers(verdict, as_required, complaint_in_case)
