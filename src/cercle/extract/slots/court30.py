"""(s30-court30) The court report's sanctioner when the sentence does not name it.

- a sentence received, its author unsaid: "Y a écopé de dix-huit mois de prison", "Y a été condamné à deux ans
  d'emprisonnement", "Y s'est vu infliger une amende de N" in a text that names one court, and one only
  ("le tribunal correctionnel de X", "la cour d'appel de X"), before the sentence: that court sanctions Y (slots
  "sanctioner", "sanctioned" of opposes.sentence_received and opposes.fines_received). A fine with no prison term is
  read so only when the text names no regulator (a regulator's fine is protag29's); no guess when the sentence names
  another public body, or when the one sentenced is that court.
- a requisition in the passive, its author unsaid: "Six ans ont été requis contre Y", "Deux ans de prison avaient été
  requis à l'encontre de Y": the text's one prosecutor's office (court29.prosecutor) sues Y (sues.required).
- a fine's holder in a participle: "l'amende infligée à Y par X" (X sanctions Y), and with no agent, "La cour d'appel
  a ramené (réduit, confirmé, annulé…) l'amende infligée à Y": the court that rules on the fine, the subject of the
  verb the fine hangs on, sanctions Y (opposes.fine_inflicted_to).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .court29 import prosecutor
from .protag29 import verb_of_sum
from .found import Found
from .gate import Readers, acts_on

# what a court gives: a term ("deux ans de prison", "dix mois d'emprisonnement avec sursis") or a fine
_TERMS = frozenset({"prison", "emprisonnement", "réclusion", "détention", "sursis", "inéligibilité"})
_FINES = frozenset({"amende", "amendes"})
_SPANS = frozenset({"an", "ans", "année", "années", "mois", "jour", "jours", "semaine", "semaines", "million",
                    "millions", "milliard", "milliards", "euros", "dollars", "m€", "md€", "peine", "peines"})
# the first word of a court's name
_COURT_HEADS = frozenset({"tribunal", "cour", "chambre", "juridiction"})
_REGULATOR_FIRST = frozenset({"autorité", "commission", "haute", "arcom", "cnil", "amf", "arcep", "acpr"})


def _court_name(name: str) -> bool:
    return name.split()[0].lower() in _COURT_HEADS


def article_court(t, index: EntityIndex) -> str | None:
    """The one court the text names, named before ``t``'s sentence; None when none, several, or when the sentence
    names a public body (it may be the author)."""
    # (s32-court32) the one court named before the sentence: a court of appeal named only later, for the appeal
    # to come, leaves the story's court its own
    start, end = t.sent.start, t.sent.end
    before = {n for j, n in index.by_token.items() if j < start and index.kinds.get(j) == "name"
              and index.type_of(n) == "GOV" and _court_name(n)}
    if len(before) != 1:
        return None
    who = next(iter(before))
    for j, n in index.by_token.items():
        if start <= j < end and n != who and index.type_of(n) == "GOV":
            return None
    return who


def _regulator_named(index: EntityIndex) -> bool:
    return any(e.type in ("GOV", "ORG") and n.split()[0].lower() in _REGULATOR_FIRST
               for n, e in index.entities.items())


def _sentence_verb(t):
    """The verb whose subject receives the term or fine at ``t`` ("Y a écopé de N de prison", "Y a été condamné à N
    de prison", "Y s'est vu infliger une amende") and whether that subject is passive; else (None, False)."""
    top, verb = verb_of_sum(t, _SPANS)
    if verb is None:
        return None, False
    lem = lemma_of(verb)
    if lem == "écoper":   # ("de" is often tagged a determiner there: no case read)
        return verb, False
    if lem == "condamner" and case_of(top) in ("à", "a") and any(c.dep_ == "aux:pass" for c in verb.children) \
            and not any(c.dep_ == "obl:agent" or case_of(c) == "par" for c in verb.children):
        return verb, True
    if lem == "infliger" and verb.dep_ == "xcomp" and lemma_of(verb.head) == "voir" and not any(
            case_of(c) == "par" for c in verb.children) and any(
            c.dep_ in ("expl:comp", "expl:pv", "obj", "iobj") and c.lower_ in ("se", "s'", "s’") for c in verb.head.children):
        return verb.head, False
    return None, False


@acts_on(lambda w: w.pos == "NOUN" and (w.lower in _TERMS or w.lower in _FINES))
def sentence_received(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a écopé de N de prison", "Y a été condamné à N de prison", "Y s'est vu infliger une amende": the text's one
    court, named before, sanctions Y."""
    if t.pos_ != "NOUN" or not (t.lower_ in _TERMS or t.lower_ in _FINES) or "sanctioner" in out \
            or not out.wants("sanctioner", "sanctioned"):
        return
    verb, passive = _sentence_verb(t)
    if verb is None:
        return
    if t.lower_ in _FINES and _regulator_named(index):
        return   # (a fine in a text naming a regulator: maybe the regulator's)
    got = [x for c in verb.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)] if passive \
        else _subject_of(verb, index)   # (through a relative: "Y, qui écope de N de prison")
    fined = [x for x in got if index.type_of(x[0]) in ("PER", "ORG") and x[1] >= 0]
    if not fined:
        return
    court = article_court(t, index)
    if court is None or court in {n for n, _ in fined}:
        return
    out.put("sanctioner", [(court, -1)])
    out.put("sanctioned", fined[:1])
    out["_no_linear"] = []


@acts_on(lambda w: w.verbal and w.lemma == "requérir")
def required_passive(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Six ans ont été requis contre Y": the text's one prosecutor's office sues Y."""
    if not verbal or lemma_of(t) != "requérir" or out.get("subj"):
        return
    if not any(c.dep_ == "aux:pass" for c in t.children) or any(
            c.dep_ == "obl:agent" or case_of(c) == "par" for c in t.children):
        return
    office = prosecutor(t.doc, index)
    if office is None:
        return
    # ("Contre Y, une amende a été requise": a fronted "contre" phrase the parser may call the subject)
    places = [c for c in t.children if c.dep_ in ("obl:arg", "obl", "obl:mod", "nsubj:pass") and case_of(c) == "contre"]
    for c in t.children:   # "à l'encontre de Y"
        if c.dep_ in ("obl:arg", "obl", "obl:mod") and c.lower_ == "encontre":
            places += [k for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "d’")]
    against = [x for c in places for x in entities_at(c, index) if index.type_of(x[0]) in ("PER", "ORG") and x[1] >= 0]
    against = [x for x in against if x[0] != office[0]]
    if not against:
        return
    here = index.sent_of.get(office[1]) == index.sent_of.get(t.i)
    out.put("subj", [office if here else (office[0], -1)])
    out.put("required_against", against[:1])
    out["_no_linear"] = []


# verbs by which a court rules on a fine it is the subject of ("a ramené l'amende", "a confirmé l'amende")
_RULE_ON = frozenset({"ramener", "réduire", "confirmer", "alourdir", "abaisser", "diminuer", "annuler", "valider",
                      "maintenir", "relever", "augmenter", "porter", "minorer", "majorer"})


@acts_on(lambda w: w.verbal and w.lemma == "infliger")
def fine_inflicted_to(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"l'amende infligée à Y par X": X sanctions Y; with no agent, the court that rules on the fine ("La cour d'appel
    a ramené … l'amende infligée à Y")."""
    if not verbal or lemma_of(t) != "infliger" or "sanctioner" in out or not out.wants("sanctioner", "sanctioned"):
        return
    if t.dep_ != "acl":
        return
    fine = t.head
    if fine.lower_ in _SPANS and fine.dep_ == "nmod" and fine.head.lower_ in _FINES:
        fine = fine.head   # ("l'amende de 12 millions d'euros infligée à Y": the participle on the sum)
    if fine.lower_ not in _FINES:
        return
    tos = [c for c in t.children if c.dep_ in ("obl:arg", "obl", "iobj", "obl:mod") and case_of(c) in ("à", "a")]
    if not tos:   # ("à Y" hung on the fine noun after the participle)
        tos = [c for c in fine.children if c.dep_ == "nmod" and c.i > t.i and case_of(c) in ("à", "a")]
    to = [x for c in tos for x in entities_at(c, index) if index.type_of(x[0]) in ("PER", "ORG", "GOV") and x[1] >= 0]
    if not to:
        return
    # ("par X" on the participle, or hung on the one fined: "infligée à Y par X")
    by = [x for c in (*t.children, *(k for o in tos for k in o.children if k.dep_ == "nmod"),
                      *(k for k in fine.children if k.dep_ == "nmod" and k.i > t.i))
          if c.dep_ == "obl:agent" or case_of(c) == "par"
          for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    if not by and t.head.head.pos_ == "VERB":   # ("par Y" hung on the verb the fine is the object of)
        by = [x for c in t.head.head.children if c.i > t.i and case_of(c) == "par" and c.dep_ != "obl:agent"
              for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    # (and the court that rules on the fine sanctions too: "La cour d'appel a ramené l'amende infligée à Y par X")
    top = fine
    for _ in range(3):
        if top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN":
            top = top.head
    verb = top.head
    if top.dep_ in ("obj", "obl:arg", "nmod", "obl") and verb.pos_ == "VERB" and lemma_of(verb) in _RULE_ON:
        by += [x for c in verb.children if c.dep_ == "nsubj" for x in entities_at(c, index)
               if index.type_of(x[0]) == "GOV" and _court_name(x[0])]
    by = [x for x in by if x[0] not in {n for n, _ in to}]
    if by:
        out.put("sanctioner", by[:2])
        out.put("sanctioned", to[:1])
        out["_no_linear"] = []


def court_sentence_in(sent) -> bool:
    """A sentence naming one party that may hold a tie with the text's court or prosecutor: "Y a été condamné à
    N de prison", "Six ans ont été requis contre Y"."""
    from .court32 import court_genre_in   # (court32 reads this module's article_court)
    return any(k.pos_ == "VERB" and (k.lemma_ in ("condamner", "requérir") and any(
        c.dep_ == "aux:pass" for c in k.children) or k.lower_.startswith("écop")) for k in sent) \
        or court_genre_in(sent)   # (s32-court32: the story's court, prosecutor, defendants)


COURT30_READERS = Readers(sentence_received, required_passive, fine_inflicted_to)
