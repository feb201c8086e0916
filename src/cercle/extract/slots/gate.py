"""Runs of readers called only on the words they can act on.

Most readers of core.py act on a few trigger words ("X garde le ministère de Y": a handful of verbs) and
return at their first check for every other trigger; with some forty readers per trigger, those calls and
checks cost more than the readers' work. A reader declares, next to its definition, the words it can act
on (``@acts_on``); a ``Readers`` run calls, for each trigger, only the readers whose declaration lets its
word through, in their order, and works the choice out once per kind of word (from an index of the
declarations' word sets, built once per run: see _Plan below).

A declaration must be a necessary condition of the reader's own first checks (it may let more through,
never fewer): the reader stays the authority on when it acts. tests/extract/test_reader_gates.py checks
each declaration (``CHECK``: every reader is called, and one its declaration keeps out must leave the slots
as they were), and a reader put in a run without a declaration is refused when the run is built.
"""
from __future__ import annotations

import ast
import linecache
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
        self._plan: _Plan | None = None   # the declarations as an index (built at the run's first new word)

    def __call__(self, t, index, out, verbal: bool) -> None:
        got = getattr(out, "gate_key", None)   # (word_key's, when an earlier run on this trigger built it)
        # (one tuple compared, not five items read and tested one by one: slots() now calls seven runs per trigger)
        if got is not None and got[0] == (t, t.lemma_, t.pos_, t.dep_, verbal):
            key = got[1]
        else:
            key = word_key(t, out, verbal)
        chosen = self._chosen.get(key)
        if chosen is None:
            chosen = self._choose(key, t, verbal)
        if CHECK:
            word = Word(t.lower_, key[5], t.lemma_.lower(), t.pos_, t.dep_, verbal)
            every = tuple(r for r in self.readers if r.acts_on(word))
            if every != chosen:
                raise AssertionError(f"the index of declarations chose {[r.__name__ for r in chosen]} for "
                                     f"{word}, the declarations {[r.__name__ for r in every]}")
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
        plan = self._plan
        if plan is None:
            plan = self._plan = _Plan(self.readers)
        chosen = self._chosen[key] = plan.choose(word)
        return chosen


def word_key(t, out, verbal: bool) -> tuple:
    """What a declaration may read of the trigger, as a key: ``(lower_, lemma_, pos_, dep_, verbal, lemma_of)``.
    slots() calls several runs of readers on one trigger with one ``out`` (its Found): the key is built by the
    first run and kept on ``out``; a later run (Readers.__call__) reuses it while it still describes the
    trigger: the same token and ``verbal``, the same tag, link and lemma (lower_ and the morphology,
    which lemma_of also reads, are never changed after the parse). So a reader that retagged the trigger
    would only make the next run build the key again."""
    lemma_, pos, dep = t.lemma_, t.pos_, t.dep_
    # (lemma_of in the key: it also depends on the word's morphology)
    key = (t.lower_, lemma_, pos, dep, verbal, lemma_of(t))
    try:
        out.gate_key = ((t, lemma_, pos, dep, verbal), key)   # (what a later run compares, and the key)
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


# ---------------------------------------------------------------------------------------------------------
# The declarations as data. Calling every declaration of a run (~330 lambdas for the tail run) on each new
# word was a large share of a cold pass. A declaration is read once per run (its source, found through its
# code's positions, parsed with ast) for two things:
# - an anchor: a necessary condition of the form "w.F in SET" or "w.F == 'word'" (F a string field),
#   found in a conjunct of the lambda (in each branch of an "or"); the set is evaluated once, in the
#   lambda's own globals and closure, and indexed: field → value → the readers anchored on it. A new word
#   then costs one dict lookup per field, and only the readers its values hit have their declaration called;
# - the fields it reads: a declaration that reads only fields of few values (``w.verbal``, ``w.pos == "NOUN"
#   and w.dep == "conj"``, ``True``) is answered once per value of those fields, with all the others alike.
# A declaration that is not a lambda, that does anything else with ``w`` than read its fields, or whose
# source cannot be read is called on each new word, as before. So nothing is required of a declaration's
# form: the index only skips calls whose answer is known to be False. Sets are taken as they stand when the
# run reads its first word (the per-key cache above already assumed declarations never change their answer).
# Under CHECK (tests) each choice is compared with the declarations called one by one.

_FIELD_AT = {f: i for i, f in enumerate(Word._fields)}
_ANCHORS = ("lower", "lemma", "lem", "pos", "dep")   # the string fields an anchor may test
_WIDE = frozenset(("lower", "lemma", "lem"))   # the fields with many values (most new words bring new ones)


class _Plan:
    """One run's declarations, indexed: ``choose(word)`` gives the readers whose declaration holds."""

    def __init__(self, readers):
        self.readers = readers
        index: dict[str, dict[str, int]] = {f: {} for f in _ANCHORS}
        narrow, narrow_fields, always = [], set(), []
        for i, read in enumerate(readers):
            anchor, fields = _read_declaration(read.acts_on)
            if fields is not None and _WIDE.isdisjoint(fields):
                narrow.append(i)   # (a few values only: answered once per value of the fields, for all of them)
                narrow_fields |= fields
            elif anchor is None:
                always.append(i)   # (called on each new word, as before)
            else:
                for f, values in anchor.items():
                    got = index[f]
                    for v in values:
                        got[v] = got.get(v, 0) | (1 << i)
        self.index = tuple((_FIELD_AT[f], got) for f, got in index.items() if got)
        at = tuple(sorted(_FIELD_AT[f] for f in narrow_fields))
        self.narrow_key = (lambda word: tuple(word[i] for i in at)) if at else (lambda word: ())
        self.narrow = tuple((1 << i, readers[i].acts_on) for i in narrow)
        self.narrow_answers: dict[tuple, int] = {}
        self.always = tuple((1 << i, readers[i].acts_on) for i in always)
        self.by_mask: dict[int, tuple] = {}

    def choose(self, word: Word) -> tuple:
        hit = 0
        for at, got in self.index:
            hit |= got.get(word[at], 0)
        key = self.narrow_key(word)
        mask = self.narrow_answers.get(key)
        if mask is None:
            mask = self.narrow_answers[key] = sum(bit for bit, test in self.narrow if test(word))
        while hit:
            bit = hit & -hit
            hit ^= bit
            if self.readers[bit.bit_length() - 1].acts_on(word):
                mask |= bit
        for bit, test in self.always:
            if test(word):
                mask |= bit
        chosen = self.by_mask.get(mask)
        if chosen is None:
            chosen, rest = [], mask
            while rest:
                bit = rest & -rest
                rest ^= bit
                chosen.append(self.readers[bit.bit_length() - 1])
            chosen = self.by_mask[mask] = tuple(chosen)
        return chosen


def _read_declaration(test) -> tuple[dict[str, frozenset] | None, frozenset | None]:
    """``(anchor, fields)`` of a declaration: a necessary condition {field: values} (None: none found), and
    the fields of Word it reads (None: unknown, it may read anything)."""
    try:
        code = test.__code__
        if code.co_name != "<lambda>" or code.co_argcount != 1 or code.co_kwonlyargcount \
                or code.co_flags & 0x0C:   # (*args, **kwargs)
            return None, None
        body = _lambda_body(code)
        if body is None:
            return None, None
        arg = code.co_varnames[0]
        fields, reads, seen = set(), 0, 0
        for node in ast.walk(body):
            if isinstance(node, (ast.Lambda, ast.comprehension, ast.NamedExpr)):
                return None, None   # (a scope or a binding of its own)
            if isinstance(node, ast.Name):
                if node.id == arg:
                    seen += 1
                elif node.id not in code.co_names and node.id not in code.co_freevars:
                    return None, None   # (not the code's source)
            elif isinstance(node, ast.Attribute):
                if node.attr not in code.co_names:
                    return None, None
                if isinstance(node.value, ast.Name) and node.value.id == arg:
                    if node.attr not in _FIELD_AT:
                        return None, None
                    fields.add(node.attr)
                    reads += 1
        if reads != seen:
            return None, None   # (``w`` itself passed on or read otherwise than by a field)
        cells = dict(zip(code.co_freevars, (c.cell_contents for c in test.__closure__ or ())))
        return _anchor(body, arg, test.__globals__, cells), frozenset(fields)
    except Exception:   # (anything unforeseen: the declaration is called on each new word, as before)
        return None, None


def _anchor(node, arg: str, env: dict, cells: dict) -> dict[str, frozenset] | None:
    """A necessary condition of ``node`` being true: {field: values}, one of them holding; None if none."""
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        found = [a for a in (_anchor(v, arg, env, cells) for v in node.values) if a is not None]
        if not found:
            return None
        return min(found, key=lambda a: (not _WIDE.issuperset(a), sum(map(len, a.values()))))
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        merged: dict[str, frozenset] = {}
        for v in node.values:
            a = _anchor(v, arg, env, cells)
            if a is None:
                return None
            for f, values in a.items():
                merged[f] = merged.get(f, frozenset()) | values
        return merged
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        left, op, right = node.left, node.ops[0], node.comparators[0]
        if isinstance(op, ast.Eq) and _field(right, arg) and not _field(left, arg):
            left, right = right, left
        field = _field(left, arg)
        if field is None:
            return None
        if isinstance(op, ast.Eq):
            if isinstance(right, ast.Constant) and isinstance(right.value, str):
                return {field: frozenset((right.value,))}
            return None
        if isinstance(op, ast.In):
            if any(isinstance(n, ast.Name) and n.id == arg for n in ast.walk(right)):
                return None
            got = eval(compile(ast.Expression(right), "<acts_on>", "eval"), env, cells)
            if type(got) not in (set, frozenset, dict, tuple, list):
                return None   # (a str tests substrings; another type its own way)
            values = frozenset(got)
            if not all(type(v) is str for v in values):
                return None
            return {field: values}
    return None


def _field(node, arg: str) -> str | None:
    """The field of Word that ``node`` reads, if it is ``w.<field>`` (a string field)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == arg \
            and node.attr in _ANCHORS:
        return node.attr
    return None


def _lambda_body(code) -> ast.expr | None:
    """The lambda's body as an expression, from its source span (its code's positions, in UTF-8 bytes)."""
    spans = [p for p in list(code.co_positions())[1:] if None not in p and p[3] > 0]
    if not spans:
        return None
    (l0, c0), (l1, c1) = min((p[0], p[2]) for p in spans), max((p[1], p[3]) for p in spans)
    lines = linecache.getlines(code.co_filename)
    if not lines or l1 > len(lines):
        return None
    raw = [line.encode("utf-8") for line in lines[l0 - 1:l1]]
    text = raw[0][c0:c1] if len(raw) == 1 else raw[0][c0:] + b"".join(raw[1:-1]) + raw[-1][:c1]
    return ast.parse("(" + text.decode("utf-8") + "\n)", mode="eval").body
