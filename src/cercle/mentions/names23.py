"""(s23-names23) Mention passes for names the NER misses in tables: a ministry named by its portfolio in a
column headed "Ministère" that is not the table's first ("| Ministre | Ministère | Situation |")."""
from __future__ import annotations

from .candidates import _PORTFOLIO_HEADERS, _portfolio_cell, portfolio_span
from .index import _Span
from .table_cells import _cells
from .wordpos import line_spans
from ..nlp.docview import lower_words_of, tokens_of


def portfolio_columns(doc, spans: list[_Span]) -> None:
    """'| Ministre | Ministère | Situation |' then '| Paul X | Économie et Finances | reconduit |': the cell
    under a column headed "Ministère" (or "Portefeuille") is a ministry named by its portfolio, whole
    ("Travail, Santé et Solidarités", not "Santé" and "Solidarités"), a public body; so for any column
    (candidates._table_portfolios reads a first column so headed)."""
    if "|" not in doc.text or lower_words_of(doc).isdisjoint(_PORTFOLIO_HEADERS):
        return
    tv = tokens_of(doc)
    cols: list[int] | None = None   # (columns of the current table headed by a portfolio word, not the first)
    added = False
    for line_start, end in line_spans(tv):   # (the line is tv[line_start:end])
        cells = _cells(tv, line_start, end) if end > line_start else []
        if not cells:
            cols = None
        elif cols is None:
            cols = [c for c, (a, b) in enumerate(cells) if c > 0 and b == a + 1 and tv[a].lower_ in _PORTFOLIO_HEADERS]
        else:
            for c in cols:
                if c >= len(cells):
                    continue
                a, b = cells[c]
                while b > a and tv[b - 1].is_space:
                    b -= 1
                if not _portfolio_cell(tv, a, b) or any(t.text in ("|", "-", "—") for t in tv[a:b]):
                    continue
                portfolio_span(doc, spans, a, b)
                added = True
    if added:
        spans.sort(key=lambda s: s.start)


# Common nouns that name one collective actor on their own, with the definite article: the press writes
# "l'intersyndicale a rencontré …", "les dirigeants de l'intersyndicale", never giving it another name.
_COLLECTIVE_ACTORS = frozenset({"intersyndicale"})
_DEFINITE = frozenset({"l'", "l’", "L'", "L’"})


def collective_actor_nouns(doc, spans: list[_Span]) -> None:
    """'L'intersyndicale, qui réunit la CFDT et la CGT, accuse le ministre …': the coalition of a country's
    unions, named by its common noun after the definite article, is an organisation (ONTOLOGY: the gold
    names it so), a party to the ties it takes part in. Not after another determiner ("une intersyndicale
    locale") nor as an adjective ("la réunion intersyndicale")."""
    words = lower_words_of(doc)
    if words.isdisjoint(_COLLECTIVE_ACTORS):
        return
    from .wordpos import at_words
    tv = tokens_of(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = False
    for i in at_words(doc, tuple(_COLLECTIVE_ACTORS)):
        tok = tv[i]
        if tok.lower_ not in _COLLECTIVE_ACTORS or i in taken or i == 0 or tv[i - 1].text not in _DEFINITE \
                or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        sp = _Span.built(i, i + 1, tok.lower_, "ORG")
        spans.append(sp)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


_PREFECT_TITLES = frozenset({"préfet", "préfète"})


def prefect_offices(doc, spans: list[_Span]) -> None:
    """'le préfet de l'Isère, Paul X': the office a prefect heads is the prefecture of the département (or
    region) named after the title, a public body named as the press names it, 'préfecture de l'Isère' (as
    'ministre de l'Économie' gives 'ministère de l'Économie'); the place's words become that body's name
    here. Only a capitalised place right after "de" and its article ("préfet de police", "préfet de région":
    no place, no body)."""
    words = lower_words_of(doc)
    if words.isdisjoint(_PREFECT_TITLES):
        return
    from .wordpos import at_words
    tv = tokens_of(doc)
    n = len(doc)
    added = False
    for i in at_words(doc, tuple(_PREFECT_TITLES)):
        t = tv[i]
        if t.lower_ not in _PREFECT_TITLES:
            continue
        k = i + 1
        if k >= n or tv[k].lower_ not in ("de", "du", "des", "d'", "d’"):
            continue
        k += 1
        if k < n and tv[k].lower_ in ("l'", "l’", "la", "le") and tv[k - 1].lower_ in ("de", "d'", "d’"):
            k += 1
        if k >= n or not tv[k].text[:1].isupper() or not tv[k].text.replace("-", "").isalpha():
            continue
        end = k + 1
        # ("Haute-Savoie", "Bouches-du-Rhône", "Alpes-Maritimes": a place the tokenizer cut at its hyphens)
        while end + 1 < n and tv[end].text == "-" and not tv[end - 1].whitespace_ and tv[end + 1].is_alpha:
            end += 2
        if not _prefect_named(tv, spans, i, end):
            continue   # ("le bras de fer entre X et le préfet de l'Isère": the title stands for the person)
        inside = [s for s in spans if s.start < end and s.end > i + 1]
        if any(s.start < i + 1 or s.end > end or s.fixed_name for s in inside):
            continue   # (a longer name across the title's words: leave it as found)
        if any(s.start < i + 1 and s.end > i for s in spans):
            continue
        name = ("préfecture " + doc[i + 1:end].text).replace("' ", "'").replace("’ ", "’")
        spans[:] = [s for s in spans if not any(s is x for x in inside)]
        sp = _Span(i + 1, end, name)
        sp.votes["GOV"] += 5
        sp.fixed_name = name
        spans.append(sp)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def _prefect_named(tv, spans: list[_Span], i: int, end: int) -> bool:
    """The prefect's title tv[i:end] is put beside a person's name: "le préfet de l'Isère, Paul X", "le préfet de
    l'Isère Paul X", "Paul X, (le) préfet de l'Isère". Alone, the title names the person, not the office."""
    from .index import top

    def person_at(k: int, starts: bool) -> bool:
        return any((s.start == k if starts else s.end == k) and s.votes and top(s.votes) == "PER" for s in spans)
    n = len(tv)
    after = end < n and (person_at(end, True) or tv[end].text == "," and person_at(end + 1, True))
    before = i >= 2 and tv[i - 1].text == "," and person_at(i - 1, False) \
        or i >= 3 and tv[i - 1].lower_ in ("le", "la") and tv[i - 2].text == "," and person_at(i - 2, False)
    return after or before
