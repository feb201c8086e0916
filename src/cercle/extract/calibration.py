"""Calibrated confidence: how often a tie drawn this way was right on real press.

The rules' own confidences (rules.yaml, the readers' constants) were set by hand, rule by rule, and rank
ties poorly: on the team's unseen real-actor passages a cut at 0.75 kept a tenth of the true ties. Here a
tie's confidence is replaced by the smoothed share of right ties among those drawn on the team's read
real-actor passages (gold written by people who never ran cercle) by

    its type  →  its rule  →  its rule with whether each party is named in the evidence sentence

each level shrunk toward the one before it with a weight of ``weight`` ties (a rule seen three times says
little; one seen three hundred times says most). "Named" = the entity's name or a capitalised alias occurs
in the evidence; a party reached through "il", "le groupe", "l'ancien ministre" is the most common way a
rule goes wrong on unseen text.

The table (data/calibration.json) holds only counts per rule id and tie type — no names. It is rebuilt by
``python -m cercle.extract.calibration_train DIR …`` (see docs/confidence.md), which also measures it on
each directory left out in turn. Ties of the learned pair reader keep their own probability-based value.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

DATA = Path(__file__).parent / "data" / "calibration.json"

# The floor: rule ties whose calibrated value (the tie scorer's) is below it are dropped from the output
# (`cercle extract`, `ingest`, `eval`), before the entities are reported. docs/confidence.md, "A floor",
# says how a default is chosen: it must remove at least two false ties per true tie lost on the read sets
# left out of the scorer's training, lose at most two true ties on the corpus and keep eval/invented's
# floor. No value has met that yet (thirty-sixth session), so the default keeps every tie. CERCLE_FLOOR
# (or `--floor` on those commands) sets it; 0 keeps every tie. Ties of the learned pair reader have their
# own threshold (CERCLE_LEARNED_PAIRS) and are left alone.
DEFAULT_FLOOR = 0.0


def floor() -> float:
    """The floor in force: CERCLE_FLOOR when set to a number in [0, 1], else DEFAULT_FLOOR."""
    env = os.environ.get("CERCLE_FLOOR", "").strip()
    if env:
        try:
            value = float(env)
        except ValueError:
            return DEFAULT_FLOOR
        if 0.0 <= value <= 1.0:
            return value
    return DEFAULT_FLOOR


def apply_floor(relations: list) -> list:
    """The ties kept by the floor (rule ties below it dropped; learned pair ties and unscored ties kept)."""
    f = floor()
    if f <= 0:
        return relations
    return [r for r in relations if r.rule.startswith("learned.") or r.confidence is None or r.confidence >= f]


def named_in(name: str, aliases: Iterable[str], evidence: str) -> bool:
    """Whether the evidence names the entity itself (its name or a capitalised alias, not "il"/"le groupe")."""
    return name in evidence or any(a[:1].isupper() and a in evidence for a in aliases)


def levels(rule: str, type_: str, subject_named: bool, object_named: bool) -> list[str]:
    """The table keys of one tie, from the most general to the most particular."""
    return [f"T:{type_}", f"R:{rule}", f"RN:{rule}|{int(subject_named)}{int(object_named)}"]


class Calibration:
    def __init__(self, table: dict):
        self.base = float(table["base"])
        self.weight = float(table["weight"])
        self.counts: dict[str, list[int]] = table["counts"]

    def score(self, keys: list[str]) -> float:
        p = self.base
        for k in keys:
            right, seen = self.counts.get(k, (0, 0))
            p = (right + self.weight * p) / (seen + self.weight)
        return p


@lru_cache(maxsize=1)
def load_calibration() -> Calibration | None:
    if not DATA.exists():   # a tree without the table keeps the rules' own confidences
        return None
    return Calibration(json.loads(DATA.read_text("utf-8")))


def calibrate(relations: list, entities: list, mentions: list | None = None) -> None:
    """Set each rule tie's confidence to its calibrated value (in place): the table's value, refined by the
    tie scorer (tie_scorer.py) when its weights are shipped and the document's mentions are given."""
    cal = load_calibration()
    if cal is None:
        return
    from .tie_scorer import DocContext, features, load_scorer
    scorer = load_scorer() if mentions is not None else None
    ctx = DocContext(relations, entities, mentions) if scorer is not None else None
    aliases = {e.name: e.aliases for e in entities}
    for r in relations:
        if r.rule.startswith("learned."):
            continue
        s_named = named_in(r.subject, aliases.get(r.subject, ()), r.evidence)
        o_named = named_in(r.object, aliases.get(r.object, ()), r.evidence)
        p = cal.score(levels(r.rule, r.type, s_named, o_named))
        if scorer is not None:
            p = scorer.probability(features(r, ctx, p, s_named, o_named))
        r.confidence = round(p, 3)
