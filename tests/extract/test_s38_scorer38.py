"""(s38-scorer38) The measures tie_scorer_compare uses to say whether a retrained tie scorer ranks ties better
than the shipped one (ties kept at a cut, wrong ties kept at a matched number of right ones, average precision,
ROC area, the table extended with new counts), and the check that a tie's confidence never changes which ties
`cercle eval` counts when no cut is asked. Invented rows and names."""
from __future__ import annotations

import pytest

pytest.importorskip("sklearn")   # the comparison tool is dev-time (the test extra)

from cercle.evaluate.score import score_document  # noqa: E402
from cercle.extract.tie_scorer_compare import (  # noqa: E402
    average_precision, kept, roc_area, table_plus, wrong_at_right)


def _rows(pairs):
    return [{"v": v, "y": y} for v, y in pairs]


def test_kept_counts_right_and_wrong_ties_at_or_above_the_cut():
    rows = _rows([(0.95, 1), (0.9, 0), (0.85, 1), (0.5, 0)])
    assert kept(rows, "v", 0.9) == (1, 1)
    assert kept(rows, "v", 0.8) == (2, 1)
    assert kept(rows, "v", 0.99) == (0, 0)


def test_wrong_at_right_keeps_ties_of_one_value_together():
    # two right ties wanted: the cut at 0.8 keeps the three ties valued 0.8 (one wrong) with the first
    rows = _rows([(0.9, 1), (0.8, 1), (0.8, 0), (0.8, 1), (0.3, 0)])
    assert wrong_at_right(rows, "v", 2) == 1
    assert wrong_at_right(rows, "v", 1) == 0
    assert wrong_at_right(rows, "v", 4) is None   # never that many right ties


def test_a_perfect_ranking_and_a_reversed_one():
    ys = [1, 1, 0, 0]
    assert roc_area(ys, [0.9, 0.8, 0.2, 0.1]) == 1.0
    assert roc_area(ys, [0.1, 0.2, 0.8, 0.9]) == 0.0
    assert roc_area(ys, [0.5] * 4) == 0.5           # all tied: chance
    assert roc_area([1, 1], [0.3, 0.4]) is None     # no wrong tie: no area
    assert average_precision(ys, [0.9, 0.8, 0.2, 0.1]) == 1.0
    # right ties ranked 1st and 3rd: (1/1 + 2/3) / 2
    assert average_precision(ys, [0.9, 0.2, 0.8, 0.1]) == pytest.approx((1 + 2 / 3) / 2)


def test_the_extended_table_counts_the_new_ties():
    table = {"weight": 4, "meta": {"right": 8, "ties": 10}, "counts": {"T:LEADS": [8, 10]}}
    rows = [{"keys": ["T:LEADS", "R:leads.new"], "y": 0}, {"keys": ["T:LEADS", "R:leads.new"], "y": 0}]
    before = table_plus(table, []).score(["T:LEADS", "R:leads.new"])
    after = table_plus(table, rows).score(["T:LEADS", "R:leads.new"])
    assert after < before                               # two wrong ties of a rule it never saw
    assert table["counts"]["T:LEADS"] == [8, 10]        # the shipped table is left as it was


def _gold():
    return {"id": "g1", "text": "…",
            "entities": [{"id": "E1", "name": "Lucie Brantôme", "type": "PER"},
                         {"id": "E2", "name": "Valmorre", "type": "ORG"}, {"id": "E3", "name": "Ostrelle", "type": "ORG"}],
            "relations": [{"type": "LEADS", "subject": "E1", "object": "E2"}]}


@pytest.mark.parametrize("confidences", [(0.95, 0.1), (0.1, 0.95), (0.0, 0.0), (None, None)])
def test_confidence_never_changes_what_eval_counts(confidences):
    """Without a cut the scorer's value is carried, never counted: the same ties score the same whatever their
    confidence (a right one and a wrong one, a duplicate of the right one valued differently)."""
    right, wrong = confidences
    preds = {"relations": [
        {"type": "LEADS", "subject": "Lucie Brantôme", "object": "Valmorre", "confidence": right},
        {"type": "LEADS", "subject": "Lucie Brantôme", "object": "Valmorre", "confidence": wrong},
        {"type": "OWNS", "subject": "Valmorre", "object": "Ostrelle", "confidence": wrong}]}
    ds = score_document(_gold(), preds)
    tp = sum(c.tp for c in ds.by_type.values())
    fp = sum(c.fp for c in ds.by_type.values())
    assert (tp, fp) == (1, 1)


def test_a_platt_map_that_turns_the_margin_round_is_flagged():
    from cercle.extract.tie_scorer_train import reversed_map
    assert reversed_map({"platt": [-0.24, 2.8]})
    assert reversed_map({"platt": [0.0, 1.4]})
    assert not reversed_map({"platt": [0.2, 2.0]})
