"""Extraction cost on top of the spaCy parse, measured on the same texts in one run.

    python benchmarks/extract.py [--n 300] [--corpus ../shared/corpus]

(a) nlp.pipe over the texts (the parse), (b) cercle's mentions + extraction over
the resulting Docs (pipeline.analyse). Prints both and the ratio b/a; the target
is ≤ 0.15. Texts are built by recombining the team-written sentences of
tests/extract/rule_cases.py and the bundled samples; --corpus adds the dev
corpus texts as timing input only (nothing is copied).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "extract"))


def texts(n: int, corpus: str | None) -> list[str]:
    from rule_cases import CASES

    from cercle.read import iter_articles
    from cercle.records import Article

    sentences = [t for t, _ in CASES]
    for art in iter_articles([ROOT / "src" / "cercle" / "samples"]):
        if isinstance(art, Article):
            sentences += [s.strip() + "." for s in art.text.split(".") if len(s.split()) > 5]
    rng = random.Random(7)
    out = [" ".join(rng.sample(sentences, min(12, len(sentences)))) for _ in range(n)]
    if corpus:
        out += [json.loads(p.read_text("utf-8"))["text"] for p in sorted(Path(corpus).glob("*.json"))]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--corpus", default=None)
    args = ap.parse_args()

    from cercle.clean import clean_article
    from cercle.nlp import get_nlp
    from cercle.pipeline import analyse
    from cercle.records import Article

    nlp = get_nlp()
    cleaned = [clean_article(Article(id=str(i), text=t)) for i, t in enumerate(texts(args.n, args.corpus))]
    cleaned = [c for c in cleaned if hasattr(c, "blocks")]
    # Steady state on both sides: the model is loaded before (a) is timed, so cercle's lexicons,
    # rules and lazily imported modules (dates, countries) are loaded before (b) is timed.
    warm = cleaned[0]
    analyse(warm, nlp(warm.text))
    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((c.text for c in cleaned), batch_size=32))
    parse, parse_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    ties = sum(len(analyse(c, d).relations) for c, d in zip(cleaned, docs))
    extract, extract_cpu = time.perf_counter() - t0, time.process_time() - c0
    tokens = sum(len(d) for d in docs)
    print(f"articles: {len(docs)}   tokens: {tokens}   ties: {ties}")
    print(f"(a) spaCy parse          : {parse:7.2f} s  ({tokens / parse:,.0f} tokens/s)")
    print(f"(b) mentions + extraction: {extract:7.2f} s")
    # CPU time of this process: on a shared machine, less disturbed by other processes than wall time
    print(f"cpu: (a) {parse_cpu:.2f} s  (b) {extract_cpu:.2f} s  ratio {extract_cpu / parse_cpu:.3f}")
    print(f"ratio b/a: {extract / parse:.3f}  (target ≤ 0.15)")


if __name__ == "__main__":
    main()
