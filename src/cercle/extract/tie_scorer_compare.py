"""Does a tie scorer retrained on the gold at hand rank ties better than the shipped one on passages it did
not train on? A dev-time tool (scikit-learn, the project's ``test`` extra), never imported at run time.

    python -m cercle.extract.tie_scorer_compare --train A[@REV] [B …] --test C[@REV] [--cache ties.json] [--C 0.01]

Every directory is read as tie_scorer_train reads it (``DIR@REV``: by the code of revision REV, e.g. the
commit that had not yet read DIR). A model is fitted on the ``--train`` directories only (with its Platt map
when there are two or more), then the ``--test`` directory's ties are valued four ways:

- ``table``: the shipped per-rule table alone;
- ``table+``: the table with the training directories' counts added (what ``calibration_train --extend`` does);
- ``shipped``: the shipped scorer (data/tie_scorer.json), as ``cercle extract`` values ties;
- ``shipped/table+``: the shipped scorer fed the extended table's value;
- ``stacked``: a model fitted here whose features are the shipped scorer's margin and the usual ones (the
  new gold refines the shipped scorer instead of replacing it);
- ``retrained``: the model fitted here (over the shipped table's value, as the shipped scorer is);
- ``retrained/margin``: its margin without the Platt map (sigmoid of it): the same ranking unless the map,
  fitted on few directories, turned it round (its cuts mean nothing, its ranking measures do).

For each: right / wrong ties kept at cuts 0.7, 0.8, 0.9; the ROC area; the average precision of the value
as a detector of right ties (AP+) and of its reverse as a detector of wrong ties (AP−, the rarer class, so
the more telling); the Brier score; and, at as many right ties as the shipped scorer keeps at each cut, the
wrong ties each value keeps (a comparison of ranking that a shifted Platt map cannot distort). A paired
bootstrap over the test directory's documents says how often the retrained model's ROC area and AP− beat
the shipped one's. docs/confidence.md reports what it gave (thirty-eighth session).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

from .calibration import DATA as TABLE, Calibration
from .tie_scorer import DATA, _logit
from .tie_scorer_train import _margin, dump_dir, feature_rows, probability, train

CUTS = (0.7, 0.8, 0.9)
VALUES = ("table", "table+", "shipped", "shipped/table+", "stacked", "retrained", "retrained/margin")


def table_plus(table: dict, rows: list[dict]) -> Calibration:
    """The table with ``rows``' counts added (each row: its table keys and whether it was right)."""
    counts = {k: list(v) for k, v in table["counts"].items()}
    for r in rows:
        for k in r["keys"]:
            c = counts.setdefault(k, [0, 0])
            c[0] += r["y"]
            c[1] += 1
    right = table["meta"]["right"] + sum(r["y"] for r in rows)
    ties = table["meta"]["ties"] + len(rows)
    return Calibration({"base": right / max(ties, 1), "weight": table["weight"], "counts": counts})


def kept(rows: list[dict], key: str, cut: float) -> tuple[int, int]:
    """Right and wrong ties whose value ``key`` is at least ``cut``."""
    ks = [r for r in rows if r[key] >= cut]
    return sum(r["y"] for r in ks), sum(1 - r["y"] for r in ks)


def wrong_at_right(rows: list[dict], key: str, n_right: int) -> int | None:
    """Wrong ties kept by the highest cut of ``key`` that keeps at least ``n_right`` right ties (ties at the
    cut's value are all kept, as a cut keeps them); None when the value never keeps that many."""
    ordered = sorted(rows, key=lambda r: -r[key])
    right = wrong = 0
    i = 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][key] == ordered[i][key]:
            right += ordered[j]["y"]
            wrong += 1 - ordered[j]["y"]
            j += 1
        if right >= n_right:
            return wrong
        i = j
    return None


def average_precision(ys: list[int], scores: list[float]) -> float:
    """Average precision of ``scores`` as a detector of the label 1 (ties at one score taken together)."""
    pairs = sorted(zip(scores, ys), key=lambda p: -p[0])
    total = sum(ys)
    if not total:
        return 0.0
    ap = hit = seen = 0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        block = [y for _, y in pairs[i:j]]
        hit += sum(block)
        seen += len(block)
        ap += sum(block) / total * hit / seen
        i = j
    return ap


def roc_area(ys: list[int], scores: list[float]) -> float | None:
    """Chance that a right tie is valued above a wrong one (a tie in value counts a half)."""
    pos = [s for s, y in zip(scores, ys) if y]
    neg = [s for s, y in zip(scores, ys) if not y]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def measures(rows: list[dict], key: str) -> dict:
    ys = [r["y"] for r in rows]
    ps = [r[key] for r in rows]
    return {"cuts": {str(t): kept(rows, key, t) for t in CUTS},
            "auc": roc_area(ys, ps),
            "ap_right": average_precision(ys, ps),
            "ap_wrong": average_precision([1 - y for y in ys], [-p for p in ps]),
            "brier": sum((p - y) ** 2 for p, y in zip(ps, ys)) / max(len(rows), 1)}


def bootstrap(rows: list[dict], a: str, b: str, n: int = 1000, seed: int = 38) -> dict:
    """Resampling the documents: the share of resamples where value ``a`` has the higher ROC area and AP−."""
    docs: dict[str, list[dict]] = {}
    for r in rows:
        docs.setdefault(r["id"], []).append(r)
    ids = sorted(docs)
    rng = random.Random(seed)
    auc_wins = ap_wins = counted = 0
    for _ in range(n):
        sample = [r for i in (rng.choice(ids) for _ in ids) for r in docs[i]]
        ys = [r["y"] for r in sample]
        if not 0 < sum(ys) < len(ys):
            continue
        counted += 1
        auc_wins += roc_area(ys, [r[a] for r in sample]) > roc_area(ys, [r[b] for r in sample])
        inv = [1 - y for y in ys]
        ap_wins += (average_precision(inv, [-r[a] for r in sample])
                    > average_precision(inv, [-r[b] for r in sample]))
    return {"auc": auc_wins / max(counted, 1), "ap_wrong": ap_wins / max(counted, 1), "resamples": counted}


def _with_shipped(f: dict, shipped: dict) -> dict:
    return {**f, "shipped_margin": _margin(shipped, f)}


def compare(train_rows: dict[str, list[dict]], test_rows: list[dict], table: dict, shipped: dict,
            C: float) -> dict:
    """Value the test ties the four ways (adds the keys of VALUES to each test row) and measure each."""
    model = train(train_rows, C)
    stacked_rows = {d: [{**r, "f": _with_shipped(r["f"], shipped)} for r in rows] for d, rows in train_rows.items()}
    stacked = train(stacked_rows, C)
    plus = table_plus(table, [r for rows in train_rows.values() for r in rows])
    for r in test_rows:
        r["table"] = r["cal"]
        r["table+"] = plus.score(r["keys"])
        r["shipped"] = probability(shipped, r["f"])
        r["shipped/table+"] = probability(shipped, {**r["f"], "cal": _logit(r["table+"])})
        r["stacked"] = probability(stacked, _with_shipped(r["f"], shipped))
        r["retrained"] = probability(model, r["f"])
        r["retrained/margin"] = 1 / (1 + math.exp(-_margin(model, r["f"])))
    out = {v: measures(test_rows, v) for v in VALUES}
    for v in VALUES:
        out[v]["at_shipped_right"] = {str(t): wrong_at_right(test_rows, v, out["shipped"]["cuts"][str(t)][0])
                                      for t in CUTS}
    out["bootstrap_retrained_over_shipped"] = bootstrap(test_rows, "retrained/margin", "shipped")
    out["platt"] = {"retrained": model["platt"], "stacked": stacked["platt"]}
    out["ties"] = [sum(r["y"] for r in test_rows), sum(1 - r["y"] for r in test_rows)]
    return out


def report(res: dict) -> str:
    lines = [f"ties right/wrong {res['ties'][0]}/{res['ties'][1]}",
             "value | " + " | ".join(f"cut {t}" for t in CUTS) + " | wrong at shipped's right (0.7/0.8/0.9)"
             + " | ROC | AP+ | AP- | Brier"]
    for v in VALUES:
        m = res[v]
        cuts = " | ".join(f"{m['cuts'][str(t)][0]}/{m['cuts'][str(t)][1]}" for t in CUTS)
        at = "/".join(str(m["at_shipped_right"][str(t)]) for t in CUTS)
        lines.append(f"{v:15s} | {cuts} | {at} | {m['auc']:.3f} | {m['ap_right']:.3f} | {m['ap_wrong']:.3f}"
                     f" | {m['brier']:.4f}")
    lines.append(f"Platt map (a, b): retrained {res['platt']['retrained']}, stacked {res['platt']['stacked']}")
    b = res["bootstrap_retrained_over_shipped"]
    lines.append(f"retrained (margin) ranks better than shipped in {b['auc']:.0%} of resamples (ROC), {b['ap_wrong']:.0%} (AP-)")
    return "\n".join(lines)


def _name(spec: str) -> str:
    gold, _, rev = spec.partition("@")
    return Path(gold).name + (f"@{rev}" if rev else "")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--C", type=float, default=0.01)
    ap.add_argument("--cache", help="JSON of raw ties per directory, shared with tie_scorer_train --cache")
    ap.add_argument("--json", help="write the figures there too")
    args = ap.parse_args(argv)
    table = json.loads(Path(TABLE).read_text("utf-8"))
    shipped = json.loads(Path(DATA).read_text("utf-8"))
    cache = json.loads(Path(args.cache).read_text("utf-8")) if args.cache and Path(args.cache).exists() else {}
    specs = [*args.train, args.test]
    for spec in specs:
        if _name(spec) not in cache:
            cache[_name(spec)] = dump_dir(spec)
            if args.cache:
                Path(args.cache).write_text(json.dumps(cache, ensure_ascii=False), "utf-8")
    if len({_name(s).split("@")[0] for s in specs}) < len(specs):
        sys.exit("the test directory is also a training one")
    rows = feature_rows({_name(s): cache[_name(s)] for s in specs}, table)
    test = rows.pop(_name(args.test))
    res = compare(rows, test, table, shipped, args.C)
    print(report(res))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
