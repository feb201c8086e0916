"""Runs of readers called only on the words they can act on.

Most readers of core.py act on a few trigger words ("X garde le ministère de Y": a handful of verbs) and
return at their first check for every other trigger; with some forty readers per trigger, those calls and
checks cost more than the readers' work. A reader declares, next to its definition, the words it can act
on (``@acts_on``); a ``Readers`` run calls, for each trigger, only the readers whose declaration lets its
word through, in their order, and works the choice out once per kind of word.

A declaration must be a necessary condition of the reader's own first checks (it may let more through,
never fewer): the reader stays the authority on when it acts. tests/extract/test_reader_gates.py checks
each declaration (``CHECK``: every reader is called, and one its declaration keeps out must leave the slots
as they were), and a reader put in a run without a declaration is refused when the run is built.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from ..arguments import lemma_of


class Word(NamedTuple):
    """What a declaration may read of a trigger: the word, not its neighbours or its parties."""
    lower: str    # t.lower_
    lemma: str    # lemma_of(t) (the lemma mended for first-group verbs)
    lem: str      # t.lemma_.lower() (as the lemmatiser gave it)
    pos: str      # t.pos_
    dep: str      # t.dep_
    verbal: bool  # core.slots' "verbal" (a verb, or a verb tagged as a noun)


def acts_on(test: Callable[[Word], bool]):
    """Declare the words a reader ``(t, index, out, verbal)`` can act on; the reader itself is unchanged
    (called directly, it still checks everything itself)."""
    def declare(reader):
        reader.acts_on = test
        return reader
    return declare


# Set by the tests: call every reader and fail when one kept out by its declaration changes the slots.
CHECK = False


class Readers:
    """A run of readers, called in order, each only on the words its declaration lets through."""

    def __init__(self, *readers):
        undeclared = [r.__name__ for r in readers if not callable(getattr(r, "acts_on", None))]
        if undeclared:
            raise TypeError(f"readers without @acts_on (slots/gate.py): {', '.join(undeclared)}")
        self.readers = readers
        self._chosen: dict[tuple, tuple] = {}   # word key → the readers that may act on it

    def __call__(self, t, index, out, verbal: bool) -> None:
        got = getattr(out, "gate_key", None)   # (word_key's, when an earlier run on this trigger built it)
        if got is not None and got[0] is t and got[1] is t.lemma_ and got[2] is t.pos_ and got[3] is t.dep_ \
                and got[4][4] is verbal:
            key = got[4]
        else:
            key = word_key(t, out, verbal)
        chosen = self._chosen.get(key)
        if chosen is None:
            chosen = self._choose(key, t, verbal)
        if CHECK:
            _check(self.readers, chosen, t, index, out, verbal)
            return
        for read in chosen:
            read(t, index, out, verbal)

    def _choose(self, key: tuple, t, verbal: bool) -> tuple:
        """The readers whose declaration lets the word through, kept for its key. (Apart from __call__: the
        generator below would make ``word`` a closure cell at each call of __call__, found or not.)"""
        if len(self._chosen) > 200_000:
            self._chosen.clear()   # (a bound on a long run's vocabulary)
        word = Word(t.lower_, key[5], t.lemma_.lower(), t.pos_, t.dep_, verbal)
        chosen = self._chosen[key] = tuple(r for r in self.readers if r.acts_on(word))
        return chosen


def word_key(t, out, verbal: bool) -> tuple:
    """What a declaration may read of the trigger, as a key: ``(lower_, lemma_, pos_, dep_, verbal, lemma_of)``.
    slots() calls several runs of readers on one trigger with one ``out`` (its Found): the key is built by the
    first run and kept on ``out``; a later run (Readers.__call__) reuses it while it still describes the
    trigger: the same token and ``verbal``, the same tag, link and lemma objects (lower_ and the morphology,
    which lemma_of also reads, are never changed after the parse). So a reader that retagged the trigger
    would only make the next run build the key again."""
    lemma_, pos, dep = t.lemma_, t.pos_, t.dep_
    # (lemma_of in the key: it also depends on the word's morphology)
    key = (t.lower_, lemma_, pos, dep, verbal, lemma_of(t))
    try:
        out.gate_key = (t, lemma_, pos, dep, key)
    except AttributeError:
        pass   # (an ``out`` that takes no attribute: the key is built at each run)
    return key


def _check(readers, chosen, t, index, out, verbal: bool) -> None:
    for read in readers:
        before = {k: list(v) if isinstance(v, list) else v for k, v in out.items()}
        read(t, index, out, verbal)
        if read not in chosen and {k: list(v) if isinstance(v, list) else v for k, v in out.items()} != before:
            raise AssertionError(f"{read.__name__} acted on {t.text!r} (lemma {t.lemma_!r}, {t.pos_}, {t.dep_}, "
                                 f"verbal={verbal}), which its @acts_on keeps out")
