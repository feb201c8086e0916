"""Training of the learned pair reader (learned.py): a dev-time tool, never imported at run time.

    python -m cercle.extract.learned_train eval/invented [--out src/cercle/extract/data/learned_pairs.json]
                                                         [--cache rows.pkl] [--folds 5] [--target 0.9]
    python -m cercle.extract.learned_train DIR1 DIR2 … eval/invented --cache rows.pkl \
        --by-set NAME1 NAME2 …  [--weight NAME=W …] [--filters one2 …] [--threshold 0.75]

(several directories: read once into one cache; --by-set leaves each named set out in turn, trained on all
the others, instead of folds by document; --filters are the reader's (learned.FILTERS), stored with the model;
the model also stores the held-out precision of its added ties by probability bin, the ties' confidence.)

1. Every gold document is read by the pipeline as in production, with learned.RECORD set: the reader
   then records every candidate pair (two actors of a sentence) with its features, and adds no tie.
2. A pair's label is the gold tie whose two parties match its two entities' names (normalise_name over
   the gold name and aliases, as the scorer matches) and whose evidence overlaps its sentence: the tie's
   type and direction (learned.class_of), else NONE.
3. A multinomial logistic regression (scikit-learn, the test extra) is cross-validated by document: the
   ties it would add on the held-out documents (pairs the rules left untied) are scored with the
   scorer against the rules' own output, and the threshold is the lowest probability at which the
   added ties keep the target precision.
4. The model fitted on every document is written as JSON: per feature, its weight for each class
   (tiny weights pruned), the intercepts, the threshold and how it was made.
The corpus (/work/shared/corpus) is never trained on: it is the test of transfer to real press.
"""
from __future__ import annotations

import argparse
import datetime
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from ..evaluate.score import load_gold_dir, normalise_name, score_document
from . import learned

MIN_COUNT = 2        # features seen in fewer training pairs are dropped (names leak in no other way)
PRUNE = 0.05         # weights smaller than this are left out of the file


def read_document(gold: dict, nlp) -> dict:
    """The candidate pairs of one gold document, its rules' ties, and where its gold evidence lies."""
    from ..extract import extract_relations
    from ..mentions import find_entities
    from ..nlp.docview import DocView
    from ..pipeline import clean_or_skip
    from ..records import Article, CleanArticle

    clean = clean_or_skip(Article(id=gold["id"], text=gold["text"], path=""))
    if not isinstance(clean, CleanArticle):
        return {"id": gold["id"], "rows": [], "rules": [], "gold": gold}
    doc = DocView(nlp(clean.text))
    learned.RECORD = []
    try:
        _, _, index = find_entities(doc, clean)
        rels = extract_relations(doc, clean, index)
        rows = learned.RECORD
    finally:
        learned.RECORD = None
    return {"id": gold["id"], "rows": rows, "rules": [r.to_dict() for r in rels], "gold": gold,
            "spans": _evidence_spans(gold, clean.text)}


def _evidence_spans(gold: dict, text: str) -> list[tuple[int, int] | None]:
    """Each gold tie's evidence as a character span of the cleaned text (None when not found)."""
    flat = text.replace("’", "'")
    out = []
    for r in gold["relations"]:
        ev = (r.get("evidence") or "").replace("’", "'")
        i = flat.find(ev) if ev else -1
        if i < 0 and len(ev) >= 25:
            i = flat.find(ev[:25])
        out.append((i, i + len(ev)) if i >= 0 else None)
    return out


def labels_of(doc: dict) -> list[list[str]]:
    """For each candidate pair of the document, the classes gold gives it (empty: NONE)."""
    gold = doc["gold"]
    keys = {e["id"]: {normalise_name(n) for n in [e["name"], *e.get("aliases", [])]} for e in gold["entities"]}
    out = []
    for row in doc["rows"]:
        na, nb = normalise_name(row["a"]), normalise_name(row["b"])
        got = []
        for r, span in zip(gold["relations"], doc["spans"]):
            if span is None or not (span[0] < row["end"] and row["start"] < span[1]):
                continue
            gs, go = keys.get(r["subject"], set()), keys.get(r["object"], set())
            if na in gs and nb in go:
                got.append(learned.class_of(r["type"], True))
            elif nb in gs and na in go:
                got.append(learned.class_of(r["type"], False))
        out.append(sorted(set(got)))
    return out


def _examples(docs: list[dict]):
    """(features, class, weight) training pairs: a pair with several gold ties counts once for each; a
    document's "weight" (default 1) weighs its pairs (real press above invented articles)."""
    X, y, w = [], [], []
    for doc in docs:
        for row, labs in zip(doc["rows"], doc["labels"]):
            for lab in labs or [learned.NONE]:
                X.append(row["feats"])
                y.append(lab)
                w.append(doc.get("weight", 1.0))
    return X, y, w


def fit(docs: list[dict], C: float = 1.0) -> dict:
    """A model (the JSON shape learned.probabilities reads) fitted on the documents' pairs."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y, w = _examples(docs)
    counts = Counter(f for feats in X for f in set(feats))
    vec = DictVectorizer()
    M = vec.fit_transform([{f: 1 for f in feats if counts[f] >= MIN_COUNT} for feats in X])
    classes = sorted(set(y))
    if len(classes) < 2:
        raise ValueError("training needs at least one tie and one pair without a tie")
    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(M, y, sample_weight=w if len(set(w)) > 1 else None)
    coef = clf.coef_
    if len(clf.classes_) == 2:   # (a binary fit has one row: the second class against the first)
        coef = [-coef[0] / 2, coef[0] / 2]
        intercepts = [-clf.intercept_[0] / 2, clf.intercept_[0] / 2]
    else:
        intercepts = list(clf.intercept_)
    names = vec.get_feature_names_out()
    weights: dict[str, dict[str, float]] = {}
    for k, cls in enumerate(clf.classes_):
        row = coef[k]
        for j in (row.nonzero()[0] if hasattr(row, "nonzero") else range(len(row))):
            w = float(row[j])
            if abs(w) >= PRUNE:
                weights.setdefault(str(names[j]), {})[str(cls)] = round(w, 3)
    return {"classes": [str(c) for c in clf.classes_],
            "intercepts": {str(c): round(float(b), 3) for c, b in zip(clf.classes_, intercepts)},
            "weights": dict(sorted(weights.items())), "threshold": 1.0, "meta": {}}


def proposals(model: dict, doc: dict, filters=()) -> list[tuple[float, dict]]:
    """The ties the model would add to the rules' (pairs they left untied in the sentence), each with
    its probability, best first; one per tie. ``filters`` (learned.FILTERS) as the reader applies them."""
    out: dict[tuple, tuple[float, dict]] = {}
    have = {(r["type"], r["subject"], r["object"]) for r in doc["rules"]}
    by_sent: dict[int, list] = {}
    tied: dict[int, set] = {}
    for row in doc["rows"]:
        if row["tied"]:
            tied.setdefault(row["start"], set()).update((row["a"], row["b"]))
            continue
        probs = learned.probabilities(model, row["feats"])
        cls = max((c for c in probs if c != learned.NONE), key=probs.get, default=None)
        if cls is None or not learned.pair_allowed(row["feats"], cls[:-1], filters, row.get("resp", False),
                                                    row.get("scues", ())):
            continue
        by_sent.setdefault(row["start"], []).append((probs[cls], cls, row["a"], row["b"]))
    for start, cands in by_sent.items():
        for p, cls, a, b in learned.one_per_mention(cands, tied.get(start, ()), filters):
            rtype, d = cls[:-1], cls[-1]
            s, o = (b, a) if d == "<" else (a, b)
            key = (rtype, *sorted((s, o))) if d == "=" else (rtype, s, o)
            if (rtype, s, o) in have or (d == "=" and (rtype, o, s) in have):
                continue
            if key not in out or out[key][0] < p:
                out[key] = (p, {"type": rtype, "subject": s, "object": o})
    return sorted(out.values(), key=lambda x: -x[0])


def marginal_gains(docs: list[dict], props: dict[str, list]) -> list[tuple[float, int, int]]:
    """Each proposed tie's probability and what it adds alone to its document's score (tp, fp): +1 tp
    when it finds a gold tie the rules missed, +1 fp when it matches none, 0 when the rules had it."""
    marks = []
    for doc in docs:
        base = score_document(doc["gold"], {"relations": doc["rules"]}).strict
        for p, r in props[doc["id"]]:
            new = score_document(doc["gold"], {"relations": doc["rules"] + [r]}).strict
            marks.append((p, new.tp - base.tp, new.fp - base.fp))
    return sorted(marks, key=lambda m: -m[0])


def cross_validate(docs: list[dict], folds: int, C: float, filters=(), by_set=None) -> list[tuple[float, int, int]]:
    """The marginal gains of the ties proposed on every document by a model that never saw it: documents
    dealt to the folds in turn, or (``by_set``: a list of set names) each of those sets left out in turn,
    trained on all the others (the documents of other sets are never proposed on)."""
    props: dict[str, list] = {}
    groups = [[d for d in docs if d.get("set") == s] for s in by_set] if by_set else \
        [[d for n, d in enumerate(docs) if n % folds == k] for k in range(folds)]
    for test in groups:
        ids = {id(d) for d in test}
        model = fit([d for d in docs if id(d) not in ids], C)
        for d in test:
            props[d["id"]] = proposals(model, d, filters)
    return marginal_gains([d for g in groups for d in g], props)


def table_of(marks, grid=None) -> dict[float, tuple[int, int]]:
    """Added (tp, fp) of the ties of probability ≥ t, for each t of the grid (0.50 … 0.99)."""
    grid = grid or [round(0.5 + 0.01 * k, 2) for k in range(50)]
    return {t: (sum(a for p, a, _ in marks if p >= t), sum(b for p, _, b in marks if p >= t)) for t in grid}


def choose_threshold(table: dict[float, tuple[int, int]], target: float) -> float:
    """The lowest threshold at which the added ties keep the target precision, else 1.0 (the reader
    adds nothing)."""
    for t in sorted(table):
        tp, fp = table[t]
        if tp and tp / (tp + fp) >= target:
            return t
    return 1.0


def load_documents(gold_dirs, cache: str | None = None) -> list[dict]:
    """The read documents of one or several gold directories, each tagged with its directory ("dir") and
    the directory's name ("set"). With ``cache``, a pickle of every document read so far: directories
    already in it are not read again (only missing ones are, and the pickle grows), and each cached
    document's gold is reloaded from its directory when the text is unchanged (an adjudicated gold applies
    without a new parse)."""
    if isinstance(gold_dirs, (str, Path)):
        gold_dirs = [gold_dirs]
    keys = [str(Path(g).resolve()) for g in gold_dirs]
    cached = pickle.loads(Path(cache).read_bytes()) if cache and Path(cache).exists() else []
    have = {d.get("dir") for d in cached}
    missing = [k for k in keys if k not in have]
    if missing:
        from ..nlp import get_nlp

        nlp = get_nlp()
        for k in missing:
            for g in load_gold_dir(k):
                d = read_document(g, nlp)
                d["dir"], d["set"] = k, Path(k).name
                cached.append(d)
            print(f"read {k}", file=sys.stderr)
            if cache:   # (after each directory: a long read interrupted keeps what it did)
                Path(cache).write_bytes(pickle.dumps(cached))
    docs = [d for d in cached if d.get("dir") in keys]
    for k in keys:
        fresh = {g["id"]: g for g in load_gold_dir(k)} if Path(k).is_dir() else {}
        for d in docs:
            g = fresh.get(d["id"]) if d["dir"] == k else None
            if g is not None and g["text"] == d["gold"]["text"] and g is not d["gold"]:
                d["gold"] = g
                if d.get("rows") or d.get("spans") is not None:
                    d["spans"] = _evidence_spans(g, _clean_text(g))
    for d in docs:
        d["labels"] = labels_of(d)
    return docs


def _clean_text(gold: dict) -> str:
    from ..pipeline import clean_or_skip
    from ..records import Article, CleanArticle

    clean = clean_or_skip(Article(id=gold["id"], text=gold["text"], path=""))
    return clean.text if isinstance(clean, CleanArticle) else gold["text"]


def confidence_table(marks, edges=(0.5, 0.6, 0.7, 0.8, 0.9, 0.95)) -> list[list[float]]:
    """[lowest probability, precision] rows: the share of right ties among the added ties of each probability
    bin (held-out marks; smoothed toward 0.5 by one right and one wrong tie), never lower than the bin below."""
    out = []
    for k, lo in enumerate(edges):
        hi = edges[k + 1] if k + 1 < len(edges) else 1.01
        tp = sum(a for p, a, _ in marks if lo <= p < hi)
        fp = sum(b for p, _, b in marks if lo <= p < hi)
        prec = round((tp + 1) / (tp + fp + 2), 3)
        out.append([lo, max(prec, out[-1][1]) if out else prec])
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dirs", nargs="+", help="gold directories (never the corpus)")
    ap.add_argument("--out", default=str(Path(__file__).parent / "data" / "learned_pairs.json"))
    ap.add_argument("--cache", default=None, help="pickle of the read documents (re-training skips the parse)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--by-set", nargs="*", default=None,
                    help="cross-validate by leaving out each of these sets (directory names) in turn")
    ap.add_argument("--weight", nargs="*", default=[], help="NAME=W: weigh the pairs of set NAME by W (0: leave out)")
    ap.add_argument("--filters", nargs="*", default=[], choices=learned.FILTERS)
    ap.add_argument("--target", type=float, default=0.9, help="precision the added ties must keep")
    ap.add_argument("--C", type=float, nargs="+", default=[1.0])
    ap.add_argument("--threshold", type=float, default=None, help="force the threshold (else: --target)")
    args = ap.parse_args(argv)
    docs = load_documents(args.gold_dirs, args.cache)
    weights = {k: float(v) for k, v in (w.split("=") for w in args.weight)}
    for d in docs:
        d["weight"] = weights.get(d["set"], 1.0)
    docs = [d for d in docs if d["weight"] > 0 or d["set"] in (args.by_set or ())]
    n_pos = sum(1 for d in docs for labs in d["labels"] if labs)
    print(f"{len(docs)} documents, {sum(len(d['rows']) for d in docs)} pairs, {n_pos} with a gold tie", file=sys.stderr)
    best = None
    for C in args.C:
        marks = cross_validate(docs, args.folds, C, args.filters, args.by_set)
        table = table_of(marks)
        t = args.threshold if args.threshold is not None else choose_threshold(table, args.target)
        for u, (tp, fp) in sorted(table.items()):
            if round(u * 100) % 5 == 0 or u == t:
                print(f"C={C} t={u:.2f} added tp {tp} fp {fp}" + (" <" if u == t else ""), file=sys.stderr)
        got = table.get(t, (0, 0))
        if best is None or got[0] > best[2][0]:
            best = (C, t, got, {f"{u:.2f}": list(v) for u, v in table.items() if round(u * 100) % 5 == 0 or u == t},
                    marks)
    C, t, (tp, fp), cv_table, marks = best
    model = fit([d for d in docs if d["weight"] > 0], C)
    model["threshold"] = t
    model["filters"] = list(args.filters)
    model["confidence"] = confidence_table([m for m in marks if m[0] >= min(t, 0.5)])
    model["meta"] = {"trained_on": "+".join(dict.fromkeys(d["set"] for d in docs if d["weight"] > 0)),
                     "documents": sum(1 for d in docs if d["weight"] > 0), "weights": weights,
                     "date": datetime.date.today().isoformat(), "C": C,
                     "cross_validation": f"sets left out: {' '.join(args.by_set)}" if args.by_set else f"{args.folds} folds",
                     "target_precision": args.target, "cv_added_tp": tp, "cv_added_fp": fp, "cv_table": cv_table,
                     "min_count": MIN_COUNT, "prune": PRUNE, "features": len(model["weights"])}
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", "utf-8")
    print(f"C={C} threshold {t}: cross-validated added tp {tp} fp {fp}; {len(model['weights'])} features → {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
