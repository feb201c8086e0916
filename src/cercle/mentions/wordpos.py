"""Where each word of a document stands: token indices by ``lower_``, gathered once per document.

Several passes of the mention stage walk every token of the document to act only at a few cue words
("(", ",", "pour", a title's noun…). ``at_words(doc, words)`` hands them just the indices of those words,
in token order, so a pass costs what its cue words cost, not what the document's length does.

A pass using it keeps its own first test on the word unchanged: the index only drops tokens that test
would have skipped. ``PREFILTER = False`` makes ``at_words`` give every token instead (the passes then
act exactly as a full walk); tests/mentions/test_wordpos.py runs the mention stage both ways and
compares, so a rule that starts acting on a word its prefilter does not list fails there.
"""
from __future__ import annotations

from itertools import chain

from ..nlp.docview import DocView, tokens_of

PREFILTER = True


def _positions(doc) -> dict[str, list[int]]:
    """lower_ → its token indices (ascending): a DocView's, built once; a spaCy Doc's, read now."""
    if doc.__class__ is DocView:
        return doc.word_positions()
    got: dict[str, list[int]] = {}
    for i, t in enumerate(doc):
        got.setdefault(t.lower_, []).append(i)
    return got


def at_words(doc, words) -> list[int]:
    """The indices of the tokens whose ``lower_`` is one of ``words``, ascending (each once)."""
    if not PREFILTER:
        return list(range(len(tokens_of(doc))))
    pos = _positions(doc)
    # (the words the document has, intersected in C: a lexicon of hundreds of cue words is not walked in
    # Python on every call; None is the index's own key for line-break words, never a word asked for)
    present = pos.keys() & words
    present.discard(None)
    lists = [pos[w] for w in present]
    if len(lists) == 1:
        return lists[0]   # (the stored list: callers only read it)
    # (distinct words: no index twice; one sort in C is cheaper than heapq.merge's Python generator)
    return sorted(chain.from_iterable(lists))


def tokens_at(tv, words) -> list:
    """The tokens of a token list (a DocView's, or a spaCy Doc) whose ``lower_`` is one of ``words``, in token
    order: ``at_words`` for the passes handed only the token list (the parse repairs of extract/relations.py)."""
    if not len(tv):
        return []
    return [tv[i] for i in at_words(tv[0].doc, words)]


def line_spans(tv):
    """(start, end) of each line of the token list, in order: a line ends on a token whose trailing space or
    text holds a line break (one holding it in its text is left out of both lines). The walk the table passes
    share (candidates._table_portfolios, names23.portfolio_columns, table_cells)."""
    n = len(tv)
    line_start = 0
    for i in range(n + 1):
        if i < n and "\n" not in tv[i].whitespace_ and "\n" not in tv[i].text:
            continue
        yield line_start, (i + 1 if i < n and "\n" not in tv[i].text else i)
        line_start = i + 1


def line_breaks(doc) -> list[int]:
    """The indices of the tokens holding a line break ("\\n" in their text), ascending."""
    tv = tokens_of(doc)
    if not len(tv):
        return []
    pos = _positions(doc)
    words = pos.get(None)   # (the words with a line break, gathered once per document)
    if words is None:
        words = pos[None] = [w for w in pos if w is not None and "\n" in w]
    return [i for i in at_words(doc, words) if "\n" in tv[i].text]   # (the test itself: exact either way)


class WordTest:
    """A test on a word alone (its ``lower_``), remembered across documents: ``among(words)`` gives the words
    of a document's set that pass it, with set operations in C; only a word no document had before runs
    the test (a pass that filtered every distinct word of each document in Python paid for the whole
    vocabulary again on every article). ``key`` is what the test reads besides the word (a lexicon table):
    a new one forgets the answers."""

    __slots__ = ("test", "key", "seen", "hits")
    _LIMIT = 300_000   # (words remembered: past it, start again, so a long run's memory stays bounded)

    def __init__(self, test):
        self.test, self.key, self.seen, self.hits = test, None, set(), set()

    def among(self, words: frozenset, key=None) -> frozenset:
        if key is not self.key or len(self.seen) > self._LIMIT:
            self.key, self.seen, self.hits = key, set(), set()
        new = words - self.seen
        if new:
            test = self.test
            self.hits.update([w for w in new if test(w, key)])
            self.seen |= new
        return words & self.hits
