"""How well and how fast the attribute recognisers do on the gold corpus.

    python benchmarks/attributes.py [CORPUS_DIR]      (default ../shared/corpus)

Reads the gold files at run time (no corpus text is kept here). For every gold
relation that carries an attribute, the recognisers run on the parsed
sentence(s) that hold its evidence, and the script counts how often the gold
value is among what they find:
- amount: value (±0.5 %) and currency; share: ±0.01; date: exact ISO string;
- status / negation / attribution need a trigger: the evidence's syntactic
  root stands in for it (the rule extractor's own trigger may differ), and the
  aspect is "event" for deals and payments, "state" for posts and stakes;
  false alarms are counted on relations whose gold has no such attribute;
- attribution: exact (case-insensitive) or loose (the gold's last word, the
  source's name, appears in what was found).
Speed: the finders run once per sentence of the corpus, and status, negation
and scoped attribution once per gold tie; both are printed against the spaCy
parse time of the same texts, measured in this one run.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT = {"ACQUIRES", "BIDS_FOR", "INVESTS_IN", "FUNDS"}
STATE = {"LEADS", "WORKS_FOR", "BOARD_MEMBER", "OWNS", "MEMBER_OF"}


def _sentences(doc, start: int, end: int):
    return [s for s in doc.sents if s.start_char < end and s.end_char > start]


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    roots = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return (verbs or roots or [span.root])[0]


def main(corpus: Path) -> None:
    from cercle.extract.attributes import (attribution_of, find_amounts, find_dates, find_shares,
                                           is_negated, status_of)
    from cercle.nlp import get_nlp

    nlp = get_nlp()
    files = sorted(corpus.glob("*.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    t0 = time.perf_counter()
    docs = [nlp(g["text"]) for g in golds]
    parse_s = time.perf_counter() - t0

    # cost 1: the finders once per sentence (amounts, shares, dates, attribution cues)
    t0 = time.perf_counter()
    for doc in docs:
        for sent in doc.sents:
            find_amounts(sent)
            find_shares(sent)
            find_dates(sent)
            attribution_of(sent)
    finders_s = time.perf_counter() - t0
    # cost 2: status, negation and scoped attribution once per tie, at the gold's
    # density of ties (one call per gold relation, its evidence root as trigger)
    triggers = []
    for gold, doc in zip(golds, docs):
        for rel in gold["relations"]:
            start = gold["text"].find(rel["evidence"])
            tok = _root(doc, start, start + len(rel["evidence"])) if start >= 0 else None
            if tok is not None:
                triggers.append(tok)
    t0 = time.perf_counter()
    for tok in triggers:
        status_of(tok.sent, tok)
        is_negated(tok.sent, tok)
        attribution_of(tok.sent, tok)
    per_tie_s = time.perf_counter() - t0

    hit, total, fa, neg_cases = Counter(), Counter(), Counter(), Counter()
    confusion: Counter = Counter()
    misses: list[str] = []
    for gold, doc in zip(golds, docs):
        for rel in gold["relations"]:
            start = gold["text"].find(rel["evidence"])
            if start < 0:
                continue
            end = start + len(rel["evidence"])
            sents = _sentences(doc, start, end)
            if "amount" in rel:
                total["amount"] += 1
                g = rel["amount"]
                got = [a for s in sents for _, _, a in find_amounts(s)]
                ok = any(a.value and abs(a.value - g["value"]) <= 0.005 * g["value"]
                         and a.currency == g["currency"] for a in got)
                hit["amount"] += ok
                hit["amount_text"] += any(a.text == g["text"] for a in got)
                if not ok:
                    misses.append(f"amount {gold['id']}: {g} got {[(a.text, a.value, a.currency) for a in got]}")
            if "share" in rel:
                total["share"] += 1
                got = [v for s in sents for _, _, v in find_shares(s)]
                ok = any(abs(v - rel["share"]) < 0.01 for v in got)
                hit["share"] += ok
                if not ok:
                    misses.append(f"share {gold['id']}: {rel['share']} got {got}")
            if "date" in rel:
                total["date"] += 1
                got = [v for s in sents for _, _, v in find_dates(s)]
                ok = rel["date"] in got
                hit["date"] += ok
                if not ok:
                    misses.append(f"date {gold['id']}: {rel['date']} got {got}")
            trigger = _root(doc, start, end)
            if trigger is None:
                continue
            sent = trigger.sent
            aspect = "event" if rel["type"] in EVENT else "state" if rel["type"] in STATE else None
            predicted = status_of(sent, trigger, aspect=aspect)
            gold_status = rel.get("status")
            confusion[(gold_status or "current", predicted or "current")] += 1
            negated = is_negated(sent, trigger)
            neg_cases[(bool(rel.get("negated")), negated)] += 1
            found = attribution_of(sent, trigger)
            if rel.get("attribution"):
                total["attribution"] += 1
                ga = rel["attribution"].lower()
                hit["attribution_exact"] += bool(found) and found.lower() == ga
                hit["attribution_loose"] += bool(found) and (ga.split()[-1] in found.lower()
                                                            or found.lower() in ga)
                if not found or ga.split()[-1] not in found.lower():
                    misses.append(f"attribution {gold['id']}: {rel['attribution']!r} got {found!r}")
            elif found:
                fa["attribution"] += 1
            total["relations"] += 1

    print(f"{len(golds)} files, {total['relations']} relations")
    for key in ("amount", "share", "date"):
        print(f"{key:12} found {hit[key]}/{total[key]}")
    print(f"{'amount text':12} exact {hit['amount_text']}/{total['amount']}")
    print(f"{'attribution':12} exact {hit['attribution_exact']}/{total['attribution']}, "
          f"loose {hit['attribution_loose']}/{total['attribution']}, "
          f"on relations without one: {fa['attribution']}")
    statuses = sorted({g for g, _ in confusion} | {p for _, p in confusion})
    print("status (rows gold, columns predicted; trigger = evidence root):")
    print(" " * 11 + "".join(f"{s[:9]:>10}" for s in statuses))
    for g in statuses:
        print(f"{g[:10]:>10} " + "".join(f"{confusion[(g, p)]:>10}" for p in statuses))
    correct = sum(v for (g, p), v in confusion.items() if g == p)
    non_current = [(g, p) for g, p in confusion if g != "current"]
    right_nc = sum(confusion[k] for k in non_current if k[0] == k[1])
    all_nc = sum(confusion[k] for k in non_current)
    said = sum(v for (g, p), v in confusion.items() if p != "current")
    said_right = sum(v for (g, p), v in confusion.items() if p != "current" and p == g)
    print(f"status accuracy {correct}/{sum(confusion.values())}; non-current recall {right_nc}/{all_nc}; "
          f"precision of non-current predictions {said_right}/{said}")
    print(f"negated: gold {neg_cases[(True, True)] + neg_cases[(True, False)]}, found {neg_cases[(True, True)]}, "
          f"false alarms {neg_cases[(False, True)]}")
    print(f"speed: parse {parse_s:.2f} s; finders per sentence {finders_s:.3f} s "
          f"({100 * finders_s / parse_s:.1f} %); status+negation+attribution for {len(triggers)} ties "
          f"{per_tie_s:.3f} s ({100 * per_tie_s / parse_s:.1f} %, {1000 * per_tie_s / max(1, len(triggers)):.2f} ms/tie); "
          f"total {100 * (finders_s + per_tie_s) / parse_s:.1f} % of the parse")
    if "-v" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    main(Path(args[0]) if args else ROOT.parent / "shared" / "corpus")
