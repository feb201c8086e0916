"""Rebuild the calibrated-confidence table (calibration.py) from gold directories: a dev-time tool, never
imported at run time.

    python -m cercle.extract.calibration_train DIR [DIR …] [--out FILE] [--weight 4] [--cache rows.json]
    python -m cercle.extract.calibration_train NEWDIR [NEWDIR …] --extend   # add to the shipped table

Every gold document is read by the normal pipeline; each tie it draws (deduplicated as the scorer does) is
labelled right or wrong by the scorer's strict match, and counted under its keys (calibration.levels).
Before writing, each directory is left out in turn and scored with the table of the others: the printed
table (kept in the file's ``meta.left_out``) is what a cut at each threshold keeps on text the table was
not built from. Train on real press the rules were not tuned on if you can: never on ../shared/corpus.

``--extend`` adds the new directories' counts to those of the table already at ``--out`` instead of starting
afresh: the passages a table was built from are kept outside the repository (they are about real people and
written from memory), so a later session may no longer have them; extending keeps what they taught and adds
what the newly read passages show. The left-out check then scores each new directory with the old counts plus
the other new directories.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from ..evaluate.score import _dedupe, _gold_keys, _match, load_gold_dir
from .calibration import DATA, Calibration, levels, named_in

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def labelled_ties(gold_dir: str) -> list[dict]:
    """One row per tie cercle draws on the directory's texts: its keys and whether the gold holds it."""
    from ..nlp import get_nlp
    from ..pipeline import process_many
    from ..records import Article, DocumentResult

    import os
    os.environ["CERCLE_FLOOR"] = "0"   # count every tie the rules draw, whatever the floor
    golds = load_gold_dir(gold_dir)
    articles = [Article(id=g["id"], text=g["text"], path="") for g in golds]
    rows = []
    for gold, res in zip(golds, process_many(articles, get_nlp())):
        if not isinstance(res, DocumentResult):
            continue
        pred = res.to_dict()
        aliases = {e["name"]: e.get("aliases", []) for e in pred["entities"]}
        preds = [p for p in _dedupe(pred["relations"]) if not p.get("rule", "").startswith("learned.")]
        hits, _ = _match(preds, gold["relations"], _gold_keys(gold), lambda a, b: a == b)
        for p, hit in zip(preds, hits):
            keys = levels(p.get("rule", ""), p["type"], named_in(p["subject"], aliases.get(p["subject"], []), p["evidence"]),
                          named_in(p["object"], aliases.get(p["object"], []), p["evidence"]))
            rows.append({"doc": gold["id"], "keys": keys, "right": hit is not None})
    return rows


def build(rows: list[dict], weight: float, prior: dict | None = None) -> dict:
    """The table of ``rows``; with ``prior`` (a table with its ``meta``), its counts are added to the prior's."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    right, ties = 0, 0
    if prior:
        for k, (r, n) in prior["counts"].items():
            counts[k] = [r, n]
        right, ties = prior["meta"]["right"], prior["meta"]["ties"]
    for r in rows:
        for k in r["keys"]:
            counts[k][0] += r["right"]
            counts[k][1] += 1
    right, ties = right + sum(r["right"] for r in rows), ties + len(rows)
    return {"base": round(right / max(ties, 1), 4), "weight": weight, "counts": dict(sorted(counts.items()))}


def left_out(by_dir: dict[str, list[dict]], weight: float, prior: dict | None = None) -> dict[str, list[int]]:
    """Right / wrong ties kept at each threshold, each directory scored by the table of the others (and the
    prior's counts)."""
    kept = {t: [0, 0] for t in THRESHOLDS}
    for held, rows in by_dir.items():
        cal = Calibration(build([r for d, rs in by_dir.items() if d != held for r in rs], weight, prior))
        for r in rows:
            p = cal.score(r["keys"])
            for t in THRESHOLDS:
                if p >= t:
                    kept[t][0 if r["right"] else 1] += 1
    return {str(t): v for t, v in kept.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+")
    ap.add_argument("--out", default=str(DATA))
    ap.add_argument("--weight", type=float, default=4.0, help="ties of evidence a level's count is worth")
    ap.add_argument("--cache", help="JSON of labelled ties (re-training skips the extraction)")
    ap.add_argument("--extend", action="store_true",
                    help="add the directories' counts to the table at --out instead of starting afresh")
    args = ap.parse_args(argv)
    prior = json.loads(Path(args.out).read_text("utf-8")) if args.extend else None

    if args.cache and Path(args.cache).exists():
        by_dir = json.loads(Path(args.cache).read_text("utf-8"))
    else:
        by_dir = {}
        for d in args.gold_dirs:
            by_dir[d] = labelled_ties(d)
            print(f"{d}: {len(by_dir[d])} ties, {sum(r['right'] for r in by_dir[d])} right", file=sys.stderr)
        if args.cache:
            Path(args.cache).write_text(json.dumps(by_dir), "utf-8")
    all_rows = [r for rows in by_dir.values() for r in rows]
    table = build(all_rows, args.weight, prior)
    kept = left_out(by_dir, args.weight, prior)
    for t, (right, wrong) in kept.items():
        print(f"left out, confidence >= {t}: {right} right, {wrong} wrong "
              f"(precision {right / max(right + wrong, 1):.3f})", file=sys.stderr)
    old = prior["meta"] if prior else {"trained_on": [], "documents": 0, "ties": 0, "right": 0}
    table["meta"] = {"trained_on": old["trained_on"] + [Path(d).name for d in by_dir], "date": date.today().isoformat(),
                     "documents": old["documents"] + len({r["doc"] for r in all_rows}),
                     "ties": old["ties"] + len(all_rows), "right": old["right"] + sum(r["right"] for r in all_rows),
                     "left_out": kept}
    if prior:
        table["meta"]["extended"] = prior["meta"].get("extended", []) + [
            {"date": table["meta"]["date"], "added": [Path(d).name for d in by_dir]}]
    Path(args.out).write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(table['counts'])} keys → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
