"""extract/turns.turn_each: keep (None), drop (True), replace (a relation) or replace by several (a list), never
drawing a tie twice. Invented names."""
from __future__ import annotations

import dataclasses

from cercle.extract.turns import turn_each
from cercle.records import Relation


def _rel(type_, subj, obj):
    return Relation(type=type_, subject=subj, object=obj, evidence="Phrase.", start=0, end=7)


def test_keep_drop_replace_and_split():
    a, b, c, d = (_rel("LEADS", "Ana Brel", "Varlin"), _rel("PARTNERS_WITH", "Varlin", "Technova"),
                  _rel("BIDS_FOR", "Technova", "Solvane"), _rel("OPPOSES", "Ana Brel", "Solvane"))

    def turn(rel):
        if rel is b:
            return [_rel("ACQUIRES", "Technova", "Varlin"), _rel("OWNS", "Varlin", "Technova")]
        if rel is c:
            return dataclasses.replace(rel, type="ACQUIRES", status="proposed")
        return True if rel is d else None

    got = [(r.type, r.subject, r.object) for r in turn_each([a, b, c, d], turn)]
    assert got == [("LEADS", "Ana Brel", "Varlin"), ("ACQUIRES", "Technova", "Varlin"),
                   ("OWNS", "Varlin", "Technova"), ("ACQUIRES", "Technova", "Solvane")]


def test_a_replacement_already_read_is_not_drawn_twice():
    right = _rel("WORKS_FOR", "Ana Brel", "Varlin")
    wrong = _rel("LEADS", "Ana Brel", "Varlin")
    out = turn_each([right, wrong], lambda r: dataclasses.replace(r, type="WORKS_FOR") if r is wrong else None)
    assert out == [right]
