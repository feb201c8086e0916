"""(s29-protag29) Ties whose other party no word of the sentence names: the article's protagonist.

- a fine received with no author in the sentence: "Y a écopé de N d'amende", "Y s'est vu infliger une amende de
  N" (and with its author, "… par X", which no reader read for "se voir infliger"): in an article where one body,
  and one only, is a regulator by its name ("Autorité de …", "Commission …", "Haute Autorité …", "… de
  régulation …"), named before the sentence and not in it, that body imposed the fine (slots "sanctioner",
  "sanctioned" of opposes.fines_received). No guess when the sentence names another public body (a court, a
  ministry), when two regulators are named, or when the one fined is that body.
- a pact told in the passive with no agent: "Un accord de distribution vient d'être signé avec X", "Un partenariat
  a été conclu avec X", "un protocole d'accord, paraphé en mars avec X, …": in an article about one company
  (index.topic), that company is the other party (slot "subj" of partners.noun), when the sentence names no other
  organisation that might have signed.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_FINES = frozenset({"amende", "amendes", "pénalité", "pénalités", "sanction", "sanctions"})
_SUMS = frozenset({"million", "millions", "milliard", "milliards", "euros", "dollars", "m€", "md€"})
# the first word of a regulator's name ("Autorité de la concurrence", "Commission nationale de …", "Haute Autorité
# de santé"), or a word inside it ("Autorité de régulation des …", "Conseil supérieur de l'audiovisuel")
_REGULATOR_FIRST = frozenset({"autorité", "commission", "haute"})
_REGULATOR_INNER = frozenset({"régulation", "régulateur", "contrôle", "surveillance"})
# a court's or a prosecutor's words: one said in the sentence or the two before may be who fined
_COURT_WORDS = frozenset({"tribunal", "tribunaux", "cour", "juge", "juges", "parquet", "juridiction", "magistrat",
                          "magistrats", "justice"})


def verb_of_sum(t, sums) -> tuple:
    """The noun phrase a penalty word ``t`` heads, climbed through the sum it is the "de" complement of ("N
    d'euros d'amende", "deux ans de prison": ``sums``), and the verb it is an object or oblique of; (top, None)
    when that is no verb (shared with court30's sentences)."""
    top = t
    for _ in range(3):
        if top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" and top.head.lower_ in sums:
            top = top.head
    verb = top.head
    if top.dep_ not in ("obj", "obl:arg", "obl", "obl:mod") or verb.pos_ != "VERB":
        return top, None
    return top, verb


def _fine_verb(t):
    """The verb a fine noun (or the sum it is the "de" complement of: "N d'euros d'amende") hangs on, and whether
    it is "se voir infliger" (the subject is the one fined); else (None, False)."""
    top, verb = verb_of_sum(t, _SUMS)
    if verb is None:
        return None, False
    lem = lemma_of(verb)
    if lem == "écoper" and case_of(top) in ("de", "d'", "d’"):
        return verb, False
    if lem == "infliger" and verb.dep_ == "xcomp" and lemma_of(verb.head) == "voir" and any(
            c.dep_ in ("expl:comp", "expl:pv", "obj", "iobj") and c.lower_ in ("se", "s'", "s’") for c in verb.head.children):
        return verb.head, True
    return None, False


def _agent(t, verb, index: EntityIndex) -> list:
    """"… par X": an agent phrase on the fine, its sum or the verbs."""
    heads = [t, verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    k = t
    for _ in range(3):
        if k.dep_ in ("nmod", "conj") and k.head.pos_ == "NOUN":
            k = k.head
            heads.append(k)
    return [x for h in heads for c in h.children if c.dep_ in ("obl:agent", "nmod", "obl", "obl:mod")
            and case_of(c) == "par" for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]


def _regulator_name(name: str) -> bool:
    words = name.lower().replace("'", "' ").replace("’", "' ").split()
    return bool(words) and (words[0] in _REGULATOR_FIRST or any(w in _REGULATOR_INNER for w in words))


def article_regulator(t, index: EntityIndex) -> str | None:
    """The one body of the article whose name says it regulates, named before the trigger's sentence and not in it;
    None when there are none or several, or when the sentence names another public body."""
    regulators = [n for n, e in index.entities.items() if e.type in ("GOV", "ORG") and _regulator_name(n)]
    if len(regulators) != 1:
        return None
    who = regulators[0]
    start, end = t.sent.start, t.sent.end
    doc = t.doc
    seen = 0
    j = end - 1
    while j >= 0 and seen < 3:   # (the sentence and the two before)
        if doc[j].lower_ in _COURT_WORDS:
            return None   # ("Le tribunal de X a statué. Y a écopé d'une amende": the court's, maybe)
        if doc[j].is_sent_start and not doc[j].is_space:
            seen += 1
        j -= 1
    named_before = False
    for j, n in index.by_token.items():
        if start <= j < end:
            if n == who or index.type_of(n) == "GOV":
                return None   # (named in the sentence: the rules read it; another body there may be the author)
        elif j < start and n == who and index.kinds.get(j) == "name":
            named_before = True
    return who if named_before else None


def _put_fine(out: Found, index: EntityIndex, by: list, fined: list, at) -> None:
    """The sanctioner read (``by``), else the article's one regulator, sanctions ``fined`` (shared by the two
    fine readers below)."""
    if not by and all(index.type_of(x[0]) == "ORG" for x in fined):
        # (a company: a person fined with no author named is as often a court's as a regulator's)
        who = article_regulator(at, index)
        by = [(who, -1)] if who else []
    by = [x for x in by if x[0] not in {n for n, _ in fined}]
    if by:
        out.put("sanctioner", by[:1])
        out.put("sanctioned", fined)
        out["_no_linear"] = []


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _FINES)
def fine_of_the_regulator(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a écopé de N d'amende", "Y s'est vu infliger N d'amende (par X)": X, else the article's one regulator,
    sanctions Y."""
    if t.pos_ != "NOUN" or t.lower_ not in _FINES or "sanctioner" in out or not out.wants("sanctioner", "sanctioned"):
        return
    verb, seen = _fine_verb(t)
    if verb is None:
        return
    fined = [x for x in _subject_of(verb, index) if index.type_of(x[0]) in ("PER", "ORG") and x[1] >= 0]
    if not fined:
        return
    by = _agent(t, verb, index) if seen else []
    _put_fine(out, index, by, fined, t)


@acts_on(lambda w: w.verbal and w.lemma == "infliger")
def sum_fine_received(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y s'est vu infliger 42 millions d'euros (par X)": a sum with no fine noun (one said reads as a fine noun's
    trigger, fine_of_the_regulator): X, else the article's one regulator, sanctions Y (rule opposes.sum_fine_received)."""
    if not verbal or lemma_of(t) != "infliger" or "sanctioner" in out or not out.wants("sanctioner", "sanctioned"):
        return
    if t.dep_ != "xcomp" or lemma_of(t.head) != "voir" or not any(
            c.dep_ in ("expl:comp", "expl:pv", "obj", "iobj") and c.lower_ in ("se", "s'", "s’") for c in t.head.children):
        return
    sums = [c for c in t.children if c.dep_ == "obj" and c.lower_ in _SUMS]
    if not sums or any(k.lower_ in _FINES for s in sums for k in s.subtree):
        return
    fined = [x for x in _subject_of(t.head, index) if index.type_of(x[0]) in ("PER", "ORG") and x[1] >= 0]
    if not fined:
        return
    by = [x for h in (t, t.head, *sums) for c in h.children if case_of(c) == "par" and c.dep_ != "obj"
          for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    _put_fine(out, index, by, fined, sums[0])


def fine_without_author(sent) -> bool:
    """A sentence that tells a fine received ("a écopé de", "s'est vu infliger"): read with one named party."""
    return any(k.pos_ == "VERB" and (k.lemma_ == "écoper" or (k.lemma_ == "infliger" and k.dep_ == "xcomp"
                                                                 and k.head.lemma_ == "voir")) for k in sent)


_PACTS = frozenset({"partenariat", "accord", "alliance", "collaboration", "coopération", "pacte", "contrat-cadre",
                    "protocole"})
_PACT_VERBS = frozenset({"signer", "conclure", "nouer", "sceller", "parapher", "passer", "trouver", "finaliser",
                         "officialiser", "annoncer", "renouveler", "reconduire", "prolonger", "étendre"})


def _passive_pact_verb(t):
    """The passive verb a pact noun is the subject of ("Un accord a été signé", "Un accord vient d'être signé"), or
    its participle ("un accord, signé en mars avec X"); None when it has an agent."""
    v = t.head
    if t.dep_ == "nsubj:pass" and v.pos_ == "VERB":
        pass
    elif t.dep_ == "nsubj" and v.pos_ == "VERB" and lemma_of(v) in ("venir", "devoir", "pouvoir", "aller"):
        v = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                  and any(a.dep_ == "aux:pass" for a in c.children)), None)
        if v is None:
            return None
    else:
        v = next((c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")
                  and "Past" in c.morph.get("Tense") and c.i > t.i), None)
        if v is None:
            return None
    # (an agent is "par X"; the parser may call "avec X" one)
    if lemma_of(v) not in _PACT_VERBS or any(case_of(c) == "par" for c in v.children):
        return None
    return v


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _PACTS)
def pact_of_the_topic(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Un accord a été signé avec X" in an article about Y: Y and X are partners."""
    topic = index.topic
    if t.pos_ != "NOUN" or t.lower_ not in _PACTS or not topic or index.type_of(topic) != "ORG" \
            or any(k in out for k in ("subj", "head", "acl_agent", "prep:entre", "together")):
        return
    if t.lower_ == "protocole" and not any(c.lower_ == "accord" for c in t.children):
        return
    if any(c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’") and entities_at(c, index)
           for c in t.children):
        return   # ("l'accord de X a été signé avec Y": X's)
    v = _passive_pact_verb(t)
    if v is None:
        return
    partners = [x for c in v.children if c.dep_.startswith("obl") and case_of(c) == "avec"
                for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    partners += [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "avec"
                 for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    if not partners or any(n == topic for n, _ in partners):
        return
    # (another organisation named in the sentence, outside the "avec" phrase and its relatives, may have signed)
    taken = {n for n, _ in partners}
    sent = t.sent
    for j in range(sent.start, sent.end):
        n = index.by_token.get(j)
        if n is not None and n not in taken and n != topic and index.type_of(n) in ("ORG", "GOV") \
                and index.kinds.get(j) == "name":
            return
    out.put("subj", [(topic, -1)])
    if "prep:avec" not in out:
        out.put("prep:avec", partners)


PROTAG29_READERS = Readers(fine_of_the_regulator, sum_fine_received, pact_of_the_topic)
