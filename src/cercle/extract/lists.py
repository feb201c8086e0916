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
from . import arguments as _arguments   # (its memo's lifetime: _name_span)

# (``index.by_token.get(i)`` is EntityIndex.entity_at(i) itself, read without a Python call: these readers ask
# it of every word they walk, some tens of thousands of times per corpus pass)

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
    name = index.by_token.get(j)
    if index.kinds.get(j) == "introducer":
        # "le fonds de capital-risque américain X": from the introducer to the name it introduces
        j = max(k for k in range(j, min(j + 8, end)) if index.by_token.get(k) == name)
    while j < end and index.by_token.get(j) == name:
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
    first = index.by_token.get(start)
    if first is None or index.type_of(first) not in types:
        return []
    out = [(first, start)]
    j = _skip_name(doc, index, start, end)
    while j < end:
        app = _apposition_end(tv, index, j, end)
        if app is not None and app + 1 < end and _continues(tv, index, app, end, types):
            j = app   # "avec A, déjà présent au capital, B, le fonds de C, et D": a member's apposition
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
        if not joined and k + 2 < end and tv[k].text == "," and tv[k + 1].lower_ == "avec":
            k += 2   # "menée par A, avec B, C et D": the round's other backers
            joined = True
        if k >= end or not joined and tv[k].lower_ not in _SEPARATORS:
            break
        while k < end and (tv[k].lower_ in _SEPARATORS or tv[k].lower_ in _FILLERS or tv[k].lower_ in _LIST_NOUNS
                           or (tv[k].pos_ == "ADJ" and tv[k].is_lower)):
            k += 1
        name = index.by_token.get(k) if k < end else None
        if name is None or index.kinds.get(k) not in ("name", "introducer") or index.type_of(name) not in types:
            break
        if name not in (n for n, _ in out):
            out.append((name, k))
        j = _skip_name(doc, index, k, end)
    return out


def _continues(tv, index: EntityIndex, j: int, end: int, types) -> bool:
    """After the comma at j, the list goes on: separators and fillers, then a name of those types."""
    k = j
    while k < end and (tv[k].lower_ in _SEPARATORS or tv[k].lower_ in _FILLERS or tv[k].lower_ in _LIST_NOUNS
                       or (tv[k].pos_ == "ADJ" and tv[k].is_lower)):
        k += 1
    name = index.by_token.get(k) if k < end else None
    return name is not None and index.kinds.get(k) in ("name", "introducer") and index.type_of(name) in types


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
        if tok.pos_ == "SCONJ" or tok.lower_ in _CLAUSE_OPENERS:
            break   # (s28-party28) "…à relever son prix, alors que le groupe dirigé par X": another clause
        if tok.lower_ in ROUND_CUES:
            cue = True
            continue
        if index.by_token.get(j) is not None and index.kinds.get(j) in ("name", "introducer"):
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


# Words that open another clause: a round's investors are not named past them
_CLAUSE_OPENERS = frozenset({"alors", "tandis", "lorsque", "quand", "puisque", "mais"})
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
        while k < min(j + 4, end) and index.by_token.get(k) is None and doc[k].is_lower \
                and doc[k].pos_ in ("DET", "ADJ", "NOUN"):
            k += 1   # "par la famille X", "par le chinois X"
        name = index.by_token.get(k) if k < end else None
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
        while k < min(j + 8, end) and index.by_token.get(k) is None and (
                tv[k].pos_ in ("DET", "ADJ") or (tv[k].is_lower and tv[k].pos_ in ("NOUN", "ADP"))
                # ("via sa holding, la Financière B": the vehicle in apposition to its kind)
                or (tv[k].text == "," and k > j + 1 and tv[k - 1].is_lower and tv[k - 1].pos_ in ("NOUN", "ADJ"))):
            k += 1
        vehicle = index.by_token.get(k) if k < end else None
        if vehicle is None or index.kinds.get(k) not in ("name", "introducer") or index.type_of(vehicle) != "ORG":
            return None
        while index.kinds.get(k) == "introducer" and index.by_token.get(k + 1) == vehicle:
            k += 1
        owner = None
        if tv[j].lower_ == "travers":
            j -= 1
        elif tv[j].lower_ in ("intermédiaire", "biais"):
            j -= 2
        i = j - 1
        before = index.by_token.get(i)
        if before is not None:
            while i > 0 and index.by_token.get(i - 1) == before:
                i -= 1
            while i > 0 and tv[i - 1].pos_ in ("DET", "ADJ") and tv[i - 1].is_lower:
                i -= 1
            if i > 0 and tv[i - 1].lower_ == "par" and index.kinds.get(j - 1) == "name":
                owner = (before, j - 1)
        return owner, (vehicle, k)
    return None


# ---------------------------------------------------------------------------------------------------
# Every member of a list is a party of the tie its list takes part in.
#
# The slot readers find a tie's parties through the parse; spaCy's French parser breaks long lists (a
# conjunct hung on the verb, an apposition taken for a conjunct, "A, le mari de B, C et D"), so a reader
# often gets one member of "A, B et C" and loses the others. complete_lists reads the words between the
# names instead: a name, a separator (",", "et", "ou", "ainsi que", "de même que", "tout comme"), a few
# words describing the next name ("et la jeune pousse X", "ainsi que sa filiale Y"), the next name -
# stepping over an apposition closed by a comma ("A, immatriculé à Chypre, et B"). A list counts only
# when a closing conjunction ends it ("A, B" alone is an apposition or two clauses).

# Multi-word separators that close a list like "et": "X, ainsi que Y", "X, tout comme Y".
_CLOSERS = (("ainsi", "que"), ("de", "même", "que"), ("tout", "comme"))
# (their first and last words: a place where neither stands starts or ends none of them, told by one set lookup)
_CLOSER_FIRST = frozenset(w[0] for w in _CLOSERS)
_CLOSER_LAST = frozenset(w[-1] for w in _CLOSERS)
# One-word closers ("ou encore", "et aussi", "et enfin": the adverb is stepped over, _after_closer).
_CLOSING_WORDS = {"et", "ou", "voire"}
# Between a separator and the next name: articles, possessives, a few lowercase words describing it.
_DESCRIBE_MAX = 4
# Words of stake or share before the name: "33 % du quotidien Z", "l'intégralité des Y".
_SHARE_WORDS = {"%", "pourcent", "intégralité", "totalité", "majorité", "part", "parts", "capital", "reste", "solde"}
_APPOS_MAX = 14   # tokens of an apposition stepped over inside a list


def _kind(index: EntityIndex, name: str) -> str:
    t = index.type_of(name)
    return "PER" if t == "PER" else "PLACE" if t == "LOC" else "ACTOR"


def _same_kind(index: EntityIndex, a: str, b: str) -> bool:
    ka, kb = _kind(index, a), _kind(index, b)
    # (a state may be tagged a place: "la France et l'Allemagne"; a company never lists with a place)
    if "PLACE" in (ka, kb):
        return ka == kb or {index.type_of(a), index.type_of(b)} <= {"GOV", "LOC"}
    return ka == kb


_SPANS: list = [None, {}]   # (the entities_at memo they hold with, {(i, end): span}): see _name_span


def _name_span(tv, index: EntityIndex, i: int, end: int) -> tuple[int, int]:
    """First and one-past-last token of the mention at i (an introducer runs to its name). While the
    extractor reads ties (arguments.memo_entities: the index stands still) the spans are kept: every
    party of every trigger asks for its own and its neighbours'."""
    memo = _arguments._MEMO
    if memo is None or memo[0] is not index:
        return _walk_name_span(index, i, end)
    if _SPANS[0] is not memo:
        _SPANS[:] = [memo, {}]
    got = _SPANS[1].get((i, end))
    if got is None:
        got = _SPANS[1][(i, end)] = _walk_name_span(index, i, end)
    return got


def _walk_name_span(index: EntityIndex, i: int, end: int) -> tuple[int, int]:
    name = index.by_token.get(i)
    a = i
    while a > 0 and index.by_token.get(a - 1) == name:
        a -= 1
    b = i
    while b < end and index.by_token.get(b) == name:
        b += 1
    return a, b


# Prepositions a list may repeat before each member ("plainte contre A et contre B", "des griefs à A et à
# B"), each with the forms it takes before an article.
_REPEATED = {"à": "à", "au": "à", "aux": "à", "contre": "contre", "avec": "avec", "chez": "chez", "auprès": "auprès",
             "pour": "pour", "sur": "sur"}


def _preposition_before(tv, index: EntityIndex, a: int) -> str | None:
    """The repeatable preposition governing the name that starts at a, past its describing words
    ("contre la société A" → "contre")."""
    k, n = a, 0
    while k > 0 and n < _DESCRIBE_MAX + 2 and index.by_token.get(k - 1) is None and (
            tv[k - 1].pos_ == "DET" or tv[k - 1].is_lower and tv[k - 1].pos_ in ("NOUN", "ADJ")):
        k -= 1
        n += 1
    return _REPEATED.get(tv[k - 1].lower_) if k > 0 else None


def _describers_right(tv, index: EntityIndex, k: int, end: int, named: bool = False, repeat: str | None = None) -> int:
    """From k, step over the words that introduce the next listed name: "la jeune pousse", "son
    fondateur, l'homme d'affaires", "33 % du quotidien", "de" right after the separator, or the
    preposition before the first member said again ("contre A et contre B": ``repeat``)."""
    if k < end and tv[k].lower_ in ("de", "d'", "du", "des"):
        k += 1   # "avec A et de B"
    elif repeat is not None and k < end and _REPEATED.get(tv[k].lower_) == repeat:
        k += 1   # "contre A et contre B", "à A et à son directeur, B"
    n = 0
    while k < end and (index.by_token.get(k) is None or index.kinds.get(k) == "descriptor"):
        t = tv[k]
        if t.pos_ == "DET" or t.lower_ in ("l'", "la", "le", "les"):
            k += 1
            continue
        if t.like_num or t.lower_ in _SHARE_WORDS:
            k += 1
            if k < end and tv[k].lower_ in ("de", "d'", "du", "des"):   # "33 % du", "l'intégralité des"
                k += 1
            continue
        if n < _DESCRIBE_MAX and t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN") and t.lower_ not in _CLOSING_WORDS:
            # (a lowercase word tagged a proper noun is a tagger's slip: "sa société écran")
            n += 1
            k += 1
            # "l'homme d'affaires X", "le chef d'entreprise X": a noun's own "d'" complement, then a name
            if k + 1 < end and tv[k].lower_ in ("d'", "de") and tv[k + 1].is_lower and tv[k + 1].pos_ == "NOUN":
                k += 1
            continue
        if named and n and t.text == "," and k + 1 < end and index.kinds.get(k + 1) in ("name", "introducer"):
            # "dont A et sa société écran, B": the describing words, then the name put beside them (only in
            # a list of members: the tests keep "X a assigné A et sa filiale, B" from suing B)
            k += 1
            continue
        break
    return k


def _apposition_end(tv, index: EntityIndex, j: int, end: int) -> int | None:
    """At a comma after a name, the comma closing an apposition that describes it ("A, immatriculé à
    Chypre, et B", "A, le mari de B, C et D", "A, qui exploite trois sites, et B"), when the list goes
    on after it; None otherwise."""
    if j >= end or tv[j].text != "," or j + 1 >= end:
        return None
    first = tv[j + 1]
    if index.kinds.get(j + 1) in ("name", "introducer") or first.lower_ in _CLOSING_WORDS or not (
            first.is_lower or first.pos_ in ("DET", "ADV", "NUM")) or first.pos_ in ("ADP", "CCONJ", "SCONJ"):
        return None   # (", au détriment de B, C": an adjunct of the clause, not a description of the name)
    if first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm"):
        return None   # ("A, filiale de B, récupérerait 42 %, C 31 %": the clause's own verb, no description)
    for k in range(j + 2, min(j + 2 + _APPOS_MAX, end)):
        t = tv[k]
        if t.text in _STOPS or t.text in ("(", "«", "»"):
            return None
        if t.text == ",":
            # (s23-names23: "A, qui réunit la CFDT, la CGT et FO": the next name may come after its article)
            nk = k + 2 if k + 2 < end and tv[k + 1].pos_ == "DET" and tv[k + 1].is_lower else k + 1
            if index.kinds.get(k - 1) in ("name", "introducer") and nk < end \
                    and index.kinds.get(nk) == "name" and any(tv[m].lower_ in _RELATIVES for m in range(j + 1, k)):
                # ("A, la mutuelle qui regroupe B, C et D": the comma after B is a list's inside the
                # relative clause, not the close of A's apposition)
                return None
            return k
    return None


_RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})


def _after_closer(tv, j: int, end: int) -> int | None:
    """The token after a closing separator at j ("et", "ou", "ainsi que", "tout comme"), else None."""
    if j < end and tv[j].lower_ in _CLOSING_WORDS:
        if j + 1 < end and tv[j + 1].lower_ in ("encore", "aussi", "enfin"):
            return j + 2
        return j + 1
    if j < end and tv[j].lower_ in _CLOSER_FIRST:
        for words in _CLOSERS:
            if j + len(words) <= end and all(tv[j + n].lower_ == w for n, w in enumerate(words)):
                return j + len(words)
    return None


def _mates_right(doc, index: EntityIndex, i: int, end: int, trigger, named: bool = False) -> list[tuple[str, int]]:
    tv = tokens_of(doc)
    name = index.by_token.get(i)
    first, j = _name_span(tv, index, i, end)
    repeat: str | None | bool = False   # (the preposition before the first member: read only when a
    # separator is followed by a repeatable one, most lists have none)
    out: list[tuple[str, int]] = []
    pending: list[tuple[str, int]] = []
    closed = False
    stepped = False   # an apposition was stepped over
    if _tail_of_apposition(tv, index, first, j, end):
        return out
    while j < end and len(out) + len(pending) < 8:
        if tv[j].text == "(":   # "A (TCV), B et C": a bracketed short form or description
            close = next((k for k in range(j + 1, min(j + 12, end)) if tv[k].text == ")"), None)
            if close is None or _inside(trigger, j, close):
                break   # ("A (président de X) et B": the title is A's alone)
            j = close + 1
            continue
        k = j
        comma = tv[k].text == ","
        if comma:
            k += 1
        nxt = _after_closer(tv, k, end)
        closing = nxt is not None
        if closing:
            k = nxt
        elif not comma or closed:
            # ", le mari de B, C et D": an apposition of the name, then the list goes on
            app = _apposition_end(tv, index, j, end)
            if app is None or _inside(trigger, j, app):
                break   # ("A, présidente de X, et B": the title is A's alone)
            j = app
            stepped = True
            continue
        if comma and closing and not out and not pending and not stepped:
            break   # "A et B, deux filiales de C, et de D": ", et" right after a name closes a bigger phrase
        if comma and closing and closed and k < end and index.kinds.get(k) == "name":
            break   # (s28-party28) "A, la coentreprise de B et de C, et D": a list closed by "et" is done; ", et D"
            # joins D to a bigger phrase (A's)
        if trigger is not None and j <= trigger.i < k:
            break   # the trigger between two names: they stand on its two sides
        # "contre A et contre B", "à A et à son directeur, B": the preposition said again makes the
        # phrases parallel, whatever the kinds of their names
        again = _REPEATED.get(tv[k].lower_) if k < end else None
        if again is not None and repeat is False:
            repeat = _preposition_before(tv, index, first)
        parallel = again is not None and again == repeat
        k = _describers_right(tv, index, k, end, named or parallel, repeat if parallel else None)
        other = index.by_token.get(k) if k < end else None
        if other is None or index.kinds.get(k) not in ("name", "introducer") or other == name \
                or not (parallel or _same_kind(index, name, other)):
            if comma and not closing and not closed:
                app = _apposition_end(tv, index, j, end)
                if app is not None and not _inside(trigger, j, app):
                    j = app
                    stepped = True
                    continue
            break
        a, b = _name_span(tv, index, k, end)
        if _starts_a_clause(tv, b, end, trigger):
            break   # "…Y, et Z a racheté W": Z is the subject of a clause of its own
        pending.append((other, k))
        if closing:
            out += pending
            pending = []
            closed = True
        j = b
    return out


def _tail_of_apposition(tv, index: EntityIndex, first: int, b: int, end: int) -> bool:
    """"A, propriété du groupe Y, B, qui appartient à Z, et C": Y closes A's apposition, and the names after
    its comma go on the list of A, B and C, not of Y (a noun of description between A's comma and Y)."""
    if b + 1 >= end or tv[b].text != "," or index.kinds.get(b + 1) != "name":
        return False   # (", de la radio Z": the apposition's own list goes on)
    k = first - 1
    while k > 0 and k >= first - 6 and tv[k].text != "," and index.kinds.get(k) != "name":
        k -= 1
    if k <= 0 or tv[k].text != "," or index.kinds.get(k - 1) != "name":
        return False
    return any(tv[m].pos_ == "NOUN" and index.kinds.get(m) is None for m in range(k + 1, first))


def _governed(tv, index: EntityIndex, b: int) -> bool:
    """A preposition before the name starting at b, past the words describing it ("de la société X")."""
    k, n = b, 0
    while k > 0 and n < _DESCRIBE_MAX + 2 and index.by_token.get(k - 1) is None and (
            tv[k - 1].pos_ == "DET" or tv[k - 1].is_lower and tv[k - 1].pos_ in ("NOUN", "ADJ")):
        k -= 1
        n += 1
    return k > 0 and tv[k - 1].pos_ == "ADP"


def _inside(trigger, a: int, b: int) -> bool:
    """The trigger within tokens a..b (an apposition or a bracket describing one member)."""
    return trigger is not None and a <= trigger.i <= b


def _own_title(trigger, tv, index: EntityIndex, first: int, last: int) -> bool:
    """"A et B, la mère de C": a singular noun put beside the list's last member describes that member
    alone (a plural one, "A et B, vice-présidents de Y", describes each)."""
    if trigger is None or trigger.pos_ != "NOUN" or "Plur" in trigger.morph.get("Number"):
        return False
    if trigger.i > last:
        between = tv[last + 1:trigger.i]
        return bool(between) and between[0].text in (",", "(") and all(
            t.text in (",", "(") or t.pos_ in ("DET", "ADJ") for t in between)
    if trigger.i < first:
        # "le maire de X, A, et B": a title before the first member is that member's
        between = tv[trigger.i + 1:first]
        return all(t.text == "," or t.pos_ in ("DET", "ADJ", "ADP", "PROPN") or index.by_token.get(t.i) is not None
                   or t.is_lower for t in between) and any(t.text == "," for t in between) \
            and not any(t.pos_ in ("VERB", "AUX") for t in between)
    return False


def _starts_a_clause(tv, b: int, end: int, trigger) -> bool:
    """A name followed by a verb of its own (not the trigger): the subject of a new clause."""
    k = b
    while k < end and tv[k].pos_ in ("ADV", "PRON") and tv[k].is_lower and tv[k].lower_ not in ("qui", "que", "dont"):
        k += 1
    if k >= end or tv[k].pos_ not in ("VERB", "AUX"):
        return False
    return trigger is None or tv[k].i != trigger.i and (tv[k].head.i != trigger.i or tv[k].pos_ == "VERB")


def _mates_left(doc, index: EntityIndex, i: int, start: int, trigger) -> tuple[list[tuple[str, int]], bool]:
    """"A, B et C" read leftwards from C: the names before it that the same separators join."""
    tv = tokens_of(doc)
    name = index.by_token.get(i)
    a, _ = _name_span(tv, index, i, len(tv))
    # step left over the words describing the item ("et la jeune pousse C")
    k = a
    n = 0
    while k - 1 > start and index.by_token.get(k - 1) is None and (
            tv[k - 1].pos_ == "DET" or (tv[k - 1].is_lower and tv[k - 1].pos_ in ("NOUN", "ADJ") and n < _DESCRIBE_MAX)):
        n += tv[k - 1].pos_ != "DET"
        k -= 1
    if k - 1 > start and tv[k - 1].lower_ in ("de", "d'", "du", "des") and k - 2 > start \
            and tv[k - 2].lower_ in _CLOSING_WORDS:
        k -= 1   # "A et de B"
    repeat = None
    if k - 1 > start and _REPEATED.get(tv[k - 1].lower_) and k - 2 > start and tv[k - 2].lower_ in _CLOSING_WORDS:
        repeat = _REPEATED[tv[k - 1].lower_]   # "contre A et contre B": A must have the same preposition
        k -= 1
    out: list[tuple[str, int]] = []
    closing = False
    cur = a   # the first token of the name of the member right of the separator read next
    if k - 1 > start and tv[k - 1].text == "(":
        return out, closing   # ("A (B)": a short form or a description, no list)
    while k - 2 >= start and len(out) < 8:
        j = k - 1
        sep_closing = False
        for words in _CLOSERS if tv[j].lower_ in _CLOSER_LAST else ():
            m = len(words)
            if j - m + 1 >= start and all(tv[j - m + 1 + n].lower_ == w for n, w in enumerate(words)):
                j -= m
                sep_closing = True
                break
        if not sep_closing and tv[j].lower_ in _CLOSING_WORDS:
            j -= 1
            sep_closing = True
        if j >= start and tv[j].text == ",":
            j -= 1
        elif not sep_closing:
            break
        if trigger is not None and j < trigger.i < k:
            break
        if j >= start and tv[j].text == ")":   # "A (TCV) et B"
            open_ = next((x for x in range(j - 1, max(j - 12, start - 1), -1) if tv[x].text == "("), None)
            if open_ is None:
                break
            j = open_ - 1
        other = index.by_token.get(j) if j >= start else None
        if other is None or index.kinds.get(j) != "name" or other == name:
            break
        b, _ = _name_span(tv, index, j, len(tv))
        parallel = repeat is not None and _preposition_before(tv, index, b) == repeat and not out
        if repeat is not None and not parallel:
            break   # ("X a cité A et contre B …": no parallel phrases)
        if not (parallel or _same_kind(index, name, other)):
            break
        if not sep_closing and tv[cur].dep_.startswith("nsubj") and _governed(tv, index, b):
            break   # "prétendant à la succession de X, A et B se disputent …": X ends a fronted phrase
        closing = closing or sep_closing
        out.insert(0, (other, b))
        k = cur = b
        n = 0
        while k - 1 > start and index.by_token.get(k - 1) is None and n < _DESCRIBE_MAX and (
                tv[k - 1].pos_ == "DET" or tv[k - 1].is_lower and tv[k - 1].pos_ in ("NOUN", "ADJ")):
            k -= 1   # "le lillois A, l'hébergeur B et C": the words describing a member before it
            n += 1
        if sep_closing and out[1:]:
            break   # "A et B, C et D": two lists
    return out, closing


# The words a list reading can start from, right after a member's name or a few words before it
# (_mates_right, _mates_left): a member with none of them around it is in no list.
_AFTER_A_MEMBER = {",", "(", "et", "ou", "voire", "ainsi", "de", "tout"}
_BEFORE_A_MEMBER = {",", ")", "et", "ou", "voire", "que", "comme"}


_SEPARATED: list = [None, {}]   # (the entities_at memo they hold with, {i: answer}): see _near_a_separator


def _near_a_separator(tv, index: EntityIndex, i: int) -> bool:
    """A cheap pre-test of list_mates: a separator right after the name, or among the few words
    (the describing words _mates_left steps over, and one more) before it. While the extractor reads
    ties (the index stands still, as for _name_span) each mention's answer is kept: every trigger of
    its sentence asks it again."""
    memo = _arguments._MEMO
    if memo is None or memo[0] is not index:
        return _separator_beside(tv, index, i)
    if _SEPARATED[0] is not memo:
        _SEPARATED[:] = [memo, {}]
    got = _SEPARATED[1].get(i)
    if got is None:
        got = _SEPARATED[1][i] = _separator_beside(tv, index, i)
    return got


def _separator_beside(tv, index: EntityIndex, i: int) -> bool:
    a, b = _name_span(tv, index, i, len(tv))
    if b < len(tv) and tv[b].lower_ in _AFTER_A_MEMBER:
        return True
    for k in range(max(0, a - _DESCRIBE_MAX - 6), a):   # (a loop: no generator per mention)
        if tv[k].lower_ in _BEFORE_A_MEMBER:
            return True
    return False


_SOURCE_OPENERS = frozenset({"selon", "d'après", "d’après"})


def _quoted_source(tv, index: EntityIndex, i: int) -> bool:
    """(s32-deals32) "Selon Les Echos, A, B et C …": the source a "selon" names before its comma is no list mate."""
    name = index.by_token.get(i)
    j = i
    while j > 0 and index.by_token.get(j - 1) == name:
        j -= 1
    if j > 0 and tv[j - 1].pos_ == "DET":
        j -= 1
    if j > 1 and tv[j - 1].lower_ == "après" and tv[j - 2].lower_ in ("d'", "d’"):
        return True
    return j > 0 and tv[j - 1].lower_ in _SOURCE_OPENERS


def list_mates(doc, index: EntityIndex, i: int, trigger=None) -> list[tuple[str, int]]:
    """The other members of the list the mention at i belongs to, read along the words (see above)."""
    if index.kinds.get(i) not in ("name", "introducer") or index.by_token.get(i) is None:
        return []
    tv = tokens_of(doc)
    if not _near_a_separator(tv, index, i):
        return []   # (most mentions: no separator beside the name, no list to read)
    sent = tv[i].sent
    left, closed = _mates_left(doc, index, i, sent.start, trigger)
    if left and (_singular_relative_of(trigger, tv, index, i) or _singular_participle_of(trigger, tv, index, i)
                 or _inside_singular_relative(trigger, tv, index, i)):
        left = []   # "à A et à son frère B, qui dirige Y": the relative describes B alone
    if left and _new_clause_subject(tv, i):
        # (s22-prec22b) "… un accord avec A, et B a noué un partenariat": B opens a clause of its own after
        # ", et"; a name of the clause before (hung on another verb) is no mate of B's
        verb = _clause_verb(tv[i])
        left = [m for m in left if _clause_verb(tv[m[1]]) is verb]
    right = _mates_right(doc, index, i, sent.end, trigger)
    if left and not closed and not right:
        left = []   # "A, B …" with no "et" on either side: an apposition, not a list
    mates = left + right
    if mates:
        mates = [m for m in mates if not _in_apposition(tv, index, m[1]) and not _quoted_source(tv, index, m[1])]
    if mates and tv[i - 1].lower_ not in _GENITIVE if i > 0 else mates:
        # (s25-coref25) "A, maison mère du B, de C et de D, est présidé par X": C and D continue the apposed
        # noun's "de" list (A's holdings), no mates of A's
        mates = [m for m in mates if not _genitive_after_apposed_noun(tv, index, i, m[1])]
    if mates:
        at = [x for _, x in mates] + [i]
        last = max(at)
        while last + 1 < len(tv) and index.by_token.get(last + 1) == index.by_token.get(last):
            last += 1
        if _own_title(trigger, tv, index, min(at), last):
            return []
    return mates


_GENITIVE = frozenset({"de", "du", "des", "d'", "d’"})


def _new_clause_subject(tv, i: int) -> bool:
    """(s22-prec22b) The name at i is a subject right after ", et" / ", mais" ("…, et B a noué")."""
    return i > 2 and tv[i].dep_ in ("nsubj", "nsubj:pass") and tv[i - 1].lower_ in ("et", "mais") \
        and tv[i - 2].text == "," and tv[i].head.pos_ in ("VERB", "AUX") and tv[i].head.i > i


def _clause_verb(t):
    """The verb whose clause a word belongs to (the first verb up its heads)."""
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


def _genitive_after_apposed_noun(tv, index: EntityIndex, i: int, m: int) -> bool:
    """(s25-coref25) The mate at m (after the name at i) opens on a genitive repeated after a comma or "et"
    (", d'C", "et de D") and the name at i has a noun in lower case with a genitive apposed right after it
    ("A, maison mère du B, d'C et de D")."""
    start = m
    while start > 0 and index.by_token.get(start - 1) == index.by_token.get(m):
        start -= 1
    if m <= i or start < 2 or tv[start - 1].lower_ not in _GENITIVE or tv[start - 2].lower_ not in (",", "et"):
        return False   # (the genitive repeated right after a comma or "et": not "…, l'intégralité de C")
    e = i
    while e + 1 < start and index.by_token.get(e + 1) == index.by_token.get(i):
        e += 1
    if tv[e + 1].text != ",":
        return False   # (the noun is apposed right after A's name: "A, (la) maison mère de …")
    k = e + 2 + (tv[e + 2].pos_ == "DET")
    if k + 2 >= start or tv[k].pos_ != "NOUN" or not tv[k].text[:1].islower():
        return False
    return tv[k + 1].lower_ in _GENITIVE or (tv[k + 1].text[:1].islower() and tv[k + 2].lower_ in _GENITIVE)


def _in_apposition(tv, index: EntityIndex, i: int) -> bool:
    """The name at i is the "de" complement of a noun apposed to another name, read as a line: "A, filiale du
    lyonnais B, et C" (B is A's parent, not a mate of the list; "les fils de A, B et C": no apposition, A is
    a mate). Between the "de" and the name: articles, adjectives and descriptor nouns ("du lyonnais B")."""
    j, k = i - 1, 0
    while j >= 0 and k < 4 and tv[j].lower_ not in _GENITIVE:
        if tv[j].pos_ not in ("DET", "ADJ", "NOUN") or not tv[j].text[:1].islower():
            return False
        j, k = j - 1, k + 1
    if j < 3 or tv[j].lower_ not in _GENITIVE or tv[j - 1].pos_ != "NOUN" or not tv[j - 1].text[:1].islower():
        return False
    j -= 2
    if tv[j].lower_ in ("un", "une"):
        j -= 1   # (", une filiale de B"; not a list's item "…, l'intégralité de B et 33 % de C")
    return j > 0 and tv[j].text == "," and index.by_token.get(j - 1) is not None


def _singular_relative_of(trigger, tv, index: EntityIndex, i: int) -> bool:
    """The trigger is the singular verb of a relative clause ("…, qui dirige") right after the name at i."""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX") or "Plur" in trigger.morph.get("Number"):
        return False
    name = index.by_token.get(i)
    # (past the whole mention: "son frère cadet X" is an introducer, adjectives, then the name)
    b = 1 + max(k for k in range(i, min(i + 8, trigger.i)) if index.by_token.get(k) == name) if i < trigger.i else trigger.i
    if b < len(tv) and tv[b].text == ",":
        b += 1
    return b < trigger.i and tv[b].lower_ == "qui" and tv[b].head.i == trigger.i


def _inside_singular_relative(trigger, tv, index: EntityIndex, i: int) -> bool:
    """(s27-deals27) The trigger sits further inside a relative clause opened by "qui" right after the name at
    i, whose verb is singular: "… de A et de B, qui s'est imposé en signant un partenariat avec Y" (B alone
    signed; "A et B, qui se sont imposés en signant …" is plural and says both)."""
    if trigger is None or i >= trigger.i:
        return False
    name = index.by_token.get(i)
    b = 1 + max(k for k in range(i, min(i + 8, trigger.i)) if index.by_token.get(k) == name)
    if b < len(tv) and tv[b].text == ",":
        b += 1
    if b >= trigger.i or tv[b].lower_ != "qui":
        return False
    verb = tv[b].head
    if verb.pos_ not in ("VERB", "AUX") or not b < verb.i < trigger.i:
        return False
    auxes = [a for a in verb.children if a.dep_.startswith("aux")]
    numbers = [verb.morph.get("Number")] + [a.morph.get("Number") for a in auxes]
    if any("Plur" in n for n in numbers) or verb.lower_.endswith(("és", "ées", "ent", "ont")) \
            or not any("Sing" in n for n in numbers):
        return False   # (a plural verb, or one whose number the tagger did not give: all the names)
    up = trigger
    for _ in range(8):
        if up.head is up:
            return False
        up = up.head
        if up is verb:
            return True
    return False


def _singular_participle_of(trigger, tv, index: EntityIndex, i: int) -> bool:
    """(s24-prec24) The trigger is a singular participle hung right after the name at i: "L'assureur A et le
    réassureur B, présidé par X" (X presides B alone; "A et B, détenus par X" is plural and describes both)."""
    if trigger is None or trigger.dep_ != "acl" or i >= trigger.i or "Part" not in trigger.morph.get("VerbForm") \
            or "Plur" in trigger.morph.get("Number") or trigger.lower_.endswith("s"):
        return False
    name = index.by_token.get(i)
    b = 1 + max(k for k in range(i, min(i + 8, trigger.i)) if index.by_token.get(k) == name)
    if b < len(tv) and tv[b].text == ",":
        b += 1
    return b == trigger.i


def complete_lists(trigger, index: EntityIndex, slots: dict) -> dict:
    """Slots of a trigger with the list mates of every party the readers found (see above): "A, B et
    C poursuivent Y" gives each of A, B and C, whichever the parser hung on the verb. A mate already
    in another slot of the trigger stays where it is (it is the other side of the tie)."""
    doc = trigger.doc
    taken = {n for v in slots.values() if isinstance(v, list) for n, _ in v if isinstance(n, str)}
    out = None
    mates_at: dict[int, list] = {}   # (a mention in two slots of the trigger: its mates read once)
    for key, items in slots.items():
        if not isinstance(items, list) or not items or not all(isinstance(x, tuple) and len(x) == 2 for x in items):
            continue
        add: list[tuple[str, int]] = []
        for name, i in items:
            if not isinstance(i, int) or i < 0 or index.by_token.get(i) != name:
                continue
            mates = mates_at.get(i)
            if mates is None:
                mates = mates_at[i] = list_mates(doc, index, i, trigger)
            for mate in mates:
                if mate[0] not in taken and mate[0] not in (n for n, _ in add):
                    add.append(mate)
        if add:
            if out is None:
                out = dict(slots)
            out[key] = items + add
            taken |= {n for n, _ in add}
    return slots if out is None else out


# After a plural noun, the words that open the list of what it stands for.
_LIST_OPENERS = {"(", ":"}


def listed_after(noun, index: EntityIndex) -> list[tuple[str, int]]:
    """The names a plural noun stands for when a bracket or a colon lists them right after it (or after
    its own short relative or complement): "des banques dont il est actionnaire (A, B, C)", "ses
    deux filiales : A et B", "trois fonds (A, B et C)". The list must hold two names or more, of one
    kind, and end the bracket; a single name in brackets is a short form or an example."""
    tv = tokens_of(noun.doc)
    sent = noun.sent
    end = sent.end
    opener = None
    for j in range(noun.i + 1, min(noun.i + 10, end)):
        t = tv[j]
        if t.text in _LIST_OPENERS:
            opener = t.text
            k = j + 1
            break
        if t.text == ",":
            k = _including(tv, j + 1, end)
            if k is not None:
                opener = "dont"
            elif j == noun.i + 1 and j + 1 < end and index.kinds.get(j + 1) in ("name", "introducer"):
                opener, k = ",", j + 1   # "par deux fonds, A et B": the names put beside the noun
            break
        if t.text in _STOPS or index.kinds.get(j) in ("name", "introducer"):
            return []
    if opener is None:
        return []
    while k < end and (tv[k].pos_ == "DET" or (tv[k].is_lower and tv[k].pos_ in ("NOUN", "ADJ")
                                                and index.by_token.get(k) is None and k - j < 6)):
        k += 1   # ("dont la compagnie X", "à commencer par le suédois X")
    while k < end and index.kinds.get(k) == "introducer" and index.by_token.get(k + 1) == index.by_token.get(k):
        k += 1
    if k >= end or index.kinds.get(k) not in ("name", "introducer"):
        return []
    if opener == "dont":
        # "six armateurs, dont A, basée à X, et sa société écran, B": the ones named among them
        first = index.by_token.get(k)
        if index.type_of(first) not in ("ORG", "PER", "GOV"):
            return []
        return [(first, k)] + _mates_right(noun.doc, index, k, end, None, named=True)
    names = _plain_list(tv, index, k, end)
    if len(names) < 2:
        return []
    last = names[-1][1]
    while last + 1 < end and index.by_token.get(last + 1) == names[-1][0]:
        last += 1
    after = tv[last + 1].text if last + 1 < end else "."
    if opener == "(" and after != ")" or opener in (":", ",") and after not in _STOPS and after != ",":
        return []   # (the list must be all the bracket or the colon says)
    if opener == "," and not any(tv[x].lower_ in ("et", "ou") for x in range(names[0][1], last)):
        return []   # (a plain comma list may be two clauses: an "et" closes an apposed list)
    return names


# After a plural noun and its comma, the words that name some of what it stands for: "six armateurs,
# dont A et B", "des rivaux, à commencer par A", "plusieurs fonds, parmi lesquels A", "…, notamment A".
_INCLUDING = (("dont",), ("parmi", "lesquels"), ("parmi", "lesquelles"), ("notamment",), ("à", "commencer", "par"),
              ("en", "particulier"), ("comme",))


def _including(tv, k: int, end: int) -> int | None:
    """The token after an "including" opener at k, when a name or an article follows (not "dont il …")."""
    for words in _INCLUDING:
        n = len(words)
        if k + n < end and all(tv[k + m].lower_ == w for m, w in enumerate(words)):
            nxt = tv[k + n]
            if nxt.pos_ in ("DET", "PROPN") or nxt.text[:1].isupper() or (nxt.pos_ == "ADJ" and nxt.is_lower):
                return k + n
            return None
    return None


def _plain_list(tv, index: EntityIndex, k: int, end: int) -> list[tuple[str, int]]:
    """"A, B et C" (commas, et/ou, articles between): names of one kind, none described."""
    first = index.by_token.get(k)
    out = [(first, k)]
    _, j = _name_span(tv, index, k, end)
    while j + 1 < end and tv[j].lower_ in (",", "et", "ou"):
        n = j + 1
        while n < end and (tv[n].lower_ in ("et", "ou") or tv[n].pos_ == "DET"):
            n += 1
        other = index.by_token.get(n) if n < end else None
        if other is None or index.kinds.get(n) not in ("name", "introducer") or not _same_kind(index, first, other):
            break
        if other not in (x for x, _ in out):
            out.append((other, n))
        _, j = _name_span(tv, index, n, end)
    return out
