"""Lists of parties read as a line, where the parser breaks them.

Round-ups and shareholder tables written as prose are the lists spaCy's French
parser gets wrong most often: "apportée par un cercle comprenant A, B (C), D
et E", "avec d'abord A et B en co-lead puis C", "détenu à 14 % par A, 8 %
par B et 5 % par C". The parse hangs the later names anywhere (often on the
main verb), so these readers walk the tokens instead: a name, then a
separator, then the next name, and stop at the first thing that is neither.
"""
from __future__ import annotations

from ..mentions.entities import EntityIndex
from ..mentions.typing_cues import org_nouns
from ..nlp.docview import tokens_of

# Words that join two names of one list.
_SEPARATORS = {",", "et", "puis", "&", "ainsi", "que", "ou"}
# Words allowed between a separator and the next name: "et des historiques X", "puis du fonds X",
# "d'abord X" (an adverb of order), "et enfin X".
_FILLERS = {"le", "la", "les", "l'", "du", "de", "des", "d'", "au", "aux", "d'abord", "abord", "enfin",
            "aussi", "également", "surtout", "notamment",
            # ", renforcés par A, B et C", ", rejoints par A": more backers of the same round
            "renforcé", "renforcée", "renforcés", "renforcées", "rejoint", "rejointe", "rejoints", "rejointes",
            "par"}
# After a name, a short phrase saying its role in the round ("en co-lead", "en chef de file").
_ROLE_OPENERS = {"en", "comme"}
# Words after which the names of a funding round's investors come.
ROUND_CUES = {"par", "auprès", "comprenant", "dont", "avec", "réunissant", "incluant", "parmi"}
# ", avec la participation de B et C", ", aux côtés de B": more backers after a round's first names
_JOINERS = (("avec", "la", "participation"), ("aux", "côtés"))
# plural role nouns before a listed name: "et des investisseurs historiques X et Y" (plural only:
# "A, actionnaire de B" describes A, B is no backer)
_LIST_NOUNS = {"investisseurs", "actionnaires", "business", "angels"}
_STOPS = {".", ";", ":", "?", "!"}


def _skip_name(doc, index: EntityIndex, j: int, end: int) -> int:
    """The first token after the name at j, stepping over a bracketed short form "(TCV)"."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    name = index.entity_at(j)
    if index.kinds.get(j) == "introducer":
        # "le fonds de capital-risque américain X": from the introducer to the name it introduces
        j = max(k for k in range(j, min(j + 8, end)) if index.entity_at(k) == name)
    while j < end and index.entity_at(j) == name:
        j += 1
    if j + 2 < end and tv[j].text == "(":   # ("(FO de la famille X, Y)": a short description too)
        close = next((k for k in range(j + 1, min(j + 12, end)) if tv[k].text == ")"), None)
        if close is not None:
            j = close + 1
    return j


def read_name_list(doc, index: EntityIndex, start: int, end: int,
                   types=("ORG", "PER", "GOV", "LOC")) -> list[tuple[str, int]]:
    """Names listed from the name at ``start``: "A, B (C), D et E", "A et B en co-lead puis C"."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    first = index.entity_at(start)
    if first is None or index.type_of(first) not in types:
        return []
    out = [(first, start)]
    j = _skip_name(doc, index, start, end)
    while j < end:
        k = j
        if tv[k].lower_ in _ROLE_OPENERS:   # "en co-lead", "en chef de file", "comme chef de file"
            k += 1
            while k < min(j + 5, end) and tv[k].is_lower and tv[k].lower_ not in _SEPARATORS:
                k += 1
        joined = False
        if k + 4 < end and tv[k].text == ",":
            for joiner in _JOINERS:
                if tuple(tv[k + 1 + n].lower_ for n in range(len(joiner))) == joiner \
                        and tv[k + 1 + len(joiner)].lower_ in ("de", "du", "des", "d'"):
                    k += 1 + len(joiner)
                    joined = True
                    break
        if k >= end or not joined and tv[k].lower_ not in _SEPARATORS:
            break
        while k < end and (tv[k].lower_ in _SEPARATORS or tv[k].lower_ in _FILLERS or tv[k].lower_ in _LIST_NOUNS
                           or (tv[k].pos_ == "ADJ" and tv[k].is_lower)):
            k += 1
        name = index.entity_at(k) if k < end else None
        if name is None or index.kinds.get(k) not in ("name", "introducer") or index.type_of(name) not in types:
            break
        if name not in (n for n, _ in out):
            out.append((name, k))
        j = _skip_name(doc, index, k, end)
    return out


def investors_after(trigger, index: EntityIndex, reach: int = 18) -> list[tuple[str, int]]:
    """The investors of a round named after its noun: "une enveloppe de 300 M€ apportée par un
    groupe comprenant A, B et C" — a name right after a cue word (articles and "d'abord" between),
    and the names listed with it. A name before any cue (the company raising) ends the search."""
    doc = trigger.doc
    end = trigger.sent.end
    cue = False
    described = 0   # words left of an organisation's description ("du fonds de capital-risque américain X")
    for j in range(trigger.i + 1, min(trigger.i + reach, end)):
        tok = doc[j]
        if tok.text in _STOPS:
            break
        if tok.lower_ in ROUND_CUES:
            cue = True
            continue
        if index.entity_at(j) is not None and index.kinds.get(j) in ("name", "introducer"):
            return read_name_list(doc, index, j, end) if cue else []
        if cue and tok.lower_ in org_nouns():
            described = 6
            continue
        if described and (tok.text == "-" or tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "ADP", "DET")):
            described -= 1
            continue
        if cue and tok.lower_ in _CUE_NOUNS:
            continue   # "avec la participation de X", "avec le concours de X": the cue's own noun
        if tok.lower_ not in _FILLERS and tok.pos_ != "DET":
            cue = False   # "avec la personnalité de X": the cue governs another noun, not the name
    return []


# Nouns after "avec" that keep it a round's cue: "levé 12 M€ avec la participation / le concours de X".
_CUE_NOUNS = {"participation", "concours", "soutien", "appui"}


def share_holders(trigger, index: EntityIndex) -> list[tuple[str, int]]:
    """"détenu à 14 % par A, 8 % par B et 5 % par C": every name right after "N % par"."""
    doc = trigger.doc
    end = trigger.sent.end
    out: list[tuple[str, int]] = []
    for j in range(trigger.i + 1, end):
        if doc[j].text in _STOPS:
            break
        if doc[j].lower_ != "par" or j < 1 or doc[j - 1].text not in ("%", "pourcent", "pour cent"):
            continue
        k = j + 1
        while k < min(j + 4, end) and index.entity_at(k) is None and doc[k].is_lower \
                and doc[k].pos_ in ("DET", "ADJ", "NOUN"):
            k += 1   # "par la famille X", "par le chinois X"
        name = index.entity_at(k) if k < end else None
        if name is not None and index.kinds.get(k) in ("name", "introducer") and name not in (n for n, _ in out):
            out.append((name, k))
    return out


# Nouns of a group of companies answering a tender together, through which its members are named.
_GROUPINGS = {"consortium", "groupement", "alliance", "attelage", "tandem", "duo", "trio"}
_MEMBERS_CUES = {"composé", "composée", "formé", "formée", "réunissant", "regroupant", "associant", "mené", "menée"}


def recipients_after(trigger, index: EntityIndex, reach: int = 25) -> list[tuple[str, int]]:
    """Who a contract is given to, when the parser hung "à Y" elsewhere: the first "à" after the
    verb, then either names ("à A et B") or a grouping noun and its members ("à un consortium
    composé de A et B")."""
    doc, end = trigger.doc, trigger.sent.end
    for j in range(trigger.i + 1, min(trigger.i + reach, end)):
        if doc[j].text in _STOPS:
            return []
        if doc[j].lower_ not in ("à", "au", "aux") or doc[j].pos_ != "ADP":
            continue
        k = j + 1
        while k < end and doc[k].pos_ == "DET":
            k += 1
        if k < end and doc[k].lower_ in _GROUPINGS:
            k += 1
            if k < end and doc[k].lower_ in _MEMBERS_CUES:
                k += 1
                while k < end and doc[k].lower_ in ("de", "d'", "par", "du", "des", "le", "la", "l'"):
                    k += 1
            else:
                return []
        if k < end and index.kinds.get(k) in ("name", "introducer"):
            return read_name_list(doc, index, k, end)
        return []
    return []


def via_chain(trigger, index: EntityIndex):
    """"détenu à 6 % par A via la banque publique B", "X détient 20 % de Y via sa holding B": the
    vehicle B named after "via" and who holds it - the "par" name right before "via" (None: the
    verb's subject). Read as a line, the parser hangs "via" anywhere. Returns (owner, vehicle) or None."""
    doc = trigger.doc
    tv = tokens_of(doc)
    end = trigger.sent.end
    for j in range(trigger.i + 1, end):
        if tv[j].text in _STOPS:
            return None
        # "au travers de B", "à travers B", "par l'intermédiaire de B", "par le biais de B": the same
        through = tv[j].lower_ == "travers" and j > trigger.i + 1 and tv[j - 1].lower_ in ("au", "à")
        through = through or (tv[j].lower_ in ("intermédiaire", "biais") and j > trigger.i + 2
                              and tv[j - 2].lower_ == "par" and tv[j - 1].pos_ == "DET")
        if tv[j].lower_ != "via" and not through:
            continue
        k = j + 1
        while k < min(j + 8, end) and index.entity_at(k) is None and (
                tv[k].pos_ in ("DET", "ADJ") or (tv[k].is_lower and tv[k].pos_ in ("NOUN", "ADP"))
                # ("via sa holding, la Financière B": the vehicle in apposition to its kind)
                or (tv[k].text == "," and k > j + 1 and tv[k - 1].is_lower and tv[k - 1].pos_ in ("NOUN", "ADJ"))):
            k += 1
        vehicle = index.entity_at(k) if k < end else None
        if vehicle is None or index.kinds.get(k) not in ("name", "introducer") or index.type_of(vehicle) != "ORG":
            return None
        while index.kinds.get(k) == "introducer" and index.entity_at(k + 1) == vehicle:
            k += 1
        owner = None
        if tv[j].lower_ == "travers":
            j -= 1
        elif tv[j].lower_ in ("intermédiaire", "biais"):
            j -= 2
        i = j - 1
        before = index.entity_at(i)
        if before is not None:
            while i > 0 and index.entity_at(i - 1) == before:
                i -= 1
            while i > 0 and tv[i - 1].pos_ in ("DET", "ADJ") and tv[i - 1].is_lower:
                i -= 1
            if i > 0 and tv[i - 1].lower_ == "par" and index.kinds.get(j - 1) == "name":
                owner = (before, j - 1)
        return owner, (vehicle, k)
    return None
