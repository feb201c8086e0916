"""(s27-names27) When a short name and a longer name that opens with it are two actors, not one named twice.

A writer does not name one actor twice, in two forms, in one sentence: "A, la maison mère de X, cède 49 % de
sa filiale X Towers", "ont créé X International, une coentreprise détenue par B et par X", a table row
"| X Distribution | X |". grouping._both_in_one_sentence already keeps the two apart when the short form
comes first in an ORG name the short one only abbreviates; this test runs before every ORG reading of
grouping.joins (the subsidiary's "filiale X Towers" reading too, whose first-line test took a lead paragraph
for a headline) and also reads the short form after the long one when the text used the short form on its
own before the long one ever appeared (a list that names an actor in full and then short, "mené par X Global
Management … avec d'abord X", uses no short form before)."""
from __future__ import annotations

from .index import _Span
from ..nlp.docview import tokens_of
from .wordpos import at_words

_LEGAL_FORMS = frozenset({"sa", "sas", "se", "ag", "inc", "ltd", "plc", "nv", "bv", "spa", "gmbh", "llc", "corp",
                          "sarl", "co"})


_LINE_END: list = [None, None]   # (the token list last asked, its first line's end)


def _first_line_end(tv) -> int | None:
    """The index of the first token whose space or text holds a line break, found once per token list (asked
    for many pairs of names of one document; grouping._in_headline reads it too)."""
    if _LINE_END[0] is not tv:
        _LINE_END[1] = next((t.i for t in tv if "\n" in t.whitespace_ or "\n" in t.text), None)
        _LINE_END[0] = tv
    return _LINE_END[1]


def _headline(tv, start: int, nl: int | None) -> bool:
    """A first line with no closing stop (grouping._in_headline's reading): a headline names short."""
    if nl is None or start > nl or tv[nl].text in (".", "!", "?", "»", '"') \
            or tv[nl - (tv[nl].text.isspace())].text in (".", "!", "?", "»", '"'):
        return False
    return True


def _one_sentence_or_row(tv, i: int, j: int) -> bool:
    """Are tokens i < j in one sentence, or in one row of a table ("| X Distribution | X |")?"""
    for k in range(i + 1, j + 1):
        t = tv[k]
        if "\n" in t.text or "\n" in tv[k - 1].whitespace_:
            return False
        if t.is_sent_start and not any(tv[m].text == "|" for m in range(i, j)):
            return False
    return True


def two_forms_in_one_sentence(tv, short: list[_Span], long: list[_Span]) -> bool:
    """Are the short name and the long one that opens with it written in one sentence (or table row), so two
    actors? The short form first; or after the long one when it was used alone earlier in the body. Not a
    short form in brackets ("X Labs (X)"), nor one in a headline, nor a long name closed by a legal form
    ("X" and "X SA")."""
    if tv is None or not short or not long:
        return False
    words = long[0].text.split()
    if words and words[-1].strip(".").lower() in _LEGAL_FORMS:
        return False
    nl = _first_line_end(tv)
    body_short = [a.start for a in short if not _headline(tv, a.start, nl)
                  and not (a.start > 0 and tv[a.start - 1].text == "(")]
    body_long = [b.start for b in long if not _headline(tv, b.start, nl)]
    if not body_short or not body_long:
        return False
    first_long = min(body_long)
    used_before = min(body_short) < first_long
    for a in body_short:
        for b in body_long:
            if a < b and _one_sentence_or_row(tv, a, b):
                return True
            if b < a and (used_before or any(tv[m].text == "|" for m in range(b, a))) \
                    and _one_sentence_or_row(tv, b, a):
                return True   # (two cells of one table row: "| X Distribution | X |")
    return False


_MASCULINE_ARTICLES = frozenset({"le", "du", "au"})


def clubs_named_after_a_capital(doc, spans: list[_Span]) -> None:
    """"rivaliser avec le Paris Saint-Germain", "le capital du Paris FC": a capital city takes no article in
    French; a name of several capitalised words opening on one, after "le", "du" or "au", is a club or a
    company named after the city (the NER calls it the place). The article is the text's cue: an
    organisation vote, as "la société X" gives one."""
    from .demonyms import countries_by_seat
    from .lexicon import fold
    tv = tokens_of(doc)
    seats = None
    for sp in spans:
        if sp.end - sp.start < 2 or sp.start < 1 or tv[sp.start - 1].lower_ not in _MASCULINE_ARTICLES \
                or not tv[sp.start + 1].text[:1].isupper() or sp.votes.get("ORG", 0):
            continue
        if seats is None:
            seats = countries_by_seat()
        if fold(tv[sp.start].text) in seats and tv[sp.start].text[:1].isupper():
            sp.votes["ORG"] += 3


def parties_split_at_a_slash(doc, spans: list[_Span]) -> None:
    """"| X Towers | Ferrand Group / Kestrel | 10 200 |": two owners in one table cell, written either side of
    a slash, that the NER (or the table pass) read as one name. Only in a table line (a bar on it), and
    only when both sides open on a capital: two names."""
    if "|" not in doc.text or "/" not in doc.text:
        return
    tv = tokens_of(doc)
    out, changed = [], False
    for sp in spans:
        cut = [k for k in range(sp.start + 1, sp.end - 1) if tv[k].text == "/"]
        if len(cut) != 1 or sp.fixed_name:
            out.append(sp)
            continue
        k = cut[0]
        line = _line_of(tv, sp.start)
        if not any(tv[m].text == "|" for m in line) or not tv[sp.start].text[:1].isupper() \
                or not tv[k + 1].text[:1].isupper():
            out.append(sp)
            continue
        for a, b in ((sp.start, k), (k + 1, sp.end)):
            part = _Span(a, b, doc[a:b].text)
            part.votes.update(sp.votes)
            part.ner = sp.ner
            out.append(part)
        changed = True
    if changed:
        spans[:] = sorted(out, key=lambda s: s.start)


def _line_of(tv, i: int) -> range:
    a = i
    while a > 0 and "\n" not in tv[a - 1].whitespace_ and "\n" not in tv[a - 1].text:
        a -= 1
    b = i
    while b < len(tv) - 1 and "\n" not in tv[b].whitespace_ and "\n" not in tv[b + 1].text:
        b += 1
    return range(a, b + 1)


_DEMONYM_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "in", "ine", "an", "ane", "on",
                    "onne", "ot", "ote", "al", "ale", "que", "and", "ande")
_DETERMINERS = frozenset({"le", "la", "l'", "l’", "du", "au", "les", "des", "aux"})


def demonyms_before_a_person(doc, spans: list[_Span]) -> None:
    """"la holding du Bordelais Paul X", "l'Autrichien Paul X": a capitalised word of origin (a town's or a
    country's people, written as a noun) between a determiner and a person's first name introduces that
    person; it names no place nor actor of its own (the NER calls it a place). The mention goes, so the
    phrase reads as "la holding de Paul X"."""
    from .typing_cues import first_names
    tv = tokens_of(doc)
    starts = None
    drop = []
    for sp in spans:
        if sp.end - sp.start != 1 or sp.fixed_name or sp.start < 1:
            continue
        if not _demonym_word(tv, sp.start) or sp.votes.get("ORG", 0) or sp.votes.get("PER", 0):
            continue
        if starts is None:
            starts = {s.start: s for s in spans}
        nxt = starts.get(sp.end)
        if nxt is None or nxt.end - nxt.start < 2 or tv[nxt.start].text not in first_names():
            continue
        drop.append(sp)
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


def _demonym_word(tv, i: int) -> bool:
    w = tv[i].text
    return w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower().endswith(_DEMONYM_ENDINGS) \
        and i > 0 and tv[i - 1].lower_ in _DETERMINERS


def demonyms_introduce(doc, index) -> None:
    """After demonyms_before_a_person: the demonym word stands for the person it introduces, as "l'homme
    d'affaires" does in "la holding de l'homme d'affaires Paul X" (the parser makes it the "de" phrase and
    hangs the name on it, or beside it)."""
    from .typing_cues import first_names
    tv = tokens_of(doc)
    for i, kind in list(index.kinds.items()):
        if kind != "name" or i < 2 or (i - 1) in index.by_token or not tv[i].text in first_names():
            continue
        if index.by_token.get(i - 1) is None and _demonym_word(tv, i - 1):
            name = index.by_token[i]
            if index.entities[name].type == "PER" and index.by_token.get(i + 1) == name:
                index.by_token[i - 1] = name
                index.kinds[i - 1] = "introducer"


_FIRM_CLOSERS = frozenset({"partners", "associés", "associes", "associates", "fils", "cie", "co", "compagnie"})


def firm_names_with_a_comma(doc, spans: list[_Span]) -> None:
    """"A, B & Partners (ABP)", "A, B et Associés (AB)": a firm named after its partners, a comma between the
    first two names, closed by "& / et" and a word of partners, then its acronym in brackets spelling the
    partners' initials. The NER cuts the name at the comma ("A" alone). The whole run becomes one name and the
    acronym joins it."""
    if "(" not in doc.text or "&" not in doc.text and " et " not in doc.text:
        return
    from .lexicon import fold
    tv = tokens_of(doc)
    n = len(tv)
    added = False
    for k in at_words(doc, ("(",)):   # (only the brackets, in order: mentions/wordpos.py)
        if not 3 <= k < n - 2:
            continue
        if tv[k].text != "(" or tv[k + 2].text != ")" or not tv[k + 1].text.isupper() or len(tv[k + 1].text) < 2:
            continue
        if tv[k - 1].lower_ not in _FIRM_CLOSERS or tv[k - 2].text not in ("&", "et"):
            continue
        # back over capitalised words (hyphened ones too) and one comma to the run's start
        j, commas = k - 3, 0
        while j >= 0 and (tv[j].text[:1].isupper() or tv[j].text in ("-", ",")):
            if tv[j].text == ",":
                commas += 1
                if commas > 2:
                    break
            j -= 1
        start = j + 1
        while start < k and tv[start].text == ",":
            start += 1
        if commas == 0 or start >= k - 3 or tv[k - 3].text == ",":
            continue
        words = [w for w in doc[start:k - 2].text.replace(",", " ").replace("-", " ").split() if w[:1].isupper()]
        initials = fold("".join(w[0] for w in words))
        if initials != fold(tv[k + 1].text) and initials + fold(tv[k - 1].text[0]) != fold(tv[k + 1].text):
            continue
        spans[:] = [s for s in spans if s.end <= start or s.start >= k]
        name = _Span(start, k, doc[start:k].text)
        name.fixed_name = name.text
        name.votes["ORG"] += 3
        acr = _Span(k + 1, k + 2, tv[k + 1].text)
        acr.votes["ORG"] += 3
        acr.joins = name.text
        spans[:] = [s for s in spans if not (s.start == k + 1)] + [name, acr]
        for s in spans:
            if s.text == acr.text and s.joins is None:
                s.joins = name.text   # (the acronym wherever else the text writes it: its letters leave the
                # partners' word out, which grouping._defined_acronyms' spelling test would not accept)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)
