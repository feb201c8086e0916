"""Constructions read as a line around a trigger, where the parse of press sentences is rarely usable."""
from __future__ import annotations

from ...nlp.docview import tokens_of

from ...mentions.demonyms import countries_by_adjective
from ...mentions.entities import EntityIndex
from ..arguments import PERSON_TITLES, case_of, entities_at, lemma_of
from ..implied import _name_before_bracket
from .words import HEADS_OF_STATE


def heads_a_country(t) -> bool:
    low = t.lower_
    if low in HEADS_OF_STATE:
        return True
    # "le Premier ministre indien": head of government
    return low == "ministre" and any(c.lower_ in ("premier", "première") for c in t.children)


def counterpart_heads_a_country(t) -> bool:
    """"le président X et son homologue chilien", "le chef de l'Etat X a reçu son homologue chilien":
    the counterpart is a head of state's when the title it pairs with, earlier in its sentence, is one."""
    tv = tokens_of(t.doc)
    if t.dep_ == "conj" and heads_a_country(t.head):
        return True
    titles = [tv[j] for j in range(t.sent.start, t.i) if tv[j].pos_ == "NOUN" and tv[j].lower_ in PERSON_TITLES]
    if not titles:
        return False
    last = titles[-1]
    if last.lower_ == "chef" and any(c.lower_ in ("etat", "état", "gouvernement") and case_of(c) == "de"
                                     for c in last.children):
        return True   # "le chef de l'Etat X"
    return heads_a_country(last) and not any(c.dep_ == "nmod" and case_of(c) == "de" for c in last.children)


def has_a_new_title(t, index: EntityIndex):
    """"Y a un nouveau directeur général depuis l'été, le Belge X": read as a line, the parse of
    such sentences is rarely usable. Returns (Y, X) or (None, None)."""
    doc, j = t.doc, t.i - 1
    while j > 0 and doc[j].lower_ in ("nouveau", "nouvelle", "nouvel", "premier", "première"):
        j -= 1
    if j < 2 or doc[j].lower_ not in ("un", "une") or doc[j - 1].lemma_ != "avoir":
        return None, None
    owner = index.entity_at(j - 2)
    if owner is None or index.kinds.get(j - 2) != "name" or index.type_of(owner) not in ("ORG", "GOV", "LOC"):
        return None, None
    end = t.sent.end
    comma = next((k for k in range(t.i + 1, min(t.i + 8, end)) if doc[k].text == ","), None)
    if comma is None:
        return None, None
    k = comma + 1
    while k < end and doc[k].pos_ == "DET":
        k += 1
    if k < end and doc[k].lower_ in countries_by_adjective():
        k += 1   # "le Belge X"
    holder = index.entity_at(k) if k < end else None
    if holder is None or index.kinds.get(k) != "name" or index.type_of(holder) != "PER":
        return None, None
    return (owner, j - 2), (holder, k)


def name_before_bracket(t, index: EntityIndex):
    """The name right before "( … )" when t follows the closing bracket."""
    doc = t.doc
    if t.i < 3 or doc[t.i - 1].text != ")":
        return None
    opener = next((j for j in range(t.i - 2, max(t.i - 12, 0), -1) if doc[j].text == "("), None)
    name = _name_before_bracket(doc[opener], index) if opener is not None else None
    return (name, opener - 1) if name is not None else None


def fronted_apposition(t, index: EntityIndex) -> list[tuple[str, int]]:
    """A title opening the sentence describes the clause's subject after the comma: "Responsable
    des ventes de Y, X a …", "Actionnaire majoritaire de Y, non coté, l'homme d'affaires est …"."""
    doc, end = t.doc, t.sent.end
    comma = next((j for j in range(t.i + 1, min(t.i + 14, end)) if doc[j].text == ","), None)
    if comma is None:
        return []
    after = comma + 1
    nxt = next((j for j in range(after, min(after + 4, end)) if doc[j].text == ","), None)
    if nxt is not None and not any(index.entity_at(j) for j in range(after, nxt)):
        after = nxt + 1   # ", non coté," an aside about the title's complement
    for j in range(after, min(after + 6, end)):
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) in ("name", "descriptor", "introducer"):
            return [(name, j)]
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            break
    return []


def aside_agents(t, index: EntityIndex) -> set[str]:
    """Names that are the "par X" of a participle describing an earlier name, before t in its
    sentence ("Y, contrôlé par X, …"), and the places of a participle of seat ("Y, basé à X, et son
    directeur": X is where Y sits, never the owner of a possessive after it)."""
    tv = tokens_of(t.doc)   # the token list: tv[i] skips DocView.__getitem__
    names = set()
    for j in range(t.sent.start, t.i):
        tok = tv[j]
        if tok.dep_ == "obl:agent" and tok.head.dep_ == "acl":
            names.update(n for n, _ in entities_at(tok, index))
        elif tok.dep_.startswith("obl") and tok.head.pos_ == "VERB" and lemma_of(tok.head) in SEAT_PARTICIPLES \
                and "Part" in tok.head.morph.get("VerbForm") and case_of(tok) in ("à", "en", "au", "aux"):
            names.update(n for n, _ in entities_at(tok, index))
    return names


# Participles of where a body sits: "basé à X", "installée en X", "établie à X", "implantée à X".
SEAT_PARTICIPLES = frozenset({"baser", "installer", "établir", "implanter", "situer", "domicilier", "localiser",
                              "enregistrer", "immatriculer"})


def partitive(t) -> bool:
    """"un des administrateurs": the "des" is a partitive, not a complement's preposition."""
    tv = tokens_of(t.doc)   # the token list: tv[i] skips DocView.__getitem__
    case = next((c for c in t.children if c.dep_ == "case"), None)
    return case is not None and case.lower_ in ("des", "de") and case.i > 0 \
        and tv[case.i - 1].lower_ in ("un", "une")


# Words of getting into or up in a company's capital ("la montée de X au capital de Y").
CAPITAL_MOVES = {"montée", "monter", "entrée", "entrer", "arrivée", "arriver", "renforcement", "renforcer",
                 "retour", "revenir"}


def capital_phrase(t, index: EntityIndex):
    """"une nouvelle montée future de X au capital (de Y)", read as a line: the parser often makes
    the noun a participle and hangs "au capital" elsewhere. Returns (holders, companies), the company
    being the article's main organisation when the capital is nobody's named; ([], []) if no such phrase."""
    tv = tokens_of(t.doc)
    if t.lemma_.lower() not in CAPITAL_MOVES and t.lower_ not in CAPITAL_MOVES:
        return [], []
    end = t.sent.end
    holders = []
    j = t.i + 1
    while j < min(t.i + 9, end):
        low = tv[j].lower_
        if low in ("au", "dans") or (low == "à" and j + 1 < end and tv[j + 1].lower_ in ("son", "leur")):
            break
        if tv[j].is_punct or tv[j].pos_ in ("VERB", "AUX"):
            return [], []
        name = index.entity_at(j)
        if name is not None and tv[j - 1].lower_ in ("de", "du", "d'", "d’") and not holders:
            holders = [(name, j)]
        j += 1
    else:
        return [], []
    k = j + 1
    while k < end and tv[k].pos_ == "DET":
        k += 1
    if k >= end or tv[k].lemma_.lower() != "capital":
        return [], []
    after = k + 1
    if after + 1 < end and tv[after].lower_ in ("de", "du", "d'", "d’"):
        n = after + 1
        while n < end and tv[n].pos_ == "DET":
            n += 1
        name = index.entity_at(n) if n < end else None
        return holders, ([(name, n)] if name else [])
    told = stake_told_before(tv, index, t.sent.start, t.i)
    if told is not None:
        return holders, [told]   # ((s32-deals32) "A, qui détient 28 % de Y, …, tout comme B, entré au capital": Y's)
    return holders, ([(index.topic, -1)] if index.topic else [])


def stake_told_before(tv, index: EntityIndex, start: int, end: int):
    """(s32-deals32) The company of the last stake the sentence told before ``end`` ("N % de Y", "N % du capital
    de Y"), as (name, i); None when there is none: a capital no name follows is that company's."""
    got = None
    for k in range(start, end - 2):
        if tv[k].text != "%":
            continue
        j = k + 1
        while j < end and tv[j].pos_ == "ADJ" and tv[j].is_lower and j < k + 3:
            j += 1   # ((s33-names33) "les 40 % restants de la holding")
        if j + 1 < end and tv[j].lower_ == "du" and tv[j + 1].lemma_.lower() in ("capital", "actionnariat"):
            j += 2
        if j < end and tv[j].lower_ in ("de", "d'", "d’", "du"):
            j += 1
            while j < end and tv[j].pos_ == "DET":
                j += 1
            # ((s33-names33) or a second reference the text resolved: "de la holding")
            if j < end and index.kinds.get(j) in ("name", "descriptor") \
                    and index.type_of(index.entity_at(j)) == "ORG":
                got = (index.entity_at(j), j)
    return got


def de_through_noun(t, index: EntityIndex, nouns) -> list[tuple[str, int]]:
    """The names of the "de" phrase after one of ``nouns`` hung on t by its own "de" ("figure de l'aile
    sociale de Y", "un ami de longue date de Y"): Y, or [] when no such noun names one."""
    for c in t.children:
        if c.dep_ == "nmod" and case_of(c) == "de" and lemma_of(c) in nouns and index.entity_at(c.i) is None:
            got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" for x in entities_at(k, index)]
            if got:
                return got
    return []
