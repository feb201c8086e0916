"""(s26-fights26) Conflict and alliance gaps of French:

- a referral to a criminal court: "Le parquet a obtenu le renvoi devant le tribunal correctionnel de A, de B et de
  C" is legal action the prosecutor brings against each (SUES), not an ouster ("renvoi" read as dismissal, rule
  opposes.ouster); a party name right after a title noun, with no preposition, comma or "et" before it ("du maire
  Les Radicaux"), says whose party the person is and is no one referred (read26 ho-734: two false OPPOSES, four
  missed SUES; the plain sentence reproduces it).
- a clause the parser hangs on a fronted participle's relative: "Fondée par X, qui la dirige, la start-up Y veut
  produire … pour concurrencer A et B" parsed with "pour concurrencer" under "qui la dirige" and "la start-up Y"
  as that verb's apposition: the one who competes is the noun set off after the relative's comma (Y), not the
  relative's antecedent (read26 ho-728: two false COMPETES_WITH, two missed; the plain sentence reproduces it).
- closeness said by an apposed noun: "Y, un organisme proche de Z", "X, un homme d'affaires proche de Z", "Y, un
  établissement réputé proche de Z": the name before the apposition's comma is close to Z (slot "close_apposed" of
  ally.close_apposed; "Y, proche de Z" is ally.adj_body's; read26 ho-723, read19 ho-539: two passages).
- a subject noun with a possessive set off after a name: "Y, son concurrent direct sur la ligne Z, accuse W", "Y, son
  rival au sein du parti Z, accuse W": Y is the subject, not a name inside the noun's own phrase (the parser hangs
  the name on the noun, or leaves the subject empty and the line takes Z; read26 ho-722, plain sentences reproduce).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at
from .found import Found
from .gate import Readers, acts_on

_REFERRAL_NOUNS = frozenset({"renvoi", "renvois"})
# the courts one is sent before: "devant le tribunal correctionnel", "devant la cour d'assises"
_COURT_NOUNS = frozenset({"tribunal", "tribunaux", "cour", "cours", "juridiction", "juge", "juges", "assises",
                          "correctionnelle"})
_DE = ("de", "du", "des", "d'")


def _before_court(t) -> bool:
    """A "devant <court>" phrase after the referral noun in its sentence ("renvoi devant le tribunal de A", "renvoi de
    A devant la cour", however the parser hung it), or "en correctionnelle"."""
    doc = t.doc
    end = min(t.sent.end, t.i + 40)
    for k in range(t.i + 1, end):
        low = doc[k].lower_
        if low == "devant" and any(doc[j].lower_ in _COURT_NOUNS for j in range(k + 1, min(k + 4, end))):
            return True
        if low == "en" and k + 1 < end and doc[k + 1].lower_ == "correctionnelle":
            return True
    return False


# words that open another phrase or clause after the list of those referred ("… pour abus de biens sociaux de Y")
_LIST_STOPS = frozenset({"pour", "dans", "afin", "concernant", "dont", "qui", "que", "qu'", "car", "mais", "après",
                         "lors", "selon", "avec", "sur", ";", ":", "(", "«"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs"})


def _referred_along(t, index: EntityIndex) -> list:
    """The names of the "de A, de son épouse B, de C et de D" list after a referral noun, read along the line (the
    parser breaks such lists). A person anywhere in a "de" segment; an organisation only right after its "de"
    (and article): "du maire Les Radicaux" names the mayor's party, not one referred."""
    doc = t.doc
    court = set()
    for c in t.children:
        if c.lower_ in _COURT_NOUNS and case_of(c) in ("devant", "en"):
            court.update(k.i for k in c.subtree)
    got, seg_de, seg_start, k = [], False, t.i + 1, t.i + 1
    while k < t.sent.end:
        tok = doc[k]
        low = tok.lower_.replace("’", "'")
        if low in _LIST_STOPS or (tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")):
            break
        if low in (",", "et", "ou", "devant"):
            seg_de, seg_start = False, k + 1
        elif low in _DE:
            seg_de, seg_start = True, k
        else:
            name = index.entity_at(k) if k not in court else None
            if name is not None and index.kinds.get(k) == "name":
                typ = index.type_of(name)
                between = [doc[j] for j in range(seg_start + 1, k)]
                if seg_de and (typ == "PER" or typ == "ORG" and all(w.lower_ in _ARTICLES or index.kinds.get(w.i) == "introducer"
                                                             for w in between)) \
                        and all(x[0] != name for x in got):
                    got.append((name, k))
                while k + 1 < t.sent.end and index.entity_at(k + 1) == name:
                    k += 1
        k += 1
    return got


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _REFERRAL_NOUNS)
def referral_to_court(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a obtenu le renvoi devant le tribunal correctionnel de A et de B": X sues A and B (the ouster reading of
    "renvoi" goes)."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in _REFERRAL_NOUNS or not out.get("demander") \
            or not _before_court(t):
        return
    referrer = out.pop("demander")
    referred = _referred_along(t, index)
    if referred:
        out.put("referrer", referrer)
        out.put("referred", referred)


_CLAUSE_LINKS = ("advcl", "xcomp", "acl")


@acts_on(lambda w: w.verbal and w.dep in _CLAUSE_LINKS)
def clause_after_relative(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Fondée par X, qui la dirige, la start-up Y ambitionne de … pour concurrencer A": Y is the subject."""
    if not verbal or t.dep_ not in _CLAUSE_LINKS or not out.get("subj"):
        return
    v = t.head
    hops = 0
    while v.dep_ in _CLAUSE_LINKS and hops < 2 and v.head.i != v.i:
        v = v.head
        hops += 1
    if v.dep_ != "acl:relcl" or v.i > t.i:
        return
    doc = t.doc
    # a noun phrase set off by a comma after the relative verb and before the trigger: a new clause's subject
    apposed = [c for c in v.children if c.dep_ in ("appos", "nsubj") and v.i < c.i < t.i
               and any(doc[k].text == "," for k in range(v.i + 1, c.i))
               and not any(k.lower_ in ("qui", "que", "qu'") for k in v.children if k.dep_.startswith("nsubj") and k.i > v.i)]
    apposed = [c for c in apposed if c.pos_ in ("NOUN", "PROPN")]
    if not apposed:
        return
    # a name only: "la start-up" alone leaves the subject unknown (its antecedent is the coreference's guess)
    got = [x for x in entities_at(apposed[0], index) if x[1] > v.i and index.kinds.get(x[1]) == "name"]
    if got:
        out["subj"] = got
    else:
        out.pop("subj", None)
        out["_no_linear"] = []


# nouns of an amount or an unnamed source: "un montant proche de N", "une source proche du dossier"
_NOT_CLOSE_NOUNS = frozenset({"source", "sources", "montant", "prix", "niveau", "valeur", "chiffre", "somme", "taux",
                              "total", "valorisation", "position", "ligne", "score", "résultat", "lieu", "endroit"})
_DEGREE = frozenset({"très", "plutôt", "assez", "si", "fort", "réputé", "réputée", "jugé", "jugée", "dit", "dite",
                     "politiquement", "longtemps"})


@acts_on(lambda w: w.pos == "ADJ" and w.lower == "proche")
def close_apposed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, un organisme proche de Z": slot "close_apposed" holds Y (the name before the apposition's comma)."""
    if t.pos_ != "ADJ" or t.lower_ != "proche" or t.dep_ != "amod" or not out.wants("close_apposed"):
        return
    noun = t.head
    if noun.pos_ != "NOUN" or noun.i > t.i or noun.lemma_.lower() in _NOT_CLOSE_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in noun.children):
        return
    doc = t.doc
    # only the noun's own words between it and "proche" (its complement, adjectives, a degree word)
    if any(doc[k].text in (",", "(", ")") for k in range(noun.i + 1, t.i)):
        return
    k = noun.left_edge.i - 1
    if k <= t.sent.start or doc[k].text != ",":
        return
    at = k - 1
    if doc[at].text == ")":
        # "l'Institut Y (IY), un organisme proche de Z": the name before its bracketed acronym
        j = at - 1
        while j > t.sent.start and doc[j].text != "(" and at - j < 6:
            j -= 1
        if doc[j].text != "(":
            return
        at = j - 1
    name = index.entity_at(at)
    if name is not None and index.kinds.get(at) == "name":
        out.put("close_apposed", [(name, at)])


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


@acts_on(lambda w: w.verbal)
def possessive_apposed_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, son concurrent direct sur la ligne Z, accuse W", "Y, son rival au sein du parti Z, accuse W": the noun
    with a possessive set off after "Y," is Y's apposition; Y is the subject, not a name inside the noun's phrase."""
    if not verbal or t.dep_ in ("advcl", "acl", "acl:relcl", "ccomp", "csubj"):
        return
    if any(c.dep_ == "mark" or c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.children):
        return   # ("X, son directeur de cabinet lorsque Y dirigeait Z": a clause of its own)
    nouns = [c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < t.i]
    if len(nouns) != 1:
        return
    noun = nouns[0]
    dets = [c for c in noun.children if c.dep_ == "det" and c.lower_ in _POSSESSIVES and c.i < noun.i]
    if not dets or any(c.dep_ in ("appos", "flat:name") and c.i > noun.i and index.kinds.get(c.i) == "name"
                       for c in noun.children):
        return   # ("son PDG X accuse W": X)
    doc = t.doc
    d = dets[0].i
    if d < t.sent.start + 2 or doc[d - 1].text != ",":
        return
    name = index.entity_at(d - 2)
    if name is None or index.kinds.get(d - 2) != "name":
        return
    first = d - 2
    while first > t.sent.start and index.entity_at(first - 1) == name:
        first -= 1
    head = doc[d - 2]
    while head.dep_ in ("flat:name", "flat") and head.head.i < head.i:
        head = head.head
    if case_of(head) is not None or (first > t.sent.start and doc[first - 1].pos_ == "ADP"):
        return   # ("Selon Y, son patron accuse W": a source, no subject)
    if [x[0] for x in out.get("subj") or ()] != [name]:
        out["subj"] = [(name, d - 2)]


FIGHTS26_READERS = Readers(referral_to_court, clause_after_relative, close_apposed, possessive_apposed_subject)
