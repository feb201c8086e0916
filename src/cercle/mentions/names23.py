"""(s23-names23) Mention passes for names the NER misses in tables: a ministry named by its portfolio in a
column headed "Ministère" that is not the table's first ("| Ministre | Ministère | Situation |")."""
from __future__ import annotations

from .candidates import _PORTFOLIO_HEADERS, _portfolio_cell
from .index import _Span
from .table_cells import _cells
from ..nlp.docview import lower_words_of, tokens_of


def portfolio_columns(doc, spans: list[_Span]) -> None:
    """'| Ministre | Ministère | Situation |' then '| Paul X | Économie et Finances | reconduit |': the cell
    under a column headed "Ministère" (or "Portefeuille") is a ministry named by its portfolio, whole
    ("Travail, Santé et Solidarités", not "Santé" and "Solidarités"), a public body; so for any column
    (candidates._table_portfolios reads a first column so headed)."""
    if "|" not in doc.text or lower_words_of(doc).isdisjoint(_PORTFOLIO_HEADERS):
        return
    tv = tokens_of(doc)
    n = len(doc)
    cols: list[int] | None = None   # (columns of the current table headed by a portfolio word, not the first)
    line_start = 0
    added = False
    for i in range(n + 1):
        if i < n and "\n" not in tv[i].whitespace_ and "\n" not in tv[i].text:
            continue
        end = i + 1 if i < n and "\n" not in tv[i].text else i   # the line is tv[line_start:end]
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
                spans[:] = [s for s in spans if s.end <= a or s.start >= b]
                sp = _Span(a, b, doc[a:b].text)
                sp.votes["GOV"] += 4
                spans.append(sp)
                added = True
        line_start = i + 1
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
