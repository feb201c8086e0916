"""slots/gate.py reads the @acts_on declarations once per run as data (an index of the word sets they test,
and the few fields the others read): the readers it chooses for a word must be exactly those whose
declaration holds, whatever the declaration's form."""
from __future__ import annotations

import itertools

_NOUNS = {"patron", "fondateur"}
_VERBS = frozenset({"diriger", "piloter"})
_TABLE = {"words": ("allié", "rival")}


def _reader(name, test):
    from cercle.extract.slots.gate import acts_on

    def read(t, index, out, verbal):
        pass
    read.__name__ = name
    return acts_on(test)(read)


def _tagged(word):
    return word.lower.endswith("ant")


def _declared():
    tail = frozenset({"présidente"})
    return [
        _reader("set", lambda w: not w.verbal and w.lower in _NOUNS),
        _reader("either", lambda w: w.verbal and (w.lemma in _VERBS or w.lem in _VERBS)),
        _reader("or_verbal", lambda w: w.lemma in _VERBS or not w.verbal),   # (no anchor: "or" a narrow test)
        _reader("equal", lambda w: w.verbal and w.dep == "acl"),
        _reader("constant", lambda w: "patron" == w.lower and w.pos == "NOUN"),
        _reader("table", lambda w: w.lower in _TABLE["words"]),
        _reader("closure", lambda w: w.lower in tail),
        _reader("method", lambda w: w.verbal and w.lower.startswith("pil")),
        _reader("passed_on", lambda w: _tagged(w)),   # (w given away: called on each word)
        _reader("everything", lambda w: True),
        _reader("nothing", lambda w: False),
        _reader("substring", lambda w: w.lower in "patronne"),   # (a str tests substrings: no index)
        _reader("multi", lambda w: w.pos in ("NOUN", "PROPN")
                and w.lower in _NOUNS | {"alliée"}),
        _reader("defined", _defined),
    ]


def _defined(w):
    return w.lower == "rival"


def test_index_chooses_as_the_declarations():
    from cercle.extract.slots.gate import Word, _Plan

    readers = _declared()
    plan = _Plan(tuple(readers))
    lowers = ["patron", "fondateur", "dirige", "pilotant", "allié", "rival", "présidente", "alliée", "patronne",
              "tron", "mairie", "x"]
    lemmas = ["diriger", "piloter", "patron", "maire"]
    for lower, lemma, lem, pos, dep, verbal in itertools.product(
            lowers, lemmas, lemmas[:2] + ["autre"], ("NOUN", "VERB", "PROPN"), ("acl", "obj"), (True, False)):
        word = Word(lower, lemma, lem, pos, dep, verbal)
        assert plan.choose(word) == tuple(r for r in readers if r.acts_on(word)), word


def test_core_runs_choose_as_their_declarations():
    from cercle.extract.slots import core
    from cercle.extract.slots.gate import Word, _Plan, _read_declaration

    for run in (core._SALES_AND_CAREERS, core._GAP_READERS, core._TAIL_READERS):
        plan = _Plan(run.readers)
        values = set()
        for read in run.readers:
            anchor, _ = _read_declaration(read.acts_on)
            for found in (anchor or {}).values():
                values |= set(sorted(found)[:3])
        values |= {"x", "dirige", "président"}
        for value in sorted(values):
            for pos, dep, verbal in (("NOUN", "appos", False), ("VERB", "ROOT", True), ("VERB", "acl", True),
                                     ("NOUN", "nsubj", True)):
                word = Word(value, value, value, pos, dep, verbal)
                assert plan.choose(word) == tuple(r for r in run.readers if r.acts_on(word)), word


def test_most_core_declarations_are_read_as_data():
    from cercle.extract.slots import core
    from cercle.extract.slots.gate import _WIDE, _read_declaration

    read = [_read_declaration(r.acts_on) for r in core._TAIL_READERS.readers]
    called = [1 for anchor, fields in read if fields is None or (anchor is None and not _WIDE.isdisjoint(fields))]
    assert len(called) < len(read) / 10
