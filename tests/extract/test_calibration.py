"""Calibrated confidence (extract/calibration.py): the table's arithmetic, its training tool, and its use."""
from __future__ import annotations

from cercle.extract.calibration import Calibration, calibrate, levels, load_calibration, named_in
from cercle.extract.tie_scorer import load_scorer
from cercle.extract.calibration_train import build, left_out


def test_a_level_shrinks_toward_the_one_before_it():
    cal = Calibration({"base": 0.8, "weight": 4, "counts": {"T:OWNS": [6, 10], "R:owns.x": [0, 0],
                                                             "R:owns.y": [0, 100]}})
    by_type = (6 + 4 * 0.8) / (10 + 4)                      # 0.657
    assert abs(cal.score(["T:OWNS"]) - by_type) < 1e-9
    assert abs(cal.score(["T:OWNS", "R:owns.x"]) - by_type) < 1e-9       # an unseen rule says nothing
    assert cal.score(["T:OWNS", "R:owns.y"]) < 0.03                      # a rule always wrong is near 0
    assert cal.score(["T:LEADS"]) == 0.8                                  # an unseen type: the base rate


def test_named_means_a_name_or_a_capitalised_alias_in_the_evidence():
    assert named_in("Hélène Varga", ["Varga", "la PDG"], "Varga a racheté Sorel.")
    assert not named_in("Hélène Varga", ["Varga", "la PDG"], "La PDG a racheté Sorel.")
    assert not named_in("Hélène Varga", ["la PDG"], "Elle a racheté Sorel, dit la PDG.")
    assert levels("owns.x", "OWNS", True, False) == ["T:OWNS", "R:owns.x", "RN:owns.x|10"]


def test_training_counts_each_key_and_scores_each_directory_with_the_others_only():
    right = {"doc": "a", "keys": ["T:OWNS", "R:owns.x"], "right": True}
    wrong = {"doc": "b", "keys": ["T:OWNS", "R:owns.x"], "right": False}
    table = build([right, right, wrong], weight=4)
    assert table["counts"]["R:owns.x"] == [2, 3] and abs(table["base"] - 2 / 3) < 1e-3
    # left out, d1's right tie is scored by d2 alone (always wrong: under 0.5) and d2's wrong ties by d1
    # alone (always right: kept), so the cut keeps exactly the wrong ones
    kept = left_out({"d1": [right], "d2": [wrong, wrong, wrong]}, weight=1)
    assert kept["0.5"] == [0, 3]


def test_extending_adds_the_new_counts_to_the_prior_table():
    prior = {"base": 0.5, "weight": 4, "counts": {"R:owns.x": [1, 2], "T:OWNS": [3, 6]},
             "meta": {"ties": 6, "right": 3}}
    right = {"doc": "a", "keys": ["T:OWNS", "R:owns.y"], "right": True}
    table = build([right, right], weight=4, prior=prior)
    assert table["counts"] == {"R:owns.x": [1, 2], "R:owns.y": [2, 2], "T:OWNS": [5, 8]}
    assert abs(table["base"] - 5 / 8) < 1e-3
    # a new directory left out is scored by the prior's counts: owns.y unseen there, so OWNS's 3 of 6
    kept = left_out({"d1": [right]}, weight=4, prior=prior)
    assert kept["0.5"] == [1, 0] and kept["0.6"] == [0, 0]


def test_every_rule_tie_carries_its_calibrated_confidence(analyse_text):
    cal = load_calibration()
    assert cal is not None, "the shipped table is missing"
    result = analyse_text("Le groupe Corvalis, dirigé par Anne Moreau, a racheté la société Brenvis. "
                          "Elle préside aussi la fondation Albane.")
    assert result.relations
    # the pipeline's value: the table's, refined by the tie scorer (a share of right ties, strictly inside 0–1)
    assert load_scorer() is not None and all(0 < r.confidence < 1 for r in result.relations)
    calibrate(result.relations, result.entities)   # without the mentions: the table's value alone
    names = {e.name: e.aliases for e in result.entities}
    for r in result.relations:
        keys = levels(r.rule, r.type, named_in(r.subject, names.get(r.subject, ()), r.evidence),
                      named_in(r.object, names.get(r.object, ()), r.evidence))
        assert r.confidence == round(cal.score(keys), 3), r
