"""Train the tie scorer (tie_scorer.py) on gold directories: a dev-time tool that needs scikit-learn (the
project's ``test`` extra), never imported at run time.

    python -m cercle.extract.tie_scorer_train DIR [DIR …] [--cache ties.json] [--out FILE] [--C 0.01]

Every gold document is read by the normal pipeline; each tie it draws (deduplicated as the scorer does) is
labelled right or wrong by the scorer's strict match (what ``cercle eval --errors`` counts). Its features
are those of tie_scorer.features, with the calibrated table's value taken from the shipped table LESS the
directory's own counts (so no tie's feature has seen its own label). A logistic regression is fitted; its
margin is mapped to a probability by a Platt fit on margins of directories left out in turn, so the output
means "share of ties like this that were right". Before writing, each directory is left out in turn (model
and Platt map fitted on the others only) and the cut figures of the table alone and of the scorer are
printed and kept in the file's ``meta.left_out``. Never train on ../shared/corpus.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from ..evaluate.score import _dedupe, _gold_keys, _match, load_gold_dir
from .calibration import DATA as TABLE, Calibration, levels, named_in
from .tie_scorer import DATA, DocContext, features

CUTS = (0.3, 0.5, 0.7, 0.8, 0.9)
MIN_SEEN = 5   # a feature seen on fewer training ties gets no weight


# Run in a subprocess with PYTHONPATH set to the code to read the passages with (this tree's or an older
# commit's src): works with any commit since the calibrated table exists (it captures the mentions where
# find_entities returns them and the ties where the pipeline calibrates them).
_DUMP = r"""
import json, sys
from pathlib import Path
import cercle.pipeline as pl
from cercle.evaluate.score import _dedupe, _gold_keys, _match, load_gold_dir
from cercle.nlp import get_nlp
from cercle.records import Article, DocumentResult
seen = {}
find, cal = pl.find_entities, pl.calibrate
def find_entities(doc, clean):
    out = find(doc, clean)
    seen["m"] = [{"start": m.start, "end": m.end, "entity": m.entity, "kind": m.kind} for m in out[1]]
    return out
def calibrate(relations, entities, *rest):
    cal(relations, entities, *rest)
    seen["r"] = ([r.to_dict() for r in relations],
                 [{"name": e.name, "type": e.type, "aliases": list(e.aliases)} for e in entities])
pl.find_entities, pl.calibrate = find_entities, calibrate
docs = []
for g in load_gold_dir(sys.argv[2]):
    seen.clear()
    res = next(pl.process_many([Article(id=g["id"], text=g["text"], path="")], get_nlp()))
    if not isinstance(res, DocumentResult) or "r" not in seen:
        continue
    rels, ents = seen["r"]
    preds = _dedupe(rels)
    hits, _ = _match(preds, g["relations"], _gold_keys(g), lambda a, b: a == b)
    right = {id(p): h is not None for p, h in zip(preds, hits)}
    docs.append({"id": g["id"], "relations": rels, "entities": ents, "mentions": seen["m"],
                 "labels": [right.get(id(r)) for r in rels]})
Path(sys.argv[1]).write_text(json.dumps(docs, ensure_ascii=False), "utf-8")
"""


def dump_dir(spec: str) -> list[dict]:
    """The raw ties of ``DIR`` or ``DIR@REV`` (read by the code of git revision REV of this repository, e.g.
    the commit that had not yet read DIR): per document its relations, entities, ALL mentions (before the
    unlinked entities are dropped) and each relation's label (None = a duplicate, not scored)."""
    import os
    import subprocess
    import tarfile
    import tempfile

    gold_dir, _, rev = spec.partition("@")
    src = Path(__file__).resolve().parents[2]   # this tree's src/
    with tempfile.TemporaryDirectory(prefix="tie_scorer_") as tmp:
        if rev:
            repo = src.parent
            archive = subprocess.run(["git", "-C", str(repo), "archive", rev, "src"], check=True,
                                     capture_output=True).stdout
            Path(tmp, "src.tar").write_bytes(archive)
            with tarfile.open(Path(tmp, "src.tar")) as tar:
                tar.extractall(tmp, filter="data")
            src = Path(tmp, "src")
        out = Path(tmp, "ties.json")
        env = {**os.environ, "PYTHONPATH": str(src), "CERCLE_FLOOR": "0"}
        subprocess.run([sys.executable, "-c", _DUMP, str(out), gold_dir], check=True, env=env)
        return json.loads(out.read_text("utf-8"))


def _relation(d: dict) -> SimpleNamespace:
    return SimpleNamespace(type=d["type"], subject=d["subject"], object=d["object"], evidence=d["evidence"],
                           start=d["start"], end=d["end"], rule=d.get("rule", ""), status=d.get("status"),
                           negated=bool(d.get("negated")), attribution=d.get("attribution"),
                           role=d.get("role"))


def _table_less(table: dict, rows: list[dict]) -> Calibration:
    """The shipped table with ``rows``' counts taken out (they were counted by older code: clamp at 0)."""
    counts = {k: list(v) for k, v in table["counts"].items()}
    right, ties = table["meta"]["right"], table["meta"]["ties"]
    for r in rows:
        for k in r["keys"]:
            c = counts.get(k)
            if c:
                c[0], c[1] = max(c[0] - r["right"], 0), max(c[1] - 1, 0)
                c[0] = min(c[0], c[1])
    right -= sum(r["right"] for r in rows)
    ties -= len(rows)
    return Calibration({"base": right / max(ties, 1), "weight": table["weight"], "counts": counts})


def feature_rows(docs_by_dir: dict[str, list[dict]], table: dict) -> dict[str, list[dict]]:
    """One row per labelled rule tie: its features, its label and the table's value (own directory left out),
    with its document's id and its table keys (tie_scorer_compare resamples documents and extends the table)."""
    out = {}
    for d, docs in docs_by_dir.items():
        pre = []
        for doc in docs:
            ents = [SimpleNamespace(**e) for e in doc["entities"]]
            aliases = {e.name: e.aliases for e in ents}
            rels = [_relation(r) for r in doc["relations"]]
            ctx = DocContext(rels, ents, [SimpleNamespace(**m) for m in doc["mentions"]])
            for r, lab in zip(rels, doc["labels"]):
                if lab is None or r.rule.startswith("learned."):
                    continue
                sn = named_in(r.subject, aliases.get(r.subject, ()), r.evidence)
                on = named_in(r.object, aliases.get(r.object, ()), r.evidence)
                pre.append((r, ctx, sn, on, {"keys": levels(r.rule, r.type, sn, on), "right": bool(lab),
                                             "id": doc["id"]}))
        # a directory the table counted is taken out of it; one it never counted is scored by it as it is
        cal = _table_less(table, [p[4] for p in pre] if _base(d) in table["meta"]["trained_on"] else [])
        rows = []
        for r, ctx, sn, on, row in pre:
            p = cal.score(row["keys"])
            rows.append({"doc": d, "id": row["id"], "keys": row["keys"], "f": features(r, ctx, p, sn, on),
                         "y": int(row["right"]), "cal": p})
        out[d] = rows
    return out


def fit(rows: list[dict], C: float) -> dict:
    """Logistic regression on standardised features; returns the exported weights (no Platt map yet)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, int] = defaultdict(int)
    for r in rows:
        for k, v in r["f"].items():
            if v:
                seen[k] += 1
    names = sorted(k for k, n in seen.items() if n >= MIN_SEEN)
    X = np.array([[r["f"].get(k, 0.0) for k in names] for r in rows])
    y = np.array([r["y"] for r in rows])
    means, scales = X.mean(0), X.std(0)
    scales[scales == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000, class_weight=None)
    lr.fit((X - means) / scales, y)
    return {"weights": {k: round(float(w), 5) for k, w in zip(names, lr.coef_[0])},
            "means": {k: round(float(m), 5) for k, m in zip(names, means)},
            "scales": {k: round(float(s), 5) for k, s in zip(names, scales)},
            "intercept": round(float(lr.intercept_[0]), 5), "platt": [1.0, 0.0]}


def _margin(model: dict, f: dict) -> float:
    z = model["intercept"]
    for k, w in model["weights"].items():
        z += w * (f.get(k, 0.0) - model["means"][k]) / model["scales"][k]
    return z


def platt(pairs: list[tuple[float, int]]) -> list[float]:
    """a, b of p = sigmoid(a·margin + b) fitted on (margin, label) pairs of left-out directories."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X = np.array([[m] for m, _ in pairs])
    y = np.array([l for _, l in pairs])
    lr = LogisticRegression(C=1e4, max_iter=1000).fit(X, y)
    return [round(float(lr.coef_[0][0]), 5), round(float(lr.intercept_[0]), 5)]


def _base(name: str) -> str:
    """Directories named "blind33@old" and "blind33" hold the same passages: they are left out together."""
    return name.split("@")[0]


def train(by_dir: dict[str, list[dict]], C: float) -> dict:
    """The model fitted on all of ``by_dir``, its Platt map fitted on each directory's margins under the
    model of the others."""
    model = fit([r for rows in by_dir.values() for r in rows], C)
    pairs = []
    if len(by_dir) > 1:
        for held, rows in by_dir.items():
            inner = fit([r for d, rs in by_dir.items() if _base(d) != _base(held) for r in rs], C)
            pairs += [(_margin(inner, r["f"]), r["y"]) for r in rows]
        model["platt"] = platt(pairs)
    return model


def reversed_map(model: dict) -> bool:
    """True when the Platt map turns the margin round (slope ≤ 0): the directories' left-out margins ranked
    wrong ties above right ones, as when two directories with very different shares of right ties are all
    there is (thirty-eighth session: blind39 with eval/invented). Such a model must not be shipped."""
    return model["platt"][0] <= 0


def probability(model: dict, f: dict) -> float:
    a, b = model["platt"]
    return 1 / (1 + math.exp(-(a * _margin(model, f) + b)))


def left_out(by_dir: dict[str, list[dict]], C: float) -> dict:
    """Per directory left out: right / wrong ties kept at each cut, by the table alone and by the scorer
    trained (with its Platt map) on the other directories only."""
    out = {}
    for held, rows in by_dir.items():
        model = train({d: rs for d, rs in by_dir.items() if _base(d) != _base(held)}, C)
        if reversed_map(model):
            print(f"{held}: the model of the others has a reversed Platt map {model['platt']}", file=sys.stderr)
        res = {"table": {}, "scorer": {}, "ties": [sum(r["y"] for r in rows), sum(1 - r["y"] for r in rows)]}
        for r in rows:
            r["p"] = probability(model, r["f"])
        for t in CUTS:
            for name, key in (("table", "cal"), ("scorer", "p")):
                kept = [r for r in rows if r[key] >= t]
                res[name][str(t)] = [sum(r["y"] for r in kept), sum(1 - r["y"] for r in kept)]
        # Brier score and log-loss: how well each value means "share of such ties that were right"
        from sklearn.metrics import roc_auc_score
        ys = [r["y"] for r in rows]
        for name, key in (("table", "cal"), ("scorer", "p")):
            # ROC area: how well the value ranks right ties above wrong ones (0.5 = no better than chance)
            res[name]["auc"] = round(float(roc_auc_score(ys, [r[key] for r in rows])), 3) if 0 < sum(ys) < len(ys) else None
            res[name]["brier"] = round(sum((r[key] - r["y"]) ** 2 for r in rows) / max(len(rows), 1), 4)
            res[name]["mean"] = round(sum(r[key] for r in rows) / max(len(rows), 1), 3)
        out[held] = res
    return out


def print_left_out(lo: dict) -> None:
    print("dir | ties right/wrong | " + " | ".join(f"cut {t}: table / scorer" for t in CUTS) + " | brier table / scorer | ROC area",
          file=sys.stderr)
    for d, res in lo.items():
        cells = [f"{res['table'][str(t)][0]}/{res['table'][str(t)][1]} vs {res['scorer'][str(t)][0]}/{res['scorer'][str(t)][1]}"
                 for t in CUTS]
        print(f"{d} | {res['ties'][0]}/{res['ties'][1]} | " + " | ".join(cells)
              + f" | {res['table']['brier']} / {res['scorer']['brier']} | auc {res['table']['auc']} / {res['scorer']['auc']}",
              file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+")
    ap.add_argument("--out", default=str(DATA))
    ap.add_argument("--table", default=str(TABLE), help="the calibrated table whose value is a feature")
    ap.add_argument("--C", type=float, default=0.01, help="inverse L2 strength of the logistic regression")
    ap.add_argument("--cache", help="JSON of raw ties per directory (re-training skips the extraction)")
    args = ap.parse_args(argv)
    table = json.loads(Path(args.table).read_text("utf-8"))
    names = [Path(d.partition("@")[0]).name + (f"@{d.partition('@')[2]}" if "@" in d else "") for d in args.gold_dirs]
    cache = json.loads(Path(args.cache).read_text("utf-8")) if args.cache and Path(args.cache).exists() else {}
    for d, name in zip(args.gold_dirs, names):
        if name not in cache:
            cache[name] = dump_dir(d)
            print(f"{d}: {len(cache[name])} documents", file=sys.stderr)
            if args.cache:
                Path(args.cache).write_text(json.dumps(cache, ensure_ascii=False), "utf-8")
    by_dir = feature_rows({n: cache[n] for n in names}, table)
    lo = left_out(by_dir, args.C)
    print_left_out(lo)
    model = train(by_dir, args.C)
    if reversed_map(model):
        sys.exit(f"the Platt map {model['platt']} reverses the margin (left-out margins ranked wrong ties first): "
                 f"not written; train on more directories")
    model["meta"] = {"trained_on": names, "date": date.today().isoformat(), "C": args.C,
                     "ties": sum(len(r) for r in by_dir.values()),
                     "right": sum(x["y"] for r in by_dir.values() for x in r), "left_out": lo}
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(model['weights'])} weights → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
